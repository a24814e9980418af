// A city's zones by their short names (高区, 经区), inside a gazette's own documents, and the
// bare words that name no entity where they are written (政府, 大数据+…).
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../../db/extract/index.ts";
import { readDocument } from "../../../../db/ingest/index.ts";
import type { Extraction, IngestedDoc } from "../../../../db/types.ts";
import { names, rel, run } from "./helpers.ts";

describe("zones by their short names", () => {
  it("a list grouped by area gives each zone its own firms, up to the next place heading", () => {
    const g = run(
      "附件\n先进集体名单\n\n高 区\n\n赵某 戊己光电有限公司技师\n\n经 区\n\n王某 甲乙精密机械有限公司技师\n\n青禾县\n\n李某 丙丁新材料有限公司工程师\n",
    );
    expect(names(g, "park").sort()).toEqual(["经区", "高区"]);
    expect(rel(g, "park_enterprise").sort()).toEqual(["经区->甲乙精密机械有限公司", "高区->戊己光电有限公司"]);
  });

  it("a city's bare 综合保税区 is its bonded zone; one applied for (申建综合保税区) is not", () => {
    expect(names(run("发挥综合保税区功能载体作用，推动综合保税区发展跨境电商产业。"), "park")).toEqual(["综合保税区"]);
    expect(names(run("支持有条件的县市申建综合保税区，发展跨境电商产业。"), "park")).toEqual([]);
  });

  it("a zone's coined head opening a sentence (澄宇围绕…) is the zone; a county's name there is the county", () => {
    const g = run(
      "澄宇经济技术开发区位于城东，星澜高新区位于城西。\n今年以来，澄宇围绕新能源、食品加工等产业，引进一批项目。",
    );
    expect(rel(g, "park_cluster").sort()).toEqual(["澄宇经济技术开发区->新能源", "澄宇经济技术开发区->食品加工"]);
    const county = run(
      "德清经济开发区位于城东，星澜高新区位于城西。\n今年以来，德清围绕新能源、食品加工等产业，引进一批项目。",
    );
    expect(rel(county, "park_cluster")).toEqual([]);
  });

  it("after a verb the short name is still the zone (推动高区…), inside a word it is not (提高区域)", () => {
    const g = run("青禾高新技术产业开发区位于城北。推动高区工业经济发展，提高区域协同水平。");
    const park = extract({
      text: "青禾高新技术产业开发区位于城北。推动高区工业经济发展，提高区域协同水平。",
    }).entities.find((e) => e.type === "park");
    expect(names(g, "park")).toEqual(["青禾高新技术产业开发区"]);
    expect(park?.mentions.map((m) => m.surface)).toEqual(["青禾高新技术产业开发区", "高区"]);
  });
});

describe("bodies and zones in general are nobody's mention", () => {
  it("各区市政府 (the districts' governments) is no mention of the city's government", () => {
    const text = "威海市人民政府印发本方案。\n1.加快数字化改造。（责任单位：市工业和信息化局，各区市政府、开发区管委）";
    const gov = extract({ text }).entities.find((e) => e.name === "市人民政府");
    expect(gov?.mentions.map((m) => m.surface)).toEqual(["威海市人民政府"]);
  });
  it("各区市、开发区 is no back-reference to the one zone the text names", () => {
    const text = "青禾经济开发区位于城北。鼓励有条件的区市、开发区制定扶持政策。开发区入驻企业达到86家。";
    const zone = extract({ text }).entities.find((e) => e.type === "park");
    expect(zone?.mentions.map((m) => m.start)).toEqual([0, text.lastIndexOf("开发区入驻")]);
  });
  it("a zone's list of industries closed by 等现代服务业 is the zone's", () => {
    const g = run(
      "青禾经济开发区位于城北，是省级开发区，青禾经济开发区面积30平方公里。\n加快康养产业、旅游业、文化产业等现代服务业利用外资。",
    );
    expect(rel(g, "park_cluster").sort()).toEqual([
      "青禾经济开发区->康养",
      "青禾经济开发区->文化",
      "青禾经济开发区->旅游业",
    ]);
  });
});

describe("the seed gazette (002): each document of it reads its own zones", () => {
  const root = resolve(import.meta.dirname, "..", "..", "..", "..");
  let doc: IngestedDoc;
  let x: Extraction;
  beforeAll(async () => {
    doc = await readDocument(join(root, "seeds", "002_cb93982c783a916b.txt"));
    x = extract({ text: doc.text, sections: doc.sections });
  }, 60_000);
  const partOf = (at: number) => doc.parts.findIndex((p) => p.start <= at && at < p.end);

  it("a zone named in one document is not what 高区 means in another", () => {
    for (const e of x.entities.filter((y) => y.type === "park")) {
      const named = e.mentions.filter((m) => m.rule !== "back-reference:zone").map((m) => partOf(m.start));
      for (const m of e.mentions.filter((y) => y.rule === "back-reference:zone"))
        expect(named, `${e.name} at ${m.start}`).toContain(partOf(m.start));
    }
  });

  it("the award list places its 高区 and 经区 firms in those zones and no others", () => {
    const byKey = new Map(x.entities.map((e) => [e.key, e.name]));
    const placed = x.relations
      .filter((r) => r.type === "park_enterprise" && ["高区", "经区"].includes(byKey.get(r.source) ?? ""))
      .map((r) => `${byKey.get(r.source)}->${byKey.get(r.target)}`);
    expect(placed).toContain("经区->山东百圣源集团有限公司");
    expect(placed.filter((p) => p.startsWith("高区"))).toHaveLength(2);
    // the firms under 临港区 and 市直 are not 经区's
    expect(placed.filter((p) => p.startsWith("经区"))).toHaveLength(1);
  });

  it("the bare word 政府 and a 大数据+ scheme are no mentions", () => {
    const surfaces = x.entities.flatMap((e) => e.mentions.map((m) => m.surface));
    expect(surfaces).not.toContain("政府");
    const big = x.entities.find((e) => e.type === "cluster" && e.name === "大数据");
    for (const m of big?.mentions ?? []) expect(doc.text.slice(m.end, m.end + 1)).not.toBe("+");
  });
});

describe("a zone's own short form (session 13)", () => {
  it("reads 甲乙区 as the 甲乙合作区 the document names (beside another park), and its industries as the zone's", () => {
    const g = run("潍坊云岫合作区与星澜产业园签约结对。云岫区聚焦储能电池、海洋装备、光学仪器三大产业集群。");
    expect(rel(g, "park_cluster").sort()).toEqual(
      ["潍坊云岫合作区->储能电池", "潍坊云岫合作区->光学仪器", "潍坊云岫合作区->海洋装备"].sort(),
    );
  });

  it("takes no short form two zones share", () => {
    const g = run("潍坊云岫合作区与潍坊云岫示范区签约结对。云岫区聚焦储能电池、海洋装备两大产业集群。");
    expect(rel(g, "park_cluster")).toEqual([]);
  });
});
