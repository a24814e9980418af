// Curation decisions: what a user decided, keyed so that it finds its target again in any
// knowledge base built from the same documents (entity keys "type:normalised name", relation
// type + endpoint keys, document sha256 + offsets) — never by row id.
import type { EntityType, Level, RelationType, ReviewState, Status } from "../types.ts";

/** A span of a document, by the document's content hash. */
export interface DocAnchor {
  doc: string;
  start: number;
  end: number;
}

export interface RelationRef {
  type: RelationType;
  source: string;
  target: string;
}

export interface EntityFields {
  name?: string;
  type?: EntityType;
  level?: Level;
  status?: Status;
  note?: string | null;
  tags?: string[];
}

export type Decision =
  | { kind: "editEntity"; key: string; set: EntityFields }
  | { kind: "addAlias"; key: string; alias: string }
  | { kind: "removeAlias"; key: string; alias: string }
  | { kind: "mergeEntities"; into: string; from: string[] }
  | { kind: "splitEntity"; key: string; newKey: string; name: string; type: EntityType; mentions: DocAnchor[] }
  | { kind: "setReview"; entity: string; state: ReviewState }
  | { kind: "setReview"; relation: RelationRef; state: ReviewState }
  /** One review decision for many items (the review table's "confirm/reject all shown"): one undo. */
  | { kind: "reviewBatch"; state: ReviewState; entities: string[]; relations: RelationRef[] }
  | { kind: "createEntity"; key: string; type: EntityType; name: string; mention: DocAnchor }
  | { kind: "createRelation"; relation: RelationRef; evidence?: DocAnchor }
  | { kind: "deleteEntity"; key: string }
  | { kind: "deleteRelation"; relation: RelationRef }
  /** A hand-set issue date (YYYY-MM-DD) for a document, or a gazette part by its start offset. */
  | { kind: "setDocumentDate"; doc: string; start: number; date: string };

export type DecisionKind = Decision["kind"];

export const DECISION_KINDS: readonly DecisionKind[] = [
  "editEntity",
  "addAlias",
  "removeAlias",
  "mergeEntities",
  "splitEntity",
  "setReview",
  "reviewBatch",
  "createEntity",
  "createRelation",
  "deleteEntity",
  "deleteRelation",
  "setDocumentDate",
];

/** Log entries that are not decisions: they record what happened to the log itself. */
export type MetaAction = "undo" | "redo" | "reextract";

export interface EditSummary {
  id: number;
  at: string;
  actor: string;
  action: DecisionKind | MetaAction;
  /** Names of what the edit touched, for "who did what when". */
  subjects: string[];
  /** For decisions: still in force (not undone). */
  undone: boolean;
  /** For undo/redo: the edit they acted on. */
  target?: number;
  decision?: Decision;
}

export interface Orphan {
  editId: number;
  at: string;
  actor: string;
  action: DecisionKind;
  decision: Decision;
  /** Keys or document hashes that no longer resolve. */
  missing: string[];
  reason: string;
}
