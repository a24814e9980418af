// The learned relation proposer (db/extract/learned-pairs.ts) over the real
// extractor on invented text: candidates are typed as the guide allows and
// bounded, features carry no names, the proposer adds only what no rule tied
// (with its registry id, an allowed confidence and the sentence as evidence),
// and the committed model changes nothing while training left it disabled.
import { describe, expect, it } from "vitest";
import { extract } from "../../../../db/extract/index.ts";
import MODEL from "../../../../db/extract/learned-model.json" with { type: "json" };
import { applyPairProposer, type PairModel, pairCandidates } from "../../../../db/extract/learned-pairs.ts";
import { allowedConfidences, ruleEntry } from "../../../../db/extract/registry.ts";

// (Its sub-parks named more often than itself: no rule, topic:zone included, places the firms.)
const PROFILE =
  "青禾经济开发区\n青禾经济开发区规划建设星澜产业园、云岫科技园。\n星澜产业园面积3平方公里，云岫科技园面积2平方公里。星澜产业园和云岫科技园基础设施完善。\n开发区的综合实力不断提升，形成了禾丰电气、云岫能源、星澜食品等核心企业组成的企业集群。";

describe("pairCandidates", () => {
  it("pairs the subject park with the firms a profile names, typed source → target", () => {
    const x = extract({ text: PROFILE }, { learned: false });
    const c = pairCandidates(PROFILE, [], x);
    const pe = c.filter((p) => p.type === "park_enterprise" && p.source === "park:青禾经济开发区");
    expect(pe.map((p) => p.target).sort()).toEqual([
      "enterprise:云岫能源",
      "enterprise:星澜食品",
      "enterprise:禾丰电气",
    ]);
    expect(pe.every((p) => p.features.includes("subj=park_enterprise|title"))).toBe(true);
    // Only the guide's type pairs (a relation type names its source and target types).
    for (const p of c) {
      const [s, t] = [p.source.split(":")[0], p.target.split(":")[0]];
      expect(
        p.type === "department_responsible" ? s === "department" : p.type === `${s}_${t}`,
        `${p.type} ${s}>${t}`,
      ).toBe(true);
    }
  });

  it("keeps a sentence of thirty firms bounded (distance cap), and features name no entity", () => {
    const firms = Array.from(
      { length: 30 },
      (_, i) => `禾丰${"甲乙丙丁戊己庚辛壬癸"[i % 10]}${"一二三"[Math.floor(i / 10)]}电子有限公司`,
    );
    const text = `云岫高新区重点发展智能装备产业，${firms.join("、")}等企业相继落户。`;
    const x = extract({ text }, { learned: false });
    expect(x.entities.filter((e) => e.type === "enterprise").length).toBeGreaterThanOrEqual(25);
    const c = pairCandidates(text, [], x);
    // Without a cap the cluster would pair with all 30 firms (and a 30-name sentence make 900 pairs).
    expect(c.filter((p) => p.type === "cluster_enterprise").length).toBeLessThanOrEqual(8);
    expect(c.length).toBeLessThanOrEqual(40);
    const names = x.entities.map((e) => e.name);
    const leaks = c.flatMap((p) => p.features.filter((f) => names.some((n) => f.includes(n))));
    expect(leaks).toEqual([]);
  });
});

describe("pairCandidates untiedOnly (what applying the model computes)", () => {
  it("gives exactly the untied candidates of the full list, with the same features and evidence", () => {
    const text = `${PROFILE}\n云岫高新区以智能装备产业为主导，聚集了禾丰电气有限公司、星澜食品等企业。`;
    const x = extract({ text }, { learned: false });
    const all = pairCandidates(text, [], x);
    // The rules tie some pairs here, so leaving them out is a real difference.
    expect(all.some((c) => c.ruled)).toBe(true);
    expect(pairCandidates(text, [], x, true)).toEqual(all.filter((c) => !c.ruled));
  });
});

describe("applyPairProposer", () => {
  const x = extract({ text: PROFILE }, { learned: false });
  const cands = pairCandidates(PROFILE, [], x);
  it("adds what it scores above the threshold and no rule tied, as learned:pair with the sentence as evidence", () => {
    const model: PairModel = { enabled: true, threshold: 0.5, bias: -3, weights: { "subj=park_enterprise|title": 4 } };
    const y = applyPairProposer(PROFILE, [], x, model);
    const added = y.relations.filter((r) => r.rule === "learned:pair");
    expect(added.map((r) => r.target).sort()).toEqual(
      cands
        .filter((c) => !c.ruled && c.type === "park_enterprise" && c.source === "park:青禾经济开发区")
        .map((c) => c.target)
        .sort(),
    );
    expect(added.length).toBe(3);
    const entry = ruleEntry("learned:pair");
    expect(entry).toBeDefined();
    for (const r of added) {
      expect(allowedConfidences(entry as never)).toContain(r.confidence);
      expect(r.evidence.surface).toContain("核心企业组成");
      expect(r.evidence.surface).toBe(PROFILE.slice(r.evidence.start, r.evidence.end));
    }
    // Below the threshold nothing is added; a disabled model is not applied at all.
    expect(applyPairProposer(PROFILE, [], x, { ...model, bias: -6 })).toBe(x);
    expect(applyPairProposer(PROFILE, [], x, { ...model, enabled: false })).toBe(x);
  });

  it("never re-adds a pair a rule already tied", () => {
    const text = "云岫高新区以智能装备产业为主导，聚集了禾丰电气有限公司等企业。";
    const rx = extract({ text }, { learned: false });
    const ruled = rx.relations.filter((r) => r.type === "park_enterprise");
    expect(ruled.length).toBe(1);
    const all: PairModel = { enabled: true, threshold: 0.5, bias: 5, weights: {} };
    const y = applyPairProposer(text, [], rx, all);
    const again = y.relations.filter(
      (r) => r.rule === "learned:pair" && r.type === "park_enterprise" && r.target === ruled[0]?.target,
    );
    expect(again).toEqual([]);
  });

  it("the committed model proposes only when npm run train enabled it", () => {
    const pairs = (MODEL as { pairs?: PairModel }).pairs;
    expect(pairs).toBeDefined();
    const def = extract({ text: PROFILE });
    const forced = extract({ text: PROFILE }, { pairs: "force" });
    const learned = (r: { rule: string }) => r.rule === "learned:pair";
    // The registry example's pairs come out with the committed weights when forced.
    expect(forced.relations.filter(learned).length).toBeGreaterThan(0);
    expect(def.relations.some(learned)).toBe(!!pairs?.enabled);
  });
});
