// Dev probe: the bench's samples of one call (calls.ts) timed one by one on a database, slowest
// first, so a p95 can be traced to the inputs that make it.
// Usage: npx tsx scripts/scale/probe-calls.ts DB CALL [ROUNDS=30] [SHOW=5]
import { performance } from "node:perf_hooks";
import { createHandlers, dispatch } from "../../electron/api.ts";
import { KnowledgeBase } from "../../electron/knowledge-base.ts";
import { CALLS, type Sample } from "./calls.ts";
import { prng } from "./corpus.ts";

const [file, call, roundsArg = "30", showArg = "5"] = process.argv.slice(2);
const make = file && call ? CALLS[call] : undefined;
if (!file || !make) {
  process.stderr.write(`usage: probe-calls DB CALL [ROUNDS] [SHOW]; calls: ${Object.keys(CALLS).join(", ")}\n`);
  process.exit(2);
}
const kb = new KnowledgeBase(file, { keepBackups: 0 });
const table = createHandlers({ kb, host: "web", version: "probe", getLocale: () => "zh-CN", setLocale: () => {} });
const db = kb.db;
// The same samples as bench-scale.ts (same seed, same draws in the same order).
const ids = db.prepare<[], number>("SELECT id FROM entities ORDER BY id").pluck().all();
const names = db.prepare<[], string>("SELECT name FROM entities ORDER BY id").pluck().all();
const docIds = db.prepare<[], number>("SELECT id FROM documents ORDER BY id").pluck().all();
const years = db
  .prepare<[], number>(
    "SELECT DISTINCT CAST(substr(issue_date, 1, 4) AS INTEGER) FROM documents WHERE issue_date IS NOT NULL ORDER BY 1",
  )
  .pluck()
  .all();
const top =
  db
    .prepare<[], number>("SELECT entity_id FROM mentions GROUP BY entity_id ORDER BY count(*) DESC LIMIT 1")
    .pluck()
    .get() ?? 1;
const random = prng(7);
const pick = (): number => ids[Math.floor(random() * ids.length)] ?? 1;
const samples: Sample[] = Array.from({ length: Number(roundsArg) }, () => ({
  a: pick(),
  b: pick(),
  q: [...(names[Math.floor(random() * names.length)] ?? "产业园")].slice(0, 3).join(""),
  doc: docIds[Math.floor(random() * docIds.length)] ?? 1,
  top,
  year: years[Math.floor(random() * years.length)] ?? 2020,
  ids: Array.from({ length: 40 }, pick),
}));
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
