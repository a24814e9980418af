// `kg explain --stats DIR_OR_FILES [--gold DIR] [--json]`: per registered rule,
// how often it fires, on how many documents, and its precision against gold
// where gold exists — so a rule that only fires on the document it was written
// for shows up. Runs the real extractor; no database.
import { readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { GoldJudge, loadGold } from "../extract/gold-match.ts";
import { extract } from "../extract/index.ts";
import { PRECEDENCE, ruleById, ruleEntry } from "../extract/registry.ts";
import { readDocument, SUPPORTED_EXTENSIONS } from "../ingest/index.ts";
import type { Extraction } from "../types.ts";

export interface RuleStat {
  /** Registry id (a family's id for family members), or the raw id when unregistered. */
  rule: string;
  stage: string | null;
  registered: boolean;
  /** Items the rule put out: entity mentions for entity rules, relations for relation rules. */
  fires: number;
  docs: number;
  /** Distinct entities (type + name) or relations it contributed to, in documents with gold. */
  judged: number;
  correct: number;
  /** correct / judged; null when no document it fired on has gold. */
  precision: number | null;
  /** Fired on exactly one document. */
  oneDoc: boolean;
}

export interface StatsReport {
  documents: number;
  withGold: number;
  rules: RuleStat[];
}

interface Acc {
  fires: number;
  docs: Set<string>;
  judged: number;
  correct: number;
}

/** Per-rule statistics over extracted documents; `gold` by document file name. */
export function ruleStats(docs: { name: string; x: Extraction }[], gold?: Map<string, GoldJudge>): StatsReport {
  const acc = new Map<string, Acc>();
  const get = (id: string) => {
    const key = ruleEntry(id)?.id ?? id;
    let a = acc.get(key);
    if (!a) acc.set(key, (a = { fires: 0, docs: new Set(), judged: 0, correct: 0 }));
    return a;
  };
  let withGold = 0;
  for (const { name, x } of docs) {
    const judge = gold?.get(name);
    if (judge) withGold++;
    const byKey = new Map(x.entities.map((e) => [e.key, e]));
    for (const e of x.entities) {
      // Every rule that named the entity shares its verdict (the finder and the mention rules).
      const rules = new Set([e.rule, ...e.mentions.map((m) => m.rule ?? e.rule)].map((id) => ruleEntry(id)?.id ?? id));
      for (const m of e.mentions) {
        const a = get(m.rule ?? e.rule);
        a.fires++;
        a.docs.add(name);
      }
      if (!judge) continue;
      const ok = !!judge.entity(e.type, e.name);
      for (const r of rules) {
        const a = get(r);
        a.docs.add(name);
        a.judged++;
        if (ok) a.correct++;
      }
    }
    for (const r of x.relations) {
      const a = get(r.rule);
      a.fires++;
      a.docs.add(name);
      if (!judge || r.type === "co_mention") continue;
      a.judged++;
      const s = byKey.get(r.source)?.name ?? "";
      const t = byKey.get(r.target)?.name ?? "";
      if (judge.relation(r.type, s, t)) a.correct++;
    }
  }
  const order = (id: string) => {
    const i = PRECEDENCE.indexOf(id);
    return i < 0 ? PRECEDENCE.length : i;
  };
  const ids = [...new Set([...PRECEDENCE, ...acc.keys()])].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const rules = ids.map((id): RuleStat => {
    const a = acc.get(id) ?? { fires: 0, docs: new Set<string>(), judged: 0, correct: 0 };
    const entry = ruleById(id);
    return {
      rule: id,
      stage: entry?.stage ?? null,
      registered: !!entry,
      fires: a.fires,
      docs: a.docs.size,
      judged: a.judged,
      correct: a.correct,
      precision: a.judged ? a.correct / a.judged : null,
      oneDoc: a.docs.size === 1,
    };
  });
  return { documents: docs.length, withGold, rules };
}

/** Files to read: each path, or a folder's supported documents (not recursive). */
export function documentPaths(paths: string[]): string[] {
  const out: string[] = [];
  const ok = (f: string) => (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(f).toLowerCase());
  for (const p of paths) {
    if (statSync(p).isDirectory())
      out.push(
        ...readdirSync(p)
          .filter(ok)
          .sort()
          .map((f) => join(p, f)),
      );
    else out.push(p);
  }
  return out;
}

/** `goldDirs`: gold folders or files (the --gold value split on commas). */
export async function statsForPaths(paths: string[], goldDirs: string[] = []): Promise<StatsReport> {
  const files = documentPaths(paths);
  const docs: { name: string; x: Extraction }[] = [];
  for (const f of files) {
    const d = await readDocument(f);
    docs.push({ name: basename(f), x: extract({ text: d.text, sections: d.sections, fileName: basename(f) }) });
  }
  const gold = goldDirs.length
    ? new Map([...loadGold(goldDirs)].map(([k, g]) => [k, new GoldJudge(g)] as const))
    : undefined;
  return ruleStats(docs, gold);
}

/** Display width: CJK characters take two columns in a terminal. */
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffef]/u.test(ch) ? 2 : 1), 0);
const padEnd = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));

const pct = (x: number | null) => (x === null ? "    -" : `${(100 * x).toFixed(1).padStart(5)}`);

export function formatStats(r: StatsReport): string {
  const w = Math.max(24, ...r.rules.map((x) => width(x.rule))) + 2;
  const lines = [
    `${r.documents} documents, ${r.withGold} with gold`,
    `${"rule".padEnd(w)}${"stage".padEnd(12)}${"fires".padStart(7)}${"docs".padStart(6)}${"prec%".padStart(7)}  (correct/judged)`,
  ];
  for (const x of r.rules) {
    const flags = [
      x.oneDoc ? "ONE DOCUMENT" : "",
      x.registered ? "" : "UNREGISTERED",
      x.fires === 0 ? "never fired" : "",
    ]
      .filter(Boolean)
      .join(", ");
    const judged = x.judged ? `  (${x.correct}/${x.judged})` : "";
    lines.push(
      `${padEnd(x.rule, w)}${(x.stage ?? "-").padEnd(12)}${String(x.fires).padStart(7)}${String(x.docs).padStart(6)}  ${pct(x.precision)}${judged}${flags ? `  ${flags}` : ""}`,
    );
  }
  // Judged on at least 5 items: a precision worth reading.
  const low = r.rules
    .filter((x) => x.precision !== null && x.judged >= 5 && x.precision < 1)
    .sort((a, b) => (a.precision as number) - (b.precision as number))
    .slice(0, 5);
  if (low.length) lines.push(`lowest precision: ${low.map((x) => `${x.rule} ${pct(x.precision).trim()}%`).join(", ")}`);
  const one = r.rules.filter((x) => x.oneDoc).map((x) => x.rule);
  if (one.length) lines.push(`fires on one document only: ${one.join(", ")}`);
  return lines.join("\n");
}
