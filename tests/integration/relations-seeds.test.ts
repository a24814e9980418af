// "Which park is this enterprise in?" on the bundled plans: the Torch-zone plan
// (seed 001) places firms in its parks section by section ("医疗器械和生物医药产业园：
// …①…②…", "电子信息与智能制造产业园。…"); the Huancui district plan (seed 003) states
// no firm's park, but its industry sections name the parks that carry each industry.
// Real ingest, real extractor.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../db/extract/index.ts";
import { readDocument } from "../../db/ingest/index.ts";
import type { Extraction } from "../../db/types.ts";

const seeds = resolve(fileURLToPath(import.meta.url), "..", "..", "..", "seeds");
const seed = (prefix: string) => join(seeds, readdirSync(seeds).find((f) => f.startsWith(prefix)) as string);

async function run(prefix: string): Promise<Extraction> {
  const doc = await readDocument(seed(prefix));
  return extract({ text: doc.text, sections: doc.sections });
}

function pairs(x: Extraction, type: string): string[] {
  const name = new Map(x.entities.map((e) => [e.key, e.name]));
  return x.relations.filter((r) => r.type === type).map((r) => `${name.get(r.source)}->${name.get(r.target)}`);
}

describe("park_enterprise on the seed plans", () => {
  let torch: Extraction;
  let huancui: Extraction;
  beforeAll(async () => {
    torch = await run("001_");
    huancui = await run("003_");
  });

  it("places the firms of each park's section in that park (seed 001)", () => {
    const pe = pairs(torch, "park_enterprise");
    expect(pe).toContain("医疗器械和生物医药产业园->威高集团");
    expect(pe).toContain("医疗器械和生物医药产业园->联桥医疗电子");
    expect(pe).toContain("电子信息与智能制造产业园->惠普");
    // The next park's section does not inherit the previous park's firms.
    expect(pe).not.toContain("电子信息与智能制造产业园->威高集团");
    expect(pe).not.toContain("医疗器械和生物医药产业园->惠普");
    // Short forms of firms named in full earlier ("捷普三期" after "美国捷普") are those firms.
    expect(pe).toContain("电子信息与智能制造产业园->美国捷普");
    expect(pe).toContain("电子信息与智能制造产业园->香港亿和精密");
    expect(pe).not.toContain("医疗器械和生物医药产业园->美国捷普");
    // A firm named only inside a platform of a platform list is not placed anywhere.
    expect(pe).not.toContain("软件孵化器->北洋");
  });

  it("keeps the rule, its confidence and the evidence span on every such relation", () => {
    for (const r of torch.relations.filter((x) => x.type === "park_enterprise")) {
      expect(r.rule).toMatch(/\S/u);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.evidence.end).toBeGreaterThan(r.evidence.start);
    }
  });

  it("links the parks an industry section of seed 003 names to that industry", () => {
    const pc = pairs(huancui, "park_cluster");
    expect(pc).toContain("中关村医药科技产业园->生物医药");
    expect(pc).toContain("连城智谷高端装备新材料产业园->高端装备制造");
  });
});

// The same question answered by shape, not by names: every park_enterprise link of the
// Torch-zone plan is backed by where the text puts the firm — the park's own run-in
// section (the nearest park heading line above the evidence) or, for firms the plan
// brings in without naming a park, the zone the plan opens with and names most.
describe("which park is this enterprise in (seed 001, by rule and shape)", () => {
  let torch: Extraction;
  let text: string;
  beforeAll(async () => {
    const doc = await readDocument(seed("001_"));
    text = doc.text;
    torch = extract({ text: doc.text, sections: doc.sections });
  });

  it("links firms to the zone and to at least two of its sub-parks", () => {
    const pe = torch.relations.filter((r) => r.type === "park_enterprise");
    expect(pe.length).toBeGreaterThanOrEqual(10);
    expect(new Set(pe.map((r) => r.source)).size).toBeGreaterThanOrEqual(3);
    const rules = new Set(pe.map((r) => r.rule));
    expect(rules.has("run-in:park") && rules.has("lead:zone")).toBe(true);
  });

  it("gives lead:zone links only to the park the plan opens with and names most", () => {
    const parks = torch.entities.filter((e) => e.type === "park");
    const top = [...parks].sort((a, b) => b.mentions.length - a.mentions.length)[0];
    const lead = torch.relations.filter((r) => r.type === "park_enterprise" && r.rule === "lead:zone");
    expect(lead.length).toBeGreaterThan(0);
    for (const r of lead) expect(r.source).toBe(top?.key);
    expect(top?.mentions.some((m) => m.start < 400)).toBe(true);
  });

  it("gives run-in links to the park whose heading line is the nearest above the evidence", () => {
    const byKey = new Map(torch.entities.map((e) => [e.key, e]));
    // Park mentions that open a line (the run-in headings of the plan's park sections).
    const heads = torch.entities
      .filter((e) => e.type === "park")
      .flatMap((e) => e.mentions.map((m) => ({ key: e.key, start: m.start })))
      .filter((h) => /(^|\n)[\s\u3000]*$/u.test(text.slice(Math.max(0, h.start - 4), h.start)))
      .sort((a, b) => a.start - b.start);
    const runIn = torch.relations.filter((r) => r.type === "park_enterprise" && r.rule === "run-in:park");
    expect(runIn.length).toBeGreaterThanOrEqual(5);
    for (const r of runIn) {
      const above = heads.filter((h) => h.start < r.evidence.start).pop();
      expect(above?.key, byKey.get(r.target)?.name).toBe(r.source);
      // The firm is named inside the evidence sentence.
      const firm = byKey.get(r.target);
      expect(firm?.mentions.some((m) => m.start >= r.evidence.start && m.end <= r.evidence.end)).toBe(true);
    }
  });
});
