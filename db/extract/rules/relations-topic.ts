// Relation rules added for text nobody tuned the extractor on (issue 11): the
// sentence's topic industry and unbracketed responsibility labels. Invented names only.
import type { Rule } from "../registry.ts";

export const TOPIC_RELATION_RULES: readonly Rule[] = [
  {
    id: "topic:cluster",
    stage: "relations",
    produces: ["cluster_enterprise"],
    confidence: 0.6,
    description:
      "在某产业上，以甲、乙为龙头 / 某产业领域，甲、乙等企业…: the industry the sentence opens with as its topic owns the firms listed after it — not a run closed as projects (甲、乙等一批配套项目)",
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
    id: "label:responsible",
    stage: "relations",
    produces: ["department_responsible"],
    confidence: 0.7,
    description:
      "an unbracketed 牵头单位：/责任单位：/配合单位： label closing a numbered task or on the lines under it: its responsible departments (not the 配合 ones) answer for the task's entities",
    examples: [
      {
        text: "三、重点任务\n1.支持禾丰电气有限公司建设储能电池中试基地。责任单位：市工业和信息化局、市科技局。\n2.推进云岫新材料产业园建设。\n牵头单位：市发展改革委\n配合单位：市商务局\n完成时限：2025年底\n",
        relations: [
          { type: "department_responsible", source: "市科技局", target: "禾丰电气有限公司" },
          { type: "department_responsible", source: "市发展改革委", target: "云岫新材料产业园" },
        ],
      },
    ],
  },
];
