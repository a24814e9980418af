// The bulk import's second thread: reads and extracts one file at a time and hands the document
// with its extraction back, so the importing thread only writes rows (db/pipeline/extract-pool.ts).
// Pure work: no database connection here.
import { parentPort, workerData } from "node:worker_threads";
import { extract } from "../extract/index.ts";
import { errorCode } from "../ingest/errors.ts";
import type { ImportLimits } from "../ingest/limits.ts";
import { describeError, readInput } from "./read.ts";

export type PrepareRequest = { id: number; file: string; limits?: ImportLimits };

/** Documents already stored: importing them again is a no-op, so they are not extracted. */
const known = new Set<string>((workerData as { known?: string[] } | undefined)?.known ?? []);

parentPort?.on("message", async (req: PrepareRequest | "close") => {
  if (req === "close") process.exit(0);
  try {
    const doc = await readInput({ kind: "path", path: req.file }, req.limits);
    if (known.has(doc.sha256)) {
      parentPort?.postMessage({ id: req.id, doc });
      return;
    }
    try {
      const extraction = extract({ text: doc.text, sections: doc.sections, parts: doc.parts, fileName: doc.fileName });
      parentPort?.postMessage({ id: req.id, doc, extraction });
    } catch (err) {
      // Extraction failing rejects the document, as in importDocument.
      parentPort?.postMessage({ id: req.id, doc, error: describeError(err) });
    }
  } catch (err) {
    parentPort?.postMessage({ id: req.id, readError: describeError(err), code: errorCode(err) });
  }
});
