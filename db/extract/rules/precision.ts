// Precision rules (typing stage, precision-filters.ts): a candidate's shape
// says it is not what its suffix suggests. Retyping rules give the entity
// their confidence; dropping filters emit nothing (their examples list what
// must not come out, `absent`). Examples use invented names only.
import type { Rule } from "../registry.ts";

export const PRECISION_RULES: readonly Rule[] = [
  {
    id: "typing:owner-platform",
    stage: "typing",
    produces: ["platform"],
    confidence: 0.85,
    description:
      "a 创新创业园 / 科技创新园 / 科技园 owned by a university or research institute (某大学…创新创业园) is its platform, not a park",
    examples: [
      {
        text: "推动青禾大学（澄州）创新创业园、云岫理工科技创新园建设。",
        entities: [
          { type: "platform", name: "青禾大学（澄州）创新创业园" },
          { type: "platform", name: "云岫理工科技创新园" },
        ],
        absent: [{ type: "park", name: "云岫理工科技创新园" }],
      },
    ],
  },
  {
    id: "filter:title",
    stage: "typing",
    produces: ["park", "platform"],
    confidence: null,
    description:
      "an honour or ranking right after a level or region (市十佳…产业园, 首个…示范区, 某省示范…园区), or a name after 入选/获评/荣获/授予, is a title, not a park or platform",
    examples: [
      {
        text: "青禾智慧物流园入选市十佳电商产业园。澄州成立全国首个城市级无人配送示范区。",
        absent: [
          { type: "park", name: "市十佳电商产业园" },
          { type: "park", name: "首个城市级无人配送示范区" },
        ],
      },
    ],
  },
  {
    id: "filter:slogan",
    stage: "typing",
    produces: ["park", "platform"],
    confidence: null,
    description: "a counted slogan (“五有园区”, 两园, 三基地) names a goal or a group, not a park or platform",
    examples: [
      {
        text: "把青禾产业园建成有规划、有企业、有平台、有项目、有资金的“五有园区”。",
        absent: [{ type: "park", name: "五有园区" }],
      },
    ],
  },
  {
    id: "filter:measure",
    stage: "typing",
    produces: ["platform", "park"],
    confidence: null,
    description: "an area or sum before a facility (3000平方米专业实验室) measures an unnamed facility",
    examples: [
      {
        text: "规划建设40亩测试区和3000平方米专业实验室，依托澄州智能网联研究院开展攻关。",
        absent: [{ type: "platform", name: "平方米专业实验室" }],
      },
    ],
  },
  {
    id: "cluster:lead-trim",
    stage: "typing",
    produces: ["cluster"],
    confidence: null,
    description:
      "a clause verb of report prose (抢滩, 狠抓, 荣膺, 起以…) or of the verb lexicon at the start of an industry name is cut; nothing left, or only a region and an umbrella sector, drops it",
    examples: [
      {
        text: "初步形成较为完整的储能产业链；抢滩海洋传感产业新赛道，推动一批企业组链成群。",
        entities: [{ type: "cluster", name: "海洋传感" }],
        absent: [{ type: "cluster", name: "抢滩海洋传感" }],
      },
      {
        text: "狠抓产业提升。青禾机械荣膺中国制造业单项冠军示范企业。",
        absent: [
          { type: "cluster", name: "狠抓" },
          { type: "cluster", name: "青禾机械荣膺中国制造业" },
        ],
      },
    ],
  },
  {
    id: "filter:cluster-scope",
    stage: "typing",
    produces: ["cluster"],
    confidence: null,
    description:
      "a quantity or scale word at an industry's start (一大批优质产业链, 亿级主导产业集群) or a region with only an umbrella sector (长三角制造业) is not a cluster",
    examples: [
      {
        text: "澄州高新区重点打造亿级主导产业集群，引育了一大批优质产业链配套企业，打造长三角制造业新高地。",
        absent: [
          { type: "cluster", name: "亿级" },
          { type: "cluster", name: "批优质" },
          { type: "cluster", name: "长三角制造业" },
        ],
      },
    ],
  },
];
