// Prose relation forms: lead roles that place a list in its sentence's park (以…为主导),
// a cluster list whose own head names an industry the extractor did not mark, the 承载 and
// 拥有 cues, and a table cell's bracketed qualifier. All names are invented.
import { describe, expect, it } from "vitest";
import { rel, run } from "./helpers.ts";

describe("prose relation cues", () => {
  it("places the firms of 以…等核心企业为主导 in the sentence's zone", () => {
    const g = run(
      "青禾经济开发区\n青禾经济开发区规划建设星澜产业园、云岫科技园。开发区形成了以禾丰电气、云岫能源等核心企业为主导的企业集群。",
    );
    expect(rel(g, "park_enterprise")).toContain("青禾经济开发区->云岫能源");
  });

  it("gives a list headed by its own industry (等钛产业企业) to that one, not to another cluster of the sentence", () => {
    const g = run("青禾高新区已聚集禾丰钛业、云岫轮毂等钛产业企业20余家，基本形成储能电池产业链。");
    expect(rel(g, "cluster_enterprise").sort()).toEqual(["钛->云岫轮毂", "钛->禾丰钛业"]);
    expect(rel(g, "park_enterprise")).toContain("青禾高新区->禾丰钛业");
  });

  it("still gives a lead list to the sentence's one cluster", () => {
    const g = run("青禾高新区已聚集禾丰电气、云岫能源等龙头企业20余家，基本形成储能电池产业链。");
    expect(rel(g, "cluster_enterprise")).toContain("储能电池->禾丰电气");
  });

  it("reads 主要承载地 as hosting (not 承载能力) and 拥有 as placing", () => {
    expect(rel(run("增强青禾高新区综合承载能力，储能电池产业稳步增长。"), "park_cluster")).toEqual([]);
    expect(rel(run("储能电池产业的主要承载地包括青禾高新区、云岫经济开发区。"), "park_cluster")).toContain(
      "云岫经济开发区->储能电池",
    );
    const g = run(
      "青禾经开区下辖星澜产业园、云岫科技园。\n目前，青禾经开区拥有禾丰电气有限公司、云岫能源有限公司等一批投资规模大、发展质态优的企业。",
    );
    expect(rel(g, "park_enterprise")).toContain("青禾经开区->云岫能源有限公司");
  });
});

describe("functional areas are not places", () => {
  it("keeps a firm in its park's section when the sentence names a 仓储区", () => {
    const g = run(
      "云岫区重点片区建设提速\n一、青禾工业园聚焦技改扩能\n禾丰食品有限公司二期工程采用分层验收模式，冷链仓储区钢构吊装进度过半。\n二、星澜物流园构建商贸物流新格局\n云岫物流有限公司新建分拨中心投入使用。\n",
    );
    expect(rel(g, "park_enterprise")).toContain("青禾工业园->禾丰食品有限公司");
  });
});
