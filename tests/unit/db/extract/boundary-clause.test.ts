// Clause fragments ending in a park's kind (db/extract/boundary-clause.ts, rule boundary:clause): the
// name starts after the last clause word a place follows; a proper-name kind after a clause verb, a
// numeral, a pronoun or a quantity word is no name. Invented names throughout.
import { describe, expect, it } from "vitest";
import { extract } from "../../../../db/extract/index.ts";
import { names, run } from "./helpers.ts";

describe("boundary:clause trims or drops clause fragments before a park's kind", () => {
  it.each([
    ["站在山顶俯瞰青禾产业园区，厂房林立。", "青禾产业园区"],
    ["这里是全市的重要组成部分和澄宇新区的核心。", "澄宇新区"],
  ])("%s → %s", (text, name) => {
    const found = names(run(text), "park");
    expect(found).toEqual([name]);
    const e = extract({ text }).entities.find((x) => x.name === name);
    expect(e?.mentions.some((m) => m.rule === "boundary:clause")).toBe(true);
  });

  it.each([
    "当地铝水可直供园区，成本较低。",
    "在荒山上建园区，难度很大。",
    "推行一镇一园区模式。",
    "全省唯一没有国家高新区的城市。",
    "近年来我县工业园区发展迅速。",
    "部分产业园区存在闲置。",
  ])("drops %s", (text) => {
    expect(names(run(text), "park")).toEqual([]);
  });

  it("keeps a place's own verb-like last word (同兴) and an industry's verb (显示)", () => {
    expect(names(run("项目位于青岚市新站工业园区。"), "park")).toContain("青岚市新站工业园区");
    expect(names(run("加快星澜光电显示产业园区建设。"), "park")).toContain("星澜光电显示产业园区");
  });
});
