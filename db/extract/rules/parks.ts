// Park form rules (park-forms.ts): named bases and zones named only by their
// short form. Examples use invented names; registry.test.ts runs them.
import type { Rule } from "../registry.ts";

export const PARK_RULES: readonly Rule[] = [
  {
    id: "base:named",
    stage: "candidates",
    produces: ["park"],
    confidence: 0.8,
    description:
      "a base (…基地, …产业基地, …示范基地, …研发生产基地) headed by a proper name — a place or a brand the tagger does not know; a base of a generic industry, a region or a quoted programme is an aim or a title",
    examples: [
      {
        text: "湖北云岫米业基地年加工稻谷十万吨。",
        entities: [{ type: "park", name: "湖北云岫米业基地" }],
      },
      {
        text: "加快建设装备制造基地和长三角智能装备产业基地。",
        absent: [
          { type: "park", name: "装备制造基地" },
          { type: "park", name: "长三角智能装备产业基地" },
        ],
      },
    ],
  },
  {
    id: "park:short-zone",
    stage: "candidates",
    produces: ["park"],
    confidence: 0.7,
    description:
      "a zone the document names only by its short form (高区, 经区), standing as a word at least twice, when no zone of that kind is named in full",
    examples: [
      {
        text: "一年来，高区紧紧围绕高质量发展主线。以高区为核心，推进一区多园建设。",
        entities: [{ type: "park", name: "高区" }],
      },
    ],
  },
];
