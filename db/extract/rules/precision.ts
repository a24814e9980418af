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
      "a 创新创业园 / 科技创新园 / 科技园 owned by a university or research institute (某大学…创新创业园) is its platform, not a park; a 大学科技园 (a designated university science park) stays a park",
    examples: [
      {
        text: "推动青禾大学（澄州）创新创业园、云岫理工科技创新园建设。",
        entities: [
          { type: "platform", name: "青禾大学（澄州）创新创业园" },
          { type: "platform", name: "云岫理工科技创新园" },
        ],
        absent: [{ type: "park", name: "云岫理工科技创新园" }],
      },
      {
        // A university science park (大学科技园) is a park of its own kind; students (大学生) own nothing.
        text: "推动青岚大学科技园、云岫理工创业园和星澜大学生创业园建设。",
        entities: [{ type: "platform", name: "云岫理工创业园" }],
        absent: [
          { type: "platform", name: "青岚大学科技园" },
          { type: "platform", name: "星澜大学生创业园" },
        ],
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
    id: "filter:aspiration",
    stage: "typing",
    produces: ["park", "platform"],
    confidence: null,
    description:
      "a kind after an evaluative frame (建成…世界级…产业园, 打造具有影响力的…平台, 国内领先的…) without a place in it describes what a place aims at, not a named park or platform",
    examples: [
      {
        text: "建成极具竞争力的世界级海洋装备产业园。打造企业服务等具有影响力的数字化园区服务平台。",
        absent: [
          { type: "park", name: "海洋装备产业园" },
          { type: "platform", name: "数字化园区服务平台" },
        ],
      },
    ],
  },
  {
    id: "filter:institution",
    stage: "typing",
    produces: ["enterprise"],
    confidence: null,
    description:
      "a university, school or hospital (…大学, …学院, …医院, …中学) is none of the five types, even among the firms of a list",
    examples: [
      {
        text: "包括星澜药业、云岫制药、鹭汀双鹤、青禾药科大学、云岫中医药大学等在内的签约入驻单位。",
        absent: [
          { type: "enterprise", name: "青禾药科大学" },
          { type: "enterprise", name: "云岫中医药大学" },
        ],
      },
    ],
  },
  {
    id: "filter:park-item-firm",
    stage: "typing",
    produces: ["enterprise"],
    confidence: null,
    description:
      "an item of a firm list that ends like a park (…园, …园区; not 公园, 庄园) hosts firms rather than being one (甲园、乙园分别入驻企业18家和12家)",
    examples: [
      {
        text: "青禾经济开发区下设新材料园、装备园两个园区，新材料园、装备园分别入驻企业18家和12家。",
        absent: [
          { type: "enterprise", name: "新材料园" },
          { type: "enterprise", name: "装备园" },
        ],
      },
    ],
  },
  {
    id: "filter:generic-firm",
    stage: "typing",
    produces: ["enterprise"],
    confidence: null,
    description:
      "a company named only by a count, a time word or a pointer and a kind or a trade (16家创科公司, 去年公司, 该公司, 生物医药公司, 上市公司), or only by words saying what it does or is for with no place or brand among them (园区售电公司, 政府产业平台公司, 合资公司), refers to firms without naming one",
    examples: [
      {
        text: "目前已有16家创科公司进驻青禾科技园，储能电池公司负责人表示，去年公司产销量达6万吨。",
        absent: [
          { type: "enterprise", name: "16家创科公司" },
          { type: "enterprise", name: "储能电池公司" },
          { type: "enterprise", name: "去年公司" },
        ],
      },
      {
        // A company named by what it does or is for (售电, 平台, 合资) is a kind; a place or a brand names one.
        text: "园区售电公司和政府产业平台公司共同出资，青禾电力公司负责供电。",
        absent: [
          { type: "enterprise", name: "园区售电公司" },
          { type: "enterprise", name: "政府产业平台公司" },
        ],
      },
    ],
  },
  {
    id: "filter:officials",
    stage: "typing",
    produces: ["enterprise"],
    confidence: null,
    description:
      "short names listed right after an official's title (市领导甲乙、丙丁、戊己出席…) are people, not firms, whichever list reader took them",
    examples: [
      {
        text: "12月7日，青禾科技园首批4家入园企业开工庆典仪式在青禾科技园举行，市领导张立新、邓志华、王芸、林梃、许明和市检察院检察长赵德贵出席开工庆典仪式并为星澜项目奠基培土。",
        absent: [
          { type: "enterprise", name: "邓志华" },
          { type: "enterprise", name: "王芸" },
        ],
      },
    ],
  },
  {
    id: "filter:category",
    stage: "typing",
    produces: ["park", "platform"],
    confidence: null,
    description:
      "a province, a ministry or an administrative placeholder (某省, 工信部, 全省, 区(县), 各) before a bare kind (经济(技术)开发区, 国家级开发区), or a count before a kind (若干个省实验室), names a category, not a park or platform; so does a kind framed as one (特色某某小镇, 各类…平台, …平台体系), and a platform whose specific part is only generic and work words (检验检测中心, 研发实验检测中心, 自治区重点实验室) or holds 区域 (a regional role: 某某区域创新中心) or is a programme's slogan (“一企一技术”研发中心)",
    examples: [
      {
        // A programme's slogan (“一企一技术”) before the kind names the programme's kind of centre.
        text: "具备市级及以上“一企一技术”研发中心的企业，支持青岚研发中心建设。",
        entities: [],
        absent: [{ type: "platform", name: "一企一技术研发中心" }],
      },
      {
        // A regional role (华东区域创新中心) is what a place aims to be; 国家（青禾）区域创新中心 stays.
        text: "青岚市加快打造华东区域创新中心，推动国家（青禾）区域创新中心建设。",
        entities: [],
        absent: [{ type: "platform", name: "华东区域创新中心" }],
      },
      {
        // Work words (检验, 研发, 实验) and a bare level name no platform (青岚检验检测中心 stays).
        text: "建成检验检测中心和研发实验检测中心，获批自治区重点实验室，建设青岚检验检测中心。",
        entities: [],
        absent: [
          { type: "platform", name: "检验检测中心" },
          { type: "platform", name: "研发实验检测中心" },
          { type: "platform", name: "自治区重点实验室" },
        ],
      },
      {
        // The grades of autonomous regions, prefectures, leagues and XPCC divisions are grades too.
        text: "青岚储能工程技术研究中心被认定为师级工程技术研究中心，云岫研发中心获评州级企业技术中心。",
        entities: [],
        absent: [
          { type: "platform", name: "师级工程技术研究中心" },
          { type: "platform", name: "州级企业技术中心" },
        ],
      },
      {
        // A level right before the kind, after a verb: a grade of platforms (对照省级…中心), not one.
        text: "请各有关单位对照省级工程技术研究中心建设要求加大投入。青岚国家级企业技术中心通过复评。",
        entities: [],
        absent: [{ type: "platform", name: "单位对照省级工程技术研究中心" }],
      },
      {
        text: "《江西省经济(技术)开发区综合考评报告》显示，澄州开发区再登全省区(县)国家级开发区榜首。建设若干个省实验室。",
        absent: [
          { type: "park", name: "江西省经济(技术)开发区" },
          { type: "park", name: "区(县)国家级开发区" },
          { type: "platform", name: "若干个省实验室" },
        ],
      },
      {
        text: "加快特色基金小镇建设。完善海洋创新平台体系。联合高校共建科研平台，争创科技部重点实验室。",
        absent: [
          { type: "park", name: "基金小镇" },
          { type: "platform", name: "海洋创新平台" },
          { type: "platform", name: "科技部重点实验室" },
        ],
      },
    ],
  },
  {
    id: "cluster:lead-trim",
    stage: "typing",
    produces: ["cluster"],
    confidence: null,
    description:
      "a clause verb of report prose (抢滩, 狠抓, 荣膺), 起以…, or a scale (五百亿级) at the start of an industry name is cut; nothing generic left, or only a region and an umbrella sector, drops it",
    examples: [
      {
        // Traditional script: the verb is found on the simplified view (搶抓 = 抢抓).
        text: "初步形成較為完整的儲能產業鏈；搶灘海洋傳感產業新賽道，推動一批企業組鏈成群。",
        entities: [{ type: "cluster", name: "海洋傳感" }],
        absent: [{ type: "cluster", name: "搶灘海洋傳感" }],
      },
      {
        text: "初步形成较为完整的储能产业链；抢滩海洋传感产业新赛道，推动一批企业组链成群。",
        entities: [{ type: "cluster", name: "海洋传感" }],
        absent: [{ type: "cluster", name: "抢滩海洋传感" }],
      },
      {
        text: "加快建设澄州五百亿级海洋传感产业集群。",
        entities: [{ type: "cluster", name: "海洋传感" }],
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
    id: "filter:field-list",
    stage: "typing",
    produces: ["cluster"],
    confidence: null,
    description:
      "items of a list that ends in what fields do (…等产业融合发展, …等产业链拓展延伸, 涵盖…等产业领域) are fields of activity, not the document's clusters, unless a place's focus verb (聚焦, 重点发展) opens the list",
    examples: [
      {
        text: "促进医疗与互联网、旅游、养老等产业融合发展。签约项目涵盖院地合作、冷链物流、食品加工等产业领域。",
        absent: [
          { type: "cluster", name: "旅游" },
          { type: "cluster", name: "养老" },
          { type: "cluster", name: "冷链物流" },
        ],
      },
    ],
  },
  {
    id: "filter:subfield-list",
    stage: "typing",
    produces: ["cluster"],
    confidence: null,
    description:
      "items of a list headed by parts of one industry or by business formats (…等为主导的细分行业, …等服务业业态, …等3个产业大脑), by the fields of something else (…等领域的芯片设计) or by one chain's stages (…全产业链 without 等, …等关键环节, …等产业链布局, …等完整(完善)产业链, 集…于一体, 产业链涵盖…; the learned list layer skips these lists too) are not the document's clusters",
    examples: [
      {
        text: "青禾装备制造产业形成以精密轴承、数控刀具、伺服电机等为主导的细分行业。新区重点发展仓储、冷链、会展等临港服务业业态。",
        absent: [
          { type: "cluster", name: "精密轴承" },
          { type: "cluster", name: "伺服电机" },
          { type: "cluster", name: "冷链" },
        ],
      },
      {
        // a develop verb's object (发展某经济) in such a list too
        text: "青禾区培育发展共享经济、楼宇经济、会展经济等绿色新业态。",
        absent: [{ type: "cluster", name: "共享经济" }],
      },
      {
        // The fields of something else (…等领域的芯片设计) and the stages of one chain (…全产业链 without 等).
        text: "在芯片设计环节，重点发展物联网、车载通信、星基导航等领域的芯片设计开发。园区逐步形成青稞种植、储存、加工、运输全产业链。形成从棉花种植、纺纱、染色到服装的全产业链。",
        absent: [
          { type: "cluster", name: "车载通信" },
          { type: "cluster", name: "星基导航" },
          { type: "cluster", name: "青稞种植" },
          { type: "cluster", name: "运输" },
          { type: "cluster", name: "纺纱" },
        ],
      },
      {
        // The links of one chain: …等关键环节, …等产业链布局, and what 产业链涵盖 lists.
        text: "园区初步形成了海洋原材料、云母材料、添加和配套材料、储能电池等产业链布局。",
        absent: [
          { type: "cluster", name: "海洋原材料" },
          { type: "cluster", name: "云母材料" },
          { type: "cluster", name: "储能电池" },
        ],
      },
      {
        // …等完整产业链 after what a zone's firms cover: the stages of one chain.
        text: "园区已集聚相关企业40余家，涵盖海藻提取制备、海藻存储、产品中试、上市申报等完整产业链。",
        absent: [
          { type: "cluster", name: "海藻存储" },
          { type: "cluster", name: "产品中试" },
        ],
      },
      {
        // …等较为完善的产业链 like …等完整产业链; 集/以甲、乙、丙于一体: the parts of one whole.
        text: "园区形成了海藻养殖、海藻提取、海藻饮品、冷链物流等较为完善的产业链。目前，初步形成以储能电池材料、海洋装备材料、综合回收于一体的循环产业链。",
        absent: [
          { type: "cluster", name: "海藻养殖" },
          { type: "cluster", name: "冷链物流" },
          { type: "cluster", name: "储能电池材料" },
          { type: "cluster", name: "海洋装备材料" },
        ],
      },
      {
        text: "青禾经开区推进海洋装备产业提质增效。产业链涵盖船用原材料、零部件、系统总成、整船及海洋后服务等领域。",
        absent: [
          { type: "cluster", name: "船用原材料" },
          { type: "cluster", name: "系统总成" },
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
      "a quantity word at an industry's start (一大批优质产业链), a scale before generic words only (亿级主导产业集群), a region with only an umbrella sector (长三角制造业) or a quality (国际影响力, 首位度) is not a cluster",
    examples: [
      {
        text: "澄州高新区重点打造亿级主导产业集群，引育了一大批优质产业链配套企业，打造长三角制造业新高地。",
        absent: [
          { type: "cluster", name: "亿级" },
          { type: "cluster", name: "批优质" },
          { type: "cluster", name: "长三角制造业" },
        ],
      },
      {
        text: "形成一批具有国际影响力、国内竞争力的新兴产业集群。",
        absent: [{ type: "cluster", name: "国际影响力" }],
      },
    ],
  },
  {
    id: "filter:cluster-fragment",
    stage: "typing",
    produces: ["cluster"],
    confidence: null,
    description:
      "an industry name cut at the wrong place, read from its first and last token: a function word or two-character adverb first (只有…, 本…, 型…), a one-character verb first (以来传统产业, 担当起某产业), an adverb, a measure word, an amount or a side last (…少量, …下游)",
    examples: [
      {
        text: "青岚县长期以来传统产业一直是经济支柱，担当起海洋装备产业的领跑者。",
        absent: [
          { type: "cluster", name: "来传统" },
          { type: "cluster", name: "起海洋装备" },
        ],
      },
      {
        text: "青禾区整合配套少量特色产业，推动储能电池产业发展。",
        absent: [{ type: "cluster", name: "配套少量" }],
      },
      {
        text: "星澜镇是以发展外向型经济和储能电池产业为主的开发区。",
        absent: [{ type: "cluster", name: "型经济和储能电池" }],
      },
    ],
  },
  {
    id: "filter:cluster-title",
    stage: "typing",
    produces: ["cluster"],
    confidence: null,
    description:
      "an industry named inside the title of a body, an event or a document (…产业商会, …产业推进会, …产业创新联合体, …产业发展联盟, …产业链图谱) is that thing's subject, not a planned cluster; a word in 产 that the 产业 suffix cut (房地|产业) names nothing",
    examples: [
      {
        text: "成立储能电池产业商会，召开智能传感产业推进会，组建海洋装备产业创新联合体。",
        absent: [
          { type: "cluster", name: "储能电池" },
          { type: "cluster", name: "智能传感" },
          { type: "cluster", name: "海洋装备" },
        ],
      },
      {
        text: "加快发展房地产业。",
        absent: [{ type: "cluster", name: "房地" }],
      },
    ],
  },
  {
    id: "filter:cluster-clause",
    stage: "typing",
    produces: ["cluster"],
    confidence: null,
    description:
      "a cluster name holding a verb of speech, judgement or applying (称赞, 表示, 指出, 申请, 没有, 讲下…) is a clause the suffix or list rule ran across, and one opening or closing on a chain link (上游/中游/下游/中下游…) names a link, not an industry; also applied to the learned list layer's items",
    examples: [
      {
        text: "青禾食品申请中央财政储能电池产业集群奖补资金。",
        absent: [{ type: "cluster", name: "青禾食品申请中央财政储能电池" }],
      },
      {
        text: "全市没有落后、海洋装备等产业。",
        absent: [{ type: "cluster", name: "没有落后" }],
      },
      {
        text: "青岚区重点打造下游终端产品制造产业链。",
        absent: [{ type: "cluster", name: "下游终端产品制造" }],
      },
    ],
  },
];
