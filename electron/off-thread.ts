// Importing documents on a worker thread (see ingest-worker.ts). One thread, one document at
// a time, started on first use; a thread that dies (out of memory, crash) fails only the
// document it was on and is replaced for the next one. The inline importer is the same
// contract on the calling thread (tests, and hosts where a worker cannot start).
import { Worker } from "node:worker_threads";
import type { ImportLimits } from "../db/ingest/index.ts";
import { type ImportInput, type ImportOutcome, importInput } from "../db/pipeline/index.ts";
import type { DB } from "../db/store/open.ts";
import { nativeBinding } from "./sqlite-electron.ts";

export type { ImportInput };
/** One file's outcome, as db/pipeline reports it (the file label is the caller's). */
export type ImportResult = Omit<ImportOutcome, "file">;
export type ImportRequest = ImportInput & { id: number; limits: ImportLimits; dbFile: string };
export type ImportResponse = ImportOutcome & { id: number };

export interface DocumentImporter {
  import(input: ImportInput): Promise<ImportResult>;
  /** Stops the thread and its connection (before the file is replaced or switched). */
  close(): Promise<void>;
}

function workerScript(): { file: URL; workerData: unknown } {
  // Under tsx/vitest this module is TypeScript; the bundled app ships ingest-worker.cjs beside main.cjs.
  if (import.meta.url.endsWith(".ts")) {
    return {
      file: new URL("./ingest-worker-boot.mjs", import.meta.url),
      workerData: { entry: new URL("./ingest-worker.ts", import.meta.url).href },
    };
  }
  return { file: new URL("./ingest-worker.cjs", import.meta.url), workerData: { nativeBinding: nativeBinding() } };
}

export function threadImporter(dbFile: () => string, limits: ImportLimits): DocumentImporter {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, (r: ImportResult) => void>();
  const failAll = (reason: string) => {
    for (const done of pending.values()) done({ status: "rejected", reason });
    pending.clear();
  };
  const start = (): Worker => {
    const { file, workerData } = workerScript();
    const w = new Worker(file, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxReaderMemoryMb, maxYoungGenerationSizeMb: 64 },
    });
    w.on("message", (res: ImportResponse) => {
      const done = pending.get(res.id);
      pending.delete(res.id);
      if (done) {
        const { id: _id, file: _file, ...result } = res;
        done(result);
      }
      // An idle thread must not keep a CLI or test process alive.
      if (pending.size === 0) w.unref();
    });
    w.on("error", (err: Error & { code?: string }) => {
      if (worker === w) worker = null;
      failAll(
        err.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `reading it needs more than ${limits.maxReaderMemoryMb} MB of memory (KG_MAX_READER_MB)`
          : `the import stopped: ${err.message}`,
      );
    });
    w.on("exit", () => {
      if (worker === w) worker = null;
      failAll("the import stopped unexpectedly");
    });
    return w;
  };
  return {
    import(input) {
      worker ??= start();
      const w = worker;
      const id = nextId++;
      w.ref();
      return new Promise<ImportResult>((resolve) => {
        pending.set(id, resolve);
        const req: ImportRequest = { ...input, id, limits, dbFile: dbFile() };
        w.postMessage(req);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) {
        const exited = new Promise<void>((resolve) => w.once("exit", () => resolve()));
        w.postMessage("close");
        const late = setTimeout(() => void w.terminate(), 5_000);
        await exited;
        clearTimeout(late);
      }
      failAll("closed");
    },
  };
}

export function inlineImporter(db: () => DB, limits: ImportLimits): DocumentImporter {
  return {
    async import(input) {
      const { file: _file, ...result } = await importInput(db(), input, limits);
      return result;
    },
    close: async () => undefined,
  };
}
