// The reader thread: reads and extracts one document at a time, so a large or hostile file
// costs this thread's time and memory (capped by resourceLimits), never the host's event loop.
// The database stays on the main thread; it receives finished rows to store.
import { parentPort } from "node:worker_threads";
import { extract } from "../db/extract/index.ts";
import { readDocument, readDocumentBytes } from "../db/ingest/index.ts";
import type { ReadRequest, ReadResponse } from "./off-thread.ts";

async function handle(req: ReadRequest): Promise<ReadResponse> {
  try {
    const doc =
      req.kind === "path"
        ? await readDocument(req.path, req.limits)
        : await readDocumentBytes(req.name, req.bytes, req.limits);
    const extraction = extract({ text: doc.text, sections: doc.sections, fileName: doc.fileName });
    return { id: req.id, ok: true, doc, extraction };
  } catch (err) {
    const reason =
      err && typeof err === "object" && "reason" in err && typeof err.reason === "string"
        ? err.reason
        : err instanceof Error
          ? err.message
          : String(err);
    return { id: req.id, ok: false, reason };
  }
}

parentPort?.on("message", (req: ReadRequest) => {
  void handle(req).then((res) => parentPort?.postMessage(res));
});
