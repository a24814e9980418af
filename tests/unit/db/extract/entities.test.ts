import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("entity recognisers", () => {
  it("finds a park by its suffix and stops at the verb before it", () => {
    const g = run("今年将加快建设青松智能装备产业园，推动项目落地。");
    expect(names(g, "park")).toEqual(["青松智能装备产业园"]);
  });

  it("finds platforms, strips 国家级 into level and marks 争创 as planned", () => {
    const g = run("支持企业建成星河光学工程技术研究中心，积极争创国家级海川材料创新中心。");
    const p = g.entities.filter((e) => e.type === "platform");
    expect(p.map((e) => e.name).sort()).toEqual(["星河光学工程技术研究中心", "海川材料创新中心"].sort());
    const planned = p.find((e) => e.name === "海川材料创新中心");
    expect(planned?.level).toBe("national");
    expect(planned?.status).toBe("planned");
  });

  it("types every item of a 重点企业 list as an enterprise, even without a suffix", () => {
    const g = run("重点企业：明远集团、星河电子、蓝鲸、海川科技等。");
    expect(names(g, "enterprise").sort()).toEqual(["明远集团", "星河电子", "蓝鲸", "海川科技"].sort());
  });

  it("types firms introduced with 以…为代表 and 引进…等企业", () => {
    const g = run("初步形成了以星河电子、蓝鲸为代表的光学仪器产业。近年来先后引进青禾科技、白鹭生物等一批龙头企业。");
    expect(names(g, "enterprise").sort()).toEqual(["星河电子", "蓝鲸", "青禾科技", "白鹭生物"].sort());
    expect(names(g, "cluster")).toContain("光学仪器");
  });

  it("names clusters without 产业集群 / 千亿级 and takes list items under an industry head", () => {
    const g = run("重点发展光学仪器、海洋装备与智能制造、绿色建材等3个千亿级产业集群。");
    expect(names(g, "cluster").sort()).toEqual(["光学仪器", "海洋装备与智能制造", "绿色建材"].sort());
  });

  it("does not take generic category words as entities", () => {
    const g = run("新增省级以上工业设计中心10家，培育一批企业技术中心和各类园区，发展优势产业和传统产业。");
    expect(g.entities).toEqual([]);
  });

  it("finds departments with their level prefix", () => {
    const g = run("由市科学技术局牵头，市委组织部配合。");
    expect(names(g, "department").sort()).toEqual(["市委组织部", "市科学技术局"].sort());
  });
});

describe("degenerate input", () => {
  it("returns nothing, quickly, for empty, blank or punctuation-only text", () => {
    for (const t of ["", "  \n\n", "。。。、、、", "、".repeat(3000)]) {
      const g = run(t);
      expect(g.entities).toEqual([]);
      expect(g.relations).toEqual([]);
    }
  });
});
