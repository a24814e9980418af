// Time and change: dated units (documents, gazette parts), selections by document or date
// range, what a selection states, comparisons, entity histories and hand-set dates.
export { comparisonCsv } from "./csv.ts";
export { checkDate, setDocumentDate, undatedUnits } from "./dating.ts";
export { type Change, type Comparison, compare, type DiffEntity, type DiffRelation, type DiffSide } from "./diff.ts";
export { type EntityHistory, entityHistory, type HistoryPoint, type StatusStep } from "./history.ts";
export { inRange, resolveSelector, type Selection, type Selector, SelectorError } from "./select.ts";
export { loadCorpus, type Statement, statedIds, statedIn } from "./stated.ts";
export { fromUnits, listUnits, type TimeUnit } from "./units.ts";
