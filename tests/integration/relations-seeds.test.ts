// "Which park is this enterprise in?" on the bundled plans: the Torch-zone plan
// (seed 001) places firms in its parks section by section ("医疗器械和生物医药产业园：
// …①…②…", "电子信息与智能制造产业园。…"); the Huancui district plan (seed 003) states
// no firm's park, but its industry sections name the parks that carry each industry.
// Real ingest, real extractor.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../db/extract/index.ts";
import { readDocument } from "../../db/ingest/index.ts";
import { importPaths } from "../../db/pipeline/index.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";
import type { Extraction } from "../../db/types.ts";
import { tempDir } from "./support/corpus.ts";

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
    // The plan writes the park 医疗器械与生物医药产业园 and 医疗器械和生物医药产业园: one park.
    const med = "医疗器械与生物医药产业园";
    expect(torch.entities.find((e) => e.name === med)?.mentions.map((m) => m.surface)).toContain(
      "医疗器械和生物医药产业园",
    );
    expect(pe).toContain(`${med}->威高集团`);
    // Projects named by a firm the plan names in full elsewhere (威高生物疫苗, 联桥医疗电子) are that firm's.
    expect(pe).toContain(`${med}->联桥集团`);
    expect(pe).toContain("电子信息与智能制造产业园->惠普");
    // The next park's section does not inherit the previous park's firms.
    expect(pe).not.toContain("电子信息与智能制造产业园->威高集团");
    expect(pe).not.toContain(`${med}->惠普`);
    // Short forms of firms named in full earlier ("捷普三期" after "美国捷普") are those firms.
    expect(pe).toContain("电子信息与智能制造产业园->美国捷普");
    expect(pe).toContain("电子信息与智能制造产业园->香港亿和精密");
    expect(pe).not.toContain(`${med}->美国捷普`);
    // A project list's item whose "brand" splits a product word (预灌封注射器产业化) names no firm.
    expect(torch.entities.some((e) => e.name === "预灌")).toBe(false);
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
// section (the nearest park heading line above the evidence) or a firm list whose own
// sentence names the park. (The zone the plan opens with no longer takes firms a sentence
// brings in without naming a park: lead:zone was removed in session 39.)
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
    expect(rules.has("run-in:park") && rules.has("list:park")).toBe(true);
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

// "Which park is this enterprise in?" asked of the knowledge base the seeds build (real import,
// real SQLite). The yardstick is a reading of the two plans (the seeds are ours; naming them in a
// test is fine). Seed 001 places firms in a park in three ways:
//  - a park's own run-in section names its firms and projects (医疗器械与生物医药产业园：…②…威高生物疫苗、
//    …联桥医疗电子等30个重点项目。③推动威高集团争创…; 电子信息与智能制造产业园。…依托惠普…；…捷普三期，
//    亿和精密二期、三期等15个重点项目…；…未来机器人公司深海铺缆机器人项目、天力电源新能源车辆大功率充电机等20多个项目);
//  - the plan's own zone (高区) is where the firms it builds on are (依托威高集团、惠普、迪尚等龙头企业; 引导北洋、
//    华田等企业投资建设…; 建设迪尚集团总部、惠普（山东）总部、北洋集团总部).
// Seed 003 names parks and firms side by side (重点推进威高物流园…; 专栏 project lines) but places no named
// firm in a park: a park named after a firm (威高物流园) is not a stated location by the annotation
// convention (the devset and the S excerpts' gold leave such pairs out), so its answer is none.
const SECTION_001: Record<string, string[]> = {
  医疗器械与生物医药产业园: ["威高集团", "联桥集团"],
  电子信息与智能制造产业园: ["惠普", "美国捷普", "香港亿和精密", "未来机器人公司", "天力电源"],
};
const ZONE_001 = { zone: "威海火炬高技术产业开发区", firms: ["威高集团", "惠普", "迪尚集团", "北洋集团", "华田"] };

describe("which park is this enterprise in: the seeds' knowledge base", () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: DB;
  beforeAll(async () => {
    tmp = tempDir();
    db = openDatabase(join(tmp.dir, "kb.sqlite"));
    await importPaths(db, [seeds]);
  });
  afterAll(() => {
    db.close();
    tmp.cleanup();
  });
  /** park → enterprise pairs the KB holds with evidence in the seed whose file name starts with `prefix`. */
  const placed = (prefix: string) =>
    db
      .prepare<[string], { park: string; firm: string }>(
        `SELECT DISTINCT p.name AS park, f.name AS firm FROM relations r
           JOIN entities p ON p.id = r.source_id JOIN entities f ON f.id = r.target_id
           JOIN evidence ev ON ev.relation_id = r.id JOIN documents d ON d.id = ev.document_id
          WHERE r.type = 'park_enterprise' AND d.file_name LIKE ? || '%'`,
      )
      .all(prefix);
  /** The parks the KB gives for the enterprise written `surface` (any of its written forms). */
  const parksOf = (surface: string) =>
    db
      .prepare<[string], string>(
        `SELECT DISTINCT p.name FROM relations r JOIN entities p ON p.id = r.source_id
          WHERE r.type = 'park_enterprise' AND r.target_id IN (SELECT entity_id FROM mentions WHERE surface = ?)`,
      )
      .pluck()
      .all(surface);

  it("answers with the park whose section names the firm, by the firm's written forms (seed 001)", () => {
    for (const w of ["威高", "威高集团"]) expect(parksOf(w)).toContain("医疗器械与生物医药产业园");
    expect(parksOf("联桥")).toContain("医疗器械与生物医药产业园");
    for (const w of ["惠普", "捷普", "亿和精密", "未来机器人公司", "天力电源"])
      expect(parksOf(w), w).toContain("电子信息与智能制造产业园");
    // …and not with the other park's section.
    expect(parksOf("惠普")).not.toContain("医疗器械与生物医药产业园");
    expect(parksOf("天力电源")).not.toContain("医疗器械与生物医药产业园");
  });

  it("finds every section placement of seed 001 and states no placement the plan does not make", () => {
    const got = placed("001_");
    const key = (p: string, f: string) => `${p}->${f}`;
    const allowed = new Set([
      ...Object.entries(SECTION_001).flatMap(([p, fs]) => fs.map((f) => key(p, f))),
      ...ZONE_001.firms.map((f) => key(ZONE_001.zone, f)),
    ]);
    const have = new Set(got.map((x) => key(x.park, x.firm)));
    for (const [p, fs] of Object.entries(SECTION_001))
      for (const f of fs) expect(have.has(key(p, f)), key(p, f)).toBe(true);
    // Precision against the reading: every placement the KB makes from seed 001 is in it.
    expect(got.filter((x) => !allowed.has(key(x.park, x.firm)))).toEqual([]);
    expect(got.length).toBeGreaterThanOrEqual(10);
  });

  it("gives no park for seed 003's firms, whose plan places none (a firm-named park is no placement)", () => {
    expect(placed("003_")).toEqual([]);
    expect(parksOf("威高")).not.toContain("威高物流园");
  });
});
