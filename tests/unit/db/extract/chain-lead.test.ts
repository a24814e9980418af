// department_cluster from the layouts that put a body in charge of an industry (链长制
// labels and tables, tasks about an industry alone, lead verbs), and what must not count
// as leading an industry. Invented names only.
import { describe, expect, it } from "vitest";
import { names, rel, run } from "./helpers.ts";

describe("lead units of an industry", () => {
  it("reads 链长制 lines: label after the chain, inside its bracket, and under a heading", () => {
    const g = run(
      "一、重点产业链链长制工作安排\n（一）海洋装备产业链：牵头单位 市工业和信息化局，配合单位 市科技局。\n（二）储能电池产业链（链长：张三；牵头部门：市发展改革委）\n（三）智能传感产业链\n链长：李四\n牵头单位：市商务局\n链主企业：星澜重工股份有限公司\n",
    );
    expect(rel(g, "department_cluster").sort()).toEqual(
      ["市工业和信息化局->海洋装备", "市发展改革委->储能电池", "市商务局->智能传感"].sort(),
    );
    // An assisting unit leads nothing, and a lead pair is not also a responsibility.
    expect(rel(g, "department_cluster").filter((r) => r.startsWith("市科技局"))).toEqual([]);
    expect(rel(g, "department_responsible")).not.toContain("市发展改革委->储能电池");
  });

  it("reads lead tables one cell per line (numbered or not) and split by single spaces", () => {
    const numbered = run(
      "序号\n产业链\n链长\n链主企业\n牵头部门\n1\n海洋装备\n张三\n星澜重工\n市工业和信息化局\n2\n储能电池\n李四\n云岫能源、禾丰电气\n市发展改革委\n三、保障措施\n",
    );
    expect(names(numbered, "cluster").sort()).toEqual(["储能电池", "海洋装备"]);
    expect(rel(numbered, "department_cluster").sort()).toEqual(
      ["市发展改革委->储能电池", "市工业和信息化局->海洋装备"].sort(),
    );
    const bare = run(
      "产业链\n链长\n牵头部门\n海洋装备\n张三\n市工业和信息化局\n储能电池\n李四\n市发展改革委\n各单位要加强协作。\n",
    );
    expect(rel(bare, "department_cluster").sort()).toEqual(
      ["市发展改革委->储能电池", "市工业和信息化局->海洋装备"].sort(),
    );
    const spaced = run(
      "产业链 链长 牵头单位 配合单位\n海洋装备 张三 市工业和信息化局 市科技局\n储能电池 李四 市发展改革委 市商务局\n",
    );
    expect(rel(spaced, "department_cluster").sort()).toEqual(
      ["市发展改革委->储能电池", "市工业和信息化局->海洋装备"].sort(),
    );
  });

  it("makes the lead unit of a task about an industry alone lead it; a task naming a park stays a responsibility", () => {
    const g = run(
      "4.推进青禾智造产业园建设。（市工信局牵头，市发改委按职责分工负责）\n5.培育储能电池产业集群。责任单位：市商务局\n6.做强海洋装备产业链。由市科技局牵头，市财政局配合。\n",
    );
    expect(rel(g, "department_cluster").sort()).toEqual(["市商务局->储能电池", "市科技局->海洋装备"].sort());
    expect(rel(g, "department_responsible")).toContain("市工信局->青禾智造产业园");
    expect(rel(g, "department_cluster").some((r) => r.startsWith("市财政局"))).toBe(false);
  });

  it("reads lead verbs in prose, but not a unit serving firms of an industry", () => {
    const g = run(
      "由市发展改革委牵头推进智能传感产业链，市商务局配合。海洋装备产业链由市工业和信息化局牵头。市科技局负责组织储能电池企业开展技术攻关。",
    );
    expect(rel(g, "department_cluster").sort()).toEqual(
      ["市发展改革委->智能传感", "市工业和信息化局->海洋装备"].sort(),
    );
  });

  it("pairs a line that is only a chain and its units, but not a chain with a source note or a unit's task", () => {
    const g = run(
      "1.海洋装备产业链（市工业和信息化局）\n2.储能电池产业链 市发展改革委\n一、发展智能传感产业（市商务局发布）\n市科技局：推动星澜重工股份有限公司上市。\n",
    );
    expect(rel(g, "department_cluster").sort()).toEqual(
      ["市工业和信息化局->海洋装备", "市发展改革委->储能电池"].sort(),
    );
  });
});
