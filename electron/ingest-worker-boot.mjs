// Development only (tsx, vitest): registers the TypeScript loader in the reader thread, then
// loads the worker. The packaged app runs the bundled dist/electron/ingest-worker.cjs instead.
import { workerData } from "node:worker_threads";

const { register } = await import("tsx/esm/api");
register();
await import(workerData.entry);
