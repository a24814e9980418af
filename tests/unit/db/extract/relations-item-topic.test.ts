// The industry a paragraph or an ordinal item opens with (relations-item-topic.ts):
// its scope ends at the next item, and a list that names its own industry keeps it. Invented names.
import { describe, expect, it } from "vitest";
import { rel, run } from "./helpers.ts";

const A = "禾丰电气有限公司、云岫能源科技有限公司";
const B = "星澜重工有限公司、青禾船舶有限公司";

describe("the industry an item opens with", () => {
  it("gives each item's firms to its own industry, never across into the next item", () => {
    const g = run(
      `青禾经开区重点发展两大产业。\n一是储能电池产业。储能电池是青禾的新兴产业。${A}等企业已在园区投产。\n二是海洋装备产业。海洋装备是青禾的传统产业。${B}等一批公司落户园区。\n`,
    );
    expect(rel(g, "cluster_enterprise").sort()).toEqual([
      "储能电池->云岫能源科技有限公司",
      "储能电池->禾丰电气有限公司",
      "海洋装备->星澜重工有限公司",
      "海洋装备->青禾船舶有限公司",
    ]);
  });

  it("ends an inline item at the next ordinal marker of the paragraph", () => {
    const g = run(
      `一是储能电池产业。储能电池增长迅速，${A}等企业已在园区投产。二是海洋装备产业。海洋装备稳步发展，${B}等一批公司落户园区。\n`,
    );
    const ce = rel(g, "cluster_enterprise");
    expect(ce).toContain("海洋装备->星澜重工有限公司");
    expect(ce).not.toContain("储能电池->星澜重工有限公司");
  });

  it("ends an item where a sentence of the paragraph opens with another industry as its topic", () => {
    const g = run(
      `在储能电池产业方面，青禾县产值突破百亿元。在海洋装备产业方面，青禾县稳步推进。${B}等一批公司落户园区。\n`,
    );
    const ce = rel(g, "cluster_enterprise");
    expect(ce).not.toContain("储能电池->星澜重工有限公司");
    expect(ce).toContain("海洋装备->星澜重工有限公司");
  });

  it("covers the paragraph under a heading line that names one industry", () => {
    const g = run(
      `青禾经开区已形成储能电池、海洋装备两大主导产业。\n储能电池产业\n形成以电芯、模组为主的细分领域，拥有${A}等一批国内外优势企业。\n`,
    );
    expect(rel(g, "cluster_enterprise")).toContain("储能电池->禾丰电气有限公司");
  });

  it("reads a numbered heading line over the paragraph under it, a lone firm closed by 等企业 included", () => {
    const g = run("3.新型显示产业\n规划建设青禾光电产业园，星河光电有限公司等企业落户。\n");
    expect(rel(g, "cluster_enterprise")).toEqual(["新型显示->星河光电有限公司"]);
    expect(rel(g, "park_cluster")).toEqual(["青禾光电产业园->新型显示"]);
  });

  it("takes no topic from two industries joined (在甲和乙产业方面)", () => {
    const g = run(`在储能电池和海洋装备产业方面，支持青禾集团扩大生产，${A}等一批行业龙头企业纷纷落户青禾。\n`);
    expect(rel(g, "cluster_enterprise")).toEqual([]);
  });

  it("leaves a list whose own clause names another industry to that industry", () => {
    const g = run(`二是储能电池产业。储能电池增长迅速，以${A}为代表的海洋装备产业也在壮大。\n`);
    const ce = rel(g, "cluster_enterprise");
    expect(ce).not.toContain("储能电池->禾丰电气有限公司");
  });

  it("ties the parks the item builds to its industry", () => {
    const g = run(
      "首先是储能电池产业。储能电池是青禾的支柱产业，去年产值突破千亿元。我们将加快建设禾丰储能产业园、云岫新能源产业园两大园区。\n",
    );
    expect(rel(g, "park_cluster").sort()).toEqual(["云岫新能源产业园->储能电池", "禾丰储能产业园->储能电池"]);
  });
});
