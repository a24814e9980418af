// The learned list layer's training (db/extract/learned-lists.ts), run by `npm run train`:
// one row per enumeration of the development documents (seed dev gold, dev01–dev36, the seed
// samples T/U/UJ/S2, every annotated set under tests/fixtures/annotated), labelled by the gold (half its items or more
// are gold clusters), features read where the extractor reads them (rule candidates only).
// Five-fold cross-validation by document: the cluster items the layer would add to held-out
// documents, gold or not, at each threshold of the grid. The threshold kept is the one whose
// added items are right most often net (gold minus not), fixed as the criterion before any run;
// the layer is enabled only when that net is positive and at least half the items added are gold.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { clauseName } from "../db/extract/cluster-titles.ts";
import { placeLedList } from "../db/extract/clusters-places.ts";
import { type GoldFile, loadGold, norm } from "../db/extract/gold-match.ts";
import { extract } from "../db/extract/index.ts";
import { trainLogistic } from "../db/extract/learned.ts";
import { itemCluster, type ListModel, LONG_DOCUMENT, listRows, listScore } from "../db/extract/learned-lists.ts";
import { fieldsOrStages } from "../db/extract/lists-items.ts";
import { readDocument } from "../db/ingest/index.ts";
import { developmentSets, setDocs } from "./dev-sets.ts";

const GRID = [0.3, 0.4, 0.5, 0.6, 0.7];
const FOLDS = 5;
const OPTS = { l2: 0.01, epochs: 300, minCount: 3 };
/** --show-lists T: print the held-out additions scored T or more (development documents only). */
const SHOW = process.argv.includes("--show-lists") ? Number(process.argv[process.argv.indexOf("--show-lists") + 1]) : 0;

interface Row {
  doc: string;
  features: string[];
  label: boolean;
  /** The free items the layer would add (validity test passed), each gold or not. */
  adds: boolean[];
  /** A long document's list (or an excerpt of one): the layer adds nothing there (LONG_DOCUMENT). */
  gated: boolean;
  /** Their names, and the list's clause, for reading the cross-validation's additions. */
  names: string[];
  clause: string;
}

/** Rows of one document: its lists as the extractor sees them, labelled by the gold. */
async function docRows(path: string, g: GoldFile, name: string, long: boolean): Promise<Row[]> {
  const d = await readDocument(path);
  const gold = new Set<string>();
  for (const e of g.entities)
    if (e.type === "cluster") for (const m of [e.name, ...(e.mentions ?? [])]) gold.add(norm(m, "cluster"));
  const isGold = (t: string) => {
    const n = norm(t, "cluster");
    return [...gold].some((c) => c === n || (c.length >= 2 && n.endsWith(c)));
  };
  const rows: Row[] = [];
  extract(
    { text: d.text, sections: d.sections, fileName: name },
    {
      learned: false,
      onLists: (ctx, lists, cands) => {
        for (const r of listRows(ctx, lists, cands)) {
          const items = r.list.items.map((it) => ctx.text.slice(it.start, it.end));
          const placeLed = placeLedList(ctx.s, r.list.items);
          // The runtime's own filters (learnedListClusters, index.ts): a chain's links or fields add nothing.
          const links = fieldsOrStages(ctx.s, r.list.items);
          const added = links
            ? []
            : r.free.flatMap((it) => itemCluster(ctx, it, placeLed) ?? []).filter((c) => !clauseName(c.name));
          rows.push({
            doc: name,
            features: r.features,
            label: items.filter(isGold).length * 2 >= items.length,
            gated: long || ctx.s.length > LONG_DOCUMENT,
            adds: added.map((c) => isGold(c.name)),
            names: added.map((c) => c.name),
            clause: `${r.list.cue.slice(-10)}|${items.join("、")}|${r.list.head.slice(0, 10)}`,
          });
        }
      },
    },
  );
  return rows;
}

/** Rows of all development documents (the seeds' excerpt samples count as a long document's lists). */
export async function listTrainingRows(root: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const ds of developmentSets(root))
    for (const doc of setDocs(ds))
      rows.push(...(await docRows(doc.path, doc.gold, `${ds.set}/${doc.file}`, ds.kind === "sample")));
  return rows;
}

/** Cross-validated added items per threshold, then the model fit on every row. */
export function trainLists(rows: Row[]): ListModel {
  const docs = [...new Set(rows.map((r) => r.doc))].sort();
  const fold = new Map(docs.map((d, i) => [d, i % FOLDS]));
  const added = new Map(GRID.map((t) => [t, { good: 0, bad: 0 }]));
  // What the layer would have added in long documents, were it not gated (printed, not used).
  const gatedAdds = new Map(GRID.map((t) => [t, { good: 0, bad: 0 }]));
  for (let k = 0; k < FOLDS; k++) {
    const fit = trainLogistic(
      rows.filter((r) => fold.get(r.doc) !== k).map((r) => ({ features: r.features, label: r.label })),
      OPTS,
    );
    for (const r of rows.filter((x) => fold.get(x.doc) === k)) {
      const p = listScore(fit, r.features);
      if (SHOW && p >= SHOW && r.adds.length)
        console.log(
          p.toFixed(2),
          r.doc.slice(0, 16),
          r.names.map((n, i) => (r.adds[i] ? `+${n}` : `-${n}`)).join(" "),
          "«",
          r.clause,
        );
      for (const t of GRID) {
        if (p < t) continue;
        const a = (r.gated ? gatedAdds : added).get(t) as { good: number; bad: number };
        for (const g of r.adds) g ? a.good++ : a.bad++;
      }
    }
  }
  let best = GRID[0] as number;
  for (const t of GRID) {
    const a = added.get(t) as { good: number; bad: number };
    const b = added.get(best) as { good: number; bad: number };
    if (a.good - a.bad > b.good - b.bad) best = t;
  }
  const at = added.get(best) as { good: number; bad: number };
  const enabled = at.good - at.bad > 0 && at.good >= at.bad;
  const grid = GRID.map((t) => `${t}: +${added.get(t)?.good}/-${added.get(t)?.bad}`).join(", ");
  const gatedGrid = GRID.map((t) => `${t}: +${gatedAdds.get(t)?.good}/-${gatedAdds.get(t)?.bad}`).join(", ");
  const fit = trainLogistic(
    rows.map((r) => ({ features: r.features, label: r.label })),
    OPTS,
  );
  const note = `npm run train: ${docs.length} documents, ${rows.length} lists (${rows.filter((r) => r.label).length} industry lists); ${FOLDS}-fold CV, cluster items added to held-out documents gold/not by threshold: ${grid} (long documents, gated off: ${gatedGrid}); kept ${best} (${enabled ? "enabled" : "disabled"})`;
  console.log(note);
  return { enabled, threshold: best, ...fit, note };
}
