// Relations to the zone a plan opens with (relations-zone.ts), for documents with no
// title line and several parks named. Invented names only.
import type { Rule } from "../registry.ts";

const PLAN =
  "青禾高新区是国家级高新区，青禾高新区下辖云岫产业园、星澜科技城。\n青禾高新区坚持创新驱动。云岫产业园面积3平方公里。\n";

export const ZONE_RELATION_RULES: readonly Rule[] = [
  {
    id: "lead:zone",
    stage: "relations",
    produces: ["park_enterprise"],
    confidence: 0.6,
    alsoConfidence: [{ value: 0.55, when: "a sentence with a zone anaphor and no list (relations-location.ts)" }],
    description:
      "no dominant park or title: firms a sentence brings in (引进/落户/集聚…) or places by 园区/区内/bare 开发区, in a paragraph naming no park, belong to the park the document opens with and names most",
    examples: [
      {
        text: `${PLAN}对外开放实现新突破。引进禾丰电气有限公司、云岫能源科技有限公司等外资企业。\n`,
        relations: [
          { type: "park_enterprise", source: "青禾高新区", target: "禾丰电气有限公司" },
          { type: "park_enterprise", source: "青禾高新区", target: "云岫能源科技有限公司" },
        ],
      },
    ],
  },
  {
    id: "lead:zone-host",
    stage: "relations",
    produces: ["park_cluster"],
    confidence: 0.5,
    description:
      "no dominant park or title: a hosting sentence (重点发展/集聚…) in a paragraph that names no park but opens with or says 园区/区内/bare 开发区: its industries are the lead zone's",
    examples: [
      {
        text: `${PLAN}如今，区内拥有规上企业80家。储能电池产业集聚企业40家，产值超百亿元。\n`,
        relations: [{ type: "park_cluster", source: "青禾高新区", target: "储能电池" }],
      },
    ],
  },
];
