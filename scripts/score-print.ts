// The shared scorer (../shared/tools/score.mjs) and the lines score.ts and
// score-excerpts.ts print from its result: one label line, then per type.
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

interface Prf {
  p: number;
  r: number;
  f: number;
}
export interface ScoreResult {
  entities: Prf;
  relations: Prf;
  perType: Record<string, Prf>;
  relationsPerType: Record<string, Prf>;
  /** With { verbose: true }: one line per missed entity, false entity and missed relation. */
  misses?: string[];
}
export type Scorer = (gold: Map<string, unknown>, preds: unknown[], opts?: { verbose?: boolean }) => ScoreResult;

const root = resolve(fileURLToPath(import.meta.url), "..", "..");

export async function loadScorer(): Promise<Scorer> {
  const mod = (await import(pathToFileURL(join(root, "..", "shared", "tools", "score.mjs")).href)) as {
    score: Scorer;
  };
  return mod.score;
}

const pct = (x: number) => (100 * x).toFixed(1);

export function printScore(label: string, r: ScoreResult): void {
  console.log(
    `${label}: entity P ${pct(r.entities.p)} R ${pct(r.entities.r)} F1 ${pct(r.entities.f)} | relation P ${pct(r.relations.p)} R ${pct(r.relations.r)} F1 ${pct(r.relations.f)}`,
  );
  for (const [t, m] of Object.entries(r.perType))
    console.log(`  ${t.padEnd(11)} P ${pct(m.p)} R ${pct(m.r)} F1 ${pct(m.f)}`);
  for (const [t, m] of Object.entries(r.relationsPerType))
    console.log(`  ${t.padEnd(23)} P ${pct(m.p)} R ${pct(m.r)} F1 ${pct(m.f)}`);
}

/** Predicted relations the gold does not hold (the scorer lists only the missed ones). */
export function extraRelations(goldDocs: Map<string, unknown>, predDocs: unknown[]): string[] {
  type E = { type: string; name: string; mentions?: string[] };
  type G = { entities: E[]; relations: { type: string; source: string; target: string }[] };
  type P = { doc: string; relations: { type: string; source: string; target: string }[] };
  const norm = (x: string) => x.normalize("NFKC").replace(/\s+/gu, "");
  const out: string[] = [];
  for (const p of predDocs as P[]) {
    const g = goldDocs.get(p.doc) as G | undefined;
    if (!g) continue;
    const named = (n: string) =>
      g.entities.find((e) => [e.name, ...(e.mentions ?? [])].some((f) => norm(f) === norm(n)))?.name ?? `?${n}`;
    const have = new Set(g.relations.map((r) => `${r.type}|${r.source}|${r.target}`));
    for (const r of p.relations) {
      if (r.type === "co_mention") continue; // never scored
      const k = `${r.type}|${named(r.source)}|${named(r.target)}`;
      if (!have.has(k)) out.push(`${p.doc} extra relation ${k}`);
    }
  }
  return out;
}
