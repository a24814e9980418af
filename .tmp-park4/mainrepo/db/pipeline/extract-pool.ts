// Reading and extracting files on a second thread while this one writes the previous batch:
// extraction is about two thirds of a bulk import's CPU and SQLite the rest, so on two cores the
// import takes about as long as extraction alone. Started for large bulk imports from TypeScript
// sources (CLI, bench, tests); where the thread cannot start (a bundle without its script) the
// import extracts inline, as before. A thread that dies fails the files it held, never the import.
import { Worker } from "node:worker_threads";
import type { IngestCode } from "../ingest/errors.ts";
import type { ImportLimits } from "../ingest/limits.ts";
import type { Extraction, IngestedDoc } from "../types.ts";

export type Prepared =
  | { file: string; doc: IngestedDoc; extraction?: Extraction; error?: string }
  | { file: string; readError: string; code?: IngestCode }
  /** The thread is gone: read and extract this one inline. */
  | { file: string; inline: true };

export interface ExtractionPool {
  prepare(file: string): Promise<Prepared>;
  close(): Promise<void>;
}

type Reply = {
  id: number;
  doc?: IngestedDoc;
  extraction?: Extraction;
  error?: string;
  readError?: string;
  code?: IngestCode;
};

/** `known`: sha256 of the documents already stored, whose extraction the thread skips (re-imports). */
export function extractionPool(known: string[], limits?: ImportLimits): ExtractionPool | null {
  if (!import.meta.url?.endsWith(".ts")) return null;
  let worker: Worker | null;
  try {
    worker = new Worker(new URL("./extract-worker-boot.mjs", import.meta.url), {
      workerData: { entry: new URL("./extract-worker.ts", import.meta.url).href, known },
      ...(limits ? { resourceLimits: { maxOldGenerationSizeMb: limits.maxReaderMemoryMb } } : {}),
    });
  } catch {
    return null;
  }
  let nextId = 1;
  const pending = new Map<number, { file: string; done: (p: Prepared) => void }>();
  /** The thread died: the file it was on is rejected when the reason is known, the rest go inline. */
  const fail = (reason: string | null) => {
    worker = null;
    let first = true;
    for (const { file, done } of pending.values()) {
      done(reason && first ? { file, readError: reason, code: "too_large" } : { file, inline: true });
      first = false;
    }
    pending.clear();
  };
  worker.on("message", (r: Reply) => {
    const p = pending.get(r.id);
    pending.delete(r.id);
    if (!p) return;
    if (r.readError !== undefined) p.done({ file: p.file, readError: r.readError, code: r.code });
    else if (r.doc) p.done({ file: p.file, doc: r.doc, extraction: r.extraction, error: r.error });
  });
  worker.on("error", (err: Error & { code?: string }) =>
    fail(
      err.code === "ERR_WORKER_OUT_OF_MEMORY"
        ? `reading it needs more than ${limits?.maxReaderMemoryMb} MB of memory (KG_MAX_READER_MB)`
        : null,
    ),
  );
  worker.on("exit", () => fail(null));
  return {
    prepare(file) {
      const w = worker;
      if (!w) return Promise.resolve({ file, inline: true });
      const id = nextId++;
      return new Promise<Prepared>((done) => {
        pending.set(id, { file, done });
        w.postMessage({ id, file, limits });
      });
    },
    async close() {
      const w = worker;
      if (!w) return;
      const exited = new Promise<void>((resolve) => w.once("exit", () => resolve()));
      w.postMessage("close");
      await exited;
    },
  };
}
