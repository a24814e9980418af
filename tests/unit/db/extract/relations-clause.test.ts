// One-sentence statements of an industry's firms (relations-clause.ts), a zone
// profile's enumeration of its industries (relations-zone-list.ts) and parks listed
// under a head naming their industry (relations-park-list.ts). Invented names.
import { describe, expect, it } from "vitest";
import { PARTNER_LEAD } from "../../../../db/extract/relations-clause.ts";
import { rel, run } from "./helpers.ts";

const FIRMS = "禾丰电气有限公司、云岫能源科技有限公司";

describe("an industry's firms in one sentence", () => {
  it("gives the firms a sentence about one industry brings in to that industry", () => {
    const g = run(`近年来，青禾县抢抓储能电池产业发展机遇，先后引进${FIRMS}等一批重点储能企业入驻，产业链日趋完整。`);
    expect(rel(g, "cluster_enterprise").sort()).toEqual([
      "储能电池->云岫能源科技有限公司",
      "储能电池->禾丰电气有限公司",
    ]);
  });

  it("does not make firms merely in the industry its key firms (等一批某领域企业)", () => {
    const g = run(`近年来，青禾县抢抓储能电池产业发展机遇，先后引进${FIRMS}等一批储能电池领域企业入驻。`);
    expect(rel(g, "cluster_enterprise")).toEqual([]);
  });

  it("does not read a run closed as projects as the industry's firms", () => {
    const g = run(`其中，储能电池产业集群，新集聚了${FIRMS}等一批重点配套项目。`);
    expect(rel(g, "cluster_enterprise")).toEqual([]);
  });

  it("names the industry in the list's closing phrase", () => {
    const g = run(
      `储能电池产业是青禾县的主导产业。青禾县集聚了${FIRMS}等一大批技术领先的重点储能电池企业，形成了完整链条。`,
    );
    expect(rel(g, "cluster_enterprise")).toContain("储能电池->禾丰电气有限公司");
  });

  it("does not choose between two industries of one sentence", () => {
    const g = run(`青禾县抢抓储能电池、海洋装备产业发展机遇，引进${FIRMS}等一批企业入驻。`);
    expect(rel(g, "cluster_enterprise")).toEqual([]);
  });
});

describe("a zone profile's industries", () => {
  const ZONE = "青禾高新区位于青禾市东部，是省级高新区。\n";
  it("gives an enumeration under a collective head to the document's zone", () => {
    const g = run(`${ZONE}近年来，储能电池、海洋装备、数字文创等产业加速成长，青禾高新区综合实力稳步提升。\n`);
    expect(rel(g, "park_cluster").sort()).toEqual([
      "青禾高新区->储能电池",
      "青禾高新区->数字文创",
      "青禾高新区->海洋装备",
    ]);
  });

  it("does not give the zone the city's industries (全市…)", () => {
    const g = run(`${ZONE}近年来，全市储能电池、海洋装备、数字文创等产业加速成长。\n`);
    expect(rel(g, "park_cluster")).toEqual([]);
  });

  it("does not give the zone one industry named in passing", () => {
    const g = run(`${ZONE}近年来，储能电池产业加速成长，带动就业。\n`);
    expect(rel(g, "park_cluster")).toEqual([]);
  });
});

describe("parks under a head naming their industry", () => {
  it("reads 甲园、乙园区、丙园区等一批特色某产业园区, an unrecognised item included", () => {
    const g = run(
      "储能电池是青禾市的特色产业。青禾市形成了云岫产业园、星澜产业园区、江门产业园区等一批特色储能电池园区。",
    );
    expect(rel(g, "park_cluster")).toEqual(expect.arrayContaining(["云岫产业园->储能电池", "星澜产业园区->储能电池"]));
  });
});

describe("partners of a subject (与甲、乙; 与区内甲、乙)", () => {
  it("reads 与 and a scope word before the first firm as a partner's lead", () => {
    expect(PARTNER_LEAD.test("星澜能源与区内")).toBe(true);
    expect(PARTNER_LEAD.test("星澜能源与")).toBe(true);
    expect(PARTNER_LEAD.test("区内有")).toBe(false);
  });
});
