// filter:common-name (db/extract/park-precision.ts): a park needs a name of its own. A bare
// 园区/开发区/新城 after common words only, and a base after a province's grade and common words
// only, are kinds or titles. The suffix rules propose them first, so the filter is what drops them.
// Invented names only.
import { describe, expect, it } from "vitest";
import { makeContext } from "../../../../db/extract/context.ts";
import { suffixCandidates } from "../../../../db/extract/names.ts";
import { gradeTitle } from "../../../../db/extract/park-precision.ts";
import { names, run } from "./helpers.ts";

const proposed = (text: string) => suffixCandidates(makeContext(text, [])).map((c) => `${c.type}:${c.name}`);

describe("a park named only by common words is a kind, not a park", () => {
  const text = "积极探索飞地园区模式，建设高铁新城，明晰园区发展定位，晋级为省级开发区。";

  it("drops the kinds the suffix rules propose", () => {
    const before = proposed(text);
    for (const n of ["飞地园区", "高铁新城"]) expect(before.some((b) => b.endsWith(n))).toBe(true);
    const parks = names(run(text), "park");
    for (const n of ["飞地园区", "高铁新城", "明晰园区", "省级开发区"]) expect(parks).not.toContain(n);
  });

  it("keeps a park with a place, a name word or a small place before an industry", () => {
    const parks = names(run("青禾园区、澄宇生物医药园区和云岫县开发区入驻企业80家。"), "park");
    expect(parks).toContain("青禾园区");
    expect(parks).toContain("澄宇生物医药园区");
    expect(parks).toContain("云岫县开发区");
  });
});

describe("a province's grade before common words is a title", () => {
  it("reads 某省+common words+base as a title, a place after the grade as a name", () => {
    expect(gradeTitle("江西省智能装备制造产业基地")).toBe(true);
    expect(gradeTitle("福建省大型电风扇出口基地")).toBe(true);
    expect(gradeTitle("江西省赣州稀土产业基地")).toBe(false);
    expect(gradeTitle("江西雾松产业基地")).toBe(false);
  });

  it("drops the title base, keeps the zone it describes", () => {
    const parks = names(run("云岫经济开发区是江西省智能装备制造产业基地。"), "park");
    expect(parks).toContain("云岫经济开发区");
    expect(parks).not.toContain("江西省智能装备制造产业基地");
  });
});
