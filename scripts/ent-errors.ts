// Per-document entity misses and false hits of a folder against its gold (development aid).
//   npx tsx scripts/ent-errors.ts DOCS_DIR GOLD_DIR [--only REGEX] [--type T]
// Honesty: it refuses the measure-only and check sets (devset dev37-45, fresh B, C, E, N, P, S, V).
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { GoldJudge, loadGold, norm } from "../db/extract/gold-match.ts";
import { extract, toGold } from "../db/extract/index.ts";
import { readDocument } from "../db/ingest/index.ts";
import { CHECK_SET, MEASURE_ONLY_DOC } from "./check-sets.ts";

const [docsDir, goldDir, ...rest] = process.argv.slice(2);
if (!docsDir || !goldDir) throw new Error("usage: ent-errors.ts DOCS GOLD [--only RE] [--type T]");
const only = rest.includes("--only") ? new RegExp(rest[rest.indexOf("--only") + 1] as string) : /./;
const type = rest.includes("--type") ? rest[rest.indexOf("--type") + 1] : undefined;
if (CHECK_SET.test(docsDir) || MEASURE_ONLY_DOC.test(rest.join(" "))) throw new Error(`${docsDir} is measure-only`);
const gold = loadGold([goldDir]);
// dev37-45 are measured only: their errors are never listed.
const listed = (x: string) => x.endsWith(".txt") && only.test(x) && !MEASURE_ONLY_DOC.test(x);
for (const f of readdirSync(docsDir).filter(listed)) {
  const g = gold.get(basename(f));
  if (!g) continue;
  const doc = await readDocument(join(docsDir, f));
  const x = toGold(f, doc.text, extract({ text: doc.text, sections: doc.sections }));
  const judge = new GoldJudge(g);
  const found = new Set<unknown>();
  const fp: string[] = [];
  for (const e of x.entities) {
    if (type && e.type !== type) continue;
    const hit = judge.entity(e.type, e.name);
    if (hit) found.add(hit);
    else {
      const other = ["cluster", "park", "platform", "enterprise", "department"].find((t) => judge.entity(t, e.name));
      fp.push(`${e.type}:${e.name}${other ? ` (gold ${other})` : ""} [${(e as { rule?: string }).rule ?? ""}]`);
    }
  }
  const miss = g.entities.filter((e) => (!type || e.type === type) && !found.has(e)).map((e) => `${e.type}:${e.name}`);
  if (!miss.length && !fp.length) continue;
  console.log(`== ${f}`);
  if (miss.length) console.log(`  MISS ${miss.join(" | ")}`);
  if (fp.length) console.log(`  FP   ${fp.join(" | ")}`);
}
void norm;
