// Relations to the zone a plan opens with (relations-zone.ts), for documents with no
// title line and several parks named. Invented names only.
import type { Rule } from "../registry.ts";

export const ZONE_RELATION_RULES: readonly Rule[] = [
  {
    id: "topic:zone",
    stage: "relations",
    produces: ["park_enterprise"],
    confidence: 0.4,
    description:
      "a document whose first words (within 12 characters, no firm before it, not one item of a list) name a zone that it names in at least half of its park mentions and more often than any other park is about that zone: every firm no other rule placed stands there, from its first mention outside a responsibility bracket that is no partner or customer, in a sentence naming no other park, where neither that sentence nor the one before it speaks of another place or of the county as a whole (devset convention: implicit location in a passage about one zone)",
    examples: [
      {
        text: "8月12日，记者从青禾经开区了解到，青禾经开区上半年工业产值增长12%，星澜产业园新开工项目5个。\n得益于市场回暖，禾丰生物、云岫饲料等企业产销两旺。\n星澜集团在长沙市设立研发中心。\n",
        relations: [
          { type: "park_enterprise", source: "青禾经开区", target: "禾丰生物" },
          { type: "park_enterprise", source: "青禾经开区", target: "云岫饲料" },
        ],
        absentRelations: [{ type: "park_enterprise", source: "青禾经开区", target: "星澜集团" }],
      },
    ],
  },
  {
    id: "subject:zone",
    stage: "relations",
    produces: ["park_enterprise", "park_cluster"],
    confidence: 0.6,
    alsoConfidence: [
      { value: 0.5, when: "park_cluster (a hosting sentence)" },
      { value: 0.55, when: "a firm the sentence places without a list (relations-location.ts)" },
    ],
    description:
      "a sentence that names no other place takes the park its subject refers to, when its paragraph names several: 园区/该区/区内 in its first clause → the last park named before it in the paragraph (not one of a coordination, and over the parks the sentence names as objects); no subject of its own (成功引进甲、乙… / 依托甲、乙等骨干企业，大力发展…) → the park that opens one of the three sentences before it; 园区 in a paragraph that names no park before it → the park the paragraph before is about (the one it opens with as its subject, else the one zone it names)",
    examples: [
      {
        text: "青禾高新区立足区位优势，依托云岫产业园，重点抓好医药研发。成功引进禾丰医药、星澜药业等10余家医药企业。\n",
        relations: [
          { type: "park_enterprise", source: "青禾高新区", target: "禾丰医药" },
          { type: "park_enterprise", source: "青禾高新区", target: "星澜药业" },
        ],
      },
      {
        // A park named in a bracketed aside is not the one 园区 points back to.
        text: "青禾中心工业园位于某县城西，分为两个区（云岫丝绸工业园首期位于该区）。园区已初具规模，入驻企业30家，引进星澜集团、禾丰集团等企业。",
        relations: [{ type: "park_enterprise", source: "青禾中心工业园", target: "星澜集团" }],
      },
      {
        text: "2010年，青禾县调整原有规划，设立青禾科技城，规划面积扩展到30平方公里。园区大力发展储能电池、云母装备产业，拥有云岫产业园、星澜产业园两大集聚区。\n",
        relations: [
          { type: "park_cluster", source: "青禾科技城", target: "储能电池" },
          { type: "park_cluster", source: "青禾科技城", target: "云母装备" },
        ],
      },
      {
        // 园区 opening a paragraph that names no park: the park the paragraph before opens with.
        text: "青禾产业转移工业园是全省重点园区，与星澜工业园相邻。\n园区以石油化工为主线，以储能电池、云母装备等产业为重点发展方向。\n",
        relations: [
          { type: "park_cluster", source: "青禾产业转移工业园", target: "储能电池" },
          { type: "park_cluster", source: "青禾产业转移工业园", target: "云母装备" },
        ],
      },
    ],
  },
  {
    id: "clause:founded-park",
    stage: "relations",
    produces: ["park_cluster", "park_enterprise"],
    confidence: 0.55,
    description:
      "a park right after a founding verb (组建/新建/设立/成立/建成/规划建设…) is the topic of up to three clauses after its own: the industries they develop (已形成/重点发展…) and the firms they bring in (引进/入驻…) are its, until a clause names another park, a place or a department",
    examples: [
      {
        text: "此外，青禾县于2010年组建云岫工业园区，规划面积50平方公里，已形成储能电池、云母装备等主导产业。\n",
        relations: [
          { type: "park_cluster", source: "云岫工业园区", target: "储能电池" },
          { type: "park_cluster", source: "云岫工业园区", target: "云母装备" },
        ],
      },
    ],
  },
  {
    id: "clause:firm-builds-park",
    stage: "relations",
    produces: ["park_enterprise"],
    confidence: 0.55,
    description:
      "a firm investing to build a park named right after (甲集团拟投资20亿元建设乙产业园): the firm is in that park",
    examples: [
      {
        text: "江海市引进青禾科技股份有限公司投资20亿元建设星澜储能电池产业园。",
        relations: [{ type: "park_enterprise", source: "星澜储能电池产业园", target: "青禾科技股份有限公司" }],
      },
    ],
  },
  {
    id: "anaphor:zone-industry",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.55,
    description:
      "a zone word standing alone right before an industry (园区绿色食品产业, 区内的储能产业, 全区汽车产业) makes it the zone's: the document's zone (dominant, title or lead), else the last park named before it in the paragraph",
    examples: [
      {
        text: "青禾高新区是国家级高新区，位于青禾市东部。目前，园区储能电池产业已建成国内最大的电芯生产基地。\n",
        relations: [{ type: "park_cluster", source: "青禾高新区", target: "储能电池" }],
      },
    ],
  },
];
