// Clause fragments ending in a park's kind (db/extract/boundary-clause.ts, rule boundary:clause): a
// proper-name kind after a clause verb, a numeral, a pronoun or a quantity word is no name. Invented
// names throughout.
import { describe, expect, it } from "vitest";
import { extract } from "../../../../db/extract/index.ts";
import { names, run } from "./helpers.ts";

describe("boundary:clause drops clause fragments before a park's kind", () => {
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

  it("keeps a place's own verb-like last word (新站) and an industry's verb (显示)", () => {
    expect(names(run("项目位于青岚市新站工业园区。"), "park")).toContain("青岚市新站工业园区");
    expect(names(run("加快星澜光电显示产业园区建设。"), "park")).toContain("星澜光电显示产业园区");
  });
});
