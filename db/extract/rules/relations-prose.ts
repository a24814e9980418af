// Relation rules for how prose states cluster_enterprise and enterprise_platform
// beyond list cues (relations-cluster.ts, relations-platform.ts). Invented names only.
import type { Rule } from "../registry.ts";

export const PROSE_RELATION_RULES: readonly Rule[] = [
  {
    id: "cue:cluster-gathers",
    stage: "relations",
    produces: ["cluster_enterprise"],
    confidence: 0.7,
    description:
      "某产业集聚了甲、乙等企业 / 某产业链现有链主企业甲: the industry is the subject of the verb before the firms",
    examples: [
      {
        text: "近年来，海洋装备产业集聚了星澜重工股份有限公司、云岫船舶有限公司等企业，储能电池产业集聚了禾丰电气有限公司等企业。",
        relations: [
          { type: "cluster_enterprise", source: "海洋装备", target: "云岫船舶有限公司" },
          { type: "cluster_enterprise", source: "储能电池", target: "禾丰电气有限公司" },
        ],
      },
      {
        // Across a comma the industry must open its clause: the zone, not its industry, brought the firms in.
        text: "青禾经济开发区主导产业为海洋装备和储能电池，先后引进星澜重工有限公司、云岫电气有限公司等项目。",
        absentRelations: [{ type: "cluster_enterprise", source: "储能电池", target: "星澜重工有限公司" }],
      },
    ],
  },
  {
    id: "item:cluster",
    stage: "relations",
    produces: ["cluster_enterprise"],
    confidence: 0.55,
    description:
      "a numbered item or line headed by an industry alone (2.某产业。…): the firms it lists are that industry's",
    examples: [
      {
        text: "1.海洋装备产业。依托星澜重工股份有限公司等龙头企业，发展整机。\n2.储能电池产业。支持禾丰电气有限公司、云岫能源科技有限公司做大做强。\n",
        relations: [{ type: "cluster_enterprise", source: "储能电池", target: "云岫能源科技有限公司" }],
      },
    ],
  },
  {
    id: "bracket:platform-host",
    stage: "relations",
    produces: ["enterprise_platform"],
    confidence: 0.75,
    description:
      "a bracket right after a platform that holds one firm and nothing else but a host label (甲中心（依托单位：乙公司）, 甲中心（乙公司）): the firm hosts the platform",
    examples: [
      {
        text: "新认定青禾海洋装备工程技术研究中心（澄湖重工股份有限公司）、青禾智能传感工程技术研究中心（依托单位：星澜科技有限公司）等省级平台。",
        relations: [
          { type: "enterprise_platform", source: "澄湖重工股份有限公司", target: "青禾海洋装备工程技术研究中心" },
          { type: "enterprise_platform", source: "星澜科技有限公司", target: "青禾智能传感工程技术研究中心" },
        ],
      },
    ],
  },
  {
    id: "cue:firm-builds",
    stage: "relations",
    produces: ["enterprise_platform"],
    confidence: 0.7,
    description:
      "(由)甲牵头建设的乙 / 甲组建了乙 / 支持甲建设乙 / 甲旗下的乙 / 甲、乙等N家企业共同出资建设的丙: a firm (or a list of firms) opening the clause builds or owns the platform; also 该企业 (the firm named last) or a subjectless 建有/拥有 clause after the firm opening the sentence",
    examples: [
      {
        text: "星澜重工股份有限公司组建了青禾海洋装备工程技术研究中心。",
        relations: [
          { type: "enterprise_platform", source: "星澜重工股份有限公司", target: "青禾海洋装备工程技术研究中心" },
        ],
      },
      {
        // A zone working through a firm (开发区依托甲建成乙): the firm builds it.
        text: "青禾经济开发区依托星澜重工有限公司建成了海洋装备工程研究中心。",
        relations: [{ type: "enterprise_platform", source: "星澜重工有限公司", target: "海洋装备工程研究中心" }],
      },
      {
        // A zone profile places the firm first (园区内的甲建有乙).
        text: "园区内的星澜重工股份有限公司建有江苏省海洋装备中试基地。",
        relations: [{ type: "enterprise_platform", source: "星澜重工股份有限公司", target: "江苏省海洋装备中试基地" }],
      },
      {
        // A list of firms opening the clause, then a joint building verb: each firm builds it.
        text: "青禾大学牵头，岚汐稀土、云岫国瓷、澄湖动力等8家行业领军企业共同出资建设的国家级青禾催化研究院正在建设。",
        relations: [
          { type: "enterprise_platform", source: "岚汐稀土", target: "青禾催化研究院" },
          { type: "enterprise_platform", source: "澄湖动力", target: "青禾催化研究院" },
        ],
      },
      {
        // An amount or a place between the firm and its building verb; a firm referred back to (该企业).
        text: "青禾智能传感股份有限公司投资5亿元建设智能传感研发中心。星澜科技有限公司成立于2010年。近日，该企业获批牵头在嘉兴建设海洋装备工程技术研究中心。",
        relations: [
          { type: "enterprise_platform", source: "青禾智能传感股份有限公司", target: "智能传感研发中心" },
          { type: "enterprise_platform", source: "星澜科技有限公司", target: "海洋装备工程技术研究中心" },
        ],
      },
      {
        // A firm's own unit (旗下/下属), and a clause without subject continuing the firm opening the sentence.
        text: "青禾重工有限公司旗下的储能电池研究院投入使用。星澜科技有限公司成立于2005年，建有智能传感工程技术研究中心。",
        relations: [
          { type: "enterprise_platform", source: "青禾重工有限公司", target: "储能电池研究院" },
          { type: "enterprise_platform", source: "星澜科技有限公司", target: "智能传感工程技术研究中心" },
        ],
      },
    ],
  },
  {
    id: "cue:unveiled-at",
    stage: "relations",
    produces: ["enterprise_platform"],
    confidence: 0.7,
    description:
      "甲公司举行“乙工作站”揭牌仪式 / 乙研究院在甲公司揭牌: a platform unveiled (揭牌/授牌/挂牌) by or at a firm, the two written side by side, is the firm's",
    examples: [
      {
        text: "青禾生物科技有限公司举行“星澜院士工作站”揭牌仪式。",
        relations: [{ type: "enterprise_platform", source: "青禾生物科技有限公司", target: "星澜院士工作站" }],
      },
      {
        text: "云岫海洋装备产业创新研究院在禾丰重工有限公司揭牌。",
        relations: [{ type: "enterprise_platform", source: "禾丰重工有限公司", target: "云岫海洋装备产业创新研究院" }],
      },
    ],
  },
  {
    id: "cue:built-by",
    stage: "relations",
    produces: ["enterprise_platform"],
    confidence: 0.7,
    description:
      "乙中心由甲公司承建/运营/(与丙联合)建立, 乙研究院揭牌，该院由甲集团投资建设, 乙研究院落户甲公司: the platform, then the firm that builds, runs or hosts it",
    examples: [
      {
        text: "星澜储能电池技术创新中心由青松新材料股份有限公司承建。云岫智能传感研究院落户青禾智能传感股份有限公司。",
        relations: [
          { type: "enterprise_platform", source: "青松新材料股份有限公司", target: "星澜储能电池技术创新中心" },
          { type: "enterprise_platform", source: "青禾智能传感股份有限公司", target: "云岫智能传感研究院" },
        ],
      },
      {
        text: "青岚海洋装备研究院正式揭牌，该院由青禾重工有限公司投资建设。",
        relations: [{ type: "enterprise_platform", source: "青禾重工有限公司", target: "青岚海洋装备研究院" }],
      },
      {
        // The platform's own clause (获批, 揭牌) before 由, without a back-reference.
        text: "青岚贵金属实验室于2021年8月获批，由青禾铂业股份有限公司建设。",
        relations: [{ type: "enterprise_platform", source: "青禾铂业股份有限公司", target: "青岚贵金属实验室" }],
      },
      {
        text: "储能电池工程技术研究中心，依托单位为青禾重工有限公司。",
        relations: [{ type: "enterprise_platform", source: "青禾重工有限公司", target: "储能电池工程技术研究中心" }],
      },
    ],
  },
  {
    id: "label:industry-platform",
    stage: "relations",
    produces: ["cluster_platform"],
    confidence: 0.6,
    description:
      "a clause opening with an industry's platform label (储能电池产业创新平台：甲、乙 / 某产业重点平台包括甲、乙), the industry a cluster of the document: the platforms the label lists serve it",
    examples: [
      {
        text: "大力发展储能电池产业。\n储能电池产业创新平台：星澜技术创新中心、青禾研究院。",
        relations: [
          { type: "cluster_platform", source: "储能电池", target: "星澜技术创新中心" },
          { type: "cluster_platform", source: "储能电池", target: "青禾研究院" },
        ],
      },
    ],
  },
  {
    id: "label:industry-park",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.6,
    description:
      "a clause opening with an industry's park label (储能电池产业链重点园区：甲、乙 / 某产业主要载体：甲、乙), the industry a cluster of the document: the parks the label lists host it",
    examples: [
      {
        text: "储能电池产业链重点园区：青禾经济开发区、云岫高新区。",
        relations: [
          { type: "park_cluster", source: "青禾经济开发区", target: "储能电池" },
          { type: "park_cluster", source: "云岫高新区", target: "储能电池" },
        ],
      },
    ],
  },
  {
    id: "park-named:platform",
    stage: "relations",
    produces: ["cluster_platform"],
    confidence: 0.55,
    description:
      "a park whose name carries a cluster of the document, then 拥有/建有/集聚 and a list of platforms (unnamed items may stand between them): the platforms serve that industry",
    examples: [
      {
        text: "大力发展储能电池产业。青禾储能电池产业园拥有星澜技术创新中心、国家企业技术中心、青禾研究院等创新平台。",
        relations: [
          { type: "cluster_platform", source: "储能电池", target: "星澜技术创新中心" },
          { type: "cluster_platform", source: "储能电池", target: "青禾研究院" },
        ],
      },
    ],
  },
  {
    id: "represent:platform",
    stage: "relations",
    produces: ["cluster_platform"],
    confidence: 0.6,
    description:
      "以甲中心、乙研究院为代表的某产业: a list of platforms only, standing for the industry right after 为代表的",
    examples: [
      {
        text: "大力发展储能电池产业。以星澜技术创新中心、青禾研究院为代表的储能电池产业创新体系初步形成。",
        relations: [
          { type: "cluster_platform", source: "储能电池", target: "星澜技术创新中心" },
          { type: "cluster_platform", source: "储能电池", target: "青禾研究院" },
        ],
      },
    ],
  },
  {
    id: "serve:platform",
    stage: "relations",
    produces: ["cluster_platform"],
    confidence: 0.5,
    description:
      "a sentence about ONE platform — named in it, or referred back to at its start (该研究院…, 组建该中心旨在…, 目前，研究院正…: the nearest platform before ending in those words) — that names one industry after a serving verb in the same clause (推动/服务/支撑/助力/带动/加速/促进/引领/赋能…某产业): the platform serves that industry",
    examples: [
      {
        text: "青禾材料研究院去年揭牌。该研究院将聚焦关键材料攻关，推动储能电池产业高质量发展。",
        relations: [{ type: "cluster_platform", source: "储能电池", target: "青禾材料研究院" }],
      },
      {
        text: "云岫共性技术研究中心建成后，将有力支撑全市海洋装备产业转型升级。",
        relations: [{ type: "cluster_platform", source: "海洋装备", target: "云岫共性技术研究中心" }],
      },
    ],
  },
  {
    id: "table:row",
    stage: "relations",
    produces: ["enterprise_platform", "park_enterprise", "park_cluster", "cluster_enterprise", "cluster_platform"],
    confidence: 0.7,
    description:
      "a name list as a table (序号 | 企业 | 平台 | 所在园区), also copied one cell per line under its header (序号 | / 实验室名称 | / 依托单位 | / 1 | / …): a row whose cells are names ties its one owner (firm, park, industry; joint hosts listed in one cell) to the others; a row holding a platform gives no cluster_enterprise (the field is the platform's)",
    examples: [
      {
        text: "附件：重点实验室名单\n序号 |\n实验室名称 |\n依托单位 |\n1 |\n青禾海洋装备重点实验室 |\n星澜重工股份有限公司 |\n2 |\n云岫储能材料重点实验室 |\n禾丰电气有限公司 |\n",
        relations: [
          { type: "enterprise_platform", source: "星澜重工股份有限公司", target: "青禾海洋装备重点实验室" },
          { type: "enterprise_platform", source: "禾丰电气有限公司", target: "云岫储能材料重点实验室" },
        ],
      },
      {
        text: "序号\t企业名称\t技术中心名称\t所在园区\n1\t星澜重工股份有限公司\t青禾海洋装备工程技术研究中心\t云岫经济开发区\n2\t禾丰电气有限公司\t海川储能技术研究院\t青禾高新技术产业开发区\n",
        relations: [
          { type: "enterprise_platform", source: "星澜重工股份有限公司", target: "青禾海洋装备工程技术研究中心" },
          { type: "park_enterprise", source: "青禾高新技术产业开发区", target: "禾丰电气有限公司" },
        ],
      },
      {
        // A platform's row: its field serves the platform; the host firm is not thereby the industry's.
        text: "序号|平台名称|依托单位|服务领域\n1|青禾海洋装备创新中心|星澜重工有限公司|海洋装备\n2|云岫储能技术研究院|禾丰电气有限公司|储能电池\n",
        relations: [{ type: "cluster_platform", source: "储能电池", target: "云岫储能技术研究院" }],
        absentRelations: [{ type: "cluster_enterprise", source: "储能电池", target: "禾丰电气有限公司" }],
      },
      {
        // a list in the row's last cell ends at the cell's bar, not at the line's end
        text: "| 产业 | 重点企业 |\n| --- | --- |\n| 海洋装备 | 星澜重工、云岫能源 |\n| 储能电池 | 禾丰电气 |\n",
        relations: [{ type: "cluster_enterprise", source: "海洋装备", target: "云岫能源" }],
      },
      {
        text: "| 产业链 | 链主企业 | 所在园区 |\n| --- | --- | --- |\n| 海洋装备 | 星澜重工 | 青禾经开区 |\n| 储能电池 | 云岫能源、禾丰电气 | 海川高新区 |\n| 数字文娱(动漫领域) | 云岫动漫 | 海川高新区 |\n",
        relations: [
          { type: "cluster_enterprise", source: "储能电池", target: "禾丰电气" },
          { type: "park_cluster", source: "青禾经开区", target: "海洋装备" },
          { type: "park_enterprise", source: "海川高新区", target: "云岫能源" },
          // A short bracketed qualifier after the name leaves the cell a name cell.
          { type: "cluster_enterprise", source: "数字文娱", target: "云岫动漫" },
        ],
      },
      {
        // Copied one cell per line (or split by spaces): the rows of table-cells.ts; a park cell is no heading.
        text: "序号\n企业名称\n所在园区\n所属产业\n1\n青禾重工有限公司\n云岫经济开发区\n海洋装备\n2\n禾丰电气股份有限公司\n星澜高新区\n储能电池\n",
        relations: [
          { type: "park_enterprise", source: "星澜高新区", target: "禾丰电气股份有限公司" },
          { type: "cluster_enterprise", source: "海洋装备", target: "青禾重工有限公司" },
        ],
        absentRelations: [{ type: "park_enterprise", source: "云岫经济开发区", target: "禾丰电气股份有限公司" }],
      },
      {
        // A university listed among the hosts (none of the five types) leaves the cell a name cell.
        text: "序号 |\n中心名称 |\n依托单位 |\n1 |\n储能电池工程技术研究中心 |\n云岫大学、青禾能源有限公司、禾丰电气有限公司 |\n2 |\n海洋装备工程技术研究中心 |\n星澜重工有限公司 |\n",
        relations: [
          { type: "enterprise_platform", source: "青禾能源有限公司", target: "储能电池工程技术研究中心" },
          { type: "enterprise_platform", source: "禾丰电气有限公司", target: "储能电池工程技术研究中心" },
        ],
      },
    ],
  },
  {
    id: "head:park-list",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.7,
    description: "parks enumerated under a head naming an industry's parks (甲园区、乙产业园两个X产业园区) host X",
    examples: [
      {
        text: "重点发展海洋装备产业。加快南部青禾智造产业园、北部云岫科技园两个海洋装备产业园区建设。",
        relations: [{ type: "park_cluster", source: "云岫科技园", target: "海洋装备" }],
      },
    ],
  },
  {
    id: "role:cluster-lead",
    stage: "relations",
    produces: ["cluster_enterprise"],
    confidence: 0.7,
    description:
      "作为某产业的链主企业，甲… / 某产业龙头(重点)企业甲、乙 / 甲(与乙)是某产业的龙头企业(“头雁”/排头兵…) / 某产业“铁三角”——甲、乙 / 以甲为链主的某产业 / 以甲为链主，做强某产业链: the firms next to an industry's role phrase, or the subject of a copula before it, lead it",
    examples: [
      {
        text: "近日，星澜储能科技有限公司二期项目投产。作为园区储能电池产业的链主企业，星澜储能科技有限公司将带动上下游企业集聚。",
        relations: [{ type: "cluster_enterprise", source: "储能电池", target: "星澜储能科技有限公司" }],
      },
      {
        // each industry of the list is named with its lead firm (the first pair is list:cluster's)
        text: "青禾市集中力量培育以禾丰集团为链主的海洋传感、以云岫科技为链主的滑雪器材等优势产业。",
        relations: [{ type: "cluster_enterprise", source: "滑雪器材", target: "云岫科技" }],
      },
      {
        // 以甲为链主(龙头)，then a verb that builds the industry the next clause names (做强/打造/延伸…)
        text: "以星澜汽车集团为龙头，打造海洋装备产业集群，配套发展智能传感产业。",
        relations: [{ type: "cluster_enterprise", source: "海洋装备", target: "星澜汽车集团" }],
      },
      {
        // 链主 written straight after 产业链 (某产业链主企业甲)
        text: "储能电池产业链主企业青岚科技股份有限公司，带动配套企业集聚。",
        relations: [{ type: "cluster_enterprise", source: "储能电池", target: "青岚科技股份有限公司" }],
      },
      {
        // 重点/核心企业 after an industry names its firms like 龙头企业
        text: "打造储能电池产业集群。储能电池产业链重点企业青岚科技股份有限公司、禾丰新材料有限公司加快扩产。",
        relations: [{ type: "cluster_enterprise", source: "储能电池", target: "禾丰新材料有限公司" }],
      },
      {
        // the role word heads every firm of the run, not the first alone
        text: "智能传感产业龙头企业青岚科技股份有限公司、禾丰新材料有限公司加快扩产。",
        relations: [{ type: "cluster_enterprise", source: "智能传感", target: "禾丰新材料有限公司" }],
      },
      {
        // the firms a copula makes the role's holders, the role figurative and quoted
        text: "园区重点发展储能电池产业和生物医药产业。在园区，青禾科技有限公司与澄宇集团正是储能电池产业的“头雁”。",
        relations: [{ type: "cluster_enterprise", source: "储能电池", target: "澄宇集团" }],
      },
    ],
  },
];
