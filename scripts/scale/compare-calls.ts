// Dev comparison of code trees on the bench's calls (calls.ts): each side is a code root and the
// database it reads (a copy is measured; an older tree needs a file of its own schema version),
// measured in-process (wall and CPU ms) and through its own web host, the sides interleaved call
// by call so a busy moment of the shared machine hits both. Prints per call and side the median,
// p95 and min–max of R rounds, and the load average before and after.
// Usage: npx tsx scripts/scale/compare-calls.ts [--rounds R] [--cold] --only a,b ROOT=DB ROOT=DB…
// (--cold: a review decision through each side's host before each of its calls.)
import { copyFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { benchSamples, CALLS, type Sample } from "./calls.ts";

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const rounds = Number(opt("--rounds") ?? 20);
const cold = args.includes("--cold");
const only = (opt("--only") ?? "neighbourhood_2,reviewTable_label").split(",");
const pairs = args.filter((a) => a.includes("="));
if (pairs.length === 0 || only.some((k) => !CALLS[k])) {
  process.stderr.write("usage: compare-calls [--rounds R] [--cold] --only CALL,… ROOT=DB …\n");
  process.exit(2);
}

interface Side {
  name: string;
  file: string;
  local: (name: string, input: unknown) => Promise<void>;
  post: (name: string, input: unknown) => Promise<void>;
  close: () => Promise<void>;
}

const sides: Side[] = [];
for (const [i, pair] of pairs.entries()) {
  const [root, db] = pair.split("=") as [string, string];
  const file = join(tmpdir(), `compare-calls-${process.pid}-${i}.sqlite`);
  copyFileSync(db, file);
  const at = (p: string) => import(pathToFileURL(join(root, p)).href);
  const { createHandlers, dispatch } = await at("electron/api.ts");
  const { KnowledgeBase } = await at("electron/knowledge-base.ts");
  const { startWebHost } = await at("electron/web-host.ts");
  const kb = new KnowledgeBase(file, { keepBackups: 0 });
  const table = createHandlers({ kb, host: "web", version: "compare", getLocale: () => "zh-CN", setLocale: () => {} });
  const host = await startWebHost({ dbFile: file, port: 0, staticDir: join(root, "dist/renderer") });
  await host.ready;
  sides.push({
    name: `${root} (${i})`,
    file,
    local: async (name, input) => {
      const r = await dispatch(table, name, input);
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    },
    post: async (name, input) => {
      const res = await fetch(`${host.url}api/${name}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-kg-token": host.token },
        body: JSON.stringify(input),
      });
      const env = (await res.json()) as { ok: boolean; error?: unknown };
      if (!env.ok) throw new Error(`${name}: ${JSON.stringify(env.error)}`);
    },
    close: async () => {
      await host.close();
      await kb.close();
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
      rmSync(`${file}.backups`, { recursive: true, force: true });
    },
  });
}

// The bench's samples (bench-scale.ts: same seed, same draws), read from the first side's file.
const { openDatabase } = await import(pathToFileURL(join(pairs[0]?.split("=")[0] ?? ".", "db/store/open.ts")).href);
const db = openDatabase((sides[0] as Side).file, { keepBackups: 0 });
const samples: Sample[] = benchSamples(db, rounds);
db.close();

const load0 = loadavg();
const runs = new Map<string, { wall: number[]; cpu: number[]; web: number[] }>();
const rec = (k: string) => {
  let r = runs.get(k);
  if (!r) runs.set(k, (r = { wall: [], cpu: [], web: [] }));
  return r;
};
let toggle = 0;
for (const s of samples) {
  for (const k of only) {
    const [name, input] = (CALLS[k] as (s: Sample) => [string, unknown])(s);
    for (const side of toggle++ % 2 ? [...sides].reverse() : sides) {
      const r = rec(`${k}\t${side.name}`);
      const c = process.cpuUsage();
      const t = performance.now();
      await side.local(name, input);
      r.wall.push(performance.now() - t);
      const u = process.cpuUsage(c);
      r.cpu.push((u.user + u.system) / 1000);
      if (cold)
        await side.post("setReview", { kind: "entity", id: s.b, state: toggle % 2 ? "confirmed" : "unreviewed" });
      const w = performance.now();
      await side.post(name, input);
      r.web.push(performance.now() - w);
    }
  }
}
const load1 = loadavg();
const fmt = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => (s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? 0).toFixed(1);
  return `${q(0.5)} / ${q(0.95)} (${q(0)}–${q(1)})`;
};
process.stdout.write(
  `${rounds} rounds${cold ? ", cold" : ""}; load ${load0.map((x) => x.toFixed(1)).join(" ")} → ${load1.map((x) => x.toFixed(1)).join(" ")}\n` +
    "call\tside\tin-process p50 / p95 (min–max)\tCPU p50 / p95\tweb p50 / p95\n",
);
for (const [k, r] of runs) process.stdout.write(`${k}\t${fmt(r.wall)}\t${fmt(r.cpu)}\t${fmt(r.web)}\n`);
for (const s of sides) await s.close();
