// Resolution rules: further mentions of entities other rules found. They give
// no confidence of their own (the entity keeps its finder's).
import type { Rule } from "../registry.ts";

export const RESOLUTION_RULES: readonly Rule[] = [
  {
    id: "gazetteer",
    stage: "resolution",
    produces: ["cluster", "park", "platform", "enterprise", "department"],
    confidence: null,
    description: "every further occurrence of a found entity's written forms (flat: never inside another mention)",
    examples: [
      {
        text: "重点发展海洋装备、储能电池等产业。海洋装备企业达到30家。",
        entities: [{ type: "cluster", name: "海洋装备" }],
      },
    ],
  },
  {
    id: "alias:short-form",
    stage: "resolution",
    produces: ["enterprise", "park"],
    confidence: null,
    description:
      "a found enterprise's shorter forms where they stand alone: without 集团/有限公司, a leading country or place, or a trailing 科技/实业 (美国星澜 … 星澜三期); a zone's own short form, the first two characters of its own part and 区 (潍坊云岫合作区 … 云岫区), when no other entity claims it; a park written with and without its place's 县/区/市 (青禾县甲乙产业园, 青禾甲乙产业园) is one park, named without it, and so is a named 园区 written as 园; a firm some rule found under a short form of exactly one firm named in full is that firm, the forms here including the brand without its trade words, a city after the province, and the stock name (湖北黄石星澜电子有限公司 … 星澜电子, 青岚智能装备 … 青岚智能, 禾丰食品股份 … 禾丰股份); a firm's or a lab's name that is the tail of exactly one longer name of its type (words a left scan swallowed: 科研新引擎甲乙有限公司 beside 甲乙有限公司) is that entity, named by the tail when the text writes it apart",
    examples: [
      {
        text: "潍坊云岫合作区与星澜产业园签约结对。云岫区聚焦储能电池、海洋装备两大产业集群。",
        entities: [{ type: "park", name: "潍坊云岫合作区" }],
      },
      {
        text: "青禾县储能电池产业园位于县城东部。青禾储能电池产业园重点发展储能电池产业。",
        absent: [{ type: "park", name: "青禾县储能电池产业园" }],
      },
      {
        text: "云岫智能传感产业园区位于城东。云岫智能传感产业园入驻企业30家。",
        absent: [{ type: "park", name: "云岫智能传感产业园" }],
      },
      {
        text: "禾丰食品股份有限公司落户园区。禾丰股份的产品远销海外。",
        absent: [{ type: "enterprise", name: "禾丰股份" }],
      },
      {
        text: "湖北黄石星澜电子有限公司落户园区。重点企业：星澜电子、禾丰食品等。",
        absent: [{ type: "enterprise", name: "星澜电子" }],
      },
      {
        text: "青岚智能装备有限公司落户园区。重点企业：青岚智能、禾丰食品等。",
        absent: [{ type: "enterprise", name: "青岚智能" }],
      },
      {
        text: "据悉，科研新引擎澄宇科技有限公司已投产。澄宇科技有限公司是园区龙头企业，产品远销海外。",
        absent: [{ type: "enterprise", name: "科研新引擎澄宇科技有限公司" }],
      },
      {
        text: "星澜控股集团落户园区。星澜打造绿色标杆。",
        entities: [{ type: "enterprise", name: "星澜控股集团" }],
      },
      {
        text: "引进美国澜拓、德国禾森等配套企业。加快推进澜拓三期、禾森二期建设。",
        entities: [{ type: "enterprise", name: "美国澜拓" }],
      },
      {
        text: "云岫新材料科技有限公司落户园区。云岫新材料三期建成投产。",
        entities: [{ type: "enterprise", name: "云岫新材料科技有限公司" }],
      },
    ],
  },
  {
    id: "back-reference:zone",
    stage: "resolution",
    produces: ["park"],
    confidence: null,
    description:
      "a bare 开发区/高新区/经开区 after the one zone of that kind the document names before it (not counting one named only as a partner or a zone visited: 与甲开发区签订协议, 赴甲高新区考察; 经开区 and 经区 also after a 经济开发区), not the kind closing an enumeration (甲园、乙园等开发区); a bare 集聚区/集中区 after the one park of that kind",
    examples: [
      {
        // 等开发区 closing the province's other zones names the category: no second mention that makes the zone the document's.
        text: "今年以来，星澜县工业经济稳中有进，规模以上工业增加值增长8%，固定资产投资增长12%，全县上下紧盯目标任务，狠抓项目建设，优化营商环境，工业经济运行总体平稳，新动能加快成长，企业效益稳步提升，为全年目标打下了坚实基础。下一步，全县将继续加大工作力度，确保全年目标任务圆满完成。\n青禾经济开发区完成产值50亿元。\n星澜食品有限公司、禾丰建材有限公司等企业产值增长20%。\n我省还有青岚工业园、禾丰产业园、云松物流园等开发区。\n",
        absentRelations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "星澜食品有限公司" }],
      },
      {
        // A zone named as a partner (与甲开发区签订协议) or a zone visited takes no bare 开发区 after it.
        text: "青禾经济开发区位于城北，规划面积30平方公里，是省级开发区，近年来工业经济运行总体平稳，新动能加快成长，企业效益稳步提升，为全年目标打下了坚实基础。\n今年以来，先后与青岚经济开发区签订战略合作协议。\n目前，开发区已入驻星澜光电股份有限公司等企业86家。",
        entities: [{ type: "park", name: "青禾经济开发区" }],
      },
      {
        text: "青禾经济开发区位于城北。目前，开发区入驻企业达到86家。",
        entities: [{ type: "park", name: "青禾经济开发区" }],
      },
      {
        text: "青禾经济开发区位于城北。经开区重点发展储能电池产业。",
        entities: [{ type: "park", name: "青禾经济开发区" }],
      },
      {
        // Officials' 经区 is that 经济开发区 too, not a zone of its own.
        text: "青禾经济开发区位于城北。经区重点发展储能电池产业，经区企业达到86家。",
        entities: [{ type: "park", name: "青禾经济开发区" }],
        absent: [{ type: "park", name: "经区" }],
      },
      {
        text: "青禾产业集聚区位于城北。集聚区重点发展储能电池产业。",
        entities: [{ type: "park", name: "青禾产业集聚区" }],
      },
    ],
  },
  {
    id: "zone:abbreviation",
    stage: "resolution",
    produces: ["park"],
    confidence: 0.7,
    description:
      "高区 / 经区 (also spaced out as a table heading, 高 区) and a bare 综合保税区 where the document (or its part of a gazette) names no zone of that kind: the city's zone by its local short name",
    examples: [
      {
        text: "附件\n先进集体名单\n青禾区\n甲乙精密机械有限公司\n高 区\n丙丁新材料有限公司\n",
        entities: [{ type: "park", name: "高区" }],
      },
    ],
  },
];
