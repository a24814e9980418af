// Lead units of an industry (relations-chain-lead.ts): 链长制 labels, tasks about an industry
// alone, lead verbs in prose. Invented names only.
import type { Rule } from "../registry.ts";

export const CHAIN_LEAD_RULES: readonly Rule[] = [
  {
    id: "table:lead-cell",
    stage: "candidates",
    produces: ["cluster", "enterprise"],
    confidence: 0.75,
    description:
      "a lead table (header with 牵头/责任单位 and 产业链 or 链主企业 columns; or a numbered firm list with an industry or park column) copied one cell per line or split by single spaces: a bare cell under the industry column is a cluster, cells under a firm column are firms (tab/bar tables are table:column's)",
    examples: [
      {
        text: "序号\n产业链\n链长\n链主企业\n牵头部门\n1\n海洋装备\n张三\n星澜重工\n市工业和信息化局\n2\n储能电池\n李四\n云岫能源、禾丰电气\n市发展改革委\n",
        entities: [
          { type: "cluster", name: "海洋装备" },
          { type: "cluster", name: "储能电池" },
          { type: "enterprise", name: "禾丰电气" },
        ],
      },
      {
        text: "产业链 链长 牵头单位 配合单位\n海洋装备 张三 市工业和信息化局 市科技局\n储能电池 李四 市发展改革委 市商务局\n",
        entities: [{ type: "cluster", name: "储能电池" }],
      },
      {
        // No responsibility column: a numbered firm list with a park or industry column is a table too.
        text: "序号 企业名称 所在园区 所属产业\n1 青禾重工有限公司 云岫经济开发区 海洋装备\n2 禾丰电气股份有限公司 星澜高新区 储能电池\n",
        entities: [{ type: "cluster", name: "海洋装备" }],
      },
    ],
  },
  {
    id: "chain:lead-label",
    stage: "relations",
    produces: ["department_cluster"],
    confidence: 0.75,
    description:
      "a lead label (牵头单位/牵头部门/责任单位 with a colon or a space) after an industry head (乙产业链：…, 乙产业链（链长：…；牵头部门：…）, 5.培育乙产业集群。责任单位：…) or under a heading line that is only the industry: the units lead that industry; assisting labels give nothing",
    examples: [
      {
        text: "（一）海洋装备产业链：牵头单位 市工业和信息化局，配合单位 市科技局。\n（二）储能电池产业链（链长：张三；牵头部门：市发展改革委）\n（三）智能传感产业链\n链长：李四\n牵头单位：市商务局\n",
        relations: [
          { type: "department_cluster", source: "市工业和信息化局", target: "海洋装备" },
          { type: "department_cluster", source: "市发展改革委", target: "储能电池" },
          { type: "department_cluster", source: "市商务局", target: "智能传感" },
        ],
      },
      {
        // A chain section of many labelled lines; a heading sentence followed only by labelled clauses.
        text: "一、储能电池产业链\n链长：副市长\n链主企业：星澜新能源有限公司\n重点平台：青禾储能技术创新中心\n重点园区：云岫经济开发区\n牵头部门：市工业和信息化局\n（二）海洋装备产业链。重点企业：青松船舶有限公司。重点园区：星澜临港经济开发区。牵头部门：市海洋发展局。",
        relations: [
          { type: "department_cluster", source: "市工业和信息化局", target: "储能电池" },
          { type: "department_cluster", source: "市海洋发展局", target: "海洋装备" },
        ],
      },
      {
        // Any run of 建链/延链/补链/强链… after the industry is still a task about the industry alone.
        text: "推进储能电池产业链建链延链补链强链，牵头单位：市工业和信息化局。",
        relations: [{ type: "department_cluster", source: "市工业和信息化局", target: "储能电池" }],
      },
    ],
  },
  {
    id: "chain:lead-task",
    stage: "relations",
    produces: ["department_cluster"],
    confidence: 0.7,
    description:
      "a responsibility bracket closing a task whose whole object is an industry (3.培育乙产业集群。（甲局牵头，丙局配合）): the responsible units lead it",
    examples: [
      {
        text: "3.培育储能电池产业集群。（市科技局牵头，市财政局配合）\n4.推进青禾智造产业园建设。（市工信局负责）",
        relations: [{ type: "department_cluster", source: "市科技局", target: "储能电池" }],
      },
    ],
  },
  {
    id: "chain:lead-verb",
    stage: "relations",
    produces: ["department_cluster"],
    confidence: 0.7,
    description:
      "lead verbs in prose whose object is an industry alone: 由甲局牵头推进乙产业链, 乙产业链由甲局牵头, 甲局牵头抓乙产业, 2.培育乙产业集群。由甲局牵头 (not 甲局负责组织乙企业…)",
    examples: [
      {
        text: "由市发展改革委牵头推进智能传感产业链，市商务局配合。海洋装备产业链由市工业和信息化局牵头。市科技局负责组织储能电池企业开展技术攻关。",
        relations: [
          { type: "department_cluster", source: "市发展改革委", target: "智能传感" },
          { type: "department_cluster", source: "市工业和信息化局", target: "海洋装备" },
        ],
      },
    ],
  },
  {
    id: "chain:lead-pair",
    stage: "relations",
    produces: ["department_cluster"],
    confidence: 0.7,
    description:
      "a line or ；-clause that is only an industry and its units (乙产业链（甲局）, 乙产业链——甲局、丙局, 乙产业链 甲局) or only units and their industries (甲局：乙产业链、丙产业链), as a list of chains and lead units prints them",
    examples: [
      {
        text: "各产业链牵头部门\n1.海洋装备产业链（市工业和信息化局）\n2.储能电池产业链——市发展改革委、市科技局\n市商务局：智能传感、云母显示产业链。\n",
        relations: [
          { type: "department_cluster", source: "市工业和信息化局", target: "海洋装备" },
          { type: "department_cluster", source: "市科技局", target: "储能电池" },
          { type: "department_cluster", source: "市商务局", target: "云母显示" },
        ],
      },
    ],
  },
];
