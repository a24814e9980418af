// Relation rules: how the text ties two accepted entities. Examples use
// invented names; registry.test.ts runs each through the real extractor.
import type { Rule } from "../registry.ts";

// Zone documents where a park named only as an item of an enumeration (a project list, the neighbours
// a profile lists) must not take the zone's firms (relations-scope.ts inEnumeration).
const LISTED_PROJECT_PARK = `青禾经济开发区位于某县城东，是省级经济开发区，规划面积12平方公里，现有规模以上工业企业40家。青禾经济开发区重点发展储能电池、海洋装备两大产业，基础设施日趋完善，营商环境持续优化，全年完成固定资产投资45亿元，同比增长12%。
今年围绕智能传感器扩产项目、储能电池研发楼、星澜海洋装备产业园等重点项目，强化用地、用电、用工等要素保障，实行一个项目、一名领导、一套班子、一抓到底的推进机制，项目建设跑出加速度。园区内，青松新材料有限公司新建生产线顺利投产，年产值突破10亿元。
下一步，将继续优化服务，推动项目早建成、早投产、早见效，力争全年规模以上工业总产值增长15%以上，为全县经济高质量发展作出更大贡献。
`;
const LISTED_NEIGHBOURS = `一、园区基本情况
建区时间：2017年
规划面积：20平方公里
园区定位：致力于储能电池、海洋装备、智能传感等产业的发展，打造全省重要的先进制造业基地和对外开放平台
配套设施：园区毗邻星澜生态城、云岫城区，高速公路网密集，人力资源丰富，开发区域实现九通一平，建成道路60公里、污水处理厂1座。星澜生态城和云岫城区仅一路之隔，医院、学校等生活配套完善。
二、园区企业情况
园区现有规模以上工业企业35家，其中青松新材料有限公司、禾丰电气有限公司等龙头企业年产值均超过10亿元，带动上下游配套企业集聚发展。
三、招商政策
入驻企业可享受土地、税收、人才等方面的优惠政策，具体以园区管委会与企业签订的投资协议为准。
`;

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
    id: "containment:short",
    stage: "relations",
    produces: ["enterprise_platform"],
    confidence: 0.75,
    description:
      "no firm named in full in a platform's name, which opens with one firm's brand (its name without place and company form, ≥2 characters, not a trade word; 张家界星澜林农业开发有限公司 → 星澜林院士工作站): that firm's platform; a tie (a group and its member) ties none",
    examples: [
      {
        text: "张家界星澜林农业科技开发有限责任公司落户园区。建设星澜林院士专家工作站。",
        relations: [
          {
            type: "enterprise_platform",
            source: "张家界星澜林农业科技开发有限责任公司",
            target: "星澜林院士专家工作站",
          },
        ],
      },
    ],
  },
  {
    id: "containment:cluster",
    stage: "relations",
    produces: ["cluster_platform"],
    confidence: 0.55,
    description:
      "a platform's name contains the document's main cluster (海藻加工 → 岚溪海藻加工产品质量监督检验中心; most mentions, at least twice the next cluster's) and no firm's name: the field it serves",
    examples: [
      {
        text: "园区重点发展海藻加工产业。建设岚溪海藻加工产品质量监督检验中心。",
        relations: [{ type: "cluster_platform", source: "海藻加工", target: "岚溪海藻加工产品质量监督检验中心" }],
      },
      {
        // A firm's own centre names the firm's work, not an industry it serves.
        text: "园区重点发展海藻加工产业。青禾科技有限公司建设青禾科技海藻加工联合研发中心。",
        absentRelations: [{ type: "cluster_platform", source: "海藻加工", target: "青禾科技海藻加工联合研发中心" }],
      },
    ],
  },
  {
    id: "possessive",
    stage: "relations",
    produces: ["enterprise_platform"],
    confidence: 0.8,
    description:
      "X的Y: an enterprise right before 的 and a platform, or right before its short-form bracket and the platform (X股份有限公司(以下简称X)Y研究院)",
    examples: [
      {
        text: "认定云岫药业有限公司的青禾中药饮片重点实验室。",
        relations: [{ type: "enterprise_platform", source: "云岫药业有限公司", target: "青禾中药饮片重点实验室" }],
      },
      {
        text: "近日，青禾重工股份有限公司(以下简称青禾重工)海洋装备研究院获授牌。",
        relations: [{ type: "enterprise_platform", source: "青禾重工股份有限公司", target: "海洋装备研究院" }],
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
        text: "一、重点产业\n（一）海洋装备产业集群\n依托青禾海洋装备研究院，建设青禾望潮产业园。\n",
        relations: [
          { type: "cluster_platform", source: "海洋装备", target: "青禾海洋装备研究院" },
          { type: "park_cluster", source: "青禾望潮产业园", target: "海洋装备" },
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
    id: "subject:department",
    stage: "relations",
    produces: ["department_cluster"],
    confidence: 0.55,
    description:
      "某局加速培育…，围绕甲、乙…产业链: a department that opens its sentence (after a time or purpose clause at most), or 该局/该委 standing for the last one named, with a lead or development verb leads the industries the sentence names",
    examples: [
      {
        text: "今年以来，青禾区科工局加速培育重点产业，全年围绕钛基新材料、储能装备两条产业链开展招商。",
        relations: [
          { type: "department_cluster", source: "青禾区科工局", target: "钛基新材料" },
          { type: "department_cluster", source: "青禾区科工局", target: "储能装备" },
        ],
      },
      {
        // A report names the body once and then calls it 该局 (the last body before with that head).
        text: "记者获悉，青禾市工信局全面推进工业强市建设。该局强力实施产业集群培育计划，集中力量培育海洋装备、储能电池等优势产业。",
        relations: [
          { type: "department_cluster", source: "青禾市工信局", target: "海洋装备" },
          { type: "department_cluster", source: "青禾市工信局", target: "储能电池" },
        ],
      },
    ],
  },
  {
    id: "cue:respectively",
    stage: "relations",
    produces: ["department_cluster"],
    confidence: 0.6,
    description:
      "甲、乙、丙3个产业……分别由A局、B局和C局牵头: 分别 pairs the departments with the items of the lists just before it, in order, when the counts match",
    examples: [
      {
        text: "光学镜片、储能电池2个产业是重点产业；冷链物流、滨海康养2个产业具有比较优势。这四个产业分别由市工信局、市科技局、市商务局和市文旅局牵头。",
        relations: [
          { type: "department_cluster", source: "市工信局", target: "光学镜片" },
          { type: "department_cluster", source: "市科技局", target: "储能电池" },
          { type: "department_cluster", source: "市文旅局", target: "滨海康养" },
        ],
      },
    ],
  },
  {
    id: "list:cluster",
    stage: "relations",
    produces: ["cluster_enterprise"],
    confidence: 0.7,
    description:
      "以甲、乙为代表的X产业: the listed firms lead the cluster the list introduces; a list with a lead role and no industry in its sentence (为龙头, 等龙头企业) is its paragraph's industry's (for 等龙头企业 alone, only when the paragraph named one industry before it)",
    examples: [
      {
        // A measure heading names its industry after its verb (（二）培育壮大某产业。): the block's lead firms are its.
        text: "（二）发展智能传感产业。\n重点企业：青岚微电子、禾丰传感、星澜智能。",
        relations: [{ type: "cluster_enterprise", source: "智能传感", target: "禾丰传感" }],
      },
      {
        text: "以星澜光电、云岫药业为代表的海洋传感产业集群。",
        relations: [{ type: "cluster_enterprise", source: "海洋传感", target: "星澜光电" }],
      },
      {
        // 为龙头的 + an industry the text does not mark as a cluster: the firms are that one's, not the paragraph's.
        text: "青禾工业园重点发展储能电池产业。园区形成以禾丰物流、云岫配送等企业为龙头的现代服务业。",
        absentRelations: [{ type: "cluster_enterprise", source: "储能电池", target: "禾丰物流" }],
      },
      {
        // The nearest industry is one item of a lead's supporting trades (or a system's pillars): not the firms'.
        text: "青禾高新区以澜岫汽车集团为龙头，海洋装备、储能电池等配套产业日益完善。",
        absentRelations: [{ type: "cluster_enterprise", source: "海洋装备", target: "澜岫汽车集团" }],
      },
      {
        // 甲、乙等龙头企业 with no industry in its sentence: the one industry its paragraph named before.
        text: "青禾高新区大力发展储能电池产业，产值突破千亿元。高新区将依托禾丰电气、云岫能源等行业龙头企业，加强研发环节建设。",
        relations: [{ type: "cluster_enterprise", source: "储能电池", target: "禾丰电气" }],
      },
      {
        // Firms the subject partners or visits (与甲、乙…开展合作; 考察甲、乙) are not the industry's own.
        text: "作为储能电池产业创新综合体，青禾智谷已注册企业93家，与云岫科技、星澜股份等36家头部企业开展合作。",
        absentRelations: [{ type: "cluster_enterprise", source: "储能电池", target: "云岫科技" }],
      },
      {
        // 作为主导产业 between the industry and the list is no second industry.
        text: "多年来，青禾经开区将海洋装备产业作为主导产业进行培育，集聚了禾丰科技、云岫电子等一批行业头部企业，规模占全市显示产业90%以上。",
        relations: [{ type: "cluster_enterprise", source: "海洋装备", target: "禾丰科技" }],
      },
    ],
  },
  {
    id: "list:cluster-coordinated",
    stage: "relations",
    produces: ["cluster_enterprise"],
    confidence: 0.6,
    description:
      "以甲、乙为龙头，带动A、B产业集聚: firms leading one industry of a coordination after their list lead each industry of it — not a chain's links, a system's pillars or the supporting trades around the lead (…等产业链布局, 以A、B为支柱, A、B等配套产业, 涵盖A、B等产业上下游领域)",
    examples: [
      {
        text: "青禾高新区以澜岫汽车集团、禾丰电子集团为龙头，带动海洋装备、储能电池等产业集聚。",
        relations: [
          { type: "cluster_enterprise", source: "储能电池", target: "澜岫汽车集团" },
          { type: "cluster_enterprise", source: "储能电池", target: "禾丰电子集团" },
        ],
      },
      {
        // The supporting trades around the lead (以甲为龙头，A、B等配套产业…; 涵盖A、B等产业上下游领域) are not led by it.
        text: "青禾高新区以澜岫汽车集团为龙头，海洋装备、储能电池等配套产业日益完善。",
        absentRelations: [{ type: "cluster_enterprise", source: "储能电池", target: "澜岫汽车集团" }],
      },
    ],
  },
  {
    id: "list:cluster-respective",
    stage: "relations",
    produces: ["cluster_enterprise"],
    confidence: 0.6,
    description:
      "以甲、乙为龙头的A、B两大产业: as many firms as coordinated industries right after a lead role (为龙头的/为代表的/为核心的) — each firm leads the industry in its place, not every one of them (relations-firm-lists.ts)",
    examples: [
      {
        text: "青禾经开区已形成以澜岫汽车、禾丰电器为龙头的海洋装备、储能电池两大主导产业。",
        relations: [
          { type: "cluster_enterprise", source: "海洋装备", target: "澜岫汽车" },
          { type: "cluster_enterprise", source: "储能电池", target: "禾丰电器" },
        ],
        absentRelations: [
          { type: "cluster_enterprise", source: "储能电池", target: "澜岫汽车" },
          { type: "cluster_enterprise", source: "海洋装备", target: "禾丰电器" },
        ],
      },
    ],
  },
  {
    id: "list:park",
    stage: "relations",
    produces: ["park_enterprise"],
    confidence: 0.6,
    description:
      "a list of firms located in a park (the sentence's one park, the park after 在/落户, the park a sentence naming several takes as its centre: 以某园为核心/载体/主战场…, or the document's zone); a park that is itself one item of an enumeration (甲项目、某物流园、乙公司…) places none of the others; the document's zone never takes a sentence whose subject is the city or county as a whole (全县/我市…)",
    examples: [
      {
        // A park's phase (某物流园区二期) is no project site for the firms that then enter the park (已入驻园区, 已入园).
        text: "宁乡物流园区二期开工，青岚快运有限公司等3家企业已入驻园区。",
        relations: [{ type: "park_enterprise", source: "宁乡物流园区", target: "青岚快运有限公司" }],
      },
      {
        // The sentence builds its one park and brings the listed firms into it (…等企业入园): they are the park's.
        text: "推进青禾智能传感产业园二期建设，引导星澜电子有限公司、云岫精密有限公司等企业入园发展。",
        relations: [{ type: "park_enterprise", source: "青禾智能传感产业园", target: "云岫精密有限公司" }],
      },
      {
        // Several parks in the sentence: the one it takes as its centre (以某园为主战场/载体/依托…, a short subject
        // before 以 allowed) receives the firm list; the park it only links up with does not.
        text: "青禾县将继续以星澜工业园为主战场，对接雾松产业园，依托禾丰电气有限公司、云岫能源科技有限公司等企业做大储能产业。",
        relations: [{ type: "park_enterprise", source: "星澜工业园", target: "禾丰电气有限公司" }],
        absentRelations: [{ type: "park_enterprise", source: "雾松产业园", target: "禾丰电气有限公司" }],
      },
      {
        // The city's other zones named in an enumeration (全市还有甲园、乙园等园区) leave a one-zone document one zone's.
        text: "青禾经济开发区位于星澜县南部，是省级开发区。青禾经济开发区面积20平方公里。\n星澜食品有限公司、禾丰建材有限公司等企业产值增长20%。\n全市还有青岚工业园、禾丰产业园、云松物流园等园区。\n",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "禾丰建材有限公司" }],
      },
      {
        // …nor to other zones listed in a paragraph naming nothing else (此外，甲园、乙园也在加快建设).
        text: "青禾经济开发区位于星澜县南部，是省级开发区。青禾经济开发区面积20平方公里。\n星澜食品有限公司、禾丰建材有限公司等企业产值增长20%。\n此外，青岚工业园、禾丰产业园、云松物流园也在加快建设。\n",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "禾丰建材有限公司" }],
      },
      {
        text: "青禾经开区是省级经济开发区，位于某县城南。青禾经开区重点发展储能电池产业。\n去年，全县成功引进星澜电子有限公司，总投资12亿元。\n",
        absentRelations: [{ type: "park_enterprise", source: "青禾经开区", target: "星澜电子有限公司" }],
      },
      {
        // "甲园位于乙新区": 乙 is where the park lies; the firms listed after are 甲's (also for sentence:locate).
        text: "云岫数字经济产业园位于云岫新区核心区，园区以智能传感为主导产业，入驻企业有云岫数据科技有限公司、星澜云计算有限公司等。",
        relations: [{ type: "park_enterprise", source: "云岫数字经济产业园", target: "星澜云计算有限公司" }],
        absentRelations: [{ type: "park_enterprise", source: "云岫新区", target: "星澜云计算有限公司" }],
      },
      {
        text: "星澜光电、云岫药业等12家企业落户青禾经济开发区。",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "云岫药业" }],
      },
      {
        // 以…等核心企业为主导/为引领: the lead role that makes the firms the sentence's zone's own.
        text: "青禾经济开发区\n青禾经济开发区规划建设星澜产业园、云岫科技园。开发区形成了以禾丰电气、云岫能源等核心企业为主导的企业集群。",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "禾丰电气" }],
      },
      {
        // A park written right before the list (with 的 at most) owns its firms, in a document naming two zones.
        text: "澄湖经开区大力推进技术创新。其中澄湖经开区的星澜科技集团有限公司、云岫机床股份有限公司等2家企业技术中心被评为优秀。青禾(双凤)经开区安徽禾丰交通科技有限公司、安徽鹿鸣机电设备有限公司等2家被评价为优秀。",
        relations: [
          { type: "park_enterprise", source: "澄湖经开区", target: "星澜科技集团有限公司" },
          { type: "park_enterprise", source: "青禾(双凤)经开区", target: "安徽禾丰交通科技有限公司" },
        ],
      },
      {
        // A park named as one item of a run of projects is a site of its own, not the others' (also for sentence:locate).
        text: "积极推进禾丰重科、星澜嘉里产业园投资扩产，加快云岫智能、青松面包、星澜风电等项目投产。",
        absentRelations: [{ type: "park_enterprise", source: "星澜嘉里产业园", target: "云岫智能" }],
      },
      {
        // A park the first clause sets the sentence in (…的甲园区(以下简称…)里，) places the firms it names.
        text: "海湾内的青禾海洋产业园区（以下简称“青禾园区”）里，云岫大厦等高楼拔地而起，星澜、青松等企业开足马力忙生产。",
        relations: [{ type: "park_enterprise", source: "青禾海洋产业园区", target: "星澜" }],
      },
      {
        text: "加快推进青禾大厦、星澜物流园（二期）、禾丰集团总部项目落地。",
        absentRelations: [{ type: "park_enterprise", source: "星澜物流园", target: "禾丰集团" }],
      },
    ],
  },
  {
    id: "sentence:subject-park",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.5,
    description:
      "a sentence with no hosting cue still names its subject park's industries: the one park that opens it (after a short adverbial) takes the industries named after it; a sentence naming no park whose first clause says 园区/该区 gives its industries to the park that word points back to",
    examples: [
      {
        text: "青禾工业集中区重点引进海洋装备、精密仪器产业。",
        relations: [
          { type: "park_cluster", source: "青禾工业集中区", target: "海洋装备" },
          { type: "park_cluster", source: "青禾工业集中区", target: "精密仪器" },
        ],
      },
      {
        text: "近年来，青禾经济开发区拥有全省最大的云母装备产业集群。",
        relations: [{ type: "park_cluster", source: "青禾经济开发区", target: "云母装备" }],
      },
      {
        text: "青禾高新技术产业开发区位于澄宇市北部。\n园区内以储能电池、云母装备产业为主的9家企业通过了高新技术企业认定。\n",
        relations: [
          { type: "park_cluster", source: "青禾高新技术产业开发区", target: "储能电池" },
          { type: "park_cluster", source: "青禾高新技术产业开发区", target: "云母装备" },
        ],
      },
    ],
  },
  {
    id: "sentence:host",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.55,
    description:
      "a park and a cluster in one sentence with a hosting cue (重点发展, 打造, 主导…); not when the sentence's subject is a place (该县…, 某某市坚持…) and the park is not its subject",
    examples: [
      {
        // The document's zone keeps its share of park mentions when the city's other zones are listed (全市还有甲园、乙园等园区).
        text: "上半年青禾工业园区、云岫工业园区共开工项目82项。其中青禾工业园区开工项目60项。\n6月2日，5个项目在青禾工业园区集中开工。\n今年以来，重点发展储能电池、智能传感产业。\n全市还有青岚工业园、禾丰产业园、云松物流园等园区。\n",
        relations: [{ type: "park_cluster", source: "青禾工业园区", target: "储能电池" }],
      },
      {
        // …nor to other zones listed in a paragraph naming nothing else (此外，甲园、乙园也在加快建设).
        text: "上半年青禾工业园区、云岫工业园区共开工项目82项。其中青禾工业园区开工项目60项。\n6月2日，5个项目在青禾工业园区集中开工。\n今年以来，重点发展储能电池、智能传感产业。\n此外，青岚工业园、禾丰产业园、云松物流园也在加快建设。\n",
        relations: [{ type: "park_cluster", source: "青禾工业园区", target: "储能电池" }],
      },
      {
        text: "青禾高新区聚力打造海洋装备产业集群高地。",
        relations: [{ type: "park_cluster", source: "青禾高新区", target: "海洋装备" }],
      },
      {
        // A later clause opening with a park and its own verb (乙园主要发展B) keeps B from the first park.
        text: "青禾工业园重点发展海洋装备产业，星澜科技园主要发展精密仪器产业。",
        relations: [{ type: "park_cluster", source: "星澜科技园", target: "精密仪器" }],
        absentRelations: [{ type: "park_cluster", source: "青禾工业园", target: "精密仪器" }],
      },
      {
        // 突出发展 / 产业方向为: development cues like 重点发展 (the catalogue of industry enumerations).
        text: "青岚经济开发区突出发展海洋装备、储能电池两大产业。青禾工业园区的产业方向为智能传感、光学仪表。",
        relations: [
          { type: "park_cluster", source: "青岚经济开发区", target: "海洋装备" },
          { type: "park_cluster", source: "青岚经济开发区", target: "储能电池" },
          { type: "park_cluster", source: "青禾工业园区", target: "智能传感" },
          { type: "park_cluster", source: "青禾工业园区", target: "光学仪表" },
        ],
      },
      {
        // 承载: the parks an industry's 主要承载地 lists host it.
        text: "储能电池产业的主要承载地包括青禾高新区、云岫经济开发区。",
        relations: [
          { type: "park_cluster", source: "青禾高新区", target: "储能电池" },
          { type: "park_cluster", source: "云岫经济开发区", target: "储能电池" },
        ],
      },
      {
        // 产业涉及/涵盖 lists what a park hosts; a date before the subject park leaves it the subject.
        text: "2023年10月25日，青禾工业园区正式揭牌，园区规划面积10平方公里，产业发展涉及海洋装备、海藻加工和新能源三大产业，下辖云岫产业园、汀雀产业园、朗澈产业园等3个园区。",
        relations: [
          { type: "park_cluster", source: "青禾工业园区", target: "海洋装备" },
          { type: "park_cluster", source: "青禾工业园区", target: "海藻加工" },
        ],
      },
      {
        // An industry placed in parks as the subject: 布局在/集中在/分布在 the parks after it.
        text: "海洋装备产业主要集中在青岚经济技术开发区和星澜高新技术产业开发区。",
        relations: [
          { type: "park_cluster", source: "青岚经济技术开发区", target: "海洋装备" },
          { type: "park_cluster", source: "星澜高新技术产业开发区", target: "海洋装备" },
        ],
      },
      {
        // 产业定位 / 以A为特色 name what a park hosts.
        text: "青岚经济技术开发区产业定位为海洋装备产业。星澜高新区是以储能电池产业为特色的省级开发区。",
        relations: [
          { type: "park_cluster", source: "青岚经济技术开发区", target: "海洋装备" },
          { type: "park_cluster", source: "星澜高新区", target: "储能电池" },
        ],
      },
      {
        // A park with 发展/布局 and an industry right after it: only the industries of its own clause.
        text: "支持青岚经济技术开发区发展储能电池产业，在星澜高新技术产业开发区布局智能传感产业。",
        relations: [
          { type: "park_cluster", source: "青岚经济技术开发区", target: "储能电池" },
          { type: "park_cluster", source: "星澜高新技术产业开发区", target: "智能传感" },
        ],
        absentRelations: [{ type: "park_cluster", source: "青岚经济技术开发区", target: "智能传感" }],
      },
      {
        // A first clause that is only a noun phrase (…坐落于甲园的乙园(以下简称…)，) has the park closing it as the subject.
        text: "近日，由两地合作共建的坐落于青禾新区东部产业园的星澜装备制造产业园（以下简称“星澜产业园”），依托当地储能电池产业集群，聚焦海洋装备、智能传感、精密仪器、光学仪表等重点赛道。",
        relations: [{ type: "park_cluster", source: "星澜装备制造产业园", target: "海洋装备" }],
        absentRelations: [{ type: "park_cluster", source: "青禾新区东部产业园", target: "海洋装备" }],
      },
    ],
  },
  {
    id: "sentence:clause-park",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.55,
    description:
      "a later clause opening with a park of its own and a hosting cue (…，其中乙园重点发展A，丙园以B为主): that park hosts the clause's industries, the sentence's subject does not",
    examples: [
      {
        text: "青岚经济技术开发区实行一区多园，其中星澜产业园聚焦智能传感产业，青松产业园主攻储能电池产业。",
        relations: [
          { type: "park_cluster", source: "星澜产业园", target: "智能传感" },
          { type: "park_cluster", source: "青松产业园", target: "储能电池" },
        ],
        absentRelations: [{ type: "park_cluster", source: "青岚经济技术开发区", target: "储能电池" }],
      },
      {
        text: "星澜工业园以智能传感产业为主，青松工业园以储能电池产业为主。",
        relations: [{ type: "park_cluster", source: "青松工业园", target: "储能电池" }],
        absentRelations: [{ type: "park_cluster", source: "星澜工业园", target: "储能电池" }],
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
    description:
      "one cluster opening a sentence with 依托/创建/建设/建立/搭建…, or named in a purpose clause first (为做大做强某产业，…建立甲、乙等平台), and the platforms after it (outside 专栏 boxes)",
    examples: [
      {
        text: "推动海洋装备产业发展，深入推进青禾海洋装备创新中心建设。",
        relations: [{ type: "cluster_platform", source: "海洋装备", target: "青禾海洋装备创新中心" }],
      },
      {
        text: "为做大做强储能电池产业，青禾先后建立云岫材料技术研究院、禾丰产品质量检测中心等平台。",
        relations: [
          { type: "cluster_platform", source: "储能电池", target: "云岫材料技术研究院" },
          { type: "cluster_platform", source: "储能电池", target: "禾丰产品质量检测中心" },
        ],
      },
      {
        // The industry's topic, then 以甲为平台.
        text: "储能电池产业方面，以星澜技术创新中心为平台，推动产业集聚。",
        relations: [{ type: "cluster_platform", source: "储能电池", target: "星澜技术创新中心" }],
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
    description:
      "a task-table row: 重点工作：… 牵头单位：D (to the row's report columns or the next 重点工作：) — D answers for what the work names",
    examples: [
      {
        text: "重点工作:推进青禾经济开发区、云岫工业园区建设。\n牵头单位:市工业和信息化局\n",
        relations: [{ type: "department_responsible", source: "市工业和信息化局", target: "云岫工业园区" }],
      },
      {
        // A row runs from its 重点工作 label to the next row's label.
        text: "重点工作:推进青禾经济开发区建设。\n牵头单位:市商务局\n重点工作:推进云岫工业园区建设。\n牵头单位:市工业和信息化局\n",
        relations: [{ type: "department_responsible", source: "市工业和信息化局", target: "云岫工业园区" }],
        absentRelations: [{ type: "department_responsible", source: "市商务局", target: "云岫工业园区" }],
      },
      {
        // 重点工作 in a document's title labels no row: what follows the task list is not its work.
        text: "青禾区2024年重点工作任务分解方案\n1.优化营商环境。\n牵头单位:区发改局\n\n青禾经济开发区引进云岫新材料有限公司。",
        absentRelations: [{ type: "department_responsible", source: "区发改局", target: "青禾经济开发区" }],
      },
    ],
  },
  {
    id: "table:columns",
    stage: "relations",
    produces: ["department_responsible", "department_cluster"],
    confidence: 0.75,
    description:
      "a task table (cells split by tabs, bars or wide gaps, or one cell per line under 序号, where a cell ending in a comma or 、 runs on to the next line) whose header has 牵头/责任/主要责任单位 or 牵头服务部门 columns (also 市级牵头单位, 牵头责任单位, 牵头部门（单位）, 责任单位及责任人, 责 任 单 位): a row's responsible units answer for what its other cells name (配合/协同配合 columns give no edge); a row's industry name cell (a bracketed note after it allowed) is the chain the unit leads (department_cluster); in a roster of chains with a lead-firm column (链主企业) the firms get no edge",
    examples: [
      {
        // One cell per line, the task cell wrapped after a comma and the unit cell after 、.
        text: "序号\n重点任务\n责任单位\n完成时限\n1\n推进青禾智造产业园建设，\n培育储能电池产业集群。\n市工信局、\n市发改委\n2025年\n2\n支持云岫能源有限公司扩产。\n市商务局\n持续推进\n",
        relations: [
          { type: "department_responsible", source: "市发改委", target: "青禾智造产业园" },
          { type: "department_responsible", source: "市商务局", target: "云岫能源有限公司" },
        ],
      },
      {
        // Header words with a level before, a note after, or spaced out.
        text: "序号\t重点任务\t牵头部门（单位）\t完成时限\n1\t推进青禾智造产业园建设\t市工信局\t2025年\n\n序号\t责 任 单 位\t工作任务\n1\t市商务局\t支持云岫能源有限公司扩产\n",
        relations: [
          { type: "department_responsible", source: "市工信局", target: "青禾智造产业园" },
          { type: "department_responsible", source: "市商务局", target: "云岫能源有限公司" },
        ],
      },
      {
        text: "序号\t重点任务\t牵头单位\t配合单位\n1\t推进青禾智造产业园建设\t市工信局\t市发改委、市商务局\n2\t培育海洋装备产业集群\t市科技局\t市财政局\n",
        relations: [
          { type: "department_responsible", source: "市工信局", target: "青禾智造产业园" },
          { type: "department_cluster", source: "市科技局", target: "海洋装备" },
        ],
      },
      {
        text: "序号\n产业链\n链主企业\n牵头服务部门\n1\n海洋装备产业链\n星澜重工股份有限公司\n市工信局\n2\n储能电池产业链\n云岫能源有限公司\n市发改委\n",
        relations: [{ type: "department_cluster", source: "市工信局", target: "海洋装备" }],
      },
      {
        // A roster of chains and their lead firms sets no task: the firm is no measure's; the chain
        // cell keeps its lead unit through a bracketed note (甲产业（乙领域）).
        text: "序号 | 所属重点产业链 | 链主企业名称 | 牵头服务部门 |\n1 | 海洋装备（船舶配套领域） | 星澜重工股份有限公司 | 市工信局 |\n2 | 储能电池 | 云岫能源有限公司 | 市发改委 |\n",
        relations: [{ type: "department_cluster", source: "市工信局", target: "海洋装备" }],
        absentRelations: [{ type: "department_responsible", source: "市发改委", target: "云岫能源有限公司" }],
      },
      {
        // A merged first cell (类别) leaves the rows below it opening with an empty cell: columns stay in place.
        text: "类别\t序号\t任务\t责任单位\n园区建设\t1\t推进青禾经济开发区建设\t市商务局\n\t2\t建设青禾智造产业园\t市工信局\n",
        relations: [{ type: "department_responsible", source: "市工信局", target: "青禾智造产业园" }],
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
    id: "run-in:park",
    stage: "relations",
    produces: ["park_enterprise"],
    confidence: 0.6,
    description:
      "a line opens with a park (某产业园：规划面积… / 某产业园。): the firms of the lines under it, up to the next park or sibling heading, are that park's",
    examples: [
      {
        text: "青禾智造产业园：规划面积10平方公里。\n①建设一批重点项目。加快推动云岫药业、星澜光电等企业的重点项目建设。\n",
        relations: [{ type: "park_enterprise", source: "青禾智造产业园", target: "云岫药业" }],
      },
      {
        // a list grouped by area: the next place alone on its line (青禾县) ends the zone's group
        text: "附件\n先进集体名单\n经 区\n甲乙精密机械有限公司\n青禾县\n丙丁新材料有限公司\n",
        relations: [{ type: "park_enterprise", source: "经区", target: "甲乙精密机械有限公司" }],
      },
    ],
  },
  {
    id: "section:park",
    stage: "relations",
    produces: ["park_enterprise"],
    confidence: 0.6,
    description: "a parsed section whose heading is one park ((一)某经济开发区): the firms it names are that park's",
    examples: [
      {
        text: "一、园区布局\n（一）青禾经济开发区\n重点支持云岫药业、星澜光电等企业扩大产能。\n（二）其他工作\n",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "星澜光电" }],
      },
    ],
  },
  {
    id: "anaphor:zone",
    stage: "relations",
    produces: ["park_enterprise"],
    confidence: 0.55,
    alsoConfidence: [{ value: 0.6, when: "firms of a list (the list rule found no park in the sentence)" }],
    description:
      "园区/区内/该区/这里/bare 开发区, or a placing verb or the firm's works (车间/厂房/生产线), in a sentence without a park (and whose subject is not the city or county as a whole, 全县/我市…; for the zone word, whose first clause names no place as its subject): the paragraph's one park (not one named only as an item of an enumeration); the document's zone only for the firms of a list whose own cue or zone word places them (a lone placing word in a paragraph naming no park gives no park: on documents no rule was tuned on that reading was about 1 in 7 right), never one named only in enumerations, never a firm whose name holds the park's: its operator",
    examples: [
      {
        // A firm's customers (甲、乙等…客户; 运往甲、乙) buy from the zone's firms; they are not located there.
        text: "青禾高新区位于澄宇市北部。园区内的青禾集团拥有雾松、星澜、云岫等长期合作的全球高端客户。青禾高新区聚集了禾丰科技等企业。",
        relations: [{ type: "park_enterprise", source: "青禾高新区", target: "青禾集团" }],
        absentRelations: [{ type: "park_enterprise", source: "青禾高新区", target: "星澜" }],
      },
      {
        // The document's zone is not lost to an enumeration of the city's other zones (全市还有甲园、乙园等园区).
        text: "上半年青禾工业园区、云岫工业园区共开工项目82项。其中青禾工业园区开工项目60项。\n6月2日，5个项目在青禾工业园区集中开工。\n区内星澜食品有限公司、禾丰建材有限公司等企业已建成投产。\n青禾工业园区重点发展储能电池产业。\n全市还有青岚工业园、禾丰产业园、云松物流园等园区。\n",
        relations: [{ type: "park_enterprise", source: "青禾工业园区", target: "星澜食品有限公司" }],
      },
      {
        // …nor to other zones listed in a paragraph naming nothing else (此外，甲园、乙园也在加快建设).
        text: "上半年青禾工业园区、云岫工业园区共开工项目82项。其中青禾工业园区开工项目60项。\n6月2日，5个项目在青禾工业园区集中开工。\n区内星澜食品有限公司、禾丰建材有限公司等企业已建成投产。\n青禾工业园区重点发展储能电池产业。\n此外，青岚工业园、禾丰产业园、云松物流园也在加快建设。\n",
        relations: [{ type: "park_enterprise", source: "青禾工业园区", target: "星澜食品有限公司" }],
      },
      {
        // …nor to a zone named once in passing, in a paragraph of its own, while the lead names the document's zone.
        text: "上半年，青禾经济开发区实现规模以上工业产值52亿元，同比增长8.5%，固定资产投资完成31亿元，增长12%，新签约项目14个，总投资46亿元，工业经济运行总体平稳，新动能加快成长，企业效益稳步提升。\n截至目前，共引进星澜光电股份有限公司、禾丰建材有限公司等企业86家入驻园区。\n此外，青岚工业园也在加快建设。",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "星澜光电股份有限公司" }],
      },
      {
        // A zone the paragraph names as a partner or as a place visited is not the paragraph's own zone.
        text: "青禾经济开发区位于城北，规划面积30平方公里，是省级开发区。\n目前，园区已入驻星澜光电股份有限公司、禾丰建材有限公司等企业。今年以来，组织企业赴青岚高新区考察学习。",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "星澜光电股份有限公司" }],
        absentRelations: [{ type: "park_enterprise", source: "青岚高新区", target: "星澜光电股份有限公司" }],
      },
      {
        text: "青禾经济开发区位于城北，规划面积30平方公里，是省级开发区。\n目前，区内星澜光电股份有限公司、禾丰建材有限公司等企业已建成投产。今年以来，先后与青岚经济开发区签订战略合作协议。",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "禾丰建材有限公司" }],
        absentRelations: [{ type: "park_enterprise", source: "青岚经济开发区", target: "禾丰建材有限公司" }],
      },
      {
        // A park named once in a sentence naming nothing else (此外，甲园也在加快建设。) does not dilute the zone's share.
        text: "青禾经济开发区位于城北，规划面积30平方公里，近年来工业经济运行总体平稳，新动能加快成长，企业效益稳步提升，为全年目标打下了坚实基础。青禾经济开发区重点发展储能电池产业。\n云岫产业园开工建设项目65项，总投资11亿元，完成投资8亿元。此外，青岚工业园也在加快建设。\n目前，园区已入驻星澜光电股份有限公司、禾丰建材有限公司等企业。",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "星澜光电股份有限公司" }],
      },
      {
        // …nor is a park the paragraph names only after the sentence (园区 points back, not forward).
        text: "青禾经济开发区位于城北，规划面积30平方公里，是省级开发区。\n目前，园区已入驻星澜光电股份有限公司、禾丰建材有限公司等企业。此外，青岚工业园也在加快建设。",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "星澜光电股份有限公司" }],
        absentRelations: [{ type: "park_enterprise", source: "青岚工业园", target: "星澜光电股份有限公司" }],
      },
      {
        // Firms a subject partners or visits (县政府与甲签署协议; 考察甲、乙) are not placed in the zone.
        text: "青禾经开区项目集中开工。\n园区内，县政府与云岫科技有限公司签署投资合作协议。",
        absentRelations: [{ type: "park_enterprise", source: "青禾经开区", target: "云岫科技有限公司" }],
      },
      {
        text: "青禾经济开发区位于某县城西。\n在这里，星澜光电股份有限公司年产值超10亿元。",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "星澜光电股份有限公司" }],
      },
      {
        // A firm named with its works (甲公司车间内) stands in the document's zone, as a placing verb would put it.
        text: "青禾经济开发区位于某县城西，重点发展海洋装备产业。8日，星澜光电股份有限公司车间内，一条条生产线正忙碌运转。\n青禾经济开发区下设云岫产业园。",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "星澜光电股份有限公司" }],
      },
      {
        // A firm named after the park (its operator or builder) is not one located there (for every park_enterprise rule).
        text: "青禾软件园位于某市西部，是省级软件园。\n青禾软件园集团有限公司成立于2008年，负责园区投资、建设、招商和运营。\n",
        absentRelations: [{ type: "park_enterprise", source: "青禾软件园", target: "青禾软件园集团有限公司" }],
      },
      {
        // The paragraph's one park is an item of a project list: 园区 is the document's zone, not that park.
        text: LISTED_PROJECT_PARK,
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "青松新材料有限公司" }],
        absentRelations: [{ type: "park_enterprise", source: "星澜海洋装备产业园", target: "青松新材料有限公司" }],
      },
      {
        // A park named only in enumerations of neighbours (毗邻甲新城、乙城区) is not the document's zone.
        text: LISTED_NEIGHBOURS,
        absentRelations: [
          { type: "park_enterprise", source: "星澜生态城", target: "青松新材料有限公司" },
          { type: "park_cluster", source: "星澜生态城", target: "储能电池" },
        ],
      },
      {
        // A sentence whose subject is the county as a whole (去年，全县引进…) brings firms into the county, not the zone.
        text: "青禾经开区是省级经济开发区，位于某县城南。青禾经开区重点发展储能电池产业。\n去年，全县成功引进星澜电子有限公司，总投资12亿元。\n",
        absentRelations: [{ type: "park_enterprise", source: "青禾经开区", target: "星澜电子有限公司" }],
      },
      {
        // A zone word later in a sentence whose first clause has a city as its subject does not make the firms the zone's.
        text: "青禾高新区位于青禾市东部，是省级高新区。\n青禾市正在全新打造储能电池、海洋装备等特色产业，形成了星澜电缆、禾丰智能等一批优势企业，正向国家级高新技术开发区迈进。\n",
        absentRelations: [{ type: "park_enterprise", source: "青禾高新区", target: "星澜电缆" }],
      },
    ],
  },
  {
    id: "sentence:locate",
    stage: "relations",
    produces: ["park_enterprise"],
    confidence: 0.6,
    description:
      "a sentence that places firms (位于/落户/入驻/引进/集聚/锁定…在) with one park (not one item of an enumeration of projects), or the parks after 在/锁定; 某高新区企业甲、乙 heads its firms",
    examples: [
      {
        // Several parks: the subject park brings the firm in, after an opening adverbial of up to 20 characters.
        text: "在11个投资超10亿元的大项目中，青禾经济开发区引进禾丰集团拟投资20亿元建设云澜低碳产业园。",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "禾丰集团" }],
      },
      {
        text: "星澜光电股份有限公司锁定青禾经开区，将在云岫新城投资3亿元。",
        relations: [
          { type: "park_enterprise", source: "青禾经开区", target: "星澜光电股份有限公司" },
          { type: "park_enterprise", source: "云岫新城", target: "星澜光电股份有限公司" },
        ],
      },
      {
        // 拥有/现有: a park that has the firms (with several parks in the document, so no zone-wide list).
        text: "青禾经开区下辖星澜产业园、云岫科技园。\n目前，青禾经开区拥有禾丰电气有限公司、云岫能源有限公司等一批投资规模大、发展质态优的企业。",
        relations: [{ type: "park_enterprise", source: "青禾经开区", target: "禾丰电气有限公司" }],
      },
    ],
  },
  {
    id: "ordinal:cluster",
    stage: "relations",
    produces: ["cluster_enterprise"],
    confidence: 0.6,
    description:
      "一是…二是… items right after a list of N clusters, exactly N of them: an item naming no cluster gives its firms (依托/龙头…) to the cluster in its place",
    examples: [
      {
        text: "打造海洋装备、绿色建材、光学仪表3大产业集群。一是依托星澜光电、云岫药业等企业，打造研发生产基地。二是依托青禾建材等企业，形成绿色建材产业集群。三是依托海川光学等企业，开发新产品。",
        relations: [{ type: "cluster_enterprise", source: "海洋装备", target: "云岫药业" }],
      },
    ],
  },
  {
    id: "measure:bracket",
    stage: "relations",
    produces: ["department_responsible"],
    confidence: 0.75,
    description:
      "（牵头单位：…；责任单位：…）/（…负责）anywhere in a line closes the measure since its number (1./（一）/一是): every unit answers for what it names; a bracket on a line of its own closes the numbered measure above it, with the sibling sub-items before it that name no units (up to their heading, or the text's start in an excerpt)",
    examples: [
      {
        // An excerpt opening inside a measure's sub-items: the bracket of its own line closes (4) and (5), not 3.
        text: "（4）培育储能电池产业集群，支持云岫能源有限公司扩产。\n（5）建设星澜创新中心。\n（责任单位：市发展改革委、市工业和信息化局）\n3.加快青禾智造产业园建设。",
        relations: [
          { type: "department_responsible", source: "市工业和信息化局", target: "云岫能源有限公司" },
          { type: "department_responsible", source: "市发展改革委", target: "星澜创新中心" },
        ],
        absentRelations: [{ type: "department_responsible", source: "市发展改革委", target: "青禾智造产业园" }],
      },
      {
        text: "加快建设青禾智造产业园。1.提升原料生产能力。云岫药业、星澜光电等企业扩产项目建成投产。（牵头单位：市工信局；责任单位：市发改委、科技局）2.培育应用企业。（牵头单位：市商务局）",
        relations: [{ type: "department_responsible", source: "市科技局", target: "云岫药业" }],
      },
      {
        // A lead clause followed by a clause of helpers that are no departments (各县区参与).
        text: "一、重点任务\n1.支持云岫能源有限公司扩产。（市工信局、市发改委牵头，各县区政府参与）\n",
        relations: [{ type: "department_responsible", source: "市发改委", target: "云岫能源有限公司" }],
      },
    ],
  },
  {
    id: "measure:heading",
    stage: "relations",
    produces: ["department_responsible"],
    confidence: 0.7,
    description:
      "a responsibility bracket closing a numbered heading (（一）壮大园区。（牵头单位：D） / 一、…（D牵头）) answers for the deeper-numbered sub-items under it, up to the next heading of its level, unless a sub-item names units of its own",
    examples: [
      {
        text: "一、重点任务\n（一）壮大产业园区。（牵头单位：市发改委）\n1.加快青禾智造产业园建设。\n2.推动云岫工业园区扩区。\n（二）培育企业。\n1.支持星澜光电有限公司扩产。\n",
        relations: [{ type: "department_responsible", source: "市发改委", target: "云岫工业园区" }],
        absentRelations: [{ type: "department_responsible", source: "市发改委", target: "星澜光电有限公司" }],
      },
    ],
  },
  {
    id: "measure:unit-subject",
    stage: "relations",
    produces: ["department_responsible"],
    confidence: 0.65,
    description:
      "a numbered measure that opens with its units and 负责/牵头/要 (1.市甲局、乙局负责推进… / （二）市甲局要加快… / 1.由市甲局牵头，推进…): the units answer for what the rest of its line names",
    examples: [
      {
        // The lead stated first (由…牵头，): its own line's measure, not the one above.
        text: "1.由市工信局牵头，加快建设青禾智造产业园。\n2.由市商务局负责，支持云岫能源有限公司扩产。\n",
        relations: [
          { type: "department_responsible", source: "市工信局", target: "青禾智造产业园" },
          { type: "department_responsible", source: "市商务局", target: "云岫能源有限公司" },
        ],
        absentRelations: [{ type: "department_responsible", source: "市商务局", target: "青禾智造产业园" }],
      },
      {
        text: "一、重点任务\n1.市科技局、市工信局负责推进青禾储能电池创新中心建设。\n2.市商务局要加快云岫工业园区招商。\n",
        relations: [
          { type: "department_responsible", source: "市工信局", target: "青禾储能电池创新中心" },
          { type: "department_responsible", source: "市商务局", target: "云岫工业园区" },
        ],
        absentRelations: [{ type: "department_responsible", source: "市商务局", target: "青禾储能电池创新中心" }],
      },
    ],
  },
  {
    id: "box:industry-park",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.6,
    description:
      "an industry box (a line that is a cluster, then its rows: 目标…, 重点园区：打造某园区…): the parks its rows build carry that industry",
    examples: [
      {
        text: "海洋装备产业\n目标\n产值达到100亿元\n重点园区项目和企业：集中打造青禾望潮产业园，培育云岫药业、星澜光电等领军企业。\n绿色建材产业\n目标\n",
        relations: [{ type: "park_cluster", source: "青禾望潮产业园", target: "海洋装备" }],
      },
    ],
  },
  {
    id: "box:industry-platform",
    stage: "relations",
    produces: ["cluster_platform"],
    confidence: 0.6,
    description: "an industry box's rows list platforms (创新平台：…): they serve the box's industry",
    examples: [
      {
        text: "海洋装备产业\n目标\n产值达到100亿元\n创新平台：建设青禾海洋装备工程技术研究中心。\n绿色建材产业\n目标\n",
        relations: [{ type: "cluster_platform", source: "海洋装备", target: "青禾海洋装备工程技术研究中心" }],
      },
    ],
  },
  {
    id: "cue:依托建设",
    stage: "relations",
    produces: ["enterprise_platform"],
    confidence: 0.75,
    description: "依托X建设的Y / 依托X组建Y: the platform Y is built on the firm X",
    examples: [
      {
        text: "依托星澜光电股份有限公司建设的青禾海洋装备工程技术研究中心获批省级平台。",
        relations: [
          { type: "enterprise_platform", source: "星澜光电股份有限公司", target: "青禾海洋装备工程技术研究中心" },
        ],
      },
    ],
  },
  {
    id: "bracket:industry-park",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.7,
    description: "Industry(Park): a park in brackets right after an industry hosts that industry alone",
    examples: [
      {
        text: "青禾高新区立足发挥在海洋装备、跨境贸易（云岫综保区）等产业优势，打造现代产业体系。",
        relations: [{ type: "park_cluster", source: "云岫综保区", target: "跨境贸易" }],
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
