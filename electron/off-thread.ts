// Reading and extracting documents on a worker thread (see ingest-worker.ts). One thread,
// one document at a time, started on first use; a thread that dies (out of memory, crash)
// fails only the document it was reading and is replaced for the next one.
import { Worker } from "node:worker_threads";
import { extract } from "../db/extract/index.ts";
import { type ImportLimits, readDocument, readDocumentBytes } from "../db/ingest/index.ts";
import type { Extraction, IngestedDoc } from "../db/types.ts";

export type ReadRequest = { id: number; limits: ImportLimits } & (
  | { kind: "path"; path: string }
  | { kind: "bytes"; name: string; bytes: Uint8Array }
);
export type ReadResponse =
  | { id: number; ok: true; doc: IngestedDoc; extraction: Extraction }
  | { id: number; ok: false; reason: string };

export type ReadInput = { kind: "path"; path: string } | { kind: "bytes"; name: string; bytes: Uint8Array };
export type ReadResult = { ok: true; doc: IngestedDoc; extraction: Extraction } | { ok: false; reason: string };

export interface DocumentReader {
  read(input: ReadInput): Promise<ReadResult>;
  close(): Promise<void>;
}

function workerScript(): { file: URL; workerData?: unknown } {
  // Under tsx/vitest this module is TypeScript; the bundled app ships ingest-worker.cjs beside main.cjs.
  if (import.meta.url.endsWith(".ts")) {
    return {
      file: new URL("./ingest-worker-boot.mjs", import.meta.url),
      workerData: { entry: new URL("./ingest-worker.ts", import.meta.url).href },
    };
  }
  return { file: new URL("./ingest-worker.cjs", import.meta.url) };
}

export function threadReader(limits: ImportLimits): DocumentReader {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, (r: ReadResult) => void>();
  const failAll = (reason: string) => {
    for (const done of pending.values()) done({ ok: false, reason });
    pending.clear();
  };
  const start = (): Worker => {
    const { file, workerData } = workerScript();
    const w = new Worker(file, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxReaderMemoryMb, maxYoungGenerationSizeMb: 64 },
    });
    w.unref();
    w.on("message", (res: ReadResponse) => {
      const done = pending.get(res.id);
      pending.delete(res.id);
      done?.(res.ok ? { ok: true, doc: res.doc, extraction: res.extraction } : { ok: false, reason: res.reason });
      // An idle reader must not keep a CLI or test process alive.
      if (pending.size === 0) w.unref();
    });
    w.on("error", (err: Error & { code?: string }) => {
      worker = null;
      failAll(
        err.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `reading it needs more than ${limits.maxReaderMemoryMb} MB of memory (KG_MAX_READER_MB)`
          : `the reader stopped: ${err.message}`,
      );
    });
    w.on("exit", () => {
      if (worker === w) worker = null;
      failAll("the reader stopped unexpectedly");
    });
    return w;
  };
  return {
    read(input) {
      worker ??= start();
      const id = nextId++;
      const w = worker;
      w.ref();
      return new Promise<ReadResult>((resolve) => {
        pending.set(id, resolve);
        const req: ReadRequest = { ...input, id, limits };
        w.postMessage(req);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
      failAll("closed");
    },
  };
}

/** Same contract on the calling thread (CLI, and hosts where a worker cannot start). */
export function inlineReader(limits: ImportLimits): DocumentReader {
  return {
    async read(input) {
      try {
        const doc =
          input.kind === "path"
            ? await readDocument(input.path, limits)
            : await readDocumentBytes(input.name, input.bytes, limits);
        return {
          ok: true,
          doc,
          extraction: extract({ text: doc.text, sections: doc.sections, fileName: doc.fileName }),
        };
      } catch (err) {
        const reason =
          err && typeof err === "object" && "reason" in err && typeof err.reason === "string"
            ? err.reason
            : err instanceof Error
              ? err.message
              : String(err);
        return { ok: false, reason };
      }
    },
    close: async () => undefined,
  };
}
