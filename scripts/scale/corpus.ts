// The growing-names corpus of the scale benchmark: seed paragraphs recombined as in
// scripts/bench.ts, but one enterprise/park/platform name in five altered, so the number of
// entities keeps growing with the corpus instead of saturating at the seeds' few hundred.
// Written once per size into a cache folder (os.tmpdir()), reused by later runs.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extract } from "../../db/extract/index.ts";
import { readDocument } from "../../db/ingest/index.ts";

const SEEDS = join(import.meta.dirname, "..", "..", "seeds");
/** Bump when the generator changes, so cached corpora are rebuilt. */
const CORPUS_VERSION = 1;
export const CACHE = join(tmpdir(), "kg-scale-cache");

/** mulberry32: a small deterministic PRNG, so every run builds the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Invented two-character brand syllables; a name is altered by putting one pair in front of it.
const SYLLABLES = [..."瑞德华信泰安恒宏昌盛达远鑫源博睿嘉禾凯翔金汇天宇联创新航中科海蓝龙腾永兴佳合正通"];

interface Paragraph {
  text: string;
  /** Enterprise/park/platform mention spans inside the paragraph, in order, not overlapping. */
  spans: { start: number; end: number }[];
}

async function seedParagraphs(): Promise<Paragraph[]> {
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const out: Paragraph[] = [];
  for (const f of files) {
    const doc = await readDocument(join(SEEDS, f));
    const x = extract({ text: doc.text, sections: doc.sections, fileName: doc.fileName });
    const spans = x.entities
      .filter((e) => e.type === "enterprise" || e.type === "park" || e.type === "platform")
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end })))
      .sort((a, b) => a.start - b.start);
    let at = 0;
    for (const line of doc.text.split("\n")) {
      const from = at;
      at += line.length + 1;
      if (line.trim().length < 8) continue;
      let last = from;
      const inside = spans
        .filter((s) => s.start >= from && s.end <= from + line.length)
        .filter((s) => {
          if (s.start < last) return false; // overlapping spans (coordinations): keep the first
          last = s.end;
          return true;
        })
        .map((s) => ({ start: s.start - from, end: s.end - from }));
      out.push({ text: line, spans: inside });
    }
  }
  return out;
}

/** One in five names gets a brand from a pool that grows with the document number. */
function alter(p: Paragraph, docIndex: number, random: () => number): string {
  let text = "";
  let at = 0;
  for (const s of p.spans) {
    text += p.text.slice(at, s.start);
    const name = p.text.slice(s.start, s.end);
    if (random() < 0.2) {
      const k = Math.floor(random() * (docIndex * 2 + 8));
      const a = SYLLABLES[k % SYLLABLES.length] ?? "瑞";
      const b = SYLLABLES[Math.floor(k / SYLLABLES.length) % SYLLABLES.length] ?? "德";
      const c =
        k >= SYLLABLES.length ** 2 ? (SYLLABLES[Math.floor(k / SYLLABLES.length ** 2) % SYLLABLES.length] ?? "") : "";
      text += `${c}${a}${b}${name}`;
    } else {
      text += name;
    }
    at = s.end;
  }
  return text + p.text.slice(at);
}

/** The folder holding the N documents of the corpus (built on first use). */
export async function scaleCorpus(n: number, log: (line: string) => void): Promise<string> {
  const dir = join(CACHE, `corpus-v${CORPUS_VERSION}-${n}`);
  if (existsSync(join(dir, ".complete"))) return dir;
  const tmp = `${dir}.building-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const paragraphs = await seedParagraphs();
  const random = prng(20260516);
  for (let i = 0; i < n; i++) {
    const count = 20 + Math.floor(random() * 40);
    const lines = [`威海市关于推进产业发展的第${i + 1}号通知`];
    for (let k = 0; k < count; k++) {
      const p = paragraphs[Math.floor(random() * paragraphs.length)];
      if (p) lines.push(alter(p, i, random));
    }
    const sub = join(tmp, String(Math.floor(i / 1000)).padStart(3, "0"));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `scale-${String(i + 1).padStart(6, "0")}.txt`), `${lines.join("\n")}\n`);
  }
  writeFileSync(join(tmp, ".complete"), "");
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  log(`corpus: ${n} documents written to ${dir}`);
  return dir;
}
