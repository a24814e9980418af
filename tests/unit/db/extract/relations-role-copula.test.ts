// Lead roles stated of firms beyond 某产业龙头企业甲: a copula with the firms as subject (甲与乙正是某产业的“头雁”),
// figurative or quoted roles (排头兵, “链主”), a nickname set off by a dash (某产业“铁三角”——甲、乙), a time word
// opening the firm's clause after 作为…, and 围绕甲 as a role label. All names are invented.
import { describe, expect, it } from "vitest";
import { rel, run } from "./helpers.ts";

const L = "园区重点发展储能电池产业和生物医药产业。";

describe("role:cluster-lead beyond the adjacent role word", () => {
  it("reads the firms a copula makes an industry's lead (甲与乙正是某产业的“头雁”)", () => {
    const g = run(`${L}在园区，青禾科技有限公司与澄宇集团正是储能电池产业的“头雁”。`);
    expect(rel(g, "cluster_enterprise").sort()).toEqual(["储能电池->澄宇集团", "储能电池->青禾科技有限公司"]);
    expect(rel(run(`${L}青禾科技有限公司是储能电池产业的“排头兵”。`), "cluster_enterprise")).toEqual([
      "储能电池->青禾科技有限公司",
    ]);
  });

  it("leaves a firm that is only said to be in the industry (重要企业), or is not the copula's subject", () => {
    expect(rel(run(`${L}青禾科技有限公司是储能电池产业的重要企业。`), "cluster_enterprise")).toEqual([]);
    expect(rel(run(`${L}青禾科技有限公司引进的项目是储能电池产业的“头雁”。`), "cluster_enterprise")).toEqual([]);
  });

  it("reads a figurative role after 作为, and a time word opening the firm's clause", () => {
    expect(rel(run(`${L}作为园区储能电池产业的“主力军”，青禾科技有限公司将加大投资。`), "cluster_enterprise")).toEqual([
      "储能电池->青禾科技有限公司",
    ]);
    expect(
      rel(run(`${L}作为园区储能电池产业的龙头企业，近年来青禾科技有限公司不断加大投资。`), "cluster_enterprise"),
    ).toEqual(["储能电池->青禾科技有限公司"]);
  });

  it("reads a quoted nickname set off by a dash (某产业“铁三角”——甲、乙)", () => {
    const g = run(`${L}储能电池产业“铁三角”——青禾科技有限公司、澄宇集团、禾丰股份有限公司相继落户。`);
    expect(rel(g, "cluster_enterprise")).toContain("储能电池->禾丰股份有限公司");
  });

  it("reads 围绕甲 in a sentence about one industry as the firm's role", () => {
    const g = run(`${L}储能电池产业链方面，将围绕青禾科技有限公司打造千亿级产业集群。`);
    expect(rel(g, "cluster_enterprise")).toEqual(["储能电池->青禾科技有限公司"]);
  });
});
