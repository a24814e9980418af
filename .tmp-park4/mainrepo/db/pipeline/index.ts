// The import pipeline above the store: read (db/ingest) → extract (db/extract) → store
// (db/store) → replay curation decisions (db/curate). Hosts, the CLI and scripts import here.
export { IMPORT_BATCH, importDocument, importFile, importInput, importPaths } from "./import.ts";
export { expandPaths, supportedExtensions } from "./paths.ts";
export { describeError, type ImportInput, readInput } from "./read.ts";
export { type ReextractReport, reextractAll } from "./reextract.ts";
export {
  combineSummaries,
  type ImportOutcome,
  type ImportSummary,
  type Rejected,
  startSummary,
} from "./summary.ts";
