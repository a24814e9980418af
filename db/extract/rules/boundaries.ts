// Boundary rules: they move where an accepted candidate's name starts. They
// give no confidence of their own (the entity keeps its finder's); the moved
// mention carries the rule id.
import type { Rule } from "../registry.ts";

export const BOUNDARY_RULES: readonly Rule[] = [
  {
    id: "boundary:pos",
    stage: "boundaries",
    produces: ["park", "platform", "enterprise", "department"],
    confidence: null,
    description:
      "a name starts at a token the part-of-speech tagger allows: a leading verb, preposition (在/由/对/与/向/同), clause adverb (就/已经/均…), 赴/到/有 or a list label (企业有…, 龙头企业…) is cut when a noun-like token follows",
    examples: [
      {
        // An official who speaks on a name (负责人就…) is no part of it.
        text: "听取了相关部门负责人就海洋装备共性技术研究中心建设情况的汇报。",
        entities: [{ type: "platform", name: "海洋装备共性技术研究中心" }],
        absent: [{ type: "platform", name: "人就海洋装备共性技术研究中心" }],
      },
      {
        // A platform's field may open with 创新/制造 (innovative drugs, manufacturing processes): nothing is cut.
        text: "青松药业建有省级创新药物重点实验室和制造工艺工程研究中心。",
        absent: [
          { type: "platform", name: "药物重点实验室" },
          { type: "platform", name: "工艺工程研究中心" },
        ],
      },
      {
        // a firm category after an industry (某产业链龙头企业) is cut however long the industry
        text: "加快引进智能传感产业链龙头企业青岚科技股份有限公司。",
        entities: [{ type: "enterprise", name: "青岚科技股份有限公司" }],
        absent: [{ type: "enterprise", name: "智能传感产业链龙头企业青岚科技股份有限公司" }],
      },
      {
        text: "市领导督促青岚经济开发区加快项目建设。",
        entities: [{ type: "park", name: "青岚经济开发区" }],
      },
      {
        text: "对禾澜光电科技股份有限公司给予一次性奖励。",
        entities: [{ type: "enterprise", name: "禾澜光电科技股份有限公司" }],
      },
      {
        text: "园区现状：主要企业有澄宇集团、星禾新材料有限公司等。",
        entities: [{ type: "enterprise", name: "澄宇集团" }],
      },
      {
        // A profile's place before 有 (园内有…, 镇内有…) labels the list like 企业有: the name starts after it.
        text: "星澜物流园占地1500亩，园内有青岚供应链管理有限公司、禾丰冷链物流有限公司等企业。镇内有青禾五金有限公司。",
        entities: [
          { type: "enterprise", name: "青岚供应链管理有限公司" },
          { type: "enterprise", name: "青禾五金有限公司" },
        ],
        absent: [{ type: "enterprise", name: "园内有青岚供应链管理有限公司" }],
      },
      {
        text: "二是帮助云岫智能装备有限公司解决用地难题。",
        entities: [{ type: "enterprise", name: "云岫智能装备有限公司" }],
      },
      {
        // A clause adverb (就/已经/均…) opens no name.
        text: "同时，就青岚电子信息产业园扩区事宜开展论证。",
        entities: [{ type: "park", name: "青岚电子信息产业园" }],
        absent: [{ type: "park", name: "就青岚电子信息产业园" }],
      },
    ],
  },
  {
    id: "boundary:inner",
    stage: "boundaries",
    produces: ["park", "platform", "enterprise", "department", "cluster"],
    confidence: null,
    description:
      "a suffix name starts after the last token inside it that a name cannot run across (a clause preposition, 期间/旗下/子公司/记者, 起初/当时, 只有/仅有, a numeral or measure, a common verb before a proper name or a department's level word, or after another whole name; an official and his one-character verb; 与/和 after 我县 or a whole name; in a firm, any preposition 与/同/跟); a cluster of clause words only is dropped, and so is a park or platform the cut leaves with nothing but its kind",
    examples: [
      {
        // A preposition before a county's or a city's name (距某县…, 指某市…) is the clause's: the name opens at the place.
        text: "项目距岷县经济开发区仅20公里。",
        entities: [{ type: "park", name: "岷县经济开发区" }],
        absent: [{ type: "park", name: "项目距岷县经济开发区" }],
      },
      {
        // A registered firm opens with its place; a verb or a conjunction before it joins the clause.
        text: "今年引进的工业项目有青海岚禾矿业有限公司投资建设的碳酸钙生产线。",
        entities: [{ type: "enterprise", name: "青海岚禾矿业有限公司" }],
        absent: [{ type: "enterprise", name: "工业项目有青海岚禾矿业有限公司" }],
      },
      {
        // Inside a place (县内, 区内) says where the firm is, not its name.
        text: "依托县内岚禾农机公司，该县建成农机装备产业园。",
        entities: [{ type: "enterprise", name: "岚禾农机公司" }],
        absent: [{ type: "enterprise", name: "县内岚禾农机公司" }],
      },
      {
        // Traditional script is read on its simplified view: 對 is a preposition, 園區 only a kind.
        // A demonstrative, a time word, a location clause or a measure before a bare kind leaves no name.
        text: "近年来该园区引进企业20家。青岚北站距离园区仅5公里。规划面积10平方公里园区内企业众多。",
        absent: [
          { type: "park", name: "近年来该园区" },
          { type: "park", name: "青岚北站距离园区" },
          { type: "park", name: "平方公里园区" },
        ],
      },
      {
        // A clause verb after adverbs only (果断抓住…) still opens the clause before an industry.
        text: "果断抓住海洋传感产业发展机遇。",
        absent: [{ type: "cluster", name: "果断抓住海洋传感" }],
      },
      {
        text: "青嵐區委托澄州規劃設計院對園區規劃進行調整。",
        absent: [
          { type: "park", name: "園區" },
          { type: "park", name: "澄州規劃設計院對園區" },
        ],
      },
      {
        // Having after an adverb (起初只有, 目前仅有) ends the clause, in a name led by a city too.
        text: "泰州经济开发区起初只有澄宇太阳能集团一家新能源企业。青岚经济开发区目前仅有云岫电子集团一家企业。",
        entities: [
          { type: "enterprise", name: "澄宇太阳能集团" },
          { type: "enterprise", name: "云岫电子集团" },
        ],
        absent: [{ type: "enterprise", name: "泰州经济开发区起初只有澄宇太阳能集团" }],
      },
      {
        text: "报道称，青岚控股旗下澄宇光电有限公司已投产。",
        entities: [{ type: "enterprise", name: "澄宇光电有限公司" }],
      },
      {
        // A firm's own part holds no preposition 与: the parties of a signing are joined there.
        text: "并于下午5时18分与江西澄宇新能源科技有限公司签订协议。此次与江西澄宇新能源科技有限公司合作。",
        entities: [{ type: "enterprise", name: "江西澄宇新能源科技有限公司" }],
        absent: [
          { type: "enterprise", name: "分与江西澄宇新能源科技有限公司" },
          { type: "enterprise", name: "此次与江西澄宇新能源科技有限公司" },
        ],
      },
      {
        text: "规划期间，建成2000平方米禾澜检测实验室。",
        entities: [{ type: "platform", name: "禾澜检测实验室" }],
      },
      {
        // A whole name before the verb is its subject: the platform starts after the verb.
        text: "青禾经济开发区聘请湖北云岫工业研究院编制规划。",
        entities: [{ type: "platform", name: "湖北云岫工业研究院" }],
      },
      {
        // Another whole name before a clause verb, an official acting, 我县与…: the name starts after them.
        text: "青岚经济开发区管委会主任率澄宇集团考察。我县与杭州禾澜集团有限公司签约。青岚海洋装备产业集群入选工业和信息化部名单。",
        entities: [
          { type: "enterprise", name: "澄宇集团" },
          { type: "enterprise", name: "杭州禾澜集团有限公司" },
        ],
        absent: [{ type: "department", name: "青岚海洋装备产业集群入选工业和信息化部" }],
      },
      {
        // A verb after a whole name (市政府争取…) and a level word after a whole zone (…晋升省级开发区).
        text: "凌州市政府争取青岚经济开发区晋升省级开发区的机遇。",
        entities: [{ type: "park", name: "青岚经济开发区" }],
        absent: [{ type: "park", name: "市政府争取青岚经济开发区晋升省级开发区" }],
      },
      {
        // A cluster cut down to a place and its level (获评|天津市级产业) names no industry.
        text: "青禾高新区已获评天津市级产业主题园区。",
        absent: [{ type: "cluster", name: "天津" }],
      },
      {
        // The cut leaves only a kind (专业实验室): no platform at all.
        text: "建成3000平方米专业实验室。",
        absent: [{ type: "platform", name: "专业实验室" }],
      },
    ],
  },
  {
    id: "boundary:clause",
    stage: "boundaries",
    produces: ["park", "platform"],
    confidence: null,
    description:
      "a suffix park or platform whose own part the tagger reads as a clause: a proper-name kind (园区, 开发区, 高新区, 新区, 新城…) right after a clause verb, a numeral, a pronoun or a quantity word (部分, 若干) is no name and is dropped",
    examples: [
      {
        // A proper-name kind after a clause verb, a numeral, a pronoun or a quantity word: no name.
        text: "当地铝水可直供园区。在荒山上建园区。推行一镇一园区模式。全省唯一没有国家高新区。近年来我县工业园区发展迅速。部分产业园区存在闲置。",
        absent: [
          { type: "park", name: "铝水可直供园区" },
          { type: "park", name: "荒山上建园区" },
          { type: "park", name: "一镇一园区" },
          { type: "park", name: "唯一没有国家高新区" },
          { type: "park", name: "我县工业园区" },
          { type: "park", name: "部分产业园区" },
        ],
      },
    ],
  },
];
