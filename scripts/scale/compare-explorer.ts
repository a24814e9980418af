// Dev aid (not a test): the explorer built from two code trees on the same database, rounds
// interleaved (A then B, then B then A, ...) so that both sides meet the same neighbours on this
// shared machine. Each round per side: a cold start (stored positions cleared), then a warm one.
// Prints each start and the median with min–max per side and start.
// Usage: npx tsx scripts/scale/compare-explorer.ts DB STATIC_A STATIC_B [ROUNDS]
// (STATIC_x: a renderer built for production, e.g. by buildProductionRenderer in ./explorer.ts)
import { copyFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { clearPositions } from "../../db/graph/positions.ts";
import { openDatabase } from "../../db/store/open.ts";
import { startWebHost } from "../../electron/web-host.ts";
import { oneRound, type Round, summarise } from "./explorer.ts";

const [dbIn, a, b, roundsArg = "2"] = process.argv.slice(2);
if (!dbIn || !a || !b) throw new Error("usage: compare-explorer.ts DB STATIC_A STATIC_B [ROUNDS]");
const rounds = Math.max(1, Number(roundsArg) || 1);
const sides = [
  { name: "A", staticDir: a },
  { name: "B", staticDir: b },
].map((s) => {
  const dbFile = join(tmpdir(), `kg-compare-${process.pid}-${s.name}.sqlite`);
  copyFileSync(dbIn, dbFile);
  return { ...s, dbFile, cold: [] as Round[], warm: [] as Round[] };
});
const hosts = await Promise.all(sides.map((s) => startWebHost({ dbFile: s.dbFile, port: 0, staticDir: s.staticDir })));
await Promise.all(hosts.map((h) => h.ready));
const load = () => Math.round((loadavg()[0] ?? 0) * 10) / 10;
try {
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      const side = sides[k];
      const host = hosts[k];
      if (!side || !host) continue;
      const db = openDatabase(side.dbFile);
      clearPositions(db);
      db.close();
      for (const kind of ["cold", "warm"] as const) {
        const r = await oneRound(host.openUrl);
        side[kind].push(r);
        console.log(`round ${i + 1} ${side.name} ${kind} (load ${load()}): ${JSON.stringify(r)}`);
      }
    }
  }
  for (const s of sides)
    console.log(`${s.name} (${s.staticDir}): ${JSON.stringify({ cold: summarise(s.cold), warm: summarise(s.warm) })}`);
} finally {
  await Promise.all(hosts.map((h) => h.close()));
  // (the host keeps a daily backup beside the file)
  for (const s of sides) for (const f of [s.dbFile, `${s.dbFile}.backups`]) rmSync(f, { force: true, recursive: true });
}
