// Relation rules for one-sentence statements of an industry's firms and a zone
// profile's industry enumerations (relations-clause.ts, relations-zone-list.ts). Invented names only.
import type { Rule } from "../registry.ts";

export const CLAUSE_RELATION_RULES: readonly Rule[] = [
  {
    id: "clause:cluster-firms",
    stage: "relations",
    produces: ["cluster_enterprise"],
    confidence: 0.55,
    description:
      "a sentence naming one industry, then a run of firms closed by 等(一批)…企业/为代表 or opened by 引进/集聚/推动 (抢抓某产业机遇，引进甲、乙等一批龙头企业), or a run closed by 等…企业 anywhere in it (重点培育甲等一批龙头企业，…，初步形成某产业集群): the firms are that industry's — only when the run's closing clause gives them a key role (龙头/骨干/重点/代表…); 等一批某领域企业 alone is not",
    examples: [
      {
        // A run nearer an industry the extractor did not mark (其中某产业建设初见成效，包括…) is not the sentence's cluster's.
        text: "青禾高新区大力发展海洋装备产业，其中全生物降解材料产业建设初见成效，包括禾丰科技、云岫电子等行业龙头企业。",
        absentRelations: [{ type: "cluster_enterprise", source: "海洋装备", target: "禾丰科技" }],
      },
      {
        text: "近年来，青禾县抢抓储能电池产业发展机遇，先后引进禾丰电气有限公司、云岫能源科技有限公司等一批重点储能企业入驻，产业链日趋完整。",
        relations: [
          { type: "cluster_enterprise", source: "储能电池", target: "禾丰电气有限公司" },
          { type: "cluster_enterprise", source: "储能电池", target: "云岫能源科技有限公司" },
        ],
      },
      {
        // the firm run is closed as firms (等一批…龙头企业); the one industry comes two clauses later
        text: "青禾经开区全面实施“链主”企业培育行动，重点培育禾丰汽车等一批有领航作用的龙头企业，通过靶向招引、链主吸附等方式，加快推进产业延链补链强链，已集聚云岫、青川、白石等为代表的50余家汽摩配企业，初步形成新能源汽车整车和动力电池、轮毂等关键零部件制造产业集群。",
        relations: [{ type: "cluster_enterprise", source: "关键零部件制造", target: "禾丰汽车" }],
      },
    ],
  },
  {
    id: "formed:cluster-firms",
    stage: "relations",
    produces: ["cluster_enterprise"],
    confidence: 0.5,
    description:
      "a run of two or more firms closed as firms (等一批企业, 等知名企业, 等“金娃娃”), then the next clause — or the one after it when that names no industry — whose verb says they formed or drive the industry it names (…入驻园区，初步形成某产业集群; …林立其间，带动了某产业): each firm is that industry's; an enumeration of industries there (培育形成甲、乙两大主导产业) gives the firms to each, unless it is closed as a system's pillars (形成了甲、乙等为主导的产业体系; 以甲、乙为支柱)",
    examples: [
      {
        // An enumeration of industries after the nicknamed run: the firms, not assigned to one, are each one's.
        text: "青禾市接连引进禾丰集团、云岫科技、青川电子等“金娃娃”，培育形成储能电池、海洋装备两大主导产业集群。",
        relations: [
          { type: "cluster_enterprise", source: "储能电池", target: "禾丰集团" },
          { type: "cluster_enterprise", source: "海洋装备", target: "青川电子" },
        ],
      },
      {
        // The clause after next, and a last item not taken for a firm (…、777度等知名企业).
        text: "走进园区，禾丰集团、云岫科技、青川电子、777度等知名企业林立其间，带动了产业链上下游企业集聚，也带动了储能电池、海洋装备等园区主导产业集链集群发展。",
        relations: [{ type: "cluster_enterprise", source: "海洋装备", target: "云岫科技" }],
      },
      {
        text: "园区集群引进禾丰锂业、云岫资源、青川电池等一批企业入驻，初步形成储能电池产业集群。",
        relations: [
          { type: "cluster_enterprise", source: "储能电池", target: "禾丰锂业" },
          { type: "cluster_enterprise", source: "储能电池", target: "青川电池" },
        ],
      },
    ],
  },
  {
    id: "zone:industry-list",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.5,
    description:
      "a document about one zone: two or more industries enumerated under a collective head (甲、乙等产业 / 甲、乙、丙三大产业集群), in a paragraph naming no other park and a sentence naming no other place or wider scope (全市/全省, the county or city as subject: 该县…, a government: 区政府工作报告…), are the zone's",
    examples: [
      {
        text: "青禾高新区位于青禾市东部，是省级高新区。\n近年来，储能电池、海洋装备、数字文娱等产业加速成长，青禾高新区综合实力稳步提升。\n",
        relations: [
          { type: "park_cluster", source: "青禾高新区", target: "储能电池" },
          { type: "park_cluster", source: "青禾高新区", target: "数字文娱" },
        ],
      },
      {
        // Items that each carry 产业 head their own run (…丙产业、各类平台等方面: no collective head after it).
        text: "青禾高新区位于青禾市东部，是省级高新区。\n青禾高新区在智能传感产业、海洋装备产业、储能电池产业、各类研发平台等方面取得新突破。\n",
        relations: [
          { type: "park_cluster", source: "青禾高新区", target: "智能传感" },
          { type: "park_cluster", source: "青禾高新区", target: "储能电池" },
        ],
      },
      {
        // The county as the subject (该县…): its industries, not the zone's.
        text: "青禾高新区位于青禾县东部，是省级高新区。\n青禾高新区交通便利。\n该县依托资源优势，形成了储能电池、海洋装备、数字文娱等产业。\n青禾高新区综合实力稳步提升。\n",
        relations: [],
        absentRelations: [{ type: "park_cluster", source: "青禾高新区", target: "储能电池" }],
      },
      {
        // A district government's report speaks for the district.
        text: "青禾高新区位于青禾区东部，是省级高新区。\n青禾高新区交通便利。\n区政府工作报告提出，重点发展储能电池、海洋装备、数字文娱等特色产业。\n青禾高新区综合实力稳步提升。\n",
        relations: [],
        absentRelations: [{ type: "park_cluster", source: "青禾高新区", target: "海洋装备" }],
      },
    ],
  },
  {
    id: "plan:zone-industries",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.45,
    description:
      "a zone's own plan (over 20,000 characters, the zone named ten times and three times as often as any other park, 全区/我区/本区 eight times or more): every industry it develops in a sentence naming no other park, place or wider scope is the zone's",
    examples: [
      {
        // a plan's length is part of the rule: the same paragraph of goals, many times
        text: `青禾高新区“十四五”发展规划\n${"全区坚持创新驱动，青禾高新区综合实力稳步提升，我区营商环境持续优化。\n".repeat(600)}推动储能电池产业、数字文娱产业提质增效。\n`,
        relations: [
          { type: "park_cluster", source: "青禾高新区", target: "储能电池" },
          { type: "park_cluster", source: "青禾高新区", target: "数字文娱" },
        ],
      },
    ],
  },
];
