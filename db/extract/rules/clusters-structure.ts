// Cluster rules that read document structure and development cues instead of a 产业 suffix
// (cluster-structure.ts). Examples use invented names.
import type { Rule } from "../registry.ts";

export const CLUSTER_STRUCTURE_RULES: readonly Rule[] = [
  {
    id: "cluster:run-in-heading",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.75,
    description:
      "three or more sibling run-in headings ((1) 甲。 / **甲。**) after an industry count (培育三大产业集群) each name a cluster",
    examples: [
      {
        text: "青禾市大力培育三大产业集群。\n（1）海洋装备。推进整机研发。\n（2）光学仪表与传感。提升精度。\n（3）储能电池。扩大产能。\n",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "光学仪表与传感" },
          { type: "cluster", name: "储能电池" },
        ],
      },
    ],
  },
  {
    id: "cluster:suffix:counted-split",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.8,
    description:
      "甲、乙和丙三大产业 / 以甲和乙两大优势产业 / 甲和乙等支撑产业: a count, or 等 with both halves reading as industries, says the 和 joins two industries, not one name",
    examples: [
      {
        text: "以海洋装备和储能电池两大优势产业为先导。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "储能电池" },
        ],
      },
      {
        // One 和 before 等 and the head joins two industries too (不是 研发和生产等产业环节: no sector words).
        text: "园区特色化发展冰雪装备制造和冷链物流等支撑产业。",
        entities: [
          { type: "cluster", name: "冰雪装备制造" },
          { type: "cluster", name: "冷链物流" },
        ],
      },
    ],
  },
  {
    id: "cluster:chain-leader",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.65,
    description:
      "。某某链主型企业甲… / 某某龙头企业甲…: an industry phrase written right before a chain leader's or a leading firm's label is the industry the firm leads",
    examples: [
      {
        text: "很多企业新增产能。储能装备链主型企业岚溪高科成功导入行业标杆客户。",
        entities: [{ type: "cluster", name: "储能装备" }],
      },
      {
        // The recruiting verb before the label is the clause's, not the industry's.
        text: "青禾县坚持项目为王，加快引进储能电池龙头企业，推动产业集群发展。",
        entities: [{ type: "cluster", name: "储能电池" }],
        absent: [{ type: "cluster", name: "加快引进储能电池" }],
      },
    ],
  },
  {
    id: "cluster:develop-one",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.7,
    description:
      "one industry a park's name is the subject of (甲工业园重点发展乙，丙园区主要发展丁): the phrase up to the clause end, when it ends in an industry head word (cluster-develop-one.ts)",
    examples: [
      {
        text: "青禾工业园重点发展海洋装备，星澜科技园主要发展精密仪器。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "精密仪器" },
        ],
      },
    ],
  },
  {
    id: "cluster:one-etc",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.7,
    description:
      "one industry that 等 closes with an industry head after a development or focus verb (围绕海洋装备等五大优势产业): a one-item list, when the phrase ends in an industry head word (cluster-develop-one.ts)",
    examples: [
      {
        text: "围绕海洋装备等五大优势产业，推进转型升级。",
        entities: [{ type: "cluster", name: "海洋装备" }],
      },
    ],
  },
  {
    id: "cluster:develop-list",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.7,
    description:
      "items of an enumeration after a development cue (大力发展/培育/就 甲、乙和丙) are clusters when every item ends in an industry head word (…制造, …装备, …物流; cluster-heads.ts) and the heads differ",
    examples: [
      {
        text: "青禾镇大力发展海洋装备、精密仪器和冷链物流。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "精密仪器" },
          { type: "cluster", name: "冷链物流" },
        ],
      },
      {
        text: "二、主要任务\n做强主导产业。就光学仪表、储能电池、定制家居、冷链物流，制定专项方案。",
        entities: [
          { type: "cluster", name: "光学仪表" },
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "定制家居" },
        ],
      },
      {
        text: "青禾区主要产业有光学仪表、储能电池、冷链物流。",
        entities: [
          { type: "cluster", name: "光学仪表" },
          { type: "cluster", name: "冷链物流" },
        ],
      },
      {
        text: "园区重点发展软质材料、硬质材料、复合材料。",
        absent: [{ type: "cluster", name: "软质材料" }],
      },
      {
        text: "新区重点发展科技研发、商务办公、人才居住。",
        absent: [{ type: "cluster", name: "商务办公" }],
      },
    ],
  },
  {
    id: "cluster:category-head",
    stage: "candidates",
    produces: ["cluster"],
    confidence: 0.7,
    description:
      "items of a list headed by an industry unit other than 产业 (四个主导板块, 两个拓展板块, 等重点赛道, 等五个方面形成…产业基地) are clusters; a list may hold two counted groups; heads of functions or regions (功能板块, 区域板块) do not count",
    examples: [
      {
        text: "目前园区形成了海洋装备、精密仪器、储能电池三个主导板块、数字文旅和冷链物流两个拓展板块。",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "数字文旅" },
          { type: "cluster", name: "冷链物流" },
        ],
      },
      {
        text: "青禾新区聚焦光学仪表、储能电池、深潜装备等重点赛道，构建产业生态。",
        entities: [
          { type: "cluster", name: "光学仪表" },
          { type: "cluster", name: "深潜装备" },
        ],
      },
      {
        text: "它的目标是在禽类疫苗、海洋制药、高端医疗器械等三个方面形成具有竞争力的特色产业基地。",
        entities: [
          { type: "cluster", name: "禽类疫苗" },
          { type: "cluster", name: "海洋制药" },
        ],
      },
      {
        text: "新城规划湖滨休闲、文化展示、生态体验三个功能板块。",
        absent: [{ type: "cluster", name: "湖滨休闲" }],
      },
    ],
  },
];
