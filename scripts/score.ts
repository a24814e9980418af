// Extractor check-up: scores the seeds and the devset (both halves) with the
// shared scorer and measures extraction throughput against @node-rs/jieba cut
// on the same texts. Prints figures only; the floors are asserted by
// tests/integration/quality.test.ts.
//   npx tsx scripts/score.ts [--no-speed] [--pairs-force] [--set DIR ...]
// --set DIR scores another annotated folder (DIR/docs/*.txt, DIR/gold/*.json) too.
// --pairs-force applies the learned pair proposer even when training left it disabled (what it would do).
import { existsSync, readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extract, toGold } from "../db/extract/index.ts";
import { readDocument } from "../db/ingest/index.ts";
import { loadScorer, printScore } from "./score-print.ts";

const root = resolve(fileURLToPath(import.meta.url), "..", "..");
const shared = resolve(root, "..", "shared");
const PAIRS = process.argv.includes("--pairs-force") ? ({ pairs: "force" } as const) : {};

async function load(dir: string) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(dir, f));
  return Promise.all(files.map(async (f) => ({ name: basename(f), doc: await readDocument(f) })));
}

async function scoreSet(
  label: string,
  docs: Awaited<ReturnType<typeof load>>,
  goldDirs: string[],
  keep: (f: string) => boolean = () => true,
) {
  const score = await loadScorer();
  const { readFileSync } = await import("node:fs");
  const gold = new Map<string, unknown>();
  for (const dir of goldDirs)
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".json") && keep(x))) {
      const g = JSON.parse(readFileSync(join(dir, f), "utf8")) as { doc: string };
      gold.set(basename(g.doc.split("#")[0] as string), g);
    }
  const preds = docs.map((d) =>
    toGold(d.name, d.doc.text, extract({ text: d.doc.text, sections: d.doc.sections }, PAIRS)),
  );
  printScore(label, score(gold, preds));
}

async function speed(texts: string[]) {
  const { Jieba } = await import("@node-rs/jieba");
  const { dict } = await import("@node-rs/jieba/dict");
  const jieba = Jieba.withDict(dict);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  // Warm both up, then take the best of several interleaved rounds (the machine is shared).
  for (const t of texts) {
    jieba.cut(t);
    extract({ text: t });
  }
  let bestJ = Number.POSITIVE_INFINITY;
  let bestE = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 7; k++) {
    let a = performance.now();
    for (const t of texts) jieba.cut(t);
    bestJ = Math.min(bestJ, performance.now() - a);
    a = performance.now();
    for (const t of texts) extract({ text: t });
    bestE = Math.min(bestE, performance.now() - a);
  }
  const rate = (ms: number) => `${((chars / ms) * 1000).toFixed(0)} chars/s`;
  console.log(
    `speed over ${chars} chars: jieba cut ${bestJ.toFixed(0)} ms (${rate(bestJ)}), extract ${bestE.toFixed(0)} ms (${rate(bestE)}), ratio ${(bestJ / bestE).toFixed(2)} (floor 0.25)`,
  );
}

const seeds = await load(join(root, "seeds"));
if (existsSync(join(shared, "tools", "score.mjs"))) {
  const dev = await load(join(shared, "devset", "docs"));
  await scoreSet("seeds", seeds, [join(shared, "gold")]);
  const devGold = join(shared, "devset", "gold");
  // dev01-36 are for development; dev37-45 only for measuring (do not read their errors).
  await scoreSet("devset dev01-36 (develop)", dev, [devGold], (f) => Number(f.slice(3, 5)) <= 36);
  await scoreSet("devset dev37-45 (measure only)", dev, [devGold], (f) => Number(f.slice(3, 5)) > 36);
  await scoreSet("devset all", dev, [devGold]);
  const argv = process.argv;
  for (let i = argv.indexOf("--set"); i >= 0; i = argv.indexOf("--set", i + 1)) {
    const dir = resolve(argv[i + 1] ?? ".");
    await scoreSet(basename(dir), await load(join(dir, "docs")), [join(dir, "gold")]);
  }
} else console.log(`no ${shared} (scorer and gold): scores skipped`);
if (!process.argv.includes("--no-speed")) await speed(seeds.map((s) => s.doc.text));
