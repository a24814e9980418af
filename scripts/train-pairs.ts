// The learned relation proposer's training (db/extract/learned-pairs.ts), run by
// `npm run train` (scripts/train.ts) or alone for analysis:
//   npx tsx scripts/train-pairs.ts [--extra DIR] [--dry-run]
// Leave-one-document-out CV over the training documents: relation F1 (summed over
// the held-out documents) of the rules alone and of rules + proposer at the
// threshold fixed below, per type. --extra DIR (a development set DIR/docs +
// DIR/gold) adds its documents as further folds and prints their figure apart;
// the committed model is always fitted on ../shared alone (reproducible from a
// fresh clone).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Counts, countDoc, f1, type GoldFile, GoldJudge, loadGold } from "../db/extract/gold-match.ts";
import { extract } from "../db/extract/index.ts";
import { scoreFeatures, trainLogistic } from "../db/extract/learned.ts";
import { type PairCandidate, type PairModel, pairCandidates } from "../db/extract/learned-pairs.ts";
import { readDocument } from "../db/ingest/index.ts";
import type { Extraction, Section } from "../db/types.ts";

/** Fixed before looking at any cross-validation figure: propose when more likely right than wrong. */
export const PAIR_THRESHOLD = 0.5;
const GRID = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
const OPTS = { l2: 0.01, epochs: 300, minCount: 3 };
const TYPES = [
  "cluster_enterprise",
  "cluster_platform",
  "enterprise_platform",
  "department_cluster",
  "department_responsible",
  "park_cluster",
  "park_enterprise",
];

export interface PairDoc {
  name: string;
  text: string;
  sections: Section[];
  x: Extraction;
  gold: GoldFile;
  judge: GoldJudge;
}

interface Rows {
  doc: PairDoc;
  cands: PairCandidate[];
  rows: { features: string[]; label: boolean }[];
}

/**
 * Features about what the rules already did (rule=, shas=, thas=, co=) left out of training
 * when set: the model then learns what a stated relation looks like from all pairs, rule-found
 * or not, rather than learning that a pair the rules missed is (on tuned documents) rarely gold.
 */
const TEXT_ONLY = process.argv.includes("--text-only") || process.env.PAIRS_TEXT_ONLY === "1";
const RULE_FEATURE = /^(rule|shas|thas|co)=/u;
/** --show: each pair the proposer adds in the held-out folds (development sets only: never dev37–45). */
const SHOW = process.argv.includes("--show");

function rowsOf(d: PairDoc): Rows {
  const names = new Map(d.x.entities.map((e) => [e.key, e.name]));
  const cands = pairCandidates(d.text, d.sections, d.x);
  const rows = cands.map((c) => ({
    features: TEXT_ONLY ? c.features.filter((f) => !RULE_FEATURE.test(f)) : c.features,
    label: d.judge.relation(c.type, names.get(c.source) ?? "", names.get(c.target) ?? ""),
  }));
  return { doc: d, cands, rows };
}

const zero = (): Counts => ({ tp: 0, np: 0, ng: 0 });
const add = (a: Counts, b: Counts) => ({ tp: a.tp + b.tp, np: a.np + b.np, ng: a.ng + b.ng });
const pct = (x: number) => (100 * x).toFixed(1);

/** Relation counts of one extraction, overall and per type. */
function counts(d: PairDoc, x: Extraction): Map<string, Counts> {
  const byKey = new Map(x.entities.map((e) => [e.key, e.name]));
  const rels = x.relations.map((r) => ({
    type: r.type,
    source: byKey.get(r.source) ?? "",
    target: byKey.get(r.target) ?? "",
  }));
  const out = new Map<string, Counts>();
  out.set("all", countDoc(d.gold, d.judge, { entities: x.entities, relations: rels }).relations);
  const goldNames = new Set(d.gold.entities.map((e) => e.name));
  for (const t of TYPES) {
    const ng = new Set(
      d.gold.relations
        .filter((r) => r.type === t && goldNames.has(r.source) && goldNames.has(r.target))
        .map((r) => `${r.source}|${r.target}`),
    ).size;
    const c = countDoc({ ...d.gold, relations: [] }, d.judge, {
      entities: [],
      relations: rels.filter((r) => r.type === t),
    }).relations;
    out.set(t, { tp: c.tp, np: c.np, ng });
  }
  return out;
}

interface Acc {
  base: Map<string, Counts>;
  at: Map<number, Map<string, Counts>>;
  added: Map<number, { n: number; good: number }>;
}
const newAcc = (): Acc => ({ base: new Map(), at: new Map(GRID.map((t) => [t, new Map()])), added: new Map() });
const accAdd = (m: Map<string, Counts>, c: Map<string, Counts>) => {
  for (const [k, v] of c) m.set(k, add(m.get(k) ?? zero(), v));
};

/** Adds a held-out document's counts, rules alone and with `fit` proposing at each threshold of GRID. */
function evaluate(held: Rows, fit: { bias: number; weights: Record<string, number> }, acc: Acc) {
  accAdd(acc.base, counts(held.doc, held.doc.x));
  const ps = held.cands.map((c) => (c.ruled ? 0 : scoreFeatures(fit, c.features)));
  for (const t of GRID) {
    const added = held.cands.filter((c, k) => !c.ruled && (ps[k] as number) >= t);
    const px: Extraction = {
      entities: held.doc.x.entities,
      relations: [
        ...held.doc.x.relations,
        ...added.map((c) => ({
          type: c.type,
          source: c.source,
          target: c.target,
          evidence: { start: c.evStart, end: c.evEnd, surface: "" },
          rule: "learned:pair",
          confidence: 0.5,
        })),
      ],
    };
    accAdd(acc.at.get(t) as Map<string, Counts>, counts(held.doc, px));
    const a = acc.added.get(t) ?? { n: 0, good: 0 };
    a.n += added.length;
    a.good += added.filter((_, k) => held.rows[held.cands.indexOf(added[k] as PairCandidate)]?.label).length;
    if (SHOW && t === PAIR_THRESHOLD)
      for (const c of added)
        console.log(
          `  ${held.rows[held.cands.indexOf(c)]?.label ? "TP" : "FP"} ${held.doc.name} ${c.type} ${c.source} -> ${c.target} p=${(ps[held.cands.indexOf(c)] as number).toFixed(2)} «${held.doc.text.slice(c.evStart, Math.min(c.evEnd, c.evStart + 80)).replace(/\n/gu, " ")}»`,
        );
    acc.added.set(t, a);
  }
}

/** Leave-one-document-out over `train` (+ `extra` folds), the final fit on `train` only. */
export function trainPairs(train: PairDoc[], extra: PairDoc[] = []): PairModel {
  const all = [...train, ...extra].map(rowsOf);
  const nTrain = train.length;
  const pos = all.slice(0, nTrain).flatMap((r) => r.rows.filter((x) => x.label)).length;
  const nRows = all.slice(0, nTrain).reduce((a, r) => a + r.rows.length, 0);
  const free = all
    .slice(0, nTrain)
    .flatMap((r) => r.cands.map((c, i) => ({ c, y: r.rows[i]?.label })))
    .filter((z) => !z.c.ruled);
  console.log(
    `pair proposer: ${nTrain} training documents, ${nRows} candidate pairs (${pos} gold); without a rule relation: ${free.length} (${free.filter((z) => z.y).length} gold)`,
  );
  const shared = newAcc();
  const fresh = newAcc();
  all.forEach((held, i) => {
    // An extra (fresh) fold trains on the shared documents and the other extra documents.
    const fit = trainLogistic(
      all.filter((_, j) => j !== i).flatMap((r) => r.rows),
      OPTS,
    );
    const acc = i < nTrain ? shared : fresh;
    evaluate(held, fit, acc);
  });
  const line = (c: Counts | undefined) => {
    const r = f1(c ?? zero());
    return `F1 ${pct(r.f)} (P ${pct(r.p)} R ${pct(r.r)})`;
  };
  const report = (label: string, acc: Acc) => {
    console.log(`leave-one-document-out, ${label}:`);
    console.log(`  rules alone:                   relation ${line(acc.base.get("all"))}`);
    for (const t of GRID) {
      const a = acc.added.get(t) ?? { n: 0, good: 0 };
      console.log(
        `  rules + proposer, threshold ${t.toFixed(1)}: relation ${line(acc.at.get(t)?.get("all"))}; added ${a.n} (${a.good} in gold)${t === PAIR_THRESHOLD ? "  <- fixed threshold" : ""}`,
      );
    }
    for (const ty of TYPES)
      console.log(
        `    ${ty.padEnd(23)} rules ${line(acc.base.get(ty))}  ->  + proposer ${line(acc.at.get(PAIR_THRESHOLD)?.get(ty))}`,
      );
  };
  report(`${nTrain} shared documents`, shared);
  if (extra.length) report(`${extra.length} extra documents (each trained on shared + the other extra)`, fresh);
  const before = f1(shared.base.get("all") ?? zero()).f;
  const after = f1(shared.at.get(PAIR_THRESHOLD)?.get("all") ?? zero()).f;
  const enabled = after > before;
  console.log(
    `relation F1 change at threshold ${PAIR_THRESHOLD}: ${after >= before ? "+" : ""}${pct(after - before)} points -> proposer ${enabled ? "ENABLED" : "disabled"}`,
  );
  const final = trainLogistic(
    all.slice(0, nTrain).flatMap((r) => r.rows),
    OPTS,
  );
  console.log(`${Object.keys(final.weights).length} pair weights`);
  if (extra.length) {
    const committed = newAcc();
    for (const held of all.slice(nTrain)) evaluate(held, final, committed);
    report(`${extra.length} extra documents, the model fitted on the shared documents alone`, committed);
  }
  return {
    enabled,
    threshold: PAIR_THRESHOLD,
    ...final,
    note: `npm run train: ${nTrain} documents (seed dev gold + dev01-dev36), ${nRows} candidate pairs; LOO relation F1 ${pct(before)} rules alone, ${pct(after)} with the proposer at ${PAIR_THRESHOLD}`,
  };
}

export async function loadPairDocs(dir: string, goldDir: string, keep: (f: string) => boolean): Promise<PairDoc[]> {
  const gold = loadGold([goldDir], keep);
  const out: PairDoc[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith(".txt") && keep(x))
    .sort()) {
    const g = gold.get(f);
    if (!g) continue;
    const d = await readDocument(join(dir, f));
    const x = extract({ text: d.text, sections: d.sections, fileName: f }, { learned: false });
    out.push({ name: f, text: d.text, sections: d.sections, x, gold: g, judge: new GoldJudge(g) });
  }
  return out;
}

const root = resolve(fileURLToPath(import.meta.url), "..", "..");
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const shared = resolve(root, "..", "shared");
  const args = process.argv.slice(2);
  const extraDir = args.includes("--extra") ? args[args.indexOf("--extra") + 1] : undefined;
  if (extraDir && (/\/(B|C|E)\/?$/u.test(extraDir) || /dev(3[7-9]|4\d)/u.test(extraDir)))
    throw new Error(`${extraDir} is measure-only`);
  const train = [
    ...(await loadPairDocs(join(root, "seeds"), join(shared, "gold"), () => true)),
    ...(await loadPairDocs(join(shared, "devset", "docs"), join(shared, "devset", "gold"), (f) =>
      /^dev(0[1-9]|[12]\d|3[0-6])_/u.test(f),
    )),
  ];
  const extra =
    extraDir && existsSync(join(extraDir, "gold"))
      ? await loadPairDocs(join(extraDir, "docs"), join(extraDir, "gold"), () => true)
      : [];
  const model = trainPairs(train, extra);
  if (!args.includes("--dry-run")) {
    const path = join(root, "db", "extract", "learned-model.json");
    const m = JSON.parse(readFileSync(path, "utf8"));
    m.pairs = model;
    writeFileSync(path, `${JSON.stringify(m, null, 2)}\n`);
    console.log(`wrote ${path} (pairs)`);
  }
}
