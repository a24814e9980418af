// anaphor:zone (relations-location.ts): a firm in a paragraph that names no park is not given to the
// document's dominant zone merely because the sentence has a placing word and the zone holds most park
// mentions. Invented names only.
import { describe, expect, it } from "vitest";
import { rel, run } from "./helpers.ts";

describe("anaphor:zone without a park in the paragraph", () => {
  it("leaves a firm unplaced when only the share of park mentions names the zone", () => {
    const g = run(
      "本报讯 今年以来，全市工业经济稳中有进。青禾经济开发区上半年完成投资30亿元，青禾经济开发区规上工业增加值增长12%，青禾经济开发区新签约项目15个。\n与此同时，星澜新材料有限公司新建的电池材料生产线也已投产，产品供不应求。\n此外，云岫产业园二期标准厂房已经完工。\n",
    );
    expect(rel(g, "park_enterprise")).not.toContain("青禾经济开发区->星澜新材料有限公司");
  });

  it("still gives the paragraph's own park the firms a placing word names", () => {
    const g = run(
      "本报讯 今年以来，全市工业经济稳中有进。青禾经济开发区上半年完成投资30亿元，青禾经济开发区规上工业增加值增长12%。\n青禾经济开发区新签约项目15个，星澜新材料有限公司新建的电池材料生产线已投产。\n此外，云岫产业园二期标准厂房已经完工。\n",
    );
    expect(rel(g, "park_enterprise")).toContain("青禾经济开发区->星澜新材料有限公司");
  });
});
