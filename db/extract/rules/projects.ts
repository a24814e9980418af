// Firms and parks named inside key-project names (project-firms.ts,
// relations-project-box.ts). Invented names only.
import type { Rule } from "../registry.ts";

export const PROJECT_RULES: readonly Rule[] = [
  {
    id: "enterprise:project-box",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.6,
    alsoConfidence: [{ value: 0.85, when: "a mention found by a stronger rule" }],
    description:
      "a 重点项目 line (标签：甲…项目、乙…项目): the firm is the brand at the start of each project name (unknown/proper-noun tokens + one firm word)",
    examples: [
      {
        text: "专栏1：重点项目\n\n**海洋装备产业：**岚汐深海钻探装备研发生产项目、朗澈科技海工配件扩产项目、云栖湾港口改造项目\n",
        entities: [
          { type: "enterprise", name: "岚汐" },
          { type: "enterprise", name: "朗澈科技" },
        ],
      },
      {
        // A one-project line between two project lines of the box; a trade word (服装, 环保) ends the firm.
        text: "专栏2：重点项目\n\n**海洋装备产业：**岚汐深海钻探装备研发生产项目、朗澈科技海工配件扩产项目\n\n**纺织产业：**汀雀服装检测项目\n\n**环保产业：**青屿环保设备研发生产项目、云栖湾港口改造项目\n",
        entities: [
          { type: "enterprise", name: "汀雀服装" },
          { type: "enterprise", name: "青屿环保" },
        ],
      },
    ],
  },
  {
    id: "enterprise:project-list",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.6,
    alsoConfidence: [{ value: 0.85, when: "a mention found by a stronger rule" }],
    description:
      "items of a list headed by projects (甲…、乙…等20个项目建成投产): the firm at the start of each project name, or before the project's product/phase/place tail (project-tail.ts); where the text names a firm elsewhere that the project's name opens with, that name (甲乙时代电池 → 甲乙时代)",
    examples: [
      {
        // The firm the text names on its own elsewhere decides where the project's firm ends.
        text: "引进云岫锂电池、禾丰时代电池等项目。云岫、禾丰时代等企业发展迅速。",
        entities: [
          { type: "enterprise", name: "禾丰时代" },
          { type: "enterprise", name: "云岫" },
        ],
        absent: [{ type: "enterprise", name: "禾丰" }],
      },
      {
        // Kinds of firm by their role (链主企业、配套企业和重点项目 as checklists) name no firm.
        text: "围绕储能电池产业链，梳理链主企业、配套企业和重点项目“三张清单”。",
        entities: [],
        absent: [{ type: "enterprise", name: "链主" }],
      },
      {
        // 精密 and 生物 also qualify the product after them (精密组件, 生物航煤): the brand alone is the firm.
        text: "推进星澜精密组件制造、禾丰生物航煤等项目建设。",
        entities: [
          { type: "enterprise", name: "星澜" },
          { type: "enterprise", name: "禾丰" },
        ],
        absent: [
          { type: "enterprise", name: "星澜精密" },
          { type: "enterprise", name: "禾丰生物" },
        ],
      },
      {
        // 项目 after the list's closing 和 is its last item (an activity), not a head counting projects.
        text: "市长到青禾高新区走访，详细了解企业生产经营、技术研发和项目推进情况。",
        absent: [{ type: "enterprise", name: "技术" }],
      },
      {
        // 电器 and 汽车零部件 are firm words the brand keeps before the project's product (智能工厂, 生产).
        text: "共招引星澜汽车零部件智能工厂、青禾电器生产等项目11个。",
        entities: [
          { type: "enterprise", name: "星澜汽车零部件" },
          { type: "enterprise", name: "青禾电器" },
        ],
      },
      {
        // Beside an item read as a firm, a brand the tagger takes for common words (禾/? 能/v) before a product word.
        text: "园区新引进星澜光电储能电池、禾能多晶硅二期等6个项目。",
        entities: [
          { type: "enterprise", name: "星澜光电" },
          { type: "enterprise", name: "禾能" },
        ],
      },
      {
        // Programmes are no firms' projects: a platform or service item, or a programme verb before the list.
        text: "深化青岚公益创投、澄州志愿服务信用积分平台、公共文化服务体验师等项目。",
        entities: [],
        absent: [{ type: "enterprise", name: "青岚公益创投" }],
      },
      {
        // 和 before another investment (…的甲和投资6亿元的乙) joins two items of the list.
        text: "其中包括总投资26亿元的青岚轻纺城、投资12亿元的禾岫电子和投资6亿元的云澜锆业等一批大项目。",
        entities: [
          { type: "enterprise", name: "禾岫电子" },
          { type: "enterprise", name: "云澜锆业" },
        ],
      },
      {
        text: "确保岚汐热电联产二期、朗澈光伏组件生产线等15个项目建成投产。",
        entities: [
          { type: "enterprise", name: "岚汐" },
          { type: "enterprise", name: "朗澈光伏" },
        ],
      },
      {
        // A brand the tagger knows as a common word (金桥/n): read off the product tail (再生铝二期).
        text: "促使金桥再生铝二期、朗澈光伏组件生产线等10个以上项目开工。",
        entities: [
          { type: "enterprise", name: "金桥" },
          { type: "enterprise", name: "朗澈光伏" },
        ],
      },
      {
        // Phases: a phase project before a comma opens the list; a brand the tagger misreads (千/m 和/c) + trade word + phase.
        text: "加快推动总投资100亿元的岚汐三期，千和精密二期、三期等15个重点项目建设。",
        entities: [
          { type: "enterprise", name: "岚汐" },
          { type: "enterprise", name: "千和精密" },
        ],
        absent: [{ type: "enterprise", name: "三期" }],
      },
      {
        // A size after the brand (年产…, 第8.6代, 六代) ends it; a brand read short of the size runs on to it
        // (朗澈技术); a chemical read as part of the brand is the product (岚汐磷酸铁锂 → 岚汐). A project's whole
        // name is no firm (汀雀六代液晶面板).
        text: "今年以来，先后引进总投资150亿元岚汐磷酸铁锂、总投资100亿元的朗澈技术年产10万吨正极材料、总投资80亿元的青屿高科第8.6代显示器件、投资37.96亿元禾岫新能源100万千瓦风电等在谈项目。近年来先后引进了汀雀六代液晶面板、云栖光电大尺寸模组等一批重大项目。",
        entities: [
          { type: "enterprise", name: "岚汐" },
          { type: "enterprise", name: "朗澈技术" },
          { type: "enterprise", name: "青屿高科" },
          { type: "enterprise", name: "禾岫新能源" },
          { type: "enterprise", name: "汀雀" },
          { type: "enterprise", name: "云栖光电" },
        ],
        absent: [
          { type: "enterprise", name: "汀雀六代液晶面板" },
          { type: "enterprise", name: "朗澈" },
        ],
      },
      {
        // "从…的甲、乙，到…的丙、丁，再到…的戊、己等项目": the head closes the whole run; 绿氢/绿甲醇 are products.
        text: "园区筑牢现代化产业体系——从已投产的岚汐化学、朗澈材料，到正在推进的青屿绿甲醇、汀雀化学，再到规划落地的云栖绿氢绿氨、禾岫生物航煤等项目，开发区聚焦新能源。",
        entities: [
          { type: "enterprise", name: "岚汐化学" },
          { type: "enterprise", name: "青屿" },
          { type: "enterprise", name: "汀雀化学" },
          { type: "enterprise", name: "云栖" },
        ],
      },
      {
        // A head counting facilities firms run (等7个大型、超大型数据中心); items may open with their investment.
        text: "目前，全市建成运营岚汐、朗澈网络等7个大型、超大型数据中心，青屿科技、岚汐二期等9个数据中心正在加快建设。相继引进总投资10亿美元的汀雀创新药项目、总投资5亿美元的云栖化学总部项目。",
        entities: [
          { type: "enterprise", name: "岚汐" },
          { type: "enterprise", name: "朗澈网络" },
          { type: "enterprise", name: "青屿科技" },
          { type: "enterprise", name: "云栖化学" },
        ],
      },
    ],
  },
  {
    id: "enterprise:project-brand",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.6,
    alsoConfidence: [{ value: 0.85, when: "a mention of the firm found by a stronger rule" }],
    description:
      "an item of a list headed by projects that opens with a firm the text names with a company word (甲乙生物疫苗 after 甲乙集团): that firm",
    examples: [
      {
        text: "支持岚汐集团做大做强。加快推动岚汐生物疫苗、朗澈光伏组件生产线等12个重点项目。",
        entities: [{ type: "enterprise", name: "岚汐集团" }],
        absent: [{ type: "enterprise", name: "岚汐生物疫苗" }],
      },
    ],
  },
  {
    id: "enterprise:project-clause",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.55,
    alsoConfidence: [{ value: 0.85, when: "a mention found by a stronger rule" }],
    description:
      "one project framed by an action and a milestone (推进[某区]甲乙生物项目投产; 甲乙与丙丁两大…项目): the firm inside its name (project-clause.ts)",
    examples: [
      {
        // A capacity ends the brand: the part before 60万吨 / 2×60万千瓦 is the firm as written.
        text: "积极推进岚丰热电2×60万千瓦热电项目。建成禾原乙烯60万吨甲醇项目。",
        entities: [
          { type: "enterprise", name: "岚丰热电" },
          { type: "enterprise", name: "禾原乙烯" },
        ],
      },
      {
        text: "第二季度：推进岚汐生物项目投产；总投资20亿元的朗澈光伏全产业链项目同步奠基。",
        entities: [
          { type: "enterprise", name: "岚汐生物" },
          { type: "enterprise", name: "朗澈" },
        ],
      },
      {
        // The tagger glues the brand's last character to the field word (岚/nr 重新/a 能源): the field word ends the brand.
        text: "成功引进上海岚重新能源商用车整车项目。",
        entities: [{ type: "enterprise", name: "上海岚重" }],
      },
      {
        // No action: a brand + firm word sited in a park by 的.
        text: "坐落于云栖湾产业园的岚汐光电项目，总投资50亿元。",
        entities: [{ type: "enterprise", name: "岚汐光电" }],
      },
      {
        // Invested projects in a run (投资N亿元甲乙…项目、…完成签约): a brand read short of its size runs on to it
        // (朗澈新能源); a brand with a trade's firm word (汀雀矿业) names the firm; 新 opening a place (新疆) stays.
        text: "在能源领域，有投资28亿元的岚汐汇能70万千瓦风电项目、投资37.96亿元朗澈新能源100万千瓦风电项目完成签约。另外，精细化工领域有投资2亿元的新疆青屿甲醇制甲醛项目，煤基配套领域有投资1.2亿元的汀雀矿业通盖煤矿生活区项目。",
        entities: [
          { type: "enterprise", name: "新疆青屿" },
          { type: "enterprise", name: "汀雀矿业" },
        ],
      },
      {
        // The park a project is sited in may open its name: the firm follows it.
        text: "加快青屿产业园岚汐铜业回收加工项目落户，全力推进。",
        entities: [{ type: "enterprise", name: "岚汐铜业" }],
      },
    ],
  },
  {
    id: "enterprise:project-subject",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.45,
    alsoConfidence: [{ value: 0.85, when: "a mention found by a stronger rule" }],
    description:
      "a project opening its clause, followed by what happens to it (。甲乙新能源电车项目于…投产; 甲乙二期工程…施工): the firm inside its name (project-subject.ts)",
    examples: [
      {
        // A capacity inside the name (甲乙30万吨…项目): the brand is the run before it; 新上 opens none.
        text: "禾岫金属30万吨废铜拆解项目顺利签约，总投资12.6亿元的四川云澜300万套车桥扩能项目已投产，园区新上20万吨铜冶炼项目。",
        entities: [
          { type: "enterprise", name: "禾岫金属" },
          { type: "enterprise", name: "四川云澜" },
        ],
        absent: [{ type: "enterprise", name: "新上" }],
      },
      {
        // A count of projects opened by what is done to them (投建, 纳统) names no firm.
        text: "今年以来，全区投建新能源装备制造项目12个，纳统项目43个。",
        entities: [],
        absent: [
          { type: "enterprise", name: "纳统" },
          { type: "enterprise", name: "投建" },
        ],
      },
      {
        // Where the project stands opens its name like an investment (位于某园区的甲乙…项目).
        text: "这里是位于青岚石化工业园区的禾丰石化炼化一体化项目。",
        entities: [{ type: "enterprise", name: "禾丰石化" }],
      },
      {
        text: "此外，岚汐科技新能源有轨电车项目于2023年实现量产。园区内，朗澈食品项目通过并联审批。",
        entities: [
          { type: "enterprise", name: "岚汐科技" },
          { type: "enterprise", name: "朗澈食品" },
        ],
      },
      {
        // After an investment, a capacity may follow the brand.
        text: "整车方面，投资10.5亿元的岚汐凌源年产6万辆整车项目总装车间已试生产。",
        entities: [{ type: "enterprise", name: "岚汐凌源" }],
      },
      {
        // After 的, a brand with a capacity (建成投产的甲乙炼化100万吨乙烯项目).
        text: "计划于今年建成投产的岚汐炼化100万吨乙烯项目继续保持高速建设。",
        entities: [{ type: "enterprise", name: "岚汐炼化" }],
      },
      {
        // Kinds of projects and project lists name no firm.
        text: "目前，重点项目通过联审。签约项目、在建项目同步推进。",
        absent: [{ type: "enterprise", name: "重点" }],
      },
      {
        // A project's stage (入园, 新签, 开工…) names no firm.
        text: "青岚经济开发区规划总面积5平方公里。入园项目49个，其中工业企业47家。新签入园项目6家，均已开工。",
        absent: [
          { type: "enterprise", name: "入园" },
          { type: "enterprise", name: "新签入园" },
        ],
      },
    ],
  },
  {
    id: "enterprise:partner-joint",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.6,
    description:
      "the partner of a suffix-named firm in a joint act (由甲集团与乙联合投资; 甲集团与日本乙等战略合作): only firms invest or sign jointly with a firm (firm-partner.ts)",
    examples: [
      {
        text: "由星澜集团与禾丰鹿业联合投资的项目已成为园区支柱，青禾集团与日本云岫等战略合作取得进展。",
        entities: [
          { type: "enterprise", name: "禾丰鹿业" },
          { type: "enterprise", name: "云岫" },
        ],
      },
      {
        // A public body or a place as the partner is no firm.
        text: "青松集团与孝南区政府签约，星澜集团与禾丰共同出资设立基金。",
        entities: [{ type: "enterprise", name: "禾丰" }],
        absent: [{ type: "enterprise", name: "孝南区政府" }],
      },
    ],
  },
  {
    id: "enterprise:project-capacity",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.45,
    alsoConfidence: [{ value: 0.85, when: "a mention found by a stronger rule" }],
    description:
      "a name right before the capacity of a plant in its clause (围绕甲乙90万吨电解铝这一链主项目; 先进制造区甲乙年产5万台…项目): the owner of the plant (project-capacity.ts)",
    examples: [
      {
        // After an action word, a zone, or a county and a joining word (…电站及洮南禾丰).
        text: "当地围绕云岫铝材90万吨电解铝这一链主项目延链，先进制造区青禾东方年产5万台新能源汽车制造项目已建成投产，洮南星澜50兆瓦太阳能发电站及洮南禾丰10兆瓦光伏发电项目预计开工。",
        entities: [
          { type: "enterprise", name: "云岫铝材" },
          { type: "enterprise", name: "青禾东方" },
          { type: "enterprise", name: "星澜" },
          { type: "enterprise", name: "禾丰" },
        ],
      },
      {
        // A place, a new build or a count is sized, not owned.
        text: "全县新建20万吨饲料加工项目，园区形成100万吨钢铁生产线，全县光伏产能达到50兆瓦电站项目。",
        absent: [
          { type: "enterprise", name: "新建" },
          { type: "enterprise", name: "全县" },
          { type: "enterprise", name: "全县光伏产能达到" },
        ],
      },
    ],
  },
  {
    id: "enterprise:project-single",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.5,
    alsoConfidence: [{ value: 0.85, when: "a mention found by a stronger rule" }],
    description:
      "one project heading a counted batch (以及甲乙混合二甲苯分离等14个重点项目; ，甲乙8K等重大产业项目): the firm at the start of its name, when the rest says what is made (project-single.ts)",
    examples: [
      {
        text: "三大项目以及岚汐混合二甲苯分离等14个重点项目全面投产，朗澈汽车内饰件等70个项目完成竣工。",
        entities: [
          { type: "enterprise", name: "岚汐" },
          { type: "enterprise", name: "朗澈汽车" },
        ],
      },
      {
        // A product or a place alone heads no firm.
        text: "推进，100万吨乙烯等一批项目加快建设，滨江新城等5个项目开工。",
        absent: [
          { type: "enterprise", name: "滨江新城" },
          { type: "enterprise", name: "乙烯" },
        ],
      },
    ],
  },
  {
    id: "box:project-firm",
    stage: "relations",
    produces: ["cluster_enterprise"],
    confidence: 0.65,
    description: "a 重点项目 line's industry label → the firm inside each project name",
    examples: [
      {
        text: "专栏1：重点项目\n\n**海洋装备产业：**岚汐深海钻探装备研发生产项目、朗澈科技海工配件扩产项目\n",
        relations: [{ type: "cluster_enterprise", source: "海洋装备", target: "朗澈科技" }],
      },
    ],
  },
  {
    id: "box:project-park",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.6,
    description: "a 重点项目 line's industry label ← the park or base named in a project",
    examples: [
      {
        text: "专栏1：重点项目\n\n**海洋装备产业：**岚汐深海钻探装备研发生产项目、云栖深潜装备产业园项目\n",
        relations: [{ type: "park_cluster", source: "云栖深潜装备产业园", target: "海洋装备" }],
      },
    ],
  },
];
