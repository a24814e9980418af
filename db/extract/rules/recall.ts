// Recall rules for text nobody tuned the extractor on (issue 11): firms,
// clusters, departments and parks typed by list shape, sibling items and
// role phrases rather than by a field label. Examples use invented names.
import type { Rule } from "../registry.ts";

export const RECALL_RULES: readonly Rule[] = [
  {
    id: "enterprise:list-sibling",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.7,
    description:
      "a list item beside a firm with a company suffix is a firm too (甲科技、乙有限公司、丙药业); a measure's number before the first 、 (二、甲集团…) is no item",
    examples: [
      {
        text: "金穗集团、岚山电子、鹭洲制药入驻园区。",
        entities: [
          { type: "enterprise", name: "岚山电子" },
          { type: "enterprise", name: "鹭洲制药" },
        ],
      },
      {
        // 有限公司 is no cue (有) to cut the first item at; a suffixed name that still holds its list's cue is a sibling.
        text: "澄川精工有限公司、岚汐光电、昊岳医疗相继投产。园区还有青岚集团、禾澜、朗澈等。",
        entities: [
          { type: "enterprise", name: "岚汐光电" },
          { type: "enterprise", name: "昊岳医疗" },
          { type: "enterprise", name: "禾澜" },
          { type: "enterprise", name: "朗澈" },
        ],
      },
      {
        // A measure's number before its 、 is no item: the verb after it opens the first item's clause.
        text: "二、支持青岚集团、云岫精工建设企业技术中心。",
        entities: [{ type: "enterprise", name: "云岫精工" }],
        absent: [{ type: "enterprise", name: "支持青岚集团" }],
      },
      {
        // A ranking before a firm (世界500强…) is not part of its name; a strong firm word vouches for a verb-led brand.
        text: "世界500强岚山科技、中国企业500强鹭洲集团等已入驻。中国银行、建设银行、鹭洲投资等金融机构签约。",
        entities: [
          { type: "enterprise", name: "岚山科技" },
          { type: "enterprise", name: "建设银行" },
          { type: "enterprise", name: "鹭洲投资" },
        ],
        absent: [{ type: "enterprise", name: "强鹭洲集团" }],
      },
      {
        // A verb-like pair inside a listed name (北新建材: 新建) does not cut it beside a suffixed sibling.
        text: "园区先后有岚新建材、鹭汀传动、云岫集团等一批知名企业落户。",
        entities: [{ type: "enterprise", name: "岚新建材" }],
      },
    ],
  },
  {
    id: "enterprise:list-shape",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.65,
    description:
      "items ending in firm words (…科技, …控股, …药业, …银行) after 引进/签约/入驻/走访 or before 相继落户/等金融机构",
    examples: [
      {
        // Three or more items, each brand + firm word, need no cue; a firm word before the verb ends the last one.
        text: "全市现有上市公司8家，岚汐股份、澄川科技、昊岳新材成功登陆科创板。",
        entities: [
          { type: "enterprise", name: "岚汐股份" },
          { type: "enterprise", name: "昊岳新材" },
        ],
      },
      {
        // A leader's visit (走访/来到/深入) names the firms visited.
        text: "李某某先后走访了星澜储能、青岚电子、禾丰食品，实地察看企业生产情况。",
        entities: [
          { type: "enterprise", name: "星澜储能" },
          { type: "enterprise", name: "禾丰食品" },
        ],
      },
      {
        // Carbon, alloy and farming firms (…炭素, …合金, …农业) in a list of projects are named as written.
        text: "及时协调解决青岚炭素、禾岫农业、云澜合金等项目推进中的困难和问题。",
        entities: [
          { type: "enterprise", name: "青岚炭素" },
          { type: "enterprise", name: "禾岫农业" },
        ],
      },
      {
        // A count before the placing verb heads the list (甲、乙两家进驻…).
        text: "岚汐纺织、昊岳纺织两家进驻星澜(福地)纺织产业园的企业开工建设。",
        entities: [
          { type: "enterprise", name: "岚汐纺织" },
          { type: "enterprise", name: "昊岳纺织" },
        ],
      },
      {
        // Three in four items firm-shaped under a head: the odd one (a brand + a product word) is a firm too;
        // a brand the tagger reads as a verb is not cut off its firm word.
        text: "加快奔岚智能、朗澈风电、青屿食品、汀雀面包等项目投产达效。",
        entities: [
          { type: "enterprise", name: "奔岚智能" },
          { type: "enterprise", name: "汀雀面包" },
        ],
      },
      {
        text: "今年新区成功引进了云杉科技、蓝泓数据、赤岭智能，总投资80亿元。",
        entities: [
          { type: "enterprise", name: "云杉科技" },
          { type: "enterprise", name: "蓝泓数据" },
          { type: "enterprise", name: "赤岭智能" },
        ],
      },
      {
        text: "今年，与岚溪银行、鹭汀证券签订战略合作协议；岚溪资本、鹭汀创投等投资机构参与设立基金。",
        entities: [
          { type: "enterprise", name: "鹭汀证券" },
          { type: "enterprise", name: "鹭汀创投" },
        ],
      },
      {
        text: "加快企业上市步伐，力争禾澜股份、星渚新材、云杉股份上市。",
        entities: [
          { type: "enterprise", name: "禾澜股份" },
          { type: "enterprise", name: "云杉股份" },
        ],
      },
      {
        text: "星渚电子、朗峰光电、海汐智能相继落户新区。",
        entities: [
          { type: "enterprise", name: "星渚电子" },
          { type: "enterprise", name: "海汐智能" },
        ],
      },
    ],
  },
  {
    id: "dept:list-bare",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.6,
    description: "bureaus listed after a zone's body with no 市/省 level to carry (某管委会内设甲局、乙局) stay bare",
    examples: [
      {
        text: "青杉高新区管委会内设党政办公室、经济发展局、招商局等部门。",
        entities: [
          { type: "department", name: "经济发展局" },
          { type: "department", name: "招商局" },
        ],
      },
    ],
  },
  {
    id: "dept:titled",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.6,
    description:
      "an unprefixed body at a clause start right before its head's title (某某管理局局长, 某某部副部长, 某某司副司长); not a firm's, school's or institute's",
    examples: [
      {
        text: "今年以来，青禾先行区管理局局长张某表示，项目进展顺利。",
        entities: [{ type: "department", name: "青禾先行区管理局" }],
      },
      {
        text: "“企业很满意。”青岚园区招商服务部副部长王某介绍。",
        entities: [{ type: "department", name: "青岚园区招商服务部" }],
      },
      {
        text: "会上，星澜发展司副司长李某作报告。",
        entities: [{ type: "department", name: "星澜发展司" }],
      },
    ],
  },
  {
    id: "dept:zone-own-body",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.6,
    description: "a bare 管委会/党工委 (or 新区管委会) in a document naming exactly one zone is that zone's body",
    examples: [
      {
        text: "青杉经济开发区位于城东。新区管委会主任介绍，管委会将优化服务。",
        entities: [{ type: "department", name: "青杉经济开发区管委会" }],
      },
    ],
  },
  {
    id: "enterprise:cue-shape",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.6,
    description: "one firm-shaped name (…科技, …药业) right after 引进/签约 or right before 落户/入驻/等N家企业",
    examples: [
      {
        text: "力争上市取得突破，云栖科技等3家企业开展备案辅导。",
        entities: [{ type: "enterprise", name: "云栖科技" }],
      },
      {
        text: "今年，新区成功引进岚汐科技，总投资20亿元。澄江精密落户新区。",
        entities: [
          { type: "enterprise", name: "岚汐科技" },
          { type: "enterprise", name: "澄江精密" },
        ],
      },
    ],
  },
  {
    id: "platform:academy-institute",
    stage: "candidates",
    produces: ["platform"],
    confidence: 0.75,
    description:
      "a research institute of the national academy by its short form (中科院某某所, 中国科学院某某所) is a platform; institutes listed after it (、乙所、丙所) share its prefix",
    examples: [
      {
        text: "目前，中科院青岚所、星澜所、云岫所等科研院所的项目已入驻，中国科学院禾丰光电所也在洽谈。",
        entities: [
          { type: "platform", name: "中科院青岚所" },
          { type: "platform", name: "中科院星澜所" },
          { type: "platform", name: "中科院云岫所" },
          { type: "platform", name: "中国科学院禾丰光电所" },
        ],
      },
    ],
  },
  {
    id: "list-typed:centre",
    stage: "candidates",
    produces: ["platform"],
    confidence: 0.75,
    description:
      "an item ending in 中心 of a list whose head calls its items platforms (…等平台, …等关键载体, …等研发机构) is a platform although its kind word is unknown",
    examples: [
      {
        text: "打造青岚海洋装备育种中心、星澜储能电池品创中心、云岫智能传感品创中心等关键载体。",
        entities: [
          { type: "platform", name: "星澜储能电池品创中心" },
          { type: "platform", name: "云岫智能传感品创中心" },
        ],
      },
    ],
  },
  {
    id: "platform:quoted",
    stage: "candidates",
    produces: ["platform"],
    confidence: 0.75,
    description:
      "a platform written in quotation marks is named by the whole quoted phrase (the marks bound it, not the tagger), and a quoted phrase ending in 中心 is a centre's name although its kind word is unknown (not a slogan, an administrative or trade centre, or a bare kind)",
    examples: [
      {
        text: "依托星澜研究院建设的“大型云岫传动系统国家重点实验室”获批。",
        entities: [{ type: "platform", name: "大型云岫传动系统国家重点实验室" }],
      },
      {
        text: "园区建成“澄宇前沿科技中心”，打造“一中心两基地”，并设立“市民服务中心”。",
        entities: [{ type: "platform", name: "澄宇前沿科技中心" }],
        absent: [
          { type: "platform", name: "一中心两基地" },
          { type: "platform", name: "市民服务中心" },
        ],
      },
    ],
  },
];
