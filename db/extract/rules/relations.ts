// Relation rules: how the text ties two accepted entities. Examples use
// invented names; registry.test.ts runs each through the real extractor.
import type { Rule } from "../registry.ts";

export const RELATION_RULES: readonly Rule[] = [
  {
    id: "containment",
    stage: "relations",
    produces: ["enterprise_platform"],
    confidence: 0.85,
    description: "a platform's name contains a found enterprise's name (星澜集团 → 星澜集团云计算中心)",
    examples: [
      {
        text: "星澜集团落户园区。发挥星澜集团云计算中心的作用。",
        relations: [{ type: "enterprise_platform", source: "星澜集团", target: "星澜集团云计算中心" }],
      },
    ],
  },
  {
    id: "possessive",
    stage: "relations",
    produces: ["enterprise_platform"],
    confidence: 0.8,
    description: "X的Y: an enterprise right before 的 and a platform",
    examples: [
      {
        text: "认定云岫药业有限公司的青禾中药饮片重点实验室。",
        relations: [{ type: "enterprise_platform", source: "云岫药业有限公司", target: "青禾中药饮片重点实验室" }],
      },
    ],
  },
  {
    id: "section:column",
    stage: "relations",
    produces: ["cluster_enterprise", "cluster_platform"],
    confidence: 0.75,
    alsoConfidence: [{ value: 0.7, when: "a platform in the box" }],
    description: "a 专栏 box headed by a cluster: the firms and platforms it lists belong to that cluster",
    examples: [
      {
        text: "专栏 1：海洋装备产业\n创新平台：青禾海洋装备研究院。\n重点企业：星澜重工、云岫船舶、禾丰电气。\n",
        relations: [
          { type: "cluster_enterprise", source: "海洋装备", target: "星澜重工" },
          { type: "cluster_platform", source: "海洋装备", target: "青禾海洋装备研究院" },
        ],
      },
    ],
  },
  {
    id: "section:sub",
    stage: "relations",
    produces: ["cluster_platform", "park_cluster"],
    confidence: 0.7,
    alsoConfidence: [{ value: 0.55, when: "a park in the section (park_cluster)" }],
    description: "a （一） section headed by a cluster: the platforms and parks it names serve that cluster",
    examples: [
      {
        text: "一、重点产业\n（一）海洋装备产业集群\n依托青禾海洋装备研究院，建设青禾临港产业园。\n",
        relations: [
          { type: "cluster_platform", source: "海洋装备", target: "青禾海洋装备研究院" },
          { type: "park_cluster", source: "青禾临港产业园", target: "海洋装备" },
        ],
      },
    ],
  },
  {
    id: "cue:牵头负责",
    stage: "relations",
    produces: ["department_cluster"],
    confidence: 0.8,
    description: "D牵头负责X产业集群: the departments before the cue lead the clusters after it",
    examples: [
      {
        text: "市发展改革委牵头负责海洋装备产业集群。",
        relations: [{ type: "department_cluster", source: "市发展改革委", target: "海洋装备" }],
      },
    ],
  },
  {
    id: "cue:由…负责",
    stage: "relations",
    produces: ["department_cluster"],
    confidence: 0.65,
    description: "重点推进的产业集群由D负责: D leads the clusters of the list introduced with that phrase",
    examples: [
      {
        text: "一是重点推进海洋装备、储能电池两个产业集群。其中，重点推进的产业集群由市工业和信息化局负责。",
        relations: [{ type: "department_cluster", source: "市工业和信息化局", target: "储能电池" }],
      },
    ],
  },
  {
    id: "list:cluster",
    stage: "relations",
    produces: ["cluster_enterprise"],
    confidence: 0.7,
    description: "以甲、乙为代表的X产业: the listed firms lead the cluster the list introduces",
    examples: [
      {
        text: "以星澜光电、云岫药业为代表的光电产业集群。",
        relations: [{ type: "cluster_enterprise", source: "光电", target: "星澜光电" }],
      },
    ],
  },
  {
    id: "list:park",
    stage: "relations",
    produces: ["park_enterprise"],
    confidence: 0.6,
    description:
      "a list of firms located in a park (the sentence's one park, the park after 在/落户, or the document's zone)",
    examples: [
      {
        text: "星澜光电、云岫药业等12家企业落户青禾经济开发区。",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "云岫药业" }],
      },
    ],
  },
  {
    id: "sentence:host",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.55,
    description: "a park and a cluster in one sentence with a hosting cue (重点发展, 打造, 主导…)",
    examples: [
      {
        text: "青禾高新区聚力打造海洋装备产业集群高地。",
        relations: [{ type: "park_cluster", source: "青禾高新区", target: "海洋装备" }],
      },
    ],
  },
  {
    id: "adjacent:park-industry",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.7,
    description: "a cluster written right after a park (某经开区新能源汽车产业链)",
    examples: [
      {
        text: "青禾经开区海洋装备产业链\n",
        relations: [{ type: "park_cluster", source: "青禾经开区", target: "海洋装备" }],
      },
    ],
  },
  {
    id: "sentence:platform",
    stage: "relations",
    produces: ["cluster_platform"],
    confidence: 0.5,
    description: "one cluster and a platform in a sentence with 依托/创建/建设… (outside 专栏 boxes)",
    examples: [
      {
        text: "推动海洋装备产业发展，深入推进青禾海洋装备创新中心建设。",
        relations: [{ type: "cluster_platform", source: "海洋装备", target: "青禾海洋装备创新中心" }],
      },
    ],
  },
  {
    id: "measure:responsible",
    stage: "relations",
    produces: ["department_responsible"],
    confidence: 0.75,
    description: "a numbered measure closed by （D…负责） or （责任单位：D）: D answers for what the measure names",
    examples: [
      {
        text: "一、主要任务\n1.壮大园区。推进青禾经济开发区建设。（市发展改革委、商务局按职责分工负责）\n",
        relations: [{ type: "department_responsible", source: "市商务局", target: "青禾经济开发区" }],
      },
    ],
  },
  {
    id: "table:lead-unit",
    stage: "relations",
    produces: ["department_responsible"],
    confidence: 0.7,
    description: "a task-table row: 重点工作 … 牵头单位：D — D answers for what the work names",
    examples: [
      {
        text: "重点工作:推进青禾经济开发区、云岫工业园区建设。\n牵头单位:市工业和信息化局\n",
        relations: [{ type: "department_responsible", source: "市工业和信息化局", target: "云岫工业园区" }],
      },
    ],
  },
  {
    id: "park-bracket",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.8,
    description: "Park(industry): the bracketed industry after a park is hosted by it",
    examples: [
      {
        text: "青禾市的青禾产业转移工业园(海洋装备);",
        relations: [{ type: "park_cluster", source: "青禾产业转移工业园", target: "海洋装备" }],
      },
    ],
  },
  {
    id: "sentence:co-occurrence",
    stage: "relations",
    produces: ["co_mention"],
    confidence: 0.3,
    description: "entities of different types named in one sentence with no stated relation (weak, never scored)",
    examples: [
      {
        text: "星澜光电股份有限公司与青禾新材料研究院签约。",
        relations: [{ type: "co_mention", source: "星澜光电股份有限公司", target: "青禾新材料研究院" }],
      },
    ],
  },
];
