// Scores whole documents against gold pieced together from annotated excerpts that
// cover them (random samples plus the rest cut in chunks): each source document's
// excerpt golds are merged (entities by type and name, mentions pooled; relations
// pooled), and the whole document's extraction is scored against the merge, as a
// reader with gold of the whole document would score it.
//   npx tsx scripts/score-merged.ts SOURCE_DIR SAMPLE_DIR... [--errors]
// SAMPLE_DIR/docs/*.txt are verbatim excerpts of SOURCE_DIR/*.txt, SAMPLE_DIR/gold/*.json
// their gold. Figures only, unless --errors (refused when a check set is among the samples).
import { join } from "node:path";
import { extract, toGold } from "../db/extract/index.ts";
import { readDocument } from "../db/ingest/index.ts";
import { CHECK_SET } from "./check-sets.ts";
import { inCovered, mergeExcerptGold } from "./merge-gold.ts";
import { extraRelations, loadScorer, printScore } from "./score-print.ts";

const args = process.argv.slice(2);
const errors = args.includes("--errors");
const [sourceDir, ...sampleDirs] = args.filter((a) => !a.startsWith("--"));
if (!sourceDir || sampleDirs.length === 0)
  throw new Error("usage: score-merged.ts SOURCE_DIR SAMPLE_DIR... [--errors]");
if (errors && sampleDirs.some((d) => CHECK_SET.test(d)))
  throw new Error("a check set is among the samples: figures only");
const score = await loadScorer();

const { gold: merged, pieces, covered } = mergeExcerptGold(sourceDir, sampleDirs);
const gold = new Map<string, unknown>([...merged].map(([k, v]) => [k, v]));
const preds: ReturnType<typeof toGold>[] = [];
for (const f of merged.keys()) {
  const doc = await readDocument(join(sourceDir, f));
  preds.push(toGold(f, doc.text, extract({ text: doc.text, sections: doc.sections })));
}
const result = score(gold, preds, { verbose: errors });
printScore(`${sampleDirs.join(" + ")} merged into ${merged.size} documents (${pieces} pieces)`, result);
// Where the excerpts leave text uncovered (a check sample kept apart), what is found only there has no gold.
const inside = preds.map((p) => inCovered(p, covered.get(p.doc) ?? []));
printScore("…the same, predictions with a mention in the covered text only", score(gold, inside, {}));
if (errors) for (const m of [...(result.misses ?? []), ...extraRelations(gold, preds)]) console.log(m);
