// Relation rules added for text nobody tuned the extractor on (issue 11): the
// sentence's topic industry, the industry a paragraph or ordinal item opens with
// (relations-item-topic.ts) and unbracketed responsibility labels. Invented names only.
import type { Rule } from "../registry.ts";

export const TOPIC_RELATION_RULES: readonly Rule[] = [
  {
    id: "topic:cluster",
    stage: "relations",
    produces: ["cluster_enterprise"],
    confidence: 0.6,
    description:
      "在某产业上，以甲、乙为龙头 / 某产业领域，甲、乙等企业…: the industry the sentence opens with as its topic owns the firms listed after it — not a run closed as projects (甲、乙等一批配套项目), nor two industries joined (在甲和乙产业方面，)",
    examples: [
      {
        text: "储能电池产业领域，禾丰电气有限公司、云岫能源科技有限公司等企业发展迅速。",
        relations: [
          { type: "cluster_enterprise", source: "储能电池", target: "禾丰电气有限公司" },
          { type: "cluster_enterprise", source: "储能电池", target: "云岫能源科技有限公司" },
        ],
      },
    ],
  },
  {
    id: "item:topic-firms",
    stage: "relations",
    produces: ["cluster_enterprise"],
    confidence: 0.55,
    description:
      "a paragraph or ordinal item that opens by naming ONE industry (二是某产业。/首先是某产业。/（三）某产业集群：/在某产业方面，/在某产业， with its industry word/a heading line 某产业 over its paragraph) owns the firms listed after it up to the next ordinal marker, heading or blank line — firms in a firm-list context (等企业/两大龙头企业/一批公司落户/投产/引进/依托), not a project run, and not where the list's own clause names another industry (以甲为代表的乙产业); not two industries joined (甲和乙产业方面)",
    examples: [
      {
        text: "一是海洋装备产业。海洋装备是青禾的传统产业。\n二是储能电池产业。储能电池是青禾的新兴产业，近年来增长迅速。禾丰电气有限公司、云岫能源科技有限公司等企业已在园区投产。\n",
        relations: [
          { type: "cluster_enterprise", source: "储能电池", target: "禾丰电气有限公司" },
          { type: "cluster_enterprise", source: "储能电池", target: "云岫能源科技有限公司" },
        ],
      },
      {
        text: "在海洋装备产业，产能也在不断提升。围绕关键部件等重点环节，青禾区已集聚禾丰重工、云岫海工等一批企业协同发展。",
        relations: [
          { type: "cluster_enterprise", source: "海洋装备", target: "禾丰重工" },
          { type: "cluster_enterprise", source: "海洋装备", target: "云岫海工" },
        ],
      },
      {
        text: "青禾经开区已形成储能电池、海洋装备两大主导产业。\n储能电池产业\n形成以电芯、模组为主的细分领域，拥有禾丰电气有限公司、云岫能源科技有限公司等一批国内外优势企业。\n",
        relations: [
          { type: "cluster_enterprise", source: "储能电池", target: "禾丰电气有限公司" },
          { type: "cluster_enterprise", source: "储能电池", target: "云岫能源科技有限公司" },
        ],
      },
    ],
  },
  {
    id: "item:topic-parks",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.55,
    description:
      "named parks that a paragraph or ordinal item about ONE industry builds or hosts (首先是某产业。…加快建设甲产业园、乙产业园…; a heading line 某产业 over 主要集中在甲园区): the run of parks right after a build/host verb (建设/打造/规划/依托/集中在/位于…), in a sentence naming no other industry",
    examples: [
      {
        text: "首先是储能电池产业。储能电池是青禾的支柱产业，去年产值突破千亿元。我们将加快建设禾丰储能产业园、云岫新能源产业园两大园区。\n",
        relations: [
          { type: "park_cluster", source: "禾丰储能产业园", target: "储能电池" },
          { type: "park_cluster", source: "云岫新能源产业园", target: "储能电池" },
        ],
      },
    ],
  },
  {
    id: "label:responsible",
    stage: "relations",
    produces: ["department_responsible"],
    confidence: 0.7,
    description:
      "an unbracketed 牵头单位：/责任单位：/牵头科室：/配合单位： label closing a numbered task or on the lines under it, or above a task row of its card (主要任务：…) (blank lines and the task's other labelled rows skipped; a unit list ending in 、 or a comma goes on to the next line): its responsible departments (not the 配合 ones) answer for the task's entities",
    examples: [
      {
        // A task card naming its units first and its task in the row under them.
        text: "牵头单位：市商务局\n责任单位：市发改委、青禾经开区管委会\n主要任务：推动青禾综合保税区建设，引进云岫供应链有限公司。",
        relations: [
          { type: "department_responsible", source: "市商务局", target: "青禾综合保税区" },
          { type: "department_responsible", source: "青禾经开区管委会", target: "云岫供应链有限公司" },
        ],
      },
      {
        // A unit list wrapped onto the next line.
        text: "（一）推进青禾智造产业园建设。\n牵头单位：市工信局、\n市发改委\n（二）支持云岫能源有限公司扩产。\n",
        relations: [{ type: "department_responsible", source: "市发改委", target: "青禾智造产业园" }],
        absentRelations: [{ type: "department_responsible", source: "市发改委", target: "云岫能源有限公司" }],
      },
      {
        text: "三、重点任务\n1.支持禾丰电气有限公司建设储能电池中试基地。责任单位：市工业和信息化局、市科技局。\n2.推进云岫新材料产业园建设。\n牵头单位：市发展改革委\n配合单位：市商务局\n完成时限：2025年底\n",
        relations: [
          { type: "department_responsible", source: "市科技局", target: "禾丰电气有限公司" },
          { type: "department_responsible", source: "市发展改革委", target: "云岫新材料产业园" },
        ],
      },
      {
        // A web copy with a blank line between every two lines, a leader row above the units,
        // and a body's own office as the unit (牵头科室).
        text: "1、推进云岫新材料产业园建设。\n\n分管领导：张三\n\n牵头科室：经济运行办公室\n\n2、培育储能电池产业。\n\n责任单位：市工业和信息化局\n",
        relations: [
          { type: "department_responsible", source: "经济运行办公室", target: "云岫新材料产业园" },
          { type: "department_responsible", source: "市工业和信息化局", target: "储能电池" },
        ],
      },
      {
        // Unnumbered and spaced: the one paragraph above the units is the task, not the prose before it.
        text: "推进云岫新材料产业园建设。\n\n培育海洋装备产业集群。\n\n责任单位：市工业和信息化局\n",
        relations: [{ type: "department_responsible", source: "市工业和信息化局", target: "海洋装备" }],
        absentRelations: [{ type: "department_responsible", source: "市工业和信息化局", target: "云岫新材料产业园" }],
      },
      {
        // Units under the last of sub-items none of which names its own close their group, up to the heading.
        text: "一、重点任务\n（一）壮大产业园区\n1.加快青禾智造产业园建设。\n2.推动云岫工业园区扩区。\n责任单位：市发改委、市工信局\n",
        relations: [{ type: "department_responsible", source: "市工信局", target: "青禾智造产业园" }],
      },
    ],
  },
];
