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
