// Cost of the time queries on a big database: CPU ms and JSON bytes of entityHistory for the
// most-mentioned entity and of timeUnits. Sides ("root" directories of the code to compare,
// e.g. a copy of main and this worktree) are interleaved round by round; prints the median and
// the spread. Usage: tsx scripts/scale/bench-time.ts DB ROUNDS ROOT...
import { cpuUsage } from "node:process";
import { pathToFileURL } from "node:url";

const [dbPath, roundsArg, ...roots] = process.argv.slice(2);
if (!dbPath || roots.length === 0) throw new Error("usage: bench-time.ts DB ROUNDS ROOT...");
const rounds = Number(roundsArg) || 3;
type Run = { run: (input: object) => unknown };
type Api = { history: Run; units: Run };
const sides: { root: string; api: Api; db: unknown }[] = [];
for (const root of roots) {
  const open = await import(pathToFileURL(`${root}/db/store/open.ts`).href);
  // Through the host's handlers: what the renderer receives is what is measured.
  const api = await import(pathToFileURL(`${root}/electron/api/time.ts`).href);
  const db = open.openDatabase(dbPath);
  const h = api.timeHandlers({ db: () => db, actor: "bench" });
  sides.push({ root, db, api: { history: h.entityHistory, units: h.timeUnits } });
}
const top = (sides[0]?.db as { prepare: (s: string) => { get: () => { entity_id: number; n: number } } })
  .prepare("SELECT entity_id, count(*) AS n FROM mentions GROUP BY entity_id ORDER BY n DESC LIMIT 1")
  .get();
console.log(`most-mentioned entity ${top.entity_id} (${top.n} mentions)`);
const cpuMs = (f: () => unknown) => {
  const c = cpuUsage();
  const out = JSON.stringify(f() ?? null);
  const d = cpuUsage(c);
  return { ms: (d.user + d.system) / 1000, bytes: Buffer.byteLength(out) };
};
const results = new Map<string, { ms: number[]; bytes: number }>();
for (let r = 0; r < rounds; r++) {
  for (const s of sides) {
    for (const [name, f] of [
      ["entityHistory", () => s.api.history.run({ id: top.entity_id })],
      ["timeUnits", () => s.api.units.run({})],
    ] as const) {
      const m = cpuMs(f);
      const k = `${s.root} ${name}`;
      const e = results.get(k) ?? { ms: [], bytes: m.bytes };
      e.ms.push(m.ms);
      results.set(k, e);
    }
  }
}
for (const [k, v] of results) {
  const ms = [...v.ms].sort((a, b) => a - b);
  const med = ms[Math.floor(ms.length / 2)] ?? 0;
  console.log(
    `${k}: median ${med.toFixed(0)} ms CPU (min ${ms[0]?.toFixed(0)}, max ${ms[ms.length - 1]?.toFixed(0)}, n=${ms.length}), ${v.bytes} bytes JSON`,
  );
}
