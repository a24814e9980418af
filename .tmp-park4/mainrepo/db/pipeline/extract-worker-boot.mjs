// Development only (tsx, vitest): registers the TypeScript loader in the extraction thread, then
// loads it. Bundled builds have no such thread: the bulk import extracts inline there.
import { workerData } from "node:worker_threads";

const { register } = await import("tsx/esm/api");
register();
await import(workerData.entry);
