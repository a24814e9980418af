// Robustness to page layout (development aid): every annotated document is scored against its gold as it is
// and with web-page layout noise added (one sentence per line, blank lines between sentences or paragraphs,
// digits set off by spaces, indents, no-break spaces). A reader finds the same things in each; every point
// lost is a rule that reads layout as meaning (session 30: blank lines between paragraphs cost 0.9 relation
// points before blank-lines.ts, 0.4 after).
//   npx tsx scripts/perturb-layout.ts [DIR ...]   (DIR: an annotated folder with docs/ and gold/)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { extract, toGold } from "../db/extract/index.ts";
import { readDocument } from "../db/ingest/index.ts";

const root = resolve(import.meta.dirname, "..");
const scorer = join(root, "..", "shared", "tools", "score.mjs");
if (!existsSync(scorer)) throw new Error(`the shared scorer is missing: ${scorer}`);
const { score } = await import(pathToFileURL(scorer).href);
const annotated = join(root, "tests", "fixtures", "annotated");
const dirs = process.argv.slice(2);
const folders = dirs.length ? dirs : readdirSync(annotated).map((d) => join(annotated, d));

const NOISE: Record<string, (t: string) => string> = {
  "as written": (t) => t,
  "one sentence per line": (t) => t.replace(/。(?!\n)/gu, "。\n"),
  "blank line after each sentence": (t) => t.replace(/。(?!\n)/gu, "。\n\n"),
  "blank line between paragraphs": (t) => t.replace(/\n(?!\n)/gu, "\n\n"),
  "digits set off by spaces": (t) => t.replace(/(\d+)/gu, " $1 "),
  "indented paragraphs": (t) => t.replace(/\n(?=\S)/gu, "\n\u3000\u3000"),
  "no-break space after commas": (t) => t.replace(/，/gu, "，\u00a0"),
};

const gold = new Map<string, unknown>();
const preds: Record<string, unknown[]> = Object.fromEntries(Object.keys(NOISE).map((k) => [k, []]));
for (const dir of folders) {
  const goldDir = join(dir, "gold");
  if (!existsSync(goldDir)) continue;
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith(".json"))) {
    const g = JSON.parse(readFileSync(join(goldDir, f), "utf8"));
    const name = basename(g.doc.split("#")[0]);
    const path = join(dir, "docs", name);
    if (!existsSync(path)) continue;
    gold.set(name, g);
    const { text } = await readDocument(path);
    for (const [k, noise] of Object.entries(NOISE)) {
      const t = noise(text);
      preds[k]?.push(toGold(name, t, extract({ text: t })));
    }
  }
}
const pct = (x: number) => (100 * x).toFixed(1);
console.log(`${gold.size} documents, entity / relation F1:`);
for (const k of Object.keys(NOISE)) {
  const r = score(gold, preds[k]);
  console.log(`  ${k.padEnd(32)} ${pct(r.entities.f)} / ${pct(r.relations.f)}`);
}
