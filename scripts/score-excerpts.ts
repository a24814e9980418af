// Scores a sample of excerpts (like a random sample of the long seeds) the way
// the product reads them: each excerpt's whole source document is extracted,
// and only what the extractor finds inside the excerpt is scored against the
// excerpt's gold. (Scoring the excerpt as a document of its own would lose the
// document's context: its zone, its city, a list's carried prefix.)
//   npx tsx scripts/score-excerpts.ts SAMPLE_DIR SOURCE_DIR [--errors]
// SAMPLE_DIR/docs/*.txt are verbatim excerpts, SAMPLE_DIR/gold/*.json their gold;
// each excerpt is found in one SOURCE_DIR/*.txt by its text. Prints figures, and with
// --errors (refused on check sets) each excerpt's misses and false hits.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract, toGold } from "../db/extract/index.ts";
import { readDocument } from "../db/ingest/index.ts";
import type { Extraction } from "../db/types.ts";
import { CHECK_SET } from "./check-sets.ts";
import { extraRelations, loadScorer, printScore } from "./score-print.ts";

const [sampleDir, sourceDir, flag] = process.argv.slice(2);
if (!sampleDir || !sourceDir) throw new Error("usage: score-excerpts.ts SAMPLE_DIR SOURCE_DIR [--errors]");
const errors = flag === "--errors";
if (errors && CHECK_SET.test(sampleDir)) throw new Error(`${sampleDir} is a check set: figures only`);
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
  // Reading a document joins wrapped lines and drops Markdown marks (bullets, rules) and page
  // numbers (-29-): the excerpt is found without them.
  const bare = excerpt
    .replace(/^[ \t]*[-—–－][ \t]*\d{1,3}[ \t]*[-—–－][ \t]*$/gmu, "")
    .replace(/^[ \t]*(?:-{3,}|\*{3,})[ \t]*$/gmu, "")
    .replace(/^[ \t]*[-+*][ \t]+/gmu, "")
    .replace(/[\s*#]+/gu, "");
  // Whole, or else by its first and last 30 characters (reading also drops a PDF's running
  // headers and footers, such as a web address, from inside the excerpt).
  const found = (t: string): [number, number] | null => {
    const at = t.indexOf(bare);
    if (at >= 0) return [at, at + bare.length];
    const head = t.indexOf(bare.slice(0, 30));
    const tail = head < 0 ? -1 : t.indexOf(bare.slice(-30), head);
    return tail >= 0 && tail - head < bare.length * 1.2 ? [head, tail + 30] : null;
  };
  const hit = sources.map((x) => ({ x, at: found(squeeze(x.doc.text).text) })).find((h) => h.at);
  if (!hit?.at) throw new Error(`${f}: not found in ${sourceDir}`);
  const src = hit.x;
  const { at: map } = squeeze(src.doc.text);
  const a = map[hit.at[0]] as number;
  const b = (map[hit.at[1] - 1] as number) + 1;
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
const result = score(gold, preds, { verbose: errors });
printScore(`${sampleDir} (in context)`, result);
if (errors) {
  for (const m of result.misses ?? []) console.log(m);
  for (const line of extraRelations(gold, preds)) console.log(line);
}
