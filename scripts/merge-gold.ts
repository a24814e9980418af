// Gold of whole documents pieced together from annotated excerpts that cover them (random
// samples plus the rest cut in chunks): per source document, entities merged by type and name
// (mentions pooled), relations pooled. Used by scripts/score-merged.ts and the seeds' quality test.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface MergedGold {
  doc: string;
  entities: { name: string; type: string; mentions: string[] }[];
  relations: { type: string; source: string; target: string; evidence: string }[];
}

const squash = (t: string) => t.replace(/[\s*#]+/gu, "");

/** Each SAMPLE_DIR/docs/*.txt excerpt is assigned to the SOURCE_DIR/*.txt whose text holds its opening. */
export function mergeExcerptGold(
  sourceDir: string,
  sampleDirs: string[],
): { gold: Map<string, MergedGold>; pieces: number; covered: Map<string, string[]> } {
  const sources = readdirSync(sourceDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ f, raw: squash(readFileSync(join(sourceDir, f), "utf8")) }));
  const gold = new Map<string, MergedGold>();
  const covered = new Map<string, string[]>();
  let pieces = 0;
  for (const dir of sampleDirs)
    for (const f of readdirSync(join(dir, "docs")).filter((x) => x.endsWith(".txt"))) {
      const head = squash(readFileSync(join(dir, "docs", f), "utf8")).slice(0, 40);
      const src = sources.find((x) => head && x.raw.includes(head));
      if (!src) throw new Error(`${f}: no source in ${sourceDir}`);
      const g = JSON.parse(readFileSync(join(dir, "gold", f.replace(/\.txt$/u, ".json")), "utf8")) as MergedGold;
      covered.set(src.f, [...(covered.get(src.f) ?? []), squash(readFileSync(join(dir, "docs", f), "utf8"))]);
      const into = gold.get(src.f) ?? { doc: src.f, entities: [], relations: [] };
      gold.set(src.f, into);
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
  return { gold, pieces, covered };
}

/**
 * A prediction cut to the text the excerpts cover: entities with a mention inside some excerpt, and
 * relations between two of them. Text no excerpt covers has no gold, so what is found there is
 * neither right nor wrong by this gold.
 */
export function inCovered<
  T extends { entities: { name: string; mentions?: string[] }[]; relations: { source: string; target: string }[] },
>(pred: T, excerpts: string[]): T {
  const kept = pred.entities.filter((e) =>
    [e.name, ...(e.mentions ?? [])].some((m) => excerpts.some((x) => x.includes(squash(m)))),
  );
  const names = new Set(kept.map((e) => e.name));
  return {
    ...pred,
    entities: kept,
    relations: pred.relations.filter((r) => names.has(r.source) && names.has(r.target)),
  };
}
