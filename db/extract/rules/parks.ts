// Park form rules (park-forms.ts): named bases and zones named only by their
// short form. Examples use invented names; registry.test.ts runs them.
import type { Rule } from "../registry.ts";

export const PARK_RULES: readonly Rule[] = [
  {
    id: "park:zone-pair",
    stage: "candidates",
    produces: ["park"],
    confidence: 0.7,
    description:
      "two zones written side by side, each with its own place and zone kind (甲经开区乙综保区): the second is a park of its own, the first ends at its kind",
    examples: [
      {
        text: "青禾经开区岚溪综保区班子成员全面落实挂钩服务项目责任制。",
        entities: [{ type: "park", name: "岚溪综保区" }],
        absent: [{ type: "park", name: "青禾经开区岚溪综保区" }],
      },
    ],
  },
  {
    id: "park:list-item",
    stage: "candidates",
    produces: ["park"],
    confidence: 0.7,
    description:
      "items ending in 园 of a list that counts a zone's parks (三园包括甲、乙、丙) or holds a park by its own suffix (甲产业园、乙东园): each is a park (not gardens or homes: 公园, 家园); whole names of any ending in a list a park head closes (甲、乙六大特色产业园; 甲、乙等园区 / 等N个省级以上开发区)",
    examples: [
      {
        text: "青岚开发区实行一区三园，三园包括小微企业创业园、澄湖东园、澄湖西园。",
        entities: [
          { type: "park", name: "小微企业创业园" },
          { type: "park", name: "澄湖东园" },
        ],
      },
      {
        text: "云岫智能装备产业园、鹭汀南园等园区加快建设，并改造滨河公园。",
        entities: [{ type: "park", name: "鹭汀南园" }],
        absent: [{ type: "park", name: "滨河公园" }],
      },
      {
        // A zone's structure verb (下设, 由…组成) lists its sub-parks by their short forms.
        text: "青禾经济开发区实行“一区多园”管理模式，下设新材料园、装备园和食品园。",
        entities: [
          { type: "park", name: "新材料园" },
          { type: "park", name: "装备园" },
          { type: "park", name: "食品园" },
        ],
      },
      {
        // 等 and a kind of park (等园区, 等4个省级以上开发区) closes a list of parks: its whole names are parks
        // whatever their ending; short items (industries) are not.
        text: "全市拥有宁乡经开区、青岚海州湾等2个省级以上开发区，建设泗洪高新区、青禾智慧物流谷等园区，推动智能传感、海洋装备等产业园区建设。",
        entities: [
          { type: "park", name: "青岚海州湾" },
          { type: "park", name: "青禾智慧物流谷" },
        ],
        absent: [{ type: "park", name: "智能传感" }],
      },
    ],
  },
  {
    id: "base:named",
    stage: "candidates",
    // A pilot-scale, test or transfer base (中试基地, 测试基地, 成果转化基地) is a platform's own kind.
    produces: ["park", "platform"],
    confidence: 0.8,
    description:
      "a base (…基地, …产业基地, …示范基地, …研发生产基地) headed by a proper name — a place or a brand the tagger does not know — or standing as a whole item of a key-project line; a base of a generic industry, a region or a quoted programme is an aim or a title",
    examples: [
      {
        text: "湖北云岫米业基地年加工稻谷十万吨。",
        entities: [{ type: "park", name: "湖北云岫米业基地" }],
      },
      {
        // An amount right before the name (投资30亿元某某基地) is no part of it.
        text: "总投资30亿元青岚县海洋装备产业基地开工建设。",
        entities: [{ type: "park", name: "青岚县海洋装备产业基地" }],
      },
      {
        // A pilot-scale base joined to an activity keeps the field's own verb (利用) in its name.
        text: "推动南通市海洋生物利用研发与中试基地项目落地。",
        entities: [{ type: "platform", name: "南通市海洋生物利用研发与中试基地" }],
      },
      {
        // Test and transfer bases are platforms, like pilot-scale bases.
        text: "南通无人机测试基地投入使用，园区与青岚大学共建“南通(青岚大学)技术创新成果转化基地”。",
        entities: [
          { type: "platform", name: "南通无人机测试基地" },
          { type: "platform", name: "南通(青岚大学)技术创新成果转化基地" },
        ],
      },
      {
        // A cooperation's site named by its two partners joined by a dash.
        text: "采访团走进中国—东盟智能传感生产基地。",
        entities: [{ type: "park", name: "中国—东盟智能传感生产基地" }],
      },
      {
        // A brand the tagger knows as a common word (海鸥), in a 重点项目 line: the item is a site to build.
        text: "专栏3：重点项目\n\n**钓具产业：**海鸥渔具共享平台基地项目、岚汐高自动化生产线项目\n",
        entities: [{ type: "park", name: "海鸥渔具共享平台基地" }],
      },
      {
        // A part of a province (川北) or a corridor names a region's strategic base, not a site.
        text: "川北智能传感产业基地和河西走廊储能电池基地加快发展。",
        absent: [
          { type: "park", name: "川北智能传感产业基地" },
          { type: "park", name: "河西走廊储能电池基地" },
        ],
      },
      {
        text: "加快建设机床加工基地和长三角精密仪表产业基地。",
        absent: [
          { type: "park", name: "机床加工基地" },
          { type: "park", name: "长三角精密仪表产业基地" },
        ],
      },
    ],
  },
  {
    id: "area:named",
    stage: "candidates",
    produces: ["park"],
    confidence: 0.8,
    description:
      "a functional area (…产业区, …辅助区, …休闲区, …化工区, …仓储区) headed by a proper name (a place, also one named by its landform such as 某某滩 or 某某岛, a person-like or unknown name); 商贸服务业核心区 and the like are aims. A zone's 片区 is named by two or three characters of no kind word, coordinated with another 片区 or placed by 在/开发/规划/建设/加快/推进/推动. A county's …集中区 (农产品加工集中区), a …示范园 and a …合作园 likewise need a proper head. Pilot zones (…先导区, …先行区) likewise, and a corridor (…走廊) only with a name and a theme word (工业, 经济, 科创…) before it",
    examples: [
      {
        // A named pilot zone and a themed corridor are parks; a bare place's corridor is geography, an aim's pilot zone a title.
        text: "青禾集团落户青岚市城东科创大走廊，并在长沙云岫先导区布局。该省地处河西走廊，正在全力推进共同富裕先行区建设。",
        entities: [
          { type: "park", name: "青岚市城东科创大走廊" },
          { type: "park", name: "长沙云岫先导区" },
        ],
        absent: [
          { type: "park", name: "河西走廊" },
          { type: "park", name: "共同富裕先行区" },
        ],
      },
      {
        // A place named by its landform (某某滩, 某某岛) heads a functional area although the tagger does not know it.
        text: "加快轻烃利用项目、星澜滩能源化工区建设，青海星澜国际物流仓储区建成投产。",
        entities: [
          { type: "park", name: "星澜滩能源化工区" },
          { type: "park", name: "青海星澜国际物流仓储区" },
        ],
      },
      {
        text: "统筹推进好荆州漆艺产业区建设，打造商贸服务业核心区。",
        entities: [{ type: "park", name: "荆州漆艺产业区" }],
        absent: [{ type: "park", name: "商贸服务业核心区" }],
      },
      {
        // A plan's layout parts (核心区, 起步区, 拓展区) are areas of a zone, not parks of their own.
        text: "青岚高新区以云岫核心区为主体，规划建设禾丰起步区和青松拓展区，海洋装备产业加快集聚。",
        entities: [],
        absent: [
          { type: "park", name: "云岫核心区" },
          { type: "park", name: "禾丰起步区" },
        ],
      },
      {
        // A zone's named 片区 (two or three characters, coordinated or placed by 在/开发/规划/建设), not a kind of area.
        text: "新规划开发青岚片区、禾岫片区、云澜片区，形成生活居住片区、文化会展片区和北片区。",
        entities: [
          { type: "park", name: "青岚片区" },
          { type: "park", name: "禾岫片区" },
          { type: "park", name: "云澜片区" },
        ],
        absent: [
          { type: "park", name: "文化会展片区" },
          { type: "park", name: "北片区" },
        ],
      },
      {
        // A 片区 a measure speeds up (加快/推进/推动…片区开发) is placed like one 在/开发 places.
        text: "加快青禾片区开发，推动城市功能片区提升。",
        entities: [{ type: "park", name: "青禾片区" }],
        absent: [{ type: "park", name: "城市功能片区" }],
      },
      {
        // A demonstration park or a processing area headed by a place or a brand is named; a programme's is a title.
        text: "宁乡农业科技示范园已入驻企业12家，泗洪农产品加工集中区新增企业5家。推进国家农业科技示范园建设。",
        entities: [
          { type: "park", name: "宁乡农业科技示范园" },
          { type: "park", name: "泗洪农产品加工集中区" },
        ],
        absent: [{ type: "park", name: "国家农业科技示范园" }],
      },
      {
        // A cooperation park named by its partners; a kind of cooperation park is no name.
        text: "推进宁乡—泗洪产业合作园建设，鼓励共建省际产业合作园。",
        entities: [{ type: "park", name: "宁乡—泗洪产业合作园" }],
        absent: [{ type: "park", name: "省际产业合作园" }],
      },
    ],
  },
  {
    id: "park:measured",
    stage: "candidates",
    produces: ["park"],
    confidence: 0.8,
    description:
      "a park named by a place or a proper head (owner, brand) after an area measure (占地45平方公里的某地某某产业城) is a name, not a described aim; it lies inside the zone the text is about, so it hosts only its own sentence's firms",
    examples: [
      {
        text: "青禾高新区启动占地45平方公里的湖州云岫光电仪表产业城规划建设工作。",
        entities: [{ type: "park", name: "湖州云岫光电仪表产业城" }],
      },
      {
        // An owner or brand the tagger knows as a proper name heads it as a place does; an industry does not.
        text: "建设占地5平方公里的中航海洋装备产业园。规划了4平方公里的储能电池产业园。",
        entities: [{ type: "park", name: "中航海洋装备产业园" }],
        absent: [{ type: "park", name: "储能电池产业园" }],
      },
    ],
  },
  {
    id: "park:counted-set",
    stage: "candidates",
    produces: ["park"],
    confidence: 0.8,
    description:
      "a counted set of parks defined item by item (“三园”即甲产业园、乙产业园与丙园; “一城”即某某城): each item is a park, even a generic-looking one, when the count agrees",
    examples: [
      {
        text: "“两园”即青屿海洋装备产业园与科技创新园。科技创新园。规划面积8平方公里。",
        entities: [{ type: "park", name: "科技创新园" }],
      },
    ],
  },
  {
    id: "park:apposition",
    stage: "candidates",
    produces: ["park"],
    confidence: 0.75,
    description:
      "a name set off by a dash after a park category word (以全国唯一的某某主题园区——甲乙谷为核心) is that park",
    examples: [
      {
        text: "南部，以全国唯一的海藻主题园区——青屿藻谷为核心，建设海洋生态经济示范区。",
        entities: [{ type: "park", name: "青屿藻谷" }],
      },
    ],
  },
  {
    id: "park:short-zone",
    stage: "candidates",
    produces: ["park"],
    confidence: 0.7,
    description:
      "a zone the document names only by its short form (高区, 经区), standing as a word at least twice or once in a frame that takes a place (以经区为依托, 依托高区在…), when no zone of that kind is named in full",
    examples: [
      {
        text: "一年来，高区紧紧围绕高质量发展主线。以高区为核心，推进一区多园建设。",
        entities: [{ type: "park", name: "高区" }],
      },
      {
        text: "产城融合示范区。以经区为依托，重点围绕优化空间布局、增强城市功能开展建设。",
        entities: [{ type: "park", name: "经区" }],
      },
    ],
  },
  {
    id: "boundary:qualifier",
    stage: "boundaries",
    produces: ["platform"],
    confidence: null,
    description:
      "a platform's name runs on over a bracketed place right after it (…检验中心（山东）) and over a place's branch (…服务平台山东分平台)",
    examples: [
      {
        text: "推进国家云岫仪器质量监督检验中心（湖北）建设，设立禾澜工业互联网创新服务平台湖北分平台。",
        entities: [
          { type: "platform", name: "国家云岫仪器质量监督检验中心（湖北）" },
          { type: "platform", name: "禾澜工业互联网创新服务平台湖北分平台" },
        ],
      },
    ],
  },
  {
    id: "boundary:zone-prefix",
    stage: "boundaries",
    produces: ["park"],
    confidence: null,
    description:
      "a zone written before a park with a proper name of its own (甲经开区乙工业园, 乙 a town's or a brand's word) says where the park is: the park is 乙工业园; a park named by common words only or opening with a county or city (甲高新区新材料产业园, 甲经开区某县工业园) keeps the zone",
    examples: [
      {
        text: "青禾经开区岚溪工业园新入驻企业12家，青禾经开区新材料产业园加快建设。",
        entities: [{ type: "park", name: "岚溪工业园" }],
        absent: [
          { type: "park", name: "青禾经开区岚溪工业园" },
          { type: "park", name: "新材料产业园" },
        ],
      },
    ],
  },
  {
    id: "filter:descriptor-park",
    stage: "typing",
    produces: ["park"],
    confidence: null,
    description:
      "a zone word after a descriptor is no name: a numbered slogan (五有园区, 三化园区) or one verb or adjective word (领跑园区, 编制园区规划)",
    examples: [
      {
        text: "打造五有园区，成为领跑园区，编制园区发展规划。",
        absent: [
          { type: "park", name: "五有园区" },
          { type: "park", name: "领跑园区" },
          { type: "park", name: "编制园区" },
        ],
      },
    ],
  },
  {
    id: "filter:title-base",
    stage: "typing",
    produces: ["park"],
    confidence: null,
    description:
      "a base named for an activity it is honoured for (…教育基地, …实践基地, …科普基地, …培训基地) is a title, not a place, unless a place heads it; a designated …示范基地 (某某新型工业化产业示范基地) is a title wherever it is",
    examples: [
      {
        text: "该园获评爱国主义教育示范基地，设立博士后创新实践基地，湖北云岫米业基地投产。",
        absent: [
          { type: "park", name: "爱国主义教育示范基地" },
          { type: "park", name: "博士后创新实践基地" },
        ],
      },
      {
        text: "青禾县是云岫新型工业化产业示范基地，基地内有企业80家。",
        absent: [{ type: "park", name: "云岫新型工业化产业示范基地" }],
      },
    ],
  },
  {
    id: "filter:aim-zone",
    stage: "typing",
    produces: ["park"],
    confidence: null,
    description:
      "a 集聚区/聚集区 a plan aims to form (打造/形成/建成 …聚集区) or that gathers people or firms (人才集聚区, 公司孵化聚集区) is an aim, unless a place (a province or city, 滇中-style regions) heads it",
    examples: [
      {
        text: "打造海洋仪表产业聚集区和高端人才集聚区，加快云岫县东部光电产业聚集区建设。",
        absent: [
          { type: "park", name: "海洋仪表产业聚集区" },
          { type: "park", name: "高端人才集聚区" },
        ],
      },
    ],
  },
  {
    id: "filter:no-name-word",
    stage: "typing",
    produces: ["park"],
    confidence: null,
    description:
      "a generic kind of park (园区, 产业园区, 工业园区, 工业区, 新城) after an industry's words only (机械加工, 食品医药) names no park: its own part must hold a place (a province, a city or a county by its own name, vocab-counties.ts), a token the tagger reads as a name, or Latin letters or digits",
    examples: [
      {
        text: "建设食品医药产业园区和机械加工工业区，支持会理有色园区、岷县中药材产业园区发展。",
        absent: [
          { type: "park", name: "食品医药产业园区" },
          { type: "park", name: "机械加工工业区" },
        ],
      },
    ],
  },
  {
    id: "filter:common-name",
    stage: "typing",
    produces: ["park"],
    confidence: null,
    description:
      "a park needs a name of its own: a bare 园区/开发区/新城 after common words only (飞地园区, 单位土地园区, 高铁新城, 省级开发区) and a base after a province's grade and common words only (某某省大型风扇出口基地, 某某省智能装备产业基地) are kinds or titles; a place, a word the tagger reads as a name, Latin letters or digits keep it, and so do two characters before an industry's words (a small place: 某某生物医药园区)",
    examples: [
      {
        text: "积极探索飞地园区模式，建设高铁新城。该区是江西省智能装备制造产业基地。青禾园区、澄宇生物医药园区入驻企业80家。",
        absent: [
          { type: "park", name: "飞地园区" },
          { type: "park", name: "高铁新城" },
          { type: "park", name: "江西省智能装备制造产业基地" },
        ],
      },
    ],
  },
  {
    id: "filter:qualities-only",
    stage: "typing",
    produces: ["park"],
    confidence: null,
    description:
      "a kind of park (园区, 开发区, 产业园) after words that only say what it is like (代表性, 绿色生态, 专业化特色精品, 化工) names no park: a name needs a place or a word of its own",
    examples: [
      {
        text: "学习借鉴代表性园区经验，建设绿色生态园区和专业化特色精品产业园区，支持云岫县化工园区发展。",
        absent: [
          { type: "park", name: "代表性园区" },
          { type: "park", name: "绿色生态园区" },
          { type: "park", name: "专业化特色精品产业园区" },
        ],
      },
    ],
  },
  {
    id: "filter:event-name",
    stage: "typing",
    produces: ["park"],
    confidence: null,
    description:
      "a country-wide kind of zone (中国/全国/世界 + 园区 kind) followed by an event or a ranking (发展大会, 论坛, 30强) names the event or the ranking, not a park",
    examples: [
      {
        text: "青岚高新区在2024中国化工园区发展大会上获评先进，入选全国开发区30强。",
        absent: [
          { type: "park", name: "中国化工园区" },
          { type: "park", name: "全国开发区" },
        ],
      },
    ],
  },
  {
    id: "park:sub-park",
    stage: "boundaries",
    produces: ["park"],
    confidence: 0.9,
    description:
      "a zone and a park inside it written as one name (某县产业集聚区某某创业园): the inner park's suffix scan stopped at the zone's word and left a name opening with the zone's closing 区; the whole span is one park (the guide's flat rule)",
    examples: [
      {
        text: "青禾县产业集聚区云岫创业园引进企业12家。",
        entities: [{ type: "park", name: "青禾县产业集聚区云岫创业园" }],
        absent: [{ type: "park", name: "区云岫创业园" }],
      },
    ],
  },
  {
    id: "filter:sub-park-fragment",
    stage: "boundaries",
    produces: ["park"],
    confidence: null,
    description:
      "the inner park's fragment that opens with the zone's closing 区 (区某某创业园), once park:sub-park joined it to its zone",
    examples: [
      {
        text: "禾丰县产业集聚区星澜家具产业园建成投产。",
        absent: [{ type: "park", name: "区星澜家具产业园" }],
      },
    ],
  },
  {
    id: "filter:zone-part",
    stage: "typing",
    produces: ["park"],
    confidence: null,
    description:
      "industry-only parks (…产业园, …工业园 with no place or proper name) listed, two or more, in a sentence stating a zone's make-up (一区多园, 五大产业聚集区, 由…组成, 分为/下辖/包括) are the zone's functional parts, not parks",
    examples: [
      {
        text: "青禾经开区实行一区多园模式，下设储能电池产业园、智能传感产业园和云岫工业园。",
        absent: [
          { type: "park", name: "储能电池产业园" },
          { type: "park", name: "智能传感产业园" },
        ],
      },
    ],
  },
  {
    id: "filter:firm-plant",
    stage: "typing",
    produces: ["park"],
    confidence: null,
    description:
      "a named base headed by a firm the document names, or holding 集团/公司 (甲某市基地, 甲集团某县生产基地), is the firm's own plant, not a park",
    examples: [
      {
        text: "云岫科技有限公司宣布，云岫科技青川基地正式投产，云岫集团青川县饮料生产基地同步开工。",
        absent: [
          { type: "park", name: "云岫科技青川基地" },
          { type: "park", name: "云岫集团青川县饮料生产基地" },
        ],
      },
    ],
  },
];
