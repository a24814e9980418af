// Robustness of park relations (development aid; no gold needed): a sentence naming parks the document is
// not about is added to every annotated document, and the park relations that disappear are counted. A
// reader loses none of them, so every loss is a document-level decision that hangs on how many parks a
// text names (session 28: adding a few list parks had cost a fifth of park_enterprise recall on unseen text).
//   npx tsx scripts/perturb-parks.ts [--mid] [--inline] [--add "TEXT"] [DIR ...]   (DIR: an annotated folder with docs/)
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../db/extract/index.ts";
import { readDocument } from "../db/ingest/index.ts";

const args = process.argv.slice(2);
const mid = args.includes("--mid");
// --inline: the sentence closes a paragraph of the text instead of standing on its own line.
const inline = args.includes("--inline");
const add = args.includes("--add")
  ? inline
    ? args[args.indexOf("--add") + 1]
    : `\n${args[args.indexOf("--add") + 1]}\n`
  : "\n全市还有青岚工业园、禾丰产业园、云岫物流园等园区。\n";
const dirs = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--add");
const root = join(import.meta.dirname, "..", "tests", "fixtures", "annotated");
const folders = dirs.length ? dirs : readdirSync(root).map((d) => join(root, d));

type Out = ReturnType<typeof extract>;
/** Park relations by their ends' names, with the rule that made each. */
function parkRelations(x: Out): Map<string, string> {
  const name = new Map(x.entities.map((e) => [e.key, e.name]));
  const out = new Map<string, string>();
  for (const r of x.relations)
    if (r.type.startsWith("park_")) out.set(`${r.type}|${name.get(r.source)}|${name.get(r.target)}`, r.rule);
  return out;
}

let total = 0;
let lost = 0;
let docs = 0;
const byRule = new Map<string, number>();
for (const dir of folders) {
  const docsDir = join(dir, "docs");
  if (!existsSync(docsDir)) continue;
  for (const f of readdirSync(docsDir).filter((x) => x.endsWith(".txt"))) {
    const { text } = await readDocument(join(docsDir, f));
    const before = parkRelations(extract({ text }));
    const at = mid ? text.indexOf("\n", Math.floor(text.length / 2)) : -1;
    const changed = at > 0 ? text.slice(0, at) + add + text.slice(at) : text + add;
    const after = parkRelations(extract({ text: changed }));
    total += before.size;
    let here = 0;
    for (const [k, rule] of before)
      if (!after.has(k)) {
        here++;
        byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
      }
    lost += here;
    if (here) docs++;
  }
}
console.log(`park relations ${total}, lost ${lost} in ${docs} documents`);
console.log(
  [...byRule]
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(", "),
);
