// The import thread: reads, extracts and stores one document at a time through its own
// connection to the knowledge base (WAL: the host's connection keeps reading meanwhile), so a
// large or hostile file costs this thread's time and memory (capped by resourceLimits), never
// the host's event loop. One transaction per document, as on the main thread.
import { parentPort, workerData } from "node:worker_threads";
import { importInput } from "../db/pipeline/index.ts";
import { type DB, openDatabase } from "../db/store/open.ts";
import type { ImportRequest, ImportResponse } from "./off-thread.ts";
import { setNativeBinding } from "./sqlite-electron.ts";

// In the Electron bundle, better-sqlite3 is the Electron-ABI addon the main process loaded.
const binding = (workerData as { nativeBinding?: string | null } | undefined)?.nativeBinding;
if (binding) setNativeBinding(binding);

let open: { file: string; db: DB } | null = null;

function connection(file: string): DB {
  if (open?.file !== file) {
    open?.db.close();
    // The host opened (checked, migrated) this file already.
    open = { file, db: openDatabase(file, { check: "none", keepBackups: 0 }) };
  }
  return open.db;
}

async function handle(req: ImportRequest): Promise<ImportResponse> {
  const { id, dbFile, limits, ...input } = req;
  const out = await importInput(connection(dbFile), input, limits);
  return { ...out, id };
}

parentPort?.on("message", (req: ImportRequest | "close") => {
  if (req === "close") {
    // A clean close checkpoints the write-ahead log before the host closes or replaces the file.
    open?.db.close();
    open = null;
    process.exit(0);
  }
  void handle(req).then((res) => parentPort?.postMessage(res));
});
