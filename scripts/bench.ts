// Speed figures in one run (npm run bench; npm run --silent bench -- --json):
// extraction vs jieba throughput on the seed text, ingesting the seeds into a new database,
// ingesting 1,000 synthetic documents one at a time, and peak memory.
// Targets: all seeds < 1 s; 1,000 documents < 60 s; memory flat.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { readDocument, readDocumentBytes } from "../db/ingest/index.ts";
import { importDocument, importPaths } from "../db/store/import.ts";
import { openDatabase } from "../db/store/open.ts";
import { extractor } from "../db/store/pipeline.ts";

const args = process.argv.slice(2);
if (args.includes("--scale")) {
  // The scale benchmark (scripts/scale/bench-scale.ts) replaces this one.
  const { runScaleBench } = await import("./scale/bench-scale.ts");
  await runScaleBench(args);
  process.exit(0);
}
const json = args.includes("--json");
const unknown = args.filter((a) => a !== "--json");
if (unknown.length > 0) {
  process.stderr.write(
    `bench: unknown argument ${unknown[0]} (usage: bench [--json] | bench --scale N [--json] [--reuse] [--no-browser] [--rounds R])\n`,
  );
  process.exit(2);
}
const SEEDS = join(import.meta.dirname, "..", "seeds");
const SYNTHETIC_DOCS = 1000;
const log = (line: string): void => {
  if (!json) process.stdout.write(`${line}\n`);
};
const mb = (kb: number): number => Math.round((kb / 1024) * 10) / 10;

/** Runs `fn` over all texts until at least `minMs` has passed; characters per second. */
function throughput(texts: string[], fn: (t: string) => unknown, minMs = 1500): number {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (const t of texts) fn(t); // warm-up
  let rounds = 0;
  const start = performance.now();
  do {
    for (const t of texts) fn(t);
    rounds++;
  } while (performance.now() - start < minMs);
  return Math.round((chars * rounds) / ((performance.now() - start) / 1000));
}

/** mulberry32: a small deterministic PRNG, so every run builds the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => join(SEEDS, f));
const seedDocs = await Promise.all(seedFiles.map((f) => readDocument(f)));
const texts = seedDocs.map((d) => d.text);
const seedChars = texts.reduce((n, t) => n + t.length, 0);

// 1. Extraction vs jieba on the same text.
const extract = extractor();
const extractRate = throughput(texts, (t) => extract({ text: t }));
const jieba = Jieba.withDict(dict);
const jiebaRate = throughput(texts, (t) => jieba.cut(t, false));
log(`seed text: ${seedDocs.length} documents, ${seedChars} characters`);
log(`extract:   ${extractRate.toLocaleString("en")} chars/s`);
log(`jieba cut: ${jiebaRate.toLocaleString("en")} chars/s (extract/jieba = ${(extractRate / jiebaRate).toFixed(2)})`);

const dir = mkdtempSync(join(tmpdir(), "kg-bench-"));
try {
  // 2. All seeds into a new database (read + extract + store).
  const seedsDb = openDatabase(join(dir, "seeds.sqlite"));
  let t0 = performance.now();
  const summary = await importPaths(seedsDb, [SEEDS]);
  const seedsMs = Math.round(performance.now() - t0);
  seedsDb.pragma("wal_checkpoint(TRUNCATE)");
  seedsDb.close();
  const seedsDbBytes = statSync(join(dir, "seeds.sqlite")).size;
  log(
    `ingest seeds: ${seedsMs} ms (${summary.documents} documents, ${summary.entities} entities, ${summary.relations} relations, ` +
      `${summary.rejected.length} rejected; database ${(seedsDbBytes / 1024).toFixed(0)} KiB)`,
  );

  // 3. Synthetic corpus: seed paragraphs recombined, so names recur across documents as in a
  // real corpus. Each document is built, read and imported on its own: never all in memory.
  const paragraphs = texts.flatMap((t) => t.split("\n")).filter((p) => p.trim().length >= 8);
  const random = prng(20260516);
  const db = openDatabase(join(dir, "synthetic.sqlite"));
  const encoder = new TextEncoder();
  let chars = 0;
  // Where the time goes: reading (decode, normalise, structure), extraction, the store.
  const phases = { read: 0, extract: 0, store: 0 };
  t0 = performance.now();
  for (let i = 0; i < SYNTHETIC_DOCS; i++) {
    const n = 20 + Math.floor(random() * 40);
    const lines = [`威海市关于推进产业发展的第${i + 1}号通知`];
    for (let k = 0; k < n; k++) lines.push(paragraphs[Math.floor(random() * paragraphs.length)] ?? "");
    const text = `${lines.join("\n")}\n`;
    chars += text.length;
    let t = performance.now();
    const doc = await readDocumentBytes(`synthetic-${String(i + 1).padStart(4, "0")}.txt`, encoder.encode(text));
    phases.read += performance.now() - t;
    t = performance.now();
    const x = extract({ text: doc.text, sections: doc.sections, fileName: doc.fileName });
    phases.extract += performance.now() - t;
    t = performance.now();
    const out = importDocument(db, doc, x);
    phases.store += performance.now() - t;
    if (out.status === "rejected") throw new Error(`synthetic document ${i + 1} rejected: ${out.reason}`);
    if ((i + 1) % 250 === 0) {
      const rss = process.memoryUsage().rss;
      log(`  ${i + 1} documents: ${Math.round(performance.now() - t0)} ms, rss ${(rss / 1048576).toFixed(0)} MB`);
    }
  }
  const syntheticMs = Math.round(performance.now() - t0);
  const counts = db
    .prepare("SELECT (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM relations) AS relations")
    .get();
  db.close();
  log(
    `ingest ${SYNTHETIC_DOCS} synthetic documents (${chars} characters): ${syntheticMs} ms ${JSON.stringify(counts)}`,
  );
  log(
    `  of which read ${Math.round(phases.read)} ms, extract ${Math.round(phases.extract)} ms, store ${Math.round(phases.store)} ms`,
  );

  const peak = mb(process.resourceUsage().maxRSS);
  log(`peak RSS: ${peak} MB`);
  if (json) {
    process.stdout.write(
      `${JSON.stringify({
        extract_chars_per_s: extractRate,
        jieba_chars_per_s: jiebaRate,
        ratio: Math.round((extractRate / jiebaRate) * 1000) / 1000,
        seeds_ingest_ms: seedsMs,
        synthetic_docs: SYNTHETIC_DOCS,
        synthetic_ingest_ms: syntheticMs,
        peak_rss_mb: peak,
      })}\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
