// Curation of the knowledge base: edits, merges, splits, review states, manual entities and
// relations — each recorded in `edits` for undo/redo and history, keyed so it survives
// re-extraction, and exportable to another knowledge base.
export {
  type ActionResult,
  addAlias,
  createEntity,
  createRelation,
  deleteUserItem,
  type EntityEdit,
  editEntity,
  mergeEntities,
  type ReviewTarget,
  removeAlias,
  setReview,
  setReviewBatch,
  splitEntity,
} from "./actions.ts";
export { CurationError, type CurationErrorCode } from "./errors.ts";
export { canUndoRedo, history, redo, undo } from "./log.ts";
export { type QueueItem, reviewQueue } from "./queue.ts";
export { applyDecisions, orphans } from "./replay.ts";
export { type ReviewQuery, reviewKeys } from "./review-query.ts";
export { type ReviewRow, type ReviewTable, reviewTable } from "./review-table.ts";
export { ANNOTATIONS_FORMAT, exportAnnotations, type ImportReport, importAnnotations } from "./transfer.ts";
export type { Decision, DocAnchor, EditSummary, Orphan, RelationRef } from "./types.ts";
