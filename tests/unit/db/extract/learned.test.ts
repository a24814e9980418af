// The learned filter (db/extract/learned.ts): the trainer learns and is
// deterministic, the filter drops what scores low together with its relations,
// and the committed model changes nothing while it is disabled.
import { describe, expect, it } from "vitest";
import { extract } from "../../../../db/extract/index.ts";
import {
  applyLearnedFilter,
  entityFeatures,
  type LearnedModel,
  trainLogistic,
} from "../../../../db/extract/learned.ts";
import MODEL from "../../../../db/extract/learned-model.json" with { type: "json" };

// (the park places the firms in its own sentence: a park named after a sentence does not place that sentence's firms)
const TEXT =
  "以星澜光电、云岫药业为代表的光电产业集群。青禾经济开发区重点发展储能电池产业，已引进星澜光电、云岫药业等企业。";

describe("trainLogistic", () => {
  const rows = [
    ...Array.from({ length: 20 }, (_, i) => ({ features: ["good", `n${i % 3}`], label: true })),
    ...Array.from({ length: 20 }, (_, i) => ({ features: ["bad", `n${i % 3}`], label: false })),
  ];
  it("separates a separable problem and is deterministic", () => {
    const a = trainLogistic(rows);
    const b = trainLogistic(rows);
    expect(a).toEqual(b);
    expect(a.weights.good).toBeGreaterThan(1);
    expect(a.weights.bad).toBeLessThan(-1);
    // Features seen fewer than minCount times get no weight.
    expect(trainLogistic([...rows, { features: ["once"], label: true }]).weights.once).toBeUndefined();
  });
});

describe("applyLearnedFilter", () => {
  const x = extract({ text: TEXT }, { learned: false });
  it("drops entities scored below the threshold and the relations that touch them", () => {
    expect(x.entities.some((e) => e.type === "cluster")).toBe(true);
    expect(x.relations.some((r) => r.source.startsWith("cluster:"))).toBe(true);
    const model: LearnedModel = { enabled: true, threshold: 0.5, bias: 2, weights: { "t=cluster": -5 } };
    const f = applyLearnedFilter(TEXT, [], x, model);
    expect(f.entities.map((e) => e.name).sort()).toEqual(
      x.entities
        .filter((e) => e.type !== "cluster")
        .map((e) => e.name)
        .sort(),
    );
    expect(f.relations.length).toBeGreaterThan(0);
    for (const r of f.relations) expect(r.source.startsWith("cluster:") || r.target.startsWith("cluster:")).toBe(false);
    // Disabled, it changes nothing.
    expect(applyLearnedFilter(TEXT, [], x, { ...model, enabled: false })).toBe(x);
  });

  it("the relation model drops relations it scores low, never co_mention, and keeps every entity", () => {
    const rules = new Set(x.relations.filter((r) => r.type !== "co_mention").map((r) => r.rule));
    expect(rules.has("list:cluster")).toBe(true);
    const model: LearnedModel = {
      enabled: false,
      threshold: 0.5,
      bias: 0,
      weights: {},
      relations: { enabled: true, threshold: 0.5, bias: 2, weights: { "rr=list:cluster": -5 } },
    };
    const f = applyLearnedFilter(TEXT, [], x, model);
    expect(f.entities).toEqual(x.entities);
    expect(f.relations).toEqual(x.relations.filter((r) => r.rule !== "list:cluster"));
  });

  it("with `below`, scores only the weak items: strong ones stay whatever the model says", () => {
    const model: LearnedModel = { enabled: true, threshold: 0.5, bias: -5, weights: {} };
    const all = applyLearnedFilter(TEXT, [], x, model);
    expect(all.entities).toEqual([]);
    const weak = applyLearnedFilter(TEXT, [], x, { ...model, below: 0.8 });
    expect(weak.entities.length).toBeGreaterThan(0);
    expect(weak.entities).toEqual(x.entities.filter((e) => e.confidence >= 0.8));
    expect(x.entities.some((e) => e.confidence < 0.8)).toBe(true);
  });

  it("features carry a name's type, rule, suffix and context, not its specific part", () => {
    const e = x.entities.find((y) => y.name === "星澜光电");
    expect(e).toBeDefined();
    const f = entityFeatures(TEXT, [], e as never);
    expect(f).toContain("t=enterprise");
    expect(f).toContain("r=enterprise:list-lead");
    expect(f).toContain("suf2=enterprise|光电");
    expect(f.join(" ")).not.toMatch(/星澜|星/u);
  });
});

describe("the committed model", () => {
  it("is small, and while disabled the extractor's output is unchanged", () => {
    const m = MODEL as LearnedModel;
    expect(Object.keys(m.weights).length).toBeLessThan(2000);
    expect(m.threshold > 0 && m.threshold < 1).toBe(true);
    if (!m.enabled && !m.relations?.enabled)
      expect(extract({ text: TEXT })).toEqual(extract({ text: TEXT }, { learned: false }));
  });
});
