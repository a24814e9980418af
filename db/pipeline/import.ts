// The import pipeline: read → extract → store → replay curation decisions, for one document
// or many. One route for every caller: the CLI, the hosts' import thread (paths and uploads
// alike) and re-extraction. Each document is one transaction (a savepoint inside a batch), so a
// failure anywhere leaves the database exactly as it was and rejects only that document.
import { applyDecisions } from "../curate/replay.ts";
import { resolutionKey } from "../extract/canonical.ts";
import { extract } from "../extract/index.ts";
import { errorCode } from "../ingest/errors.ts";
import type { ImportLimits } from "../ingest/limits.ts";
import { documentIdBySha, writeDocument } from "../store/import.ts";
import { compactFreePages, type DB } from "../store/open.ts";
import type { Extraction, IngestedDoc } from "../types.ts";
import { extractionPool, type Prepared } from "./extract-pool.ts";
import { expandPaths } from "./paths.ts";
import { describeError, type ImportInput, readInput } from "./read.ts";
import { type ImportOutcome, type ImportSummary, startSummary } from "./summary.ts";

/**
 * Imports one document (extracting it unless `extraction` is given). Re-importing the same
 * bytes (sha256) is a no-op; any error rolls the whole document back and rejects it.
 * `replay: false` leaves replaying decisions to the caller (a batch replays once).
 */
export function importDocument(
  db: DB,
  doc: IngestedDoc,
  extraction?: Extraction,
  opts: { replay?: boolean } = {},
): ImportOutcome {
  const existing = documentIdBySha(db, doc.sha256);
  if (existing !== undefined) return { file: doc.fileName, status: "unchanged", documentId: existing };
  try {
    const x =
      extraction ?? extract({ text: doc.text, sections: doc.sections, parts: doc.parts, fileName: doc.fileName });
    return db
      .transaction((): ImportOutcome => {
        const written = writeDocument(db, doc, x, resolutionKey);
        // Curation decisions (renames, merges, rejections, manual entities) hold for new rows too.
        if (opts.replay !== false) applyDecisions(db);
        return { file: doc.fileName, status: "imported", ...written };
      })
      .immediate();
  } catch (err) {
    // Another connection may have imported the same bytes meanwhile: that is not a failure.
    const raced = documentIdBySha(db, doc.sha256);
    if (raced !== undefined) return { file: doc.fileName, status: "unchanged", documentId: raced };
    return { file: doc.fileName, status: "rejected", reason: describeError(err), code: errorCode(err) };
  }
}

/** Reads, extracts and imports one path or upload; unreadable input is rejected with the reader's reason. */
export async function importInput(db: DB, input: ImportInput, limits?: ImportLimits): Promise<ImportOutcome> {
  const file = input.kind === "path" ? input.path : input.name;
  let doc: IngestedDoc;
  try {
    doc = await readInput(input, limits);
  } catch (err) {
    return { file, status: "rejected", reason: describeError(err), code: errorCode(err) };
  }
  return { ...importDocument(db, doc), file };
}

/** Reads, extracts and imports one file. */
export function importFile(db: DB, path: string, limits?: ImportLimits): Promise<ImportOutcome> {
  return importInput(db, { kind: "path", path }, limits);
}

/** Documents per transaction in a bulk import: fewer commits, and decisions replayed once per batch. */
export const IMPORT_BATCH = 25;
/** After a bulk import of at least this many documents the text index is merged into one segment. */
const OPTIMIZE_AFTER = 200;

/** From this many files on, a bulk import reads and extracts on a second thread (extract-pool.ts). */
export const THREAD_AFTER = 50;

/**
 * Imports files and folders on this connection, IMPORT_BATCH documents per transaction; from
 * THREAD_AFTER files on (or with `thread`), reading and extracting run on a second thread.
 */
export async function importPaths(
  db: DB,
  paths: string[],
  onProgress?: (p: { done: number; total: number; file: string }) => void,
  limits?: ImportLimits,
  opts: { thread?: boolean } = {},
): Promise<ImportSummary> {
  const { files, rejected } = expandPaths(paths);
  const summary = startSummary(() => db, rejected);
  let done = 0;
  let imported = 0;
  const threaded = opts.thread ?? files.length >= THREAD_AFTER;
  const known = () => db.prepare<[], string>("SELECT sha256 FROM documents").pluck().all();
  const pool = threaded ? extractionPool(known(), limits) : null;
  // Two batches requested ahead: the thread extracts the next while this one writes.
  const ahead: (Promise<Prepared> | undefined)[] = [];
  const prepare = async (at: number, file: string): Promise<Prepared> => {
    if (!pool) return { file, inline: true };
    for (let j = ahead.length; j < Math.min(at + 2 * IMPORT_BATCH, files.length); j++) {
      ahead.push(pool.prepare(files[j] as string));
    }
    const p = ahead[at] ?? Promise.resolve({ file, inline: true as const });
    ahead[at] = undefined;
    return p;
  };
  try {
    for (let i = 0; i < files.length; i += IMPORT_BATCH) {
      imported += await importBatchAt(i);
    }
  } finally {
    await pool?.close();
  }
  if (imported >= OPTIMIZE_AFTER) {
    db.exec("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')");
    // The merge leaves the old segments' pages free: a fifth of a freshly imported file.
    compactFreePages(db);
  }
  return summary.finish();

  async function importBatchAt(i: number): Promise<number> {
    let count = 0;
    const batch: { file: string; doc?: IngestedDoc; extraction?: Extraction; outcome?: ImportOutcome }[] = [];
    for (const [k, file] of files.slice(i, i + IMPORT_BATCH).entries()) {
      const p = await prepare(i + k, file);
      if ("readError" in p)
        batch.push({ file, outcome: { file, status: "rejected", reason: p.readError, code: p.code ?? "failed" } });
      // An extraction that failed on the thread is tried again inline, where it fails as before.
      else if ("doc" in p) batch.push({ file, doc: p.doc, extraction: p.error ? undefined : p.extraction });
      else {
        try {
          batch.push({ file, doc: await readInput({ kind: "path", path: file }, limits) });
        } catch (err) {
          batch.push({ file, outcome: { file, status: "rejected", reason: describeError(err), code: errorCode(err) } });
        }
      }
    }
    const importBatch = (replayEach: boolean) =>
      batch.map(({ file, doc, extraction, outcome }) =>
        doc ? { ...importDocument(db, doc, extraction, { replay: replayEach }), file } : (outcome as ImportOutcome),
      );
    let outcomes: ImportOutcome[];
    try {
      // Each document is a savepoint inside the batch's transaction: a bad one is rolled back alone.
      outcomes = db
        .transaction(() => {
          const out = importBatch(false);
          applyDecisions(db);
          return out;
        })
        .immediate();
    } catch {
      outcomes = importBatch(true); // replaying failed for the batch: one transaction per document
    }
    outcomes.forEach((o, k) => {
      const file = batch[k]?.file ?? o.file;
      if (o.status === "imported") count++;
      summary.add(file, o);
      onProgress?.({ done: ++done, total: files.length, file });
    });
    return count;
  }
}
