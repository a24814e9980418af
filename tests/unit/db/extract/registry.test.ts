// The rule registry (db/extract/registry.ts): every example of every rule runs
// through the real extractor and must come out with that rule; every rule id
// the extractor emits on the seeds and devset dev01–dev36 must be registered,
// with a confidence the registry allows; the precedence list covers the registry.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../../db/extract/index.ts";
import {
  allowedConfidences,
  PRECEDENCE,
  RULES,
  ruleConfidence,
  ruleEntry,
  STAGES,
} from "../../../../db/extract/registry.ts";
import { exampleMisses } from "../../../../db/extract/registry-examples.ts";
import { readDocument } from "../../../../db/ingest/index.ts";
import type { Extraction } from "../../../../db/types.ts";

const root = resolve(fileURLToPath(import.meta.url), "..", "..", "..", "..", "..");
const shared = resolve(root, "..", "shared");
const devDocs = join(shared, "devset", "docs");
const haveShared = existsSync(devDocs);

describe("every registered rule has examples that the real extractor reproduces", () => {
  const cases = RULES.flatMap((r) => r.examples.map((ex, i) => ({ id: `${r.id} #${i + 1}`, r, ex })));
  it.each(cases)("$id", ({ r, ex }) => {
    expect(exampleMisses(r, ex)).toEqual([]);
  });

  it("every rule has at least one example, and every example expects something", () => {
    expect(RULES.filter((r) => r.examples.length === 0).map((r) => r.id)).toEqual([]);
    for (const c of cases)
      expect(
        (c.ex.entities?.length ?? 0) +
          (c.ex.relations?.length ?? 0) +
          (c.ex.absent?.length ?? 0) +
          (c.ex.absentRelations?.length ?? 0),
        c.id,
      ).toBeGreaterThan(0);
  });

  it("an example fails when its rule did not produce the item (the check can fail)", () => {
    const suffix = ruleEntry("suffix:经济开发区");
    const list = ruleEntry("cluster:list");
    expect(suffix && list).toBeTruthy();
    const text = "重点发展海洋装备、储能电池等产业。";
    // Found, but by cluster:list, not by the suffix family; and a name that is not there.
    expect(exampleMisses(suffix as never, { text, entities: [{ type: "cluster", name: "海洋装备" }] })).toEqual([
      "cluster 海洋装备 found by cluster:list,cluster:list",
    ]);
    expect(exampleMisses(list as never, { text, entities: [{ type: "cluster", name: "智能传感" }] })).toEqual([
      "no cluster 智能传感",
    ]);
    // A relation that must not come out, and does.
    const lead = ruleEntry("list:cluster");
    const absentRelations = [{ type: "cluster_enterprise" as const, source: "海洋传感", target: "星澜光电" }];
    expect(
      exampleMisses(lead as never, { text: "以星澜光电、云岫药业为代表的海洋传感产业集群。", absentRelations }),
    ).toEqual(["cluster_enterprise 海洋传感 -> 星澜光电 came out"]);
  });
});

describe("registry shape", () => {
  it("ids are unique, stages known, confidences in (0, 1]", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(STAGES).toContain(r.stage);
      for (const c of allowedConfidences(r)) expect(c > 0 && c <= 1, r.id).toBe(true);
      expect(r.description.length, r.id).toBeGreaterThan(10);
      expect(r.produces.length, r.id).toBeGreaterThan(0);
    }
  });

  it("the precedence list names every rule once, stages in pipeline order", () => {
    expect([...PRECEDENCE].sort()).toEqual(RULES.map((r) => r.id).sort());
    const stageIdx = PRECEDENCE.map((id) => STAGES.indexOf(ruleById(id).stage));
    expect(stageIdx).toEqual([...stageIdx].sort((a, b) => a - b));
  });

  it("candidate rules are listed strongest first: the order is the tie-break selectFlat applies", () => {
    const conf = PRECEDENCE.map(ruleById)
      .filter((r) => r.stage === "candidates")
      .map((r) => r.confidence as number);
    expect(conf).toEqual([...conf].sort((a, b) => b - a));
  });

  it("families accept only their own words", () => {
    expect(ruleEntry("suffix:经济开发区")?.id).toBe("suffix:*");
    expect(ruleEntry("suffix:不是后缀")).toBeUndefined();
    expect(ruleEntry("cluster:suffix:产业集群")?.id).toBe("cluster:suffix:*");
    expect(ruleEntry("dept:suffix:局")?.id).toBe("dept:suffix:*");
    expect(ruleEntry("no-such-rule")).toBeUndefined();
    expect(ruleConfidence("park-bracket")).toBe(0.8);
    expect(() => ruleConfidence("gazetteer")).toThrow(/no registered confidence/u);
  });
});

function ruleById(id: string) {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`not registered: ${id}`);
  return r;
}

describe.skipIf(!haveShared)("the registry is complete on the seeds and devset dev01–dev36", () => {
  const xs: { file: string; x: Extraction }[] = [];
  beforeAll(async () => {
    const files = [
      ...readdirSync(join(root, "seeds")).map((f) => join(root, "seeds", f)),
      ...readdirSync(devDocs)
        .filter((f) => /^dev(0[1-9]|[12]\d|3[0-6])_.*\.txt$/u.test(f))
        .map((f) => join(devDocs, f)),
    ].filter((f) => f.endsWith(".txt"));
    for (const f of files) {
      const d = await readDocument(f);
      xs.push({ file: f, x: extract({ text: d.text, sections: d.sections }) });
    }
  }, 120_000);

  it("every rule id on entities, mentions and relations is registered", () => {
    expect(xs.length).toBe(41);
    const unknown = new Set<string>();
    for (const { x } of xs) {
      for (const e of x.entities)
        for (const id of [e.rule, ...e.mentions.map((m) => m.rule ?? e.rule)]) if (!ruleEntry(id)) unknown.add(id);
      for (const r of x.relations) if (!ruleEntry(r.rule)) unknown.add(r.rule);
    }
    expect([...unknown]).toEqual([]);
  });

  it("emitted confidences are ones the registry allows", () => {
    const bad: string[] = [];
    for (const { file, x } of xs) {
      for (const r of x.relations) {
        const rule = ruleEntry(r.rule);
        if (rule && !allowedConfidences(rule).includes(r.confidence)) bad.push(`${file}: ${r.rule} ${r.confidence}`);
      }
      // An entity keeps the highest confidence among the candidates that named it.
      for (const e of x.entities) {
        const allowed = [e.rule, ...e.mentions.map((m) => m.rule ?? e.rule)].flatMap((id) => {
          const rule = ruleEntry(id);
          return rule ? allowedConfidences(rule) : [];
        });
        if (!allowed.includes(e.confidence)) bad.push(`${file}: ${e.name} ${e.rule} ${e.confidence}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("entity and relation types agree with what each rule says it produces", () => {
    const bad = new Set<string>();
    for (const { x } of xs) {
      for (const e of x.entities) {
        const rule = ruleEntry(e.rule);
        if (rule && !rule.produces.includes(e.type)) bad.add(`${e.rule} → ${e.type}`);
      }
      for (const r of x.relations) {
        const rule = ruleEntry(r.rule);
        if (rule && !rule.produces.includes(r.type)) bad.add(`${r.rule} → ${r.type}`);
      }
    }
    expect([...bad]).toEqual([]);
  });
});

describe.skipIf(!haveShared)("examples use invented names", () => {
  // Departments are exempt: 市商务局 or 国务院 is a body every city has, not a name to learn.
  it("no example names a cluster, park, platform or enterprise of any gold file", () => {
    const gold = new Set<string>();
    // ../shared's gold and the annotated other-city sets kept in the repo as training data.
    const annotated = join(root, "tests", "fixtures", "annotated");
    const sets = existsSync(annotated) ? readdirSync(annotated).map((s) => join(annotated, s, "gold")) : [];
    for (const dir of [join(shared, "gold"), join(shared, "devset", "gold"), ...sets.filter((d) => existsSync(d))])
      for (const f of readdirSync(dir).filter((x) => x.endsWith(".json"))) {
        const g = JSON.parse(readFileSync(join(dir, f), "utf8")) as { entities: { name: string; type: string }[] };
        for (const e of g.entities) if (e.type !== "department") gold.add(e.name);
      }
    const used = RULES.flatMap((r) =>
      r.examples.flatMap((ex) => [
        ...(ex.entities ?? []).map((e) => e.name),
        ...(ex.relations ?? []).flatMap((x) => [x.source, x.target]),
        ...(ex.absentRelations ?? []).flatMap((x) => [x.source, x.target]),
      ]),
    );
    expect(used.filter((n) => gold.has(n))).toEqual([]);
  });
});
