// Dev comparison of code trees on the first review-table page sorted by name after a write
// (issue 14): each side is a code root and the database it reads (a copy; an older tree needs a
// file of its own schema version). Per round and side (sides interleaved, order alternating):
// the page after an entity's rename, after importing one new document (a seed with a line of
// its own, through the import thread), after a merge of two entities and after a rejection —
// wall and CPU ms of this thread, median and min–max, with the load average.
// Usage: npx tsx scripts/scale/bench-label-write.ts [--rounds R] ROOT=DB ROOT=DB…
import { copyFileSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const pairs = args.filter((a) => a.includes("="));
if (!pairs.length) {
  process.stderr.write("usage: bench-label-write [--rounds R] ROOT=DB …\n");
  process.exit(2);
}
const seedsDir = join(import.meta.dirname, "../../seeds");
const seed = readdirSync(seedsDir).find((f) => f.endsWith(".txt")) as string;
const seedText = readFileSync(join(seedsDir, seed), "utf8");
const LABEL = {
  filters: { kind: "all", type: "", document: null, state: "unreviewed", rule: "", confidence: "", text: "" },
  keep: { entities: [], relations: [] },
  sort: { key: "label", dir: 1 },
  offset: 0,
  limit: 200,
  facets: false,
};

interface Side {
  name: string;
  call: (name: string, input: unknown) => Promise<unknown>;
  upload: (name: string, text: string) => Promise<unknown>;
  close: () => Promise<void>;
  ids: number[];
}
const sides: Side[] = [];
for (const [i, pair] of pairs.entries()) {
  const [root, db] = pair.split("=") as [string, string];
  const file = join(tmpdir(), `label-write-${process.pid}-${i}.sqlite`);
  copyFileSync(db, file);
  const at = (p: string) => import(pathToFileURL(join(root, p)).href);
  const { createHandlers, dispatch } = await at("electron/api.ts");
  const { KnowledgeBase } = await at("electron/knowledge-base.ts");
  const kb = new KnowledgeBase(file, { keepBackups: 0 });
  const table = createHandlers({ kb, host: "web", version: "bench", getLocale: () => "zh-CN", setLocale: () => {} });
  const ids: number[] = kb.db
    .prepare("SELECT id FROM entities WHERE type = 'enterprise' AND review = 'unreviewed' ORDER BY id LIMIT 100")
    .pluck()
    .all();
  sides.push({
    name: `${root} (${i})`,
    ids,
    call: async (name, input) => {
      const r = await dispatch(table, name, input);
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
      return r.data;
    },
    upload: (name, text) => kb.importUploads([{ name, bytes: Buffer.from(text, "utf8") }]),
    close: async () => {
      await kb.close();
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
      rmSync(`${file}.backups`, { recursive: true, force: true });
    },
  });
}

const times = new Map<string, { wall: number[]; cpu: number[] }>();
const page = async (side: Side, what: string) => {
  const c = process.cpuUsage();
  const t = performance.now();
  await side.call("reviewTable", LABEL);
  const wall = performance.now() - t;
  const u = process.cpuUsage(c);
  const k = `${what}\t${side.name}`;
  const r = times.get(k) ?? { wall: [], cpu: [] };
  r.wall.push(wall);
  r.cpu.push((u.user + u.system) / 1000);
  times.set(k, r);
};
const load0 = loadavg();
for (const side of sides) await page(side, "first page of the session");
for (let r = 0; r < rounds; r++) {
  for (const side of r % 2 ? [...sides].reverse() : sides) {
    const [a, b, c] = [side.ids[3 * r], side.ids[3 * r + 1], side.ids[3 * r + 2]] as [number, number, number];
    await page(side, "no write");
    await side.call("editEntity", { id: a, name: `阿${r}测试企业` });
    await page(side, "after a rename");
    await side.upload(`label-write-${r}.txt`, `${seedText}\n附：第${r}轮测试说明。\n`);
    await page(side, "after an import (1 document)");
    await side.call("mergeEntities", { into: b, from: [c] });
    await page(side, "after a merge");
    await side.call("setReview", { kind: "entity", id: b, state: "rejected" });
    await page(side, "after a rejection");
  }
}
const load1 = loadavg();
const fmt = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return `${(s[Math.floor((s.length - 1) / 2)] ?? 0).toFixed(0)} (${(s[0] ?? 0).toFixed(0)}–${(s.at(-1) ?? 0).toFixed(0)})`;
};
process.stdout.write(
  `${rounds} rounds; load ${load0.map((x) => x.toFixed(1)).join(" ")} → ${load1.map((x) => x.toFixed(1)).join(" ")}\n` +
    "label page\tside\twall ms median (min–max)\tCPU ms median (min–max)\n",
);
for (const [k, v] of times) process.stdout.write(`${k}\t${fmt(v.wall)}\t${fmt(v.cpu)}\n`);
for (const s of sides) await s.close();
