// The rule registry: every rule id the extractor writes into an item's `rule`
// is a named entry here — its stage, what it produces, its confidence, a
// description and examples that tests/unit/db/extract/registry.test.ts runs
// through the real extractor. db/extract/RULES.md explains how to add one.
//
// Rules whose id carries a vocabulary word (suffix:产业园, dept:suffix:局) are
// registered once as a family ("suffix:*") with a check on the word.
import type { EntityType, RelationType } from "../types.ts";
import { BOUNDARY_RULES } from "./rules/boundaries.ts";
import { CHAIN_LEAD_RULES } from "./rules/chain-lead.ts";
import { CLUSTER_STRUCTURE_RULES } from "./rules/clusters-structure.ts";
import { ENTITY_RULES } from "./rules/entities.ts";
import { FIRM_RULES } from "./rules/firms.ts";
import { LEARNED_RULES } from "./rules/learned.ts";
import { PARK_RULES } from "./rules/parks.ts";
import { PRECISION_RULES } from "./rules/precision.ts";
import { FRAME_RULES } from "./rules/precision-frames.ts";
import { PROJECT_RULES } from "./rules/projects.ts";
import { RECALL_RULES } from "./rules/recall.ts";
import { RELATION_RULES } from "./rules/relations.ts";
import { CLAUSE_RELATION_RULES } from "./rules/relations-clause.ts";
import { PROSE_RELATION_RULES } from "./rules/relations-prose.ts";
import { TOPIC_RELATION_RULES } from "./rules/relations-topic.ts";
import { ZONE_RELATION_RULES } from "./rules/relations-zone.ts";
import { RESOLUTION_RULES } from "./rules/resolution.ts";
import { TABLE_RULES } from "./rules/tables.ts";
import { UNIT_RULES } from "./rules/units.ts";

/** Pipeline stages in the order they run (index.ts). */
export const STAGES = ["candidates", "boundaries", "typing", "resolution", "relations"] as const;
export type Stage = (typeof STAGES)[number];

export interface ExampleEntity {
  type: EntityType;
  name: string;
}
export interface ExampleRelation {
  type: RelationType;
  /** Entity names (canonical) of the two ends. */
  source: string;
  target: string;
}
export interface RuleExample {
  /** An invented sentence or short document (never a gold name). */
  text: string;
  /** Entities that must come out with this rule (as the entity's or a mention's rule). */
  entities?: ExampleEntity[];
  /** Relations that must come out with this rule. */
  relations?: ExampleRelation[];
  /** Entities that must NOT come out (what a dropping filter removes). */
  absent?: ExampleEntity[];
  /** Relations that must NOT come out, by any rule (what a narrowed relation rule no longer says). */
  absentRelations?: ExampleRelation[];
}

export interface Rule {
  /** The id written into items' `rule`; a family ends in ":*". */
  id: string;
  stage: Stage;
  produces: readonly (EntityType | RelationType)[];
  /**
   * Confidence the rule gives its items; null for rules that only add mentions
   * to an entity another rule found (the entity keeps that rule's confidence).
   */
  confidence: number | null;
  /** Other confidences the rule gives in stated conditions (e.g. a weaker suffix). */
  alsoConfidence?: readonly { value: number; when: string }[];
  description: string;
  /** For a family: is this word (the part after the family prefix) one of its words? */
  accepts?: (word: string) => boolean;
  examples: readonly RuleExample[];
}

export const RULES: readonly Rule[] = [
  ...ENTITY_RULES,
  ...PARK_RULES,
  ...RECALL_RULES,
  ...CLUSTER_STRUCTURE_RULES,
  ...BOUNDARY_RULES,
  ...PRECISION_RULES,
  ...FRAME_RULES,
  ...RESOLUTION_RULES,
  ...RELATION_RULES,
  ...PROSE_RELATION_RULES,
  ...TABLE_RULES,
  ...TOPIC_RELATION_RULES,
  ...ZONE_RELATION_RULES,
  ...CLAUSE_RELATION_RULES,
  ...UNIT_RULES,
  ...CHAIN_LEAD_RULES,
  ...PROJECT_RULES,
  ...FIRM_RULES,
  ...LEARNED_RULES,
];

/**
 * Precedence, one page. Entity candidates that overlap are resolved by the
 * named filters of OVERLAP_FILTERS in that order (resolve.ts selectFlat); when
 * two equally long candidates tie, the higher confidence wins, so candidate
 * rules are listed from the strongest to the weakest and a test keeps this
 * order consistent with their confidences. Later stages refine what earlier
 * ones accepted: typing re-types a candidate, resolution adds mentions to an
 * accepted entity, relations tie accepted entities.
 */
export const OVERLAP_FILTERS = [
  { id: "coordination-kept", description: "items of a coordinated name (甲、乙两个X园) are always kept" },
  { id: "longest-span", description: "a longer span beats any shorter span it overlaps" },
  { id: "higher-confidence", description: "equal length: the higher confidence (the order below) wins" },
  { id: "list-typed", description: "still equal: a candidate typed by its list wins" },
  { id: "earlier-start", description: "still equal: the earlier span wins" },
] as const;

export const PRECEDENCE: readonly string[] = [
  // candidates (strongest first)
  "dept:national",
  "suffix:*",
  "cluster:suffix:*",
  "dept:suffix:*",
  "enterprise:list-label",
  "alias:declared",
  "cluster:list",
  "cluster:suffix:counted-split",
  "cluster:park-bracket",
  "coordination:counted",
  "dept:list-carry",
  "base:named",
  "area:named",
  "park:measured",
  "park:counted-set",
  "coordination:firm-platforms",
  "platform:academy-institute",
  "list-typed:centre",
  "platform:quoted",
  "park:apposition",
  "enterprise:list-head",
  "coordination:shared-head",
  "coordination:zone-area",
  "dept:zone-carry",
  "dept:list-item",
  "enterprise:list-lead",
  "enterprise:cue-lead",
  "table:column",
  "table:lead-cell",
  "cluster:run-in-heading",
  "cluster:predicate",
  "cluster:topic-opening",
  "dept:back-reference",
  "dept:responsible-place",
  "dept:unit-list",
  "dept:unit-cell",
  "dept:task-force",
  "cluster:role",
  "cluster:develop-list",
  "cluster:develop-one",
  "cluster:one-etc",
  "cluster:category-head",
  "cluster:plus",
  "cluster:designated",
  "enterprise:cue-introduce",
  "enterprise:counted-bracket",
  "enterprise:dash-apposition",
  "enterprise:platform-host",
  "enterprise:country-list",
  "park:list-item",
  "park:zone-pair",
  "enterprise:list-sibling",
  "park:short-zone",
  "cluster:chain-leader",
  "enterprise:list-shape",
  "enterprise:cue-ranked",
  "dept:zone-body",
  "dept:established",
  "dept:list-bare",
  "dept:zone-own-body",
  "dept:titled",
  "enterprise:project-box",
  "enterprise:project-list",
  "enterprise:project-brand",
  "enterprise:cue-shape",
  "cluster:list-tail",
  "cluster:suffix:counted",
  "enterprise:invested",
  "enterprise:role-owner",
  "enterprise:partner-joint",
  "enterprise:school-partner",
  "enterprise:plant",
  "enterprise:role-apposition",
  "enterprise:project-clause",
  "enterprise:subject-shape",
  "enterprise:list-brand",
  "enterprise:measure-object",
  "enterprise:cue-rely",
  "enterprise:list-one",
  "enterprise:project",
  "dept:bare",
  "enterprise:project-single",
  "enterprise:project-invested",
  "enterprise:project-subject",
  "enterprise:project-capacity",
  // boundaries
  "boundary:pos",
  "boundary:inner",
  "boundary:clause",
  "boundary:qualifier",
  "boundary:zone-prefix",
  "park:sub-park",
  "filter:sub-park-fragment",
  // typing
  "list-typed:platform",
  "list-typed:enterprise",
  "list-typed:park-bracket",
  "typing:owner-platform",
  "filter:category",
  "filter:title",
  "filter:aspiration",
  "cluster:lead-trim",
  "filter:field-list",
  "filter:subfield-list",
  "filter:cluster-scope",
  "filter:cluster-fragment",
  "filter:cluster-title",
  "filter:cluster-clause",
  "filter:descriptor-park",
  "filter:title-base",
  "filter:aim-zone",
  "filter:qualities-only",
  "filter:common-name",
  "filter:no-name-word",
  "filter:event-name",
  "filter:firm-plant",
  "filter:zone-part",
  "filter:honour-frame",
  "filter:cited-title",
  "filter:broken-list",
  "filter:quality-list",
  "filter:action-industry",
  "filter:name-reading",
  "cluster:place-trim",
  "filter:title-after",
  "park:generic-tail",
  "filter:project-facility",
  "filter:institution",
  "filter:generic-firm",
  "filter:officials",
  "filter:park-item-firm",
  "learned:cluster-list",
  "list-sibling:platform",
  "list-sibling:cluster",
  "list-sibling:department",
  "learned:span",
  // resolution
  "gazetteer",
  "alias:short-form",
  "back-reference:zone",
  "zone:abbreviation",
  // relations (each pair keeps the first rule that ties it, in the order relations.ts runs)
  "containment",
  "containment:short",
  "possessive",
  "cue:依托建设",
  "cue:firm-builds",
  "bracket:platform-host",
  "cue:unveiled-at",
  "cue:built-by",
  "section:column",
  "section:sub",
  "box:project-firm",
  "box:project-park",
  "cue:牵头负责",
  "cue:由…负责",
  "subject:department",
  "cue:respectively",
  "item:topic-firms",
  "list:cluster",
  "list:cluster-coordinated",
  "list:cluster-respective",
  "cue:cluster-gathers",
  "topic:cluster",
  "item:cluster",
  "list:park",
  "run-in:park",
  "section:park",
  "anaphor:zone",
  "subject:zone",
  "topic:zone",
  "role:cluster-lead",
  "clause:cluster-firms",
  "formed:cluster-firms",
  "ordinal:cluster",
  "head:park-list",
  "clause:founded-park",
  "clause:firm-builds-park",
  "sentence:host",
  "sentence:subject-park",
  "sentence:clause-park",
  "bracket:industry-park",
  "zone:industry-list",
  "plan:zone-industries",
  "item:topic-parks",
  "box:industry-park",
  "box:industry-platform",
  "adjacent:park-industry",
  "anaphor:zone-industry",
  "sentence:platform",
  "chain:lead-label",
  "chain:lead-task",
  "chain:lead-verb",
  "chain:lead-pair",
  "measure:responsible",
  "table:lead-unit",
  "measure:bracket",
  "measure:heading",
  "measure:unit-subject",
  "label:responsible",
  "table:columns",
  "table:headerless-row",
  "measure:by-unit",
  "measure:unit-tail",
  "table:row",
  "sentence:locate",
  "park-bracket",
  "serve:platform",
  "label:industry-platform",
  "label:industry-park",
  "represent:platform",
  "park-named:platform",
  "learned:pair",
  "containment:cluster",
  "sentence:co-occurrence",
];

const exact = new Map<string, Rule>();
const families: { prefix: string; rule: Rule }[] = [];
for (const r of RULES) {
  if (r.id.endsWith(":*")) families.push({ prefix: r.id.slice(0, -1), rule: r });
  else exact.set(r.id, r);
}
// Longest prefix first: "cluster:suffix:" before "suffix:" never clashes, but "dept:bare:" must beat "dept:".
families.sort((a, b) => b.prefix.length - a.prefix.length);

/** The registry entry behind an emitted rule id, or undefined if it is not registered. */
export function ruleEntry(id: string): Rule | undefined {
  const hit = exact.get(id);
  if (hit) return hit;
  for (const f of families)
    if (id.startsWith(f.prefix)) {
      const word = id.slice(f.prefix.length);
      if (word && (!f.rule.accepts || f.rule.accepts(word))) return f.rule;
    }
  return undefined;
}

/** The entry with this registry id ("suffix:*" for a family), not an emitted id. */
export function ruleById(id: string): Rule | undefined {
  return exact.get(id) ?? families.find((f) => f.rule.id === id)?.rule;
}

/** The registered confidence of a rule (for recognisers that read it from here). */
export function ruleConfidence(id: string): number {
  const r = ruleEntry(id);
  if (!r || r.confidence === null) throw new Error(`rule ${id} has no registered confidence`);
  return r.confidence;
}

/** Every confidence a rule may give. */
export function allowedConfidences(r: Rule): number[] {
  return [...(r.confidence === null ? [] : [r.confidence]), ...(r.alsoConfidence ?? []).map((c) => c.value)];
}
