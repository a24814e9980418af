import { describe, expect, it } from "vitest";
import { rel, run } from "./helpers.ts";

describe("relations", () => {
  it("links a 专栏 box's platforms and firms to the box's cluster", () => {
    const g = run(
      "二、重点领域\n（一）光学仪器。发展光学仪器产业。\n专栏 1：光学仪器创新平台：星河光学工程技术研究中心、海川光电重点实验室等省级平台。\n重点企业：星河电子、蓝鲸等。\n（二）绿色建材。发展绿色建材产业。",
    );
    expect(rel(g, "cluster_platform").sort()).toEqual(
      ["光学仪器->星河光学工程技术研究中心", "光学仪器->海川光电重点实验室"].sort(),
    );
    expect(rel(g, "cluster_enterprise").sort()).toEqual(["光学仪器->星河电子", "光学仪器->蓝鲸"].sort());
  });

  it("links an enterprise to a platform whose name carries it", () => {
    const g = run("重点企业：星河电子。创新平台包括星河电子国家级企业技术中心。");
    expect(rel(g, "enterprise_platform")).toEqual(["星河电子->星河电子国家级企业技术中心"]);
  });

  it("makes the departments of a numbered measure responsible for what the measure names", () => {
    const g = run(
      "一、任务\n1. 推进青松智能装备产业园建设，发展光学仪器产业。（市发展和改革局、科学技术局按职责分工负责）\n2. 其他工作。（市财政局负责）",
    );
    expect(rel(g, "department_responsible").sort()).toEqual(
      [
        "市发展和改革局->光学仪器",
        "市发展和改革局->青松智能装备产业园",
        "市科学技术局->光学仪器",
        "市科学技术局->青松智能装备产业园",
      ].sort(),
    );
  });

  it("links firms to the park a sentence places them in, and a park to its leading industry", () => {
    const g = run("青松经济开发区以光学仪器产业为主导。青松经济开发区已引进星河电子、蓝鲸等一批龙头企业。");
    expect(rel(g, "park_enterprise").sort()).toEqual(["青松经济开发区->星河电子", "青松经济开发区->蓝鲸"].sort());
    expect(rel(g, "park_cluster")).toEqual(["青松经济开发区->光学仪器"]);
  });

  it("reads 牵头负责 as department_cluster", () => {
    const g = run("市科学技术局牵头负责光学仪器、绿色建材产业集群。");
    expect(rel(g, "department_cluster").sort()).toEqual(["市科学技术局->光学仪器", "市科学技术局->绿色建材"].sort());
  });

  it("records rule and confidence on every entity and relation", () => {
    const g = run("重点企业：星河电子。创新平台包括星河电子国家级企业技术中心。");
    for (const e of g.entities) {
      expect(e.rule).toBeTruthy();
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
    for (const r of g.relations) expect(r.rule).toBeTruthy();
  });
});

describe("a host unit right before its quoted platform (possessive)", () => {
  it("links 甲公司的“乙中心” and 甲“乙中心” on every mention of the platform, not only the first", () => {
    const g = run(
      "江苏省复合导线工程实验室通过验收。两家中心分别是：青禾化工有限公司的“江苏省农药中间体工程技术研究中心”、云岫碳芯“江苏省复合导线工程实验室”。",
    );
    expect(rel(g, "enterprise_platform").sort()).toEqual(
      ["云岫碳芯->江苏省复合导线工程实验室", "青禾化工有限公司->江苏省农药中间体工程技术研究中心"].sort(),
    );
  });
});
