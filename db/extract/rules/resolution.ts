// Resolution rules: further mentions of entities other rules found. They give
// no confidence of their own (the entity keeps its finder's).
import type { Rule } from "../registry.ts";

export const RESOLUTION_RULES: readonly Rule[] = [
  {
    id: "gazetteer",
    stage: "resolution",
    produces: ["cluster", "park", "platform", "enterprise", "department"],
    confidence: null,
    description: "every further occurrence of a found entity's written forms (flat: never inside another mention)",
    examples: [
      {
        text: "重点发展海洋装备、储能电池等产业。海洋装备企业达到30家。",
        entities: [{ type: "cluster", name: "海洋装备" }],
      },
    ],
  },
  {
    id: "alias:short-form",
    stage: "resolution",
    produces: ["enterprise"],
    confidence: null,
    description: "an enterprise's name without 集团/有限公司 where it stands alone (星澜集团 … 星澜)",
    examples: [
      {
        text: "星澜控股集团落户园区。星澜打造绿色标杆。",
        entities: [{ type: "enterprise", name: "星澜控股集团" }],
      },
    ],
  },
  {
    id: "back-reference:zone",
    stage: "resolution",
    produces: ["park"],
    confidence: null,
    description: "a bare 开发区/高新区/经开区 after the one zone of that kind the document names",
    examples: [
      {
        text: "青禾经济开发区位于城北。目前，开发区入驻企业达到86家。",
        entities: [{ type: "park", name: "青禾经济开发区" }],
      },
    ],
  },
];
