// Enterprise recall rules without a company suffix (firm-subject.ts). Invented names only.
import type { Rule } from "../registry.ts";

export const FIRM_RULES: readonly Rule[] = [
  {
    id: "enterprise:project-invested",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.45,
    description:
      "a project named right after its investment (总投资150亿元甲乙磷酸铁锂项目; 总投资30亿元的甲乙新材料项目): the firm that opens its name, read as in key-project lines (project-invested.ts)",
    examples: [
      {
        text: "总投资80亿元星澜磷酸铁锂项目已经签约。",
        entities: [{ type: "enterprise", name: "星澜" }],
      },
    ],
  },
  {
    id: "enterprise:plant",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.6,
    description:
      "a coined name opening its clause before 工厂 or 总部 (特斯拉超级工厂在某地投产; 如甲乙租赁工厂建成投产; 甲乙钢管总部等项目): only a firm has a plant or head office of its own; kinds (智能工厂, 区域总部) are not names (firm-plant.ts)",
    examples: [
      {
        text: "据介绍，星澜超级工厂在临港投产后，青禾钢管总部等5个项目同步推进。",
        entities: [
          { type: "enterprise", name: "星澜" },
          { type: "enterprise", name: "青禾钢管" },
        ],
      },
      {
        // Kinds of plant and head office, and a place's plant, name no firm.
        text: "建成绿色工厂3家，吸引区域总部、研发总部落户，上海工厂投产，发展总部经济，农产品加工厂建成。",
        entities: [],
        absent: [
          { type: "enterprise", name: "绿色" },
          { type: "enterprise", name: "区域" },
          { type: "enterprise", name: "上海" },
          { type: "enterprise", name: "农产品" },
        ],
      },
      {
        // 加工厂 is the facility: the brand ends before its 加.
        text: "据悉，星澜加工厂已建成投产。",
        entities: [{ type: "enterprise", name: "星澜" }],
        absent: [{ type: "enterprise", name: "星澜加" }],
      },
    ],
  },
  {
    id: "enterprise:school-partner",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.6,
    description:
      "a clause opening with brand + firm word that signs with, or co-builds with, a university or institute (甲乙生物与某大学签订校企合作协议): the opener is a firm",
    examples: [
      {
        text: "会上，青禾生物与青岚大学签订校企合作协议，双方将共建发酵工程技术研究中心。",
        entities: [{ type: "enterprise", name: "青禾生物" }],
      },
    ],
  },
  {
    id: "enterprise:list-brand",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.55,
    description:
      "a list whose items all open with a coined brand (a token the tagger does not know), most of them followed by a firm word (甲乙股份、丙丁电子入选): each item a firm",
    examples: [
      {
        text: "近日，2023年省技术创新示范企业名单公布，我市星澜股份、青禾电子入选。",
        entities: [
          { type: "enterprise", name: "星澜股份" },
          { type: "enterprise", name: "青禾电子" },
        ],
      },
      {
        // Industries (新能源、新材料) open with known words: no firms.
        text: "签约项目涵盖新能源、新材料等领域，其中青岚氢能、禾丰新材、云岫生物分别与青松高新区签订入园协议。",
        entities: [
          { type: "enterprise", name: "青岚氢能" },
          { type: "enterprise", name: "禾丰新材" },
          { type: "enterprise", name: "云岫生物" },
        ],
        absent: [{ type: "enterprise", name: "新能源" }],
      },
    ],
  },
  {
    id: "enterprise:subject-shape",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.55,
    alsoConfidence: [{ value: 0.85, when: "a mention found by a stronger rule" }],
    description:
      "a clause opening with a coined brand (a token the tagger does not know) + a firm word, as its subject (。甲乙生物产销两旺): one firm",
    examples: [
      {
        text: "生物医药产业继续领跑。岚汐生物产销两旺，成为全国最大的原料药生产企业。",
        entities: [{ type: "enterprise", name: "岚汐生物" }],
      },
      {
        // After 其中 the firm opens a project line by its output (年产N万吨…项目).
        text: "青松化工产业园新签约项目8个，其中禾丰化学年产3万吨电子化学品项目总投资12亿元。",
        entities: [{ type: "enterprise", name: "禾丰化学" }],
      },
      {
        // After 在 the firm is the place of a visit (在甲乙生物调研/考察).
        text: "代表团一行在岚汐生物考察，市领导在青禾锂业调研。",
        entities: [
          { type: "enterprise", name: "岚汐生物" },
          { type: "enterprise", name: "青禾锂业" },
        ],
      },
      {
        // 像 (like) introduces the firm as an example: not part of its name.
        text: "生物医药产业继续领跑，像岚汐生物产销两旺。",
        entities: [],
        absent: [{ type: "enterprise", name: "像岚汐生物" }],
      },
      {
        // An industry word before the firm word is no brand; a park's name continues past it.
        text: "海洋生物产业加快发展。岚汐生物产业园建成投用。以岚汐生物为龙头。",
        absent: [
          { type: "enterprise", name: "海洋生物" },
          { type: "enterprise", name: "以岚汐生物" },
        ],
      },
    ],
  },
  {
    id: "enterprise:measure-object",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.55,
    alsoConfidence: [{ value: 0.85, when: "a mention found by a stronger rule" }],
    description:
      "the firms a measure's support verb backs (支持/推动/引导/鼓励…), each a coined brand + a firm word, chained by 、/与/和 and followed by what a firm does (扩大, 做强, 建设, 向, 等…): one firm per item",
    examples: [
      {
        text: "支持青岚纺织扩大产能。推动星澜生物、云岫制药做大做强，壮大储能电池产业。",
        entities: [
          { type: "enterprise", name: "青岚纺织" },
          { type: "enterprise", name: "星澜生物" },
          { type: "enterprise", name: "云岫制药" },
        ],
      },
      {
        // Trade words read only in this frame (…氢能, …封测): the verb before and the act after bound the name.
        text: "引导星澜氢能在云岫化工园区布局。支持禾丰封测扩大产能。",
        entities: [
          { type: "enterprise", name: "星澜氢能" },
          { type: "enterprise", name: "禾丰封测" },
        ],
      },
      {
        // An industry or a place after the verb opens with a known word: no firm.
        text: "推动海洋生物做大做强，引导智能装备向高端延伸。",
        entities: [],
        absent: [{ type: "enterprise", name: "海洋生物" }],
      },
    ],
  },
  {
    id: "enterprise:role-owner",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.6,
    description:
      "a clause opening with a firm-shaped name (ending in a firm word: …锂业, …生物) right before what only a firm has: its executives (董事长, 总经理, 总裁, 创始人) or its subsidiaries (旗下): one firm",
    examples: [
      {
        text: "仪式上，岚汐锂业董事长王某表示，将加快建设。岚溪生物旗下某某制药有限公司启动研发。",
        entities: [
          { type: "enterprise", name: "岚汐锂业" },
          { type: "enterprise", name: "岚溪生物" },
        ],
      },
      {
        // A clause opening with a verb or a generic word is no firm's name.
        text: "会上，公司董事长王某介绍情况。加快发展产业旗下企业。",
        absent: [
          { type: "enterprise", name: "公司" },
          { type: "enterprise", name: "加快发展产业" },
        ],
      },
    ],
  },
  {
    id: "enterprise:role-apposition",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.55,
    description:
      "a firm named right after what it is to its trade (全球农化巨头甲乙的… / 本土化工龙头甲乙化工通过… / 头部企业甲乙总部项目落户): the run of tokens after the role word up to the clause's next verb, particle or adverb, holding a proper or coined name",
    examples: [
      {
        text: "海泰科技已成为全球农化巨头科岚诺的核心供应商。本土化工龙头青川澜泰化工通过循环化改造提升效率。",
        entities: [
          { type: "enterprise", name: "科岚诺" },
          { type: "enterprise", name: "青川澜泰化工" },
        ],
      },
      {
        // A common noun or a verb after the role word names no firm.
        text: "龙头企业数量持续增加，行业龙头带动上下游集聚。",
        absent: [{ type: "enterprise", name: "龙头企业数量" }],
      },
    ],
  },
];
