// Responsibility statements outside brackets and tables (relations-units.ts). Invented names only.
import type { Rule } from "../registry.ts";

export const UNIT_RULES: readonly Rule[] = [
  {
    id: "dept:established",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.65,
    description:
      "a working group or office the text says was set up (成立了某某领导小组 / 服务小组 / 指挥部 / 办公室, also after 以…为组长的 or 直属…的), named without a level or place; four characters at least before the group word, none generic (专项, 相应, 工作…)",
    examples: [
      {
        text: "为推进项目建设，专门成立了青禾新区储能电池产业推进工作领导小组，统筹协调。",
        entities: [{ type: "department", name: "青禾新区储能电池产业推进工作领导小组" }],
      },
      {
        text: "今年成立了以分管副市长为组长的海洋装备产业链服务小组，并组建专项工作小组。",
        entities: [{ type: "department", name: "海洋装备产业链服务小组" }],
        absent: [{ type: "department", name: "专项工作小组" }],
      },
    ],
  },
  {
    id: "dept:task-force",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.7,
    description:
      "a named working group (guide: 工作专班 are departments): 某某专班 / 某某工作专班, its name running left from 专班 to punctuation or a verb (建立/凭借/开展…); a bare 专班 or 工作专班 is generic",
    examples: [
      {
        text: "聚焦海洋装备等八条产业链条，建立链长制工作专班。分管领导凭借低空经济专班经验签约项目。积极开展“百亿专班”攻坚。各专班要加强协作。",
        entities: [
          { type: "department", name: "链长制工作专班" },
          { type: "department", name: "低空经济专班" },
          { type: "department", name: "百亿专班" },
        ],
      },
      {
        // 发挥 acts on the group; a counted group (一个专班) is no name.
        text: "充分发挥青岚项目推进专班作用，一个专班负责一个项目。",
        entities: [{ type: "department", name: "青岚项目推进专班" }],
        absent: [
          { type: "department", name: "充分发挥青岚项目推进专班" },
          { type: "department", name: "一个专班" },
        ],
      },
    ],
  },
  {
    id: "dept:unit-cell",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.7,
    description:
      "a line of nothing but units (each as a unit list's item would be, a company allowed beside them, a closing 等各部门 dropped) in a document whose task table has its responsibility column header (责任部门, 牵头单位) alone on a line: a cell of that column copied one cell per line",
    examples: [
      {
        text: "序号\n重点工作任务\n责任部门\n完成期限\n1\n建设云岫智造产业园。\n经济发展局、科技中心\n持续推进",
        entities: [
          { type: "department", name: "经济发展局" },
          { type: "department", name: "科技中心" },
        ],
      },
      {
        // A closing catch-all (…等各部门) is not part of the last unit.
        text: "序号\n重点工作任务\n责任部门\n完成期限\n1\n建设云岫智造产业园。\n建设管理局、云岫投资公司等各部门\n持续推进",
        entities: [{ type: "department", name: "建设管理局" }],
      },
    ],
  },
  {
    id: "dept:unit-list",
    stage: "candidates",
    produces: ["department"],
    confidence: 0.7,
    description:
      "an item of a responsible-unit list (牵头/责任单位：…, （…负责）) that is a public agency (市…中心 or a bare …中心, not a platform's 技术/创新/研究 centre), a mass organisation (区妇联, 工商联), 人民银行, or a body named bare on a body suffix (财政局, 人才办, 规划处; labels 单位/部门 and a body's 科室/处室); a trailing note in brackets is dropped; generic zone bodies (开发区管委) are not",
    examples: [
      {
        text: "4.建设青禾数据平台。（牵头单位：市大数据中心；责任单位：区妇联、区人才发展中心）",
        entities: [
          { type: "department", name: "市大数据中心" },
          { type: "department", name: "区人才发展中心" },
        ],
      },
      {
        text: "1.落实减负政策。\n责任单位：财政局、人才办、金融发展服务中心、服务业局、工商联(列第一位者为牵头单位)\n2.兑现政策。\n责任单位：税务局、人民银行",
        entities: [
          { type: "department", name: "人才办" },
          { type: "department", name: "服务业局" },
          { type: "department", name: "工商联" },
          { type: "department", name: "人民银行" },
        ],
      },
      {
        // Inside one body the units are its offices: 牵头处室 / 配合科室 and a bare …处.
        text: "2.建设青禾数据平台。（牵头处室：科技发展处；配合处室：规划处）",
        entities: [
          { type: "department", name: "科技发展处" },
          { type: "department", name: "规划处" },
        ],
      },
    ],
  },
  {
    id: "measure:by-unit",
    stage: "relations",
    produces: ["department_responsible"],
    confidence: 0.7,
    description:
      "由甲局、乙局负责/牵头 (or a clause that is only units and 牵头/负责) closing a measure, on its own line under the numbered task or at the end of its line: the units answer for what the measure names; units after 配合/协同 do not",
    examples: [
      {
        text: "1.集中抓好工业重点项目。推进青禾智造产业园建设，支持云岫能源有限公司扩产。\n由市发改委、商务局负责。\n2.培育海洋装备产业集群。由市工信局牵头，市财政局配合。",
        relations: [
          { type: "department_responsible", source: "市商务局", target: "青禾智造产业园" },
          { type: "department_responsible", source: "市发改委", target: "云岫能源有限公司" },
        ],
      },
      {
        text: "3.推进青禾智造产业园建设。市发改委、市商务局牵头，市财政局配合。",
        relations: [{ type: "department_responsible", source: "市商务局", target: "青禾智造产业园" }],
      },
    ],
  },
  {
    id: "table:headerless-row",
    stage: "relations",
    produces: ["department_responsible"],
    confidence: 0.65,
    description:
      "a task-table row copied without its header row (no responsibility header or label anywhere in the text): number | task | cells of nothing but units, split by tabs or bars (or single spaces after the number) or one cell per line; the units of those cells answer for the entities of the task cell",
    examples: [
      {
        text: "10\t推动青禾高新区建设智能传感产业园\t市工业和信息化局\t青禾高新区管委会\t持续推进",
        relations: [
          { type: "department_responsible", source: "市工业和信息化局", target: "智能传感产业园" },
          { type: "department_responsible", source: "青禾高新区管委会", target: "青禾高新区" },
        ],
      },
      {
        text: "12\n培育储能电池产业链，引导云岫能源股份有限公司带动上下游配套\n市工信局\n市科技局、市商务局\n2025年底前",
        relations: [
          { type: "department_responsible", source: "市工信局", target: "云岫能源股份有限公司" },
          { type: "department_responsible", source: "市商务局", target: "储能电池" },
        ],
      },
      {
        // A PDF copy splits the row by single spaces after its number.
        text: "3 推进青禾物流园扩容提质 市交通运输局 青禾区政府",
        relations: [{ type: "department_responsible", source: "青禾区政府", target: "青禾物流园" }],
      },
    ],
  },
  {
    id: "measure:unit-tail",
    stage: "relations",
    produces: ["department_responsible"],
    confidence: 0.65,
    description:
      "units closing a task with no label, after its line's last sentence end (a task list printed from a table's last column: …扩产。市发改委、市工信局、各县（市、区）政府) or in a bracket next to the sentence end (…扩产。（市发改委、工信局、某集团）): each department answers for what the task names, back to its number; a tail with anything but units, catch-alls and a few unknown short items is prose",
    examples: [
      {
        text: "1.推进青禾智造产业园建设，支持云岫能源有限公司扩产。市发展改革委、市商务局、各县（市、区）人民政府\n2.培育海洋装备产业集群。市发展改革委、市财政局等部门要加强协作。",
        relations: [
          { type: "department_responsible", source: "市商务局", target: "青禾智造产业园" },
          { type: "department_responsible", source: "市发展改革委", target: "云岫能源有限公司" },
        ],
      },
      {
        text: "?培育海洋装备产业集群，建设海洋装备创新中心。(市工业和信息化局、科技局、星澜集团,各县〔市、区〕政府)\n?支持云岫能源有限公司扩产（市发展改革委、市商务局）。",
        relations: [
          { type: "department_responsible", source: "市科技局", target: "海洋装备创新中心" },
          { type: "department_responsible", source: "市商务局", target: "云岫能源有限公司" },
        ],
      },
    ],
  },
];
