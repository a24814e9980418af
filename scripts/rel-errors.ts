// Relation misses and false hits over the DEVELOPMENT sets pooled (devset dev01-36 + every annotated dev set),
// and each relation rule's pooled precision and document spread (development aid).
//   npx tsx scripts/rel-errors.ts [--type T] [--tp RULE] [--rules-only] [DIR ...]   (DIR: an annotated folder DIR/docs + DIR/gold)
// Honesty: it refuses the measure-only and check sets (devset dev37-45 and every set in check-sets.ts).
import { existsSync, readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { GoldJudge, loadGold } from "../db/extract/gold-match.ts";
import { extract, toGold } from "../db/extract/index.ts";
import { readDocument } from "../db/ingest/index.ts";
import { CHECK_SET, MEASURE_ONLY_DOC } from "./check-sets.ts";

const args = process.argv.slice(2);
const type = args.includes("--type") ? args[args.indexOf("--type") + 1] : undefined;
const rulesOnly = args.includes("--rules-only");
const showRule = args.includes("--tp") ? args[args.indexOf("--tp") + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--type" && args[i - 1] !== "--tp");
const root = resolve(import.meta.dirname, "..", "..", "shared", "devset");
const sets: { docs: string; gold: string; keep: (f: string) => boolean }[] = [
  { docs: join(root, "docs"), gold: join(root, "gold"), keep: (f) => /^dev(0\d|[12]\d|3[0-6])_/.test(f) },
];
for (const d of dirs.length
  ? dirs
  : ["AB", "D", "G", "J", "L", "M", "O", "Q", "R", "W", "Y", "Z"].map((s) =>
      join(import.meta.dirname, "..", "tests", "fixtures", "annotated", s),
    )) {
  if (CHECK_SET.test(d) || MEASURE_ONLY_DOC.test(d)) throw new Error(`${d} is measure-only`);
  if (existsSync(join(d, "gold"))) sets.push({ docs: join(d, "docs"), gold: join(d, "gold"), keep: () => true });
}
const stats = new Map<string, { tp: number; n: number; docs: Set<string> }>();
const missByType = new Map<string, number>();
for (const s of sets) {
  const gold = loadGold([s.gold]);
  for (const f of readdirSync(s.docs).filter((x) => x.endsWith(".txt") && s.keep(x))) {
    const g = gold.get(basename(f));
    if (!g) continue;
    const doc = await readDocument(join(s.docs, f));
    const x = toGold(f, doc.text, extract({ text: doc.text, sections: doc.sections }));
    const judge = new GoldJudge(g);
    const lines: string[] = [];
    for (const r of x.relations) {
      if (r.type === "co_mention" || (type && r.type !== type)) continue;
      const ok = judge.relation(r.type, r.source, r.target);
      const k = `${r.type} ${r.rule}`;
      const st = stats.get(k) ?? { tp: 0, n: 0, docs: new Set() };
      st.n++;
      st.docs.add(f);
      if (ok) st.tp++;
      stats.set(k, st);
      if (!ok) lines.push(`  FP   ${r.type} ${r.source} -> ${r.target} [${r.rule}] «${r.evidence.slice(0, 90)}»`);
      else if (showRule === r.rule)
        lines.push(`  TP   ${r.type} ${r.source} -> ${r.target} [${r.rule}] «${r.evidence.slice(0, 90)}»`);
    }
    const xjudge = new GoldJudge(x as never);
    for (const r of g.relations) {
      if (type && r.type !== type) continue;
      const found = x.relations.some((e) => {
        if (e.type !== r.type) return false;
        const gs = ["cluster", "park", "platform", "enterprise", "department"]
          .map((t) => judge.entity(t, e.source))
          .find(Boolean);
        const gt = ["cluster", "park", "platform", "enterprise", "department"]
          .map((t) => judge.entity(t, e.target))
          .find(Boolean);
        return gs?.name === r.source && gt?.name === r.target;
      });
      if (found) continue;
      missByType.set(r.type, (missByType.get(r.type) ?? 0) + 1);
      const has = (n: string) => {
        const e = g.entities.find((q) => q.name === n);
        return e &&
          [e.name, ...(e.mentions ?? [])].some((m) =>
            ["cluster", "park", "platform", "enterprise", "department"].some((t) => xjudge.entity(t, m)),
          )
          ? ""
          : "!";
      };
      lines.push(
        `  MISS ${r.type} ${has(r.source)}${r.source} -> ${has(r.target)}${r.target} «${String((r as { evidence?: string }).evidence ?? "").slice(0, 110)}»`,
      );
    }
    if (lines.length && !rulesOnly)
      console.log(`== ${basename(s.docs.replace(/\/docs$/, ""))}/${f}\n${lines.join("\n")}`);
  }
}
console.log("\nrule (type)                                   hits  true  P      docs");
for (const [k, v] of [...stats].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(
    `${k.padEnd(44)} ${String(v.n).padStart(5)} ${String(v.tp).padStart(5)}  ${((100 * v.tp) / v.n).toFixed(1).padStart(5)}  ${v.docs.size}`,
  );
console.log(
  `misses by type: ${[...missByType].map(([t, n]) => `${t} ${n}`).join(", ")}  ('!' = end entity not extracted)`,
);
