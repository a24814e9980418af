// The learned list-item layer's training (db/extract/learned-list-items.ts), run by `npm run train`
// (or alone: `npx tsx scripts/train-list-items.ts [--write] [--show T]`): one row per free list
// item and type it may name, on the documents the list layer trains on (never dev37–dev45),
// labelled by the gold (the item equals a gold name or mention of that type under the scorer's
// normalisation). Five-fold cross-validation by document at the threshold fixed before any run
// (0.5): the distinct names each type would add to held-out documents, gold or not (names the
// document already has of that type count neither way), long documents (> 10,000 characters)
// apart. A type is enabled only when its held-out additions are right more often than wrong.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type GoldFile, loadGold, norm } from "../db/extract/gold-match.ts";
import { extract } from "../db/extract/index.ts";
import { trainLogistic } from "../db/extract/learned.ts";
import {
  ITEM_TYPES,
  type ItemModel,
  type ItemType,
  type ItemTypeModel,
  itemRows,
  itemScore,
} from "../db/extract/learned-list-items.ts";
import { readDocument } from "../db/ingest/index.ts";
import { CHECK_SET, MEASURE_ONLY_DOC } from "./check-sets.ts";
import { ANNOTATED } from "./train-pairs.ts";

const THRESHOLD = 0.5;
const FOLDS = 5;
const OPTS = { l2: 0.01, epochs: 300, minCount: 3 };
const LONG = 10000;
const INFO = [0.2, 0.3, 0.4];

interface Row {
  doc: string;
  type: ItemType;
  features: string[];
  label: boolean;
  /** The name is already the document's (another mention): adding it changes nothing. */
  dup: boolean;
  key: string;
  long: boolean;
}

async function docRows(path: string, g: GoldFile, name: string, long: boolean): Promise<Row[]> {
  const d = await readDocument(path);
  const gold = new Map<string, Set<string>>(ITEM_TYPES.map((t) => [t, new Set()]));
  for (const e of g.entities) for (const m of [e.name, ...(e.mentions ?? [])]) gold.get(e.type)?.add(norm(m, e.type));
  const rows: Row[] = [];
  extract(
    { text: d.text, sections: d.sections, fileName: name },
    {
      learned: false,
      onLists: (ctx, lists, cands) => {
        const have = new Set(cands.filter((c) => c.confidence > 0).map((c) => `${c.type}|${norm(c.name, c.type)}`));
        for (const r of itemRows(ctx, lists, cands)) {
          const n = norm(r.cand.name, r.type);
          rows.push({
            doc: name,
            type: r.type,
            features: r.features,
            label: !!gold.get(r.type)?.has(n),
            dup: have.has(`${r.type}|${n}`),
            key: `${r.type}|${n}`,
            long: long || ctx.s.length > LONG,
          });
        }
      },
    },
  );
  return rows;
}

async function setRows(docsDir: string, goldDir: string, keep: (f: string) => boolean, tag: string, long = false) {
  if (CHECK_SET.test(docsDir)) throw new Error(`${docsDir} is a check set: never train on it`);
  const gold = loadGold([goldDir], keep);
  const out: Row[] = [];
  const { readdirSync } = await import("node:fs");
  for (const f of readdirSync(docsDir)
    .filter((x) => x.endsWith(".txt") && keep(x))
    .sort()) {
    if (MEASURE_ONLY_DOC.test(f)) throw new Error("dev37–dev45 must not be trained on");
    const g = gold.get(f);
    if (g) out.push(...(await docRows(join(docsDir, f), g, `${tag}/${f}`, long)));
  }
  return out;
}

/** Rows of the list layer's documents (scripts/train-lists.ts listTrainingRows). */
export async function itemTrainingRows(root: string, shared: string, annotated: string): Promise<Row[]> {
  const { existsSync, readdirSync } = await import("node:fs");
  const rows = [
    ...(await setRows(join(root, "seeds"), join(shared, "gold"), () => true, "seeds")),
    ...(await setRows(
      join(shared, "devset", "docs"),
      join(shared, "devset", "gold"),
      (f) => /^dev(0[1-9]|[12]\d|3[0-6])_/u.test(f),
      "devset",
    )),
  ];
  const samples = join(root, "tests", "fixtures", "seed-samples");
  for (const set of ["T", "U", "UJ"])
    rows.push(...(await setRows(join(samples, set, "docs"), join(samples, set, "gold"), () => true, set, true)));
  for (const set of readdirSync(annotated).sort()) {
    const dir = join(annotated, set);
    if (existsSync(join(dir, "gold")))
      rows.push(...(await setRows(join(dir, "docs"), join(dir, "gold"), () => true, set)));
  }
  return rows;
}

const SHOW = process.argv.includes("--show") ? Number(process.argv[process.argv.indexOf("--show") + 1]) : 0;

/** Per type: cross-validated additions (distinct names per document), then the fit on every row. */
export function trainListItems(rows: Row[]): ItemModel {
  const docs = [...new Set(rows.map((r) => r.doc))].sort();
  const fold = new Map(docs.map((d, i) => [d, i % FOLDS]));
  const types: ItemModel["types"] = {};
  const lines: string[] = [];
  for (const type of ITEM_TYPES) {
    const tr = rows.filter((r) => r.type === type);
    const added = { short: new Map<string, boolean>(), long: new Map<string, boolean>() };
    // Lower thresholds, printed for information only (the decision is at THRESHOLD, fixed before).
    const lower = new Map(INFO.map((t) => [t, new Map<string, boolean>()]));
    for (let k = 0; k < FOLDS; k++) {
      const fit = trainLogistic(
        tr.filter((r) => fold.get(r.doc) !== k).map((r) => ({ features: r.features, label: r.label })),
        OPTS,
      );
      for (const r of tr.filter((x) => fold.get(x.doc) === k)) {
        if (r.dup) continue;
        const p = itemScore(fit, r.features);
        for (const t of INFO) if (p >= t && !r.long) lower.get(t)?.set(`${r.doc}|${r.key}`, r.label);
        if (p < THRESHOLD) continue;
        if (SHOW && p >= SHOW) console.log(type, p.toFixed(2), r.label ? "+" : "-", r.doc.slice(0, 20), r.key);
        (r.long ? added.long : added.short).set(`${r.doc}|${r.key}`, r.label);
      }
    }
    const count = (m: Map<string, boolean>) => {
      const v = [...m.values()];
      return { good: v.filter(Boolean).length, bad: v.filter((x) => !x).length };
    };
    const s = count(added.short);
    const l = count(added.long);
    const info = INFO.map((t) => {
      const c = count(lower.get(t) as Map<string, boolean>);
      return `${t}: +${c.good}/-${c.bad}`;
    }).join(", ");
    const fit = trainLogistic(
      tr.map((r) => ({ features: r.features, label: r.label })),
      OPTS,
    );
    const tm: ItemTypeModel = { enabled: s.good > s.bad, long: l.good > l.bad, ...fit };
    types[type] = tm;
    lines.push(
      `${type}: ${tr.length} rows (${tr.filter((r) => r.label).length} gold); CV at ${THRESHOLD}: +${s.good}/-${s.bad} (long documents +${l.good}/-${l.bad}) -> ${tm.enabled ? "enabled" : "disabled"}${tm.long ? ", long too" : ""} (for information, short documents at ${info})`,
    );
  }
  const note = `npm run train: ${docs.length} documents, ${FOLDS}-fold CV by document, held-out names added gold/not: ${lines.join("; ")}`;
  console.log(note);
  return { threshold: THRESHOLD, types, note };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), "..", "..");
  const shared = resolve(root, "..", "shared");
  const model = trainListItems(await itemTrainingRows(root, shared, ANNOTATED));
  if (process.argv.includes("--write")) {
    const path = join(root, "db", "extract", "learned-model.json");
    const all = JSON.parse(readFileSync(path, "utf8"));
    all.listItems = model;
    writeFileSync(path, `${JSON.stringify(all, null, 2)}\n`);
    console.log(`wrote ${path} (listItems)`);
  }
}
