// Enterprise recall rules without a company suffix (firm-subject.ts). Invented names only.
import type { Rule } from "../registry.ts";

export const FIRM_RULES: readonly Rule[] = [
  {
    id: "enterprise:subject-shape",
    stage: "candidates",
    produces: ["enterprise"],
    confidence: 0.55,
    alsoConfidence: [{ value: 0.85, when: "a mention found by a stronger rule" }],
    description:
      "a clause opening with a coined brand (a token the tagger does not know) + a firm word, as its subject (。甲乙生物产销两旺): one firm",
    examples: [
      {
        text: "生物医药产业继续领跑。岚汐生物产销两旺，成为全国最大的原料药生产企业。",
        entities: [{ type: "enterprise", name: "岚汐生物" }],
      },
      {
        // An industry word before the firm word is no brand; a park's name continues past it.
        text: "海洋生物产业加快发展。岚汐生物产业园建成投用。以岚汐生物为龙头。",
        absent: [
          { type: "enterprise", name: "海洋生物" },
          { type: "enterprise", name: "以岚汐生物" },
        ],
      },
    ],
  },
];
