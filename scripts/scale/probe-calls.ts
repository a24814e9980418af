// Dev probe: the bench's samples of one call (calls.ts) timed one by one on a database, slowest
// first, so a p95 can be traced to the inputs that make it.
// Usage: npx tsx scripts/scale/probe-calls.ts DB CALL [ROUNDS=30] [SHOW=5]
import { performance } from "node:perf_hooks";
import { createHandlers, dispatch } from "../../electron/api.ts";
import { KnowledgeBase } from "../../electron/knowledge-base.ts";
import { benchSamples, CALLS, type Sample } from "./calls.ts";

const [file, call, roundsArg = "30", showArg = "5"] = process.argv.slice(2);
const make = file && call ? CALLS[call] : undefined;
if (!file || !make) {
  process.stderr.write(`usage: probe-calls DB CALL [ROUNDS] [SHOW]; calls: ${Object.keys(CALLS).join(", ")}\n`);
  process.exit(2);
}
const kb = new KnowledgeBase(file, { keepBackups: 0 });
const table = createHandlers({ kb, host: "web", version: "probe", getLocale: () => "zh-CN", setLocale: () => {} });
const db = kb.db;
// The same samples as bench-scale.ts.
const samples: Sample[] = benchSamples(db, Number(roundsArg));
const rows: { ms: number; input: unknown; kib: number }[] = [];
for (let pass = 0; pass < 2; pass++)
  for (const s of samples) {
    const [name, input] = make(s);
    const t = performance.now();
    const r = await dispatch(table, name, input);
    const ms = performance.now() - t;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    if (pass === 1) rows.push({ ms, input, kib: Math.round(JSON.stringify(r.data).length / 1024) });
  }
rows.sort((a, b) => b.ms - a.ms);
const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
const at = (p: number) => (ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)] ?? 0).toFixed(1);
process.stdout.write(`${call}: p50 ${at(0.5)} p95 ${at(0.95)} max ${at(1)} ms (second pass)\n`);
for (const r of rows.slice(0, Number(showArg)))
  process.stdout.write(`  ${r.ms.toFixed(1)} ms ${r.kib} KiB ${JSON.stringify(r.input).slice(0, 160)}\n`);
await kb.close();
