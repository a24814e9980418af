// Scores whole documents against gold pieced together from annotated excerpts that
// cover them (random samples plus the rest cut in chunks): each source document's
// excerpt golds are merged (entities by type and name, mentions pooled; relations
// pooled), and the whole document's extraction is scored against the merge, as a
// reader with gold of the whole document would score it.
//   npx tsx scripts/score-merged.ts SOURCE_DIR SAMPLE_DIR... [--errors]
// SAMPLE_DIR/docs/*.txt are verbatim excerpts of SOURCE_DIR/*.txt, SAMPLE_DIR/gold/*.json
// their gold. Figures only, unless --errors (refused when a check set is among the samples).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract, toGold } from "../db/extract/index.ts";
import { readDocument } from "../db/ingest/index.ts";
import { CHECK_SET } from "./check-sets.ts";
import { extraRelations, loadScorer, printScore } from "./score-print.ts";

const args = process.argv.slice(2);
const errors = args.includes("--errors");
const [sourceDir, ...sampleDirs] = args.filter((a) => !a.startsWith("--"));
if (!sourceDir || sampleDirs.length === 0)
  throw new Error("usage: score-merged.ts SOURCE_DIR SAMPLE_DIR... [--errors]");
if (errors && sampleDirs.some((d) => CHECK_SET.test(d)))
  throw new Error("a check set is among the samples: figures only");
const score = await loadScorer();

interface GoldEntity {
  name: string;
  type: string;
  mentions: string[];
  level?: unknown;
  status?: unknown;
}
interface GoldRelation {
  type: string;
  source: string;
  target: string;
  evidence: string;
}
interface Gold {
  doc: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

const squash = (t: string) => t.replace(/[\s*#]+/gu, "");
const sources = readdirSync(sourceDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => ({ f, raw: squash(readFileSync(join(sourceDir, f), "utf8")) }));
const merged = new Map<string, Gold>();
let pieces = 0;
for (const dir of sampleDirs)
  for (const f of readdirSync(join(dir, "docs")).filter((x) => x.endsWith(".txt"))) {
    // The excerpt's source: the file whose raw text holds its opening characters.
    const head = squash(readFileSync(join(dir, "docs", f), "utf8")).slice(0, 40);
    const src = sources.find((x) => head && x.raw.includes(head));
    if (!src) throw new Error(`${f}: no source in ${sourceDir}`);
    const g = JSON.parse(readFileSync(join(dir, "gold", f.replace(/\.txt$/u, ".json")), "utf8")) as Gold;
    const into = merged.get(src.f) ?? { doc: src.f, entities: [], relations: [] };
    merged.set(src.f, into);
    for (const e of g.entities) {
      const same = into.entities.find((x) => x.type === e.type && x.name === e.name);
      if (same) same.mentions = [...new Set([...same.mentions, ...e.mentions])];
      else into.entities.push({ ...e, mentions: [...e.mentions] });
    }
    for (const r of g.relations)
      if (!into.relations.some((x) => x.type === r.type && x.source === r.source && x.target === r.target))
        into.relations.push(r);
    pieces++;
  }

const gold = new Map<string, unknown>([...merged].map(([k, v]) => [k, v]));
const preds: unknown[] = [];
for (const f of merged.keys()) {
  const doc = await readDocument(join(sourceDir, f));
  preds.push(toGold(f, doc.text, extract({ text: doc.text, sections: doc.sections })));
}
const result = score(gold, preds, { verbose: errors });
printScore(`${sampleDirs.join(" + ")} merged into ${merged.size} documents (${pieces} pieces)`, result);
if (errors) for (const m of [...(result.misses ?? []), ...extraRelations(gold, preds)]) console.log(m);
