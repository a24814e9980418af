// Quality floors of the extractor on the real seeds and the other-city devset,
// scored by the shared scorer (issues 3 and 8). Runs the real pipeline:
// readDocument → extract → toGold, in-process.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { extract, toGold } from "../../db/extract/index.ts";
import { readDocument } from "../../db/ingest/index.ts";
import type { GoldDoc } from "../../db/types.ts";
import { mergeExcerptGold } from "../../scripts/merge-gold.ts";

const repoRoot = resolve(fileURLToPath(import.meta.url), "..", "..", "..");
const shared = resolve(repoRoot, "..", "shared");
const scorerPath = join(shared, "tools", "score.mjs");
const haveShared = existsSync(scorerPath);

interface Prf {
  p: number;
  r: number;
  f: number;
}
interface ScoreResult {
  entities: Prf;
  relations: Prf;
  perType: Record<string, Prf>;
  relationsPerType: Record<string, Prf>;
}
type ScoreFn = (gold: Map<string, unknown>, preds: GoldDoc[]) => ScoreResult;

async function scorer(): Promise<ScoreFn> {
  const mod = (await import(pathToFileURL(scorerPath).href)) as { score: ScoreFn };
  return mod.score;
}

/** Gold files of a directory, keyed like the scorer keys them (one part per file here). */
function loadGold(dir: string, keep: (file: string) => boolean = () => true): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".json") && keep(x))) {
    const g = JSON.parse(readFileSync(join(dir, f), "utf8")) as {
      doc: string;
      entities: unknown[];
      relations: unknown[];
    };
    out.set(basename(g.doc.split("#")[0] as string), { entities: g.entities, relations: g.relations });
  }
  return out;
}

async function predict(files: string[]): Promise<GoldDoc[]> {
  const out: GoldDoc[] = [];
  for (const f of files) {
    const doc = await readDocument(f);
    out.push(toGold(basename(f), doc.text, extract({ text: doc.text, sections: doc.sections, fileName: basename(f) })));
  }
  return out;
}

const pct = (x: number) => (100 * x).toFixed(1);
function report(label: string, r: ScoreResult): void {
  const types = Object.entries(r.perType)
    .map(([t, m]) => `${t} ${pct(m.f)}`)
    .join(", ");
  console.log(`${label}: entity F1 ${pct(r.entities.f)} (${types}); relation F1 ${pct(r.relations.f)}`);
}

describe.skipIf(!haveShared)("extraction quality (needs ../shared with the scorer and gold)", () => {
  it("meets the seed floors: entity F1 ≥ 0.97, relation F1 ≥ 0.95", async () => {
    const score = await scorer();
    const seeds = readdirSync(join(repoRoot, "seeds"))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(repoRoot, "seeds", f));
    const res = score(loadGold(join(shared, "gold")), await predict(seeds));
    report("seeds", res);
    expect(res.entities.f).toBeGreaterThanOrEqual(0.97);
    expect(res.relations.f).toBeGreaterThanOrEqual(0.95);
  });

  it("meets the devset floors: entity F1 ≥ 0.89, relation F1 ≥ 0.78 (other cities, both scripts)", async () => {
    const score = await scorer();
    const docsDir = join(shared, "devset", "docs");
    const docs = readdirSync(docsDir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(docsDir, f));
    const preds = await predict(docs);
    const goldDir = join(shared, "devset", "gold");
    const res = score(loadGold(goldDir), preds);
    report("devset", res);
    report(
      "devset dev01-36 (develop)",
      score(
        loadGold(goldDir, (f) => Number(f.slice(3, 5)) <= 36),
        preds,
      ),
    );
    report(
      "devset dev37-45 (measure only)",
      score(
        loadGold(goldDir, (f) => Number(f.slice(3, 5)) > 36),
        preds,
      ),
    );
    expect(res.entities.f).toBeGreaterThanOrEqual(0.89);
    expect(res.relations.f).toBeGreaterThanOrEqual(0.78);
  });

  it("meets the floors on the three seeds without shared gold, against gold pieced from the seed samples T, U and S2 (with UJ's whole measures that T/U cut), which cover them whole: entity F1 ≥ 0.80, relation F1 ≥ 0.70", async () => {
    const score = await scorer();
    const samples = join(repoRoot, "tests", "fixtures", "seed-samples");
    const { gold } = mergeExcerptGold(join(repoRoot, "seeds"), [
      join(samples, "T"),
      join(samples, "U"),
      join(samples, "UJ"),
      join(samples, "S2"),
    ]);
    expect([...gold.keys()].sort()).toEqual(
      readdirSync(join(repoRoot, "seeds")).filter((f) => /^00[123]_.*\.txt$/u.test(f)),
    );
    const res = score(gold, await predict([...gold.keys()].map((f) => join(repoRoot, "seeds", f))));
    report("seeds 001-003 (T+U+UJ+S2 pieced)", res);
    expect(res.entities.f).toBeGreaterThanOrEqual(0.8);
    expect(res.relations.f).toBeGreaterThanOrEqual(0.7);
  });

  it("every mention and evidence is a verbatim span of the document", async () => {
    const docsDir = join(shared, "devset", "docs");
    const files = [
      ...readdirSync(docsDir).map((f) => join(docsDir, f)),
      join(repoRoot, "seeds", readdirSync(join(repoRoot, "seeds"))[0] as string),
    ];
    for (const f of files) {
      const doc = await readDocument(f);
      const x = extract({ text: doc.text, sections: doc.sections });
      for (const e of x.entities) for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.surface);
      for (const r of x.relations) expect(doc.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.surface);
    }
  });
});

if (!haveShared)
  console.warn(`quality.test: skipped, ${scorerPath} not found (the shared gold and scorer live next to the repo)`);
