// Genre probes (tests/fixtures/probes/, scripts/probes.ts): invented texts in the phrasing of task
// tables, investment news, zone profiles, industry chains and passing mentions, scored by the shared
// scorer. Floors sit about two points under session 29's figures, so a rule that breaks a genre's
// standard phrasing fails here even when no development document uses that phrasing.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { probeFiles, readProbes, scoreProbes } from "../../scripts/probes.ts";
import { loadScorer } from "../../scripts/score-print.ts";

const repoRoot = resolve(fileURLToPath(import.meta.url), "..", "..", "..");
const haveShared = existsSync(join(repoRoot, "..", "shared", "tools", "score.mjs"));

/** [entity F1, relation F1] floors per probe file. */
const FLOORS: Record<string, [number, number]> = {
  "firms-industries-in-passing.dev.json": [0.88, 0.85],
  // Session 34 lowered these two relation floors (0.79, 0.74) by four points: firms a bringing verb names after
  // the industry opening the clause (推进某产业发展，先后引进甲、乙等企业) are now its cluster_enterprise without a role
  // word, as the annotated sets and the check sets have them (development +17 gold, -10 not; check sets +0.5),
  // where these invented probes follow the guide's key-firm reading.
  "firms-industries-in-passing.sealed.json": [0.83, 0.75],
  "industry-chains.dev.json": [0.91, 0.82],
  "industry-chains.sealed.json": [0.79, 0.77],
  "investment-news.dev.json": [0.88, 0.86],
  "investment-news.sealed.json": [0.89, 0.78],
  "parks-in-passing.dev.json": [0.93, 0.83],
  "parks-in-passing.sealed.json": [0.9, 0.88],
  "task-tables.dev.json": [0.93, 0.84],
  "task-tables.sealed.json": [0.94, 0.87],
  "zone-profiles.dev.json": [0.9, 0.81],
  "zone-profiles.sealed.json": [0.88, 0.71],
};

describe.skipIf(!haveShared)("genre probes (needs ../shared with the scorer)", () => {
  it("has a floor for every probe file and a file for every floor", () => {
    expect(probeFiles()).toEqual(Object.keys(FLOORS).sort());
  });
  for (const [file, [ef, rf]] of Object.entries(FLOORS))
    it(`${file}: entity F1 ≥ ${ef}, relation F1 ≥ ${rf}`, async () => {
      const r = scoreProbes(await loadScorer(), readProbes(file));
      expect(r.entities.f).toBeGreaterThanOrEqual(ef);
      expect(r.relations.f).toBeGreaterThanOrEqual(rf);
    });
});
