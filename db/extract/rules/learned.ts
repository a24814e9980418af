// The learned layers: the list layer (learned-lists.ts) and the relation proposer (learned-pairs.ts),
// one registry entry each; their examples run with the committed weights of learned-model.json
// (the proposer forced on when training left it disabled).
import { STATED_RELATION_TYPES } from "../../../common/vocabulary.ts";
import type { Rule } from "../registry.ts";

export const LEARNED_RULES: readonly Rule[] = [
  {
    id: "learned:cluster-list",
    stage: "typing",
    produces: ["cluster"],
    confidence: 0.55,
    description:
      "an item of an enumeration that no accepted name covers, when the learned list layer (learned-lists.ts, npm run train) reads the list as one of industries (its cue, head, items and what the rules took of it), in documents of at most 10,000 characters",
    examples: [
      {
        // A counted head after a role item the rules split (以潮汐能为主等…): the layer reads the list and takes the rest.
        text: "青禾市将以打造千亿级湾区产业园为目标，重点培育壮大云母新材料、海工装备制造、以潮汐能为主等三大产业集群。",
        entities: [
          { type: "cluster", name: "云母新材料" },
          { type: "cluster", name: "海工装备制造" },
        ],
      },
      {
        // The list's head the scan left inside the last item (…、丙为支撑的…): the item ends before it.
        text: "青禾经开区初步形成以新材料和高端装备制造为主导,以海洋装备、储能电池、智能传感为支撑的“1+3”产业新体系。",
        entities: [{ type: "cluster", name: "智能传感" }],
      },
    ],
  },
  {
    id: "learned:span",
    stage: "typing",
    produces: ["cluster", "park", "platform", "enterprise", "department"],
    confidence: 0.55,
    description:
      "a span the learned character tagger (learned-spans.ts, npm run train) labels as a name inside one item of an enumeration, where no accepted name covers it, two characters or more, every character's margin at the model's threshold, in documents of at most 5,000 characters",
    examples: [
      {
        // An industry item between two the rules leave untyped (no cue, no head word).
        text: "青禾县主要有海洋装备、纺织鞋服、储能电池加工等。",
        entities: [{ type: "cluster", name: "纺织鞋服" }],
      },
    ],
  },
  {
    id: "list-sibling:platform",
    stage: "typing",
    produces: ["platform"],
    confidence: 0.5,
    description:
      "an item of an enumeration that no accepted name covers, ending in a platform's kind word (…中心, …实验室, …研究院, …平台), when the accepted items beside it are all platforms and at least half the list (list-siblings.ts)",
    examples: [
      {
        // The suffixed sibling types the list; the item's own kind word (…平台) types it as one.
        text: "依托青禾智能传感重点实验室、云岫国际合作平台，推进技术转移。",
        entities: [{ type: "platform", name: "云岫国际合作平台" }],
      },
    ],
  },
  {
    id: "list-sibling:cluster",
    stage: "typing",
    produces: ["cluster"],
    confidence: 0.5,
    description:
      "an item of an enumeration that no accepted name covers, when the accepted items beside it are all clusters (at least half the list) and the item reads as an industry by itself (list-siblings.ts)",
    examples: [
      {
        // Three suffixed industries beside it; the item reads as an industry by itself.
        text: "在智能传感产业、海洋装备产业、储能电池产业、先进复合材料、新能源产业、各类研发平台等方面取得新突破。",
        entities: [{ type: "cluster", name: "先进复合材料" }],
      },
    ],
  },
  {
    id: "list-sibling:department",
    stage: "typing",
    produces: ["department"],
    confidence: 0.5,
    description:
      "an item of an enumeration that no accepted name covers, a level prefix and a body's word (市文联, 团市委, 市某支队), when the accepted items beside it are all departments (list-siblings.ts)",
    examples: [
      {
        // Responsible units beside suffixed bureaus: a level prefix and a body's word (…支队, …联).
        text: "推动青禾储能电池产业提质增效。（责任单位：市科技局、市财政局、市消防救援支队、市文联）",
        entities: [
          { type: "department", name: "市消防救援支队" },
          { type: "department", name: "市文联" },
        ],
      },
    ],
  },
  {
    id: "learned:pair",
    stage: "relations",
    produces: STATED_RELATION_TYPES,
    confidence: 0.5,
    alsoConfidence: [
      { value: 0.6, when: "the model's probability is at least 0.6" },
      { value: 0.7, when: "at least 0.7" },
      { value: 0.8, when: "at least 0.8" },
      { value: 0.9, when: "at least 0.9" },
    ],
    description:
      "a typed pair the rules did not tie (one sentence, a measure and its units, or the subject park with the document's industries and firms) that the learned proposer (npm run train) scores at or above its threshold; confidence = its probability, floored to a tenth",
    examples: [
      {
        // A zone profile naming two sub-parks more often than itself: no rule can tell which park the firms are
        // in (topic:zone needs the zone in half the park mentions); the subject park it is.
        text: "青禾经济开发区\n青禾经济开发区规划建设星澜产业园、云岫科技园。\n星澜产业园面积3平方公里，云岫科技园面积2平方公里。星澜产业园和云岫科技园基础设施完善。\n开发区的综合实力不断提升，形成了禾丰电气、云岫能源、星澜食品等核心企业组成的企业集群。",
        relations: [{ type: "park_enterprise", source: "青禾经济开发区", target: "禾丰电气" }],
      },
    ],
  },
];
