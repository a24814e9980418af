// Scores a sample of excerpts (like a random sample of the long seeds) the way
// the product reads them: each excerpt's whole source document is extracted,
// and only what the extractor finds inside the excerpt is scored against the
// excerpt's gold. (Scoring the excerpt as a document of its own would lose the
// document's context: its zone, its city, a list's carried prefix.)
//   npx tsx scripts/score-excerpts.ts SAMPLE_DIR SOURCE_DIR
// SAMPLE_DIR/docs/*.txt are verbatim excerpts, SAMPLE_DIR/gold/*.json their gold;
// each excerpt is found in one SOURCE_DIR/*.txt by its text. Prints figures only.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract, toGold } from "../db/extract/index.ts";
import { readDocument } from "../db/ingest/index.ts";
import type { Extraction } from "../db/types.ts";
import { loadScorer, printScore } from "./score-print.ts";

const [sampleDir, sourceDir] = process.argv.slice(2);
if (!sampleDir || !sourceDir) throw new Error("usage: score-excerpts.ts SAMPLE_DIR SOURCE_DIR");
const score = await loadScorer();

const sources = await Promise.all(
  readdirSync(sourceDir)
    .filter((f) => f.endsWith(".txt"))
    .map(async (f) => ({ f, doc: await readDocument(join(sourceDir, f)) })),
);
/** The text without whitespace, and where each of its characters stands in the text. */
const squeezed = new Map<string, { text: string; at: number[] }>();
function squeeze(t: string): { text: string; at: number[] } {
  let r = squeezed.get(t);
  if (!r) {
    const at: number[] = [];
    let text = "";
    for (let i = 0; i < t.length; i++)
      if (!/[\s*#]/u.test(t[i] as string)) {
        text += t[i];
        at.push(i);
      }
    r = { text, at };
    squeezed.set(t, r);
  }
  return r;
}
const extracted = new Map<string, Extraction>();
const gold = new Map<string, unknown>();
const preds: unknown[] = [];
for (const f of readdirSync(join(sampleDir, "docs")).filter((x) => x.endsWith(".txt"))) {
  const excerpt = readFileSync(join(sampleDir, "docs", f), "utf8");
  // Reading a document joins wrapped lines and drops Markdown marks: the excerpt is found without them.
  const bare = excerpt.replace(/[\s*#]+/gu, "");
  const hit = sources.map((x) => ({ x, at: squeeze(x.doc.text).text.indexOf(bare) })).find((h) => h.at >= 0);
  if (!hit) throw new Error(`${f}: not found in ${sourceDir}`);
  const src = hit.x;
  const { at: map } = squeeze(src.doc.text);
  const a = map[hit.at] as number;
  const b = (map[hit.at + bare.length - 1] as number) + 1;
  let x = extracted.get(src.f);
  if (!x) {
    x = extract({ text: src.doc.text, sections: src.doc.sections });
    extracted.set(src.f, x);
  }
  // What the extractor found inside the excerpt: entities with a mention there, relations whose
  // evidence overlaps it and whose two ends are named there.
  const inside = new Set<string>();
  const entities = x.entities.flatMap((e) => {
    const mentions = e.mentions.filter((m) => m.start >= a && m.end <= b);
    if (mentions.length === 0) return [];
    inside.add(e.key);
    return [{ ...e, mentions }];
  });
  const relations = x.relations.filter(
    (r) => r.evidence.start < b && r.evidence.end > a && inside.has(r.source) && inside.has(r.target),
  );
  preds.push(toGold(f, src.doc.text, { ...x, entities, relations }));
  gold.set(f, JSON.parse(readFileSync(join(sampleDir, "gold", f.replace(/\.txt$/u, ".json")), "utf8")));
}
printScore(`${sampleDir} (in context)`, score(gold, preds));
