// department_responsible / department_cluster from task texts: unit lines, task tables in
// several layouts, and assisting units that the guide does not make responsible. Invented names.
import { describe, expect, it } from "vitest";
import { names, rel, run } from "./helpers.ts";

describe("responsible units of task texts", () => {
  it("gives a 由…负责 line under a numbered task its measure's entities", () => {
    const g = run(
      "一、推进项目建设\n1.集中抓好工业重点项目。争取青禾铝业有限公司项目年内建成，推进云岫智能装备产业园建设。\n由市发改委、商务局负责。\n2.抓好民生工程。",
    );
    expect(rel(g, "department_responsible").sort()).toEqual(
      [
        "市发改委->青禾铝业有限公司",
        "市发改委->云岫智能装备产业园",
        "市商务局->青禾铝业有限公司",
        "市商务局->云岫智能装备产业园",
      ].sort(),
    );
  });

  it("reads a unit line printed without its verb (由甲局、乙局) when it opens with a unit", () => {
    const g = run("1.集中抓好工业重点项目。争取青禾铝业有限公司项目年内建成。\n由市发改委、商务局");
    expect(rel(g, "department_responsible").sort()).toEqual(
      ["市发改委->青禾铝业有限公司", "市商务局->青禾铝业有限公司"].sort(),
    );
  });

  it("makes only the lead unit responsible when another unit 配合 (inline, in a bracket)", () => {
    const g = run(
      "2.加快培育新材料产业集群，支持白鹭科技股份有限公司扩能。由市工业和信息化局牵头，市财政局配合。\n3.推动星河生物医药产业园扩区。（牵头单位：市科技局；配合单位：市自然资源局）",
    );
    const r = rel(g, "department_responsible");
    expect(r).toContain("市工业和信息化局->白鹭科技股份有限公司");
    expect(r).toContain("市科技局->星河生物医药产业园");
    expect(r.filter((x) => x.startsWith("市财政局") || x.startsWith("市自然资源局"))).toEqual([]);
  });

  it("reads a tab-separated task table with 主要责任单位 and 协同配合单位 columns", () => {
    const g = run(
      "重点任务分解表\n序号\t重点任务\t主要责任单位\t协同配合单位\n1\t支持青禾铝业有限公司建设云岫智能装备产业园\t市发改委、市商务局\t市财政局\n2\t培育新材料产业集群\t市工业和信息化局\t市科技局\n",
    );
    const r = rel(g, "department_responsible");
    expect(r).toContain("市商务局->云岫智能装备产业园");
    // A task about an industry alone makes its lead unit lead that industry (relations-chain-lead.ts).
    expect(rel(g, "department_cluster")).toEqual(["市工业和信息化局->新材料"]);
    expect(r.filter((x) => x.startsWith("市财政局") || x.startsWith("市科技局"))).toEqual([]);
  });

  it("reads a bar-separated task table whose group rows open with the group's label cell", () => {
    const g = run(
      "| 工作内容 | 目标任务 | 责任单位 |\n一、推进项目建设 | 1. 支持青禾铝业有限公司建设云岫智能装备产业园 | 年内开工 | 市发改委牵头，市财政局配合 |\n2. 推进星澜新材料产业园建设 | 年内投产 | 市商务局牵头 |\n",
    );
    const r = rel(g, "department_responsible");
    expect(r).toContain("市发改委->云岫智能装备产业园");
    expect(r).toContain("市商务局->星澜新材料产业园");
  });

  it("reads a table copied one cell per line: the lead unit leads the row's chain; a roster's lead firm is no task's", () => {
    const g = run(
      "链主企业名单\n序号\n产业链\n链主企业\n牵头服务部门\n1\n新材料产业链\n青禾铝业有限公司\n市工业和信息化局\n2\n生物医药产业链\n白鹭科技股份有限公司\n市科技局\n",
    );
    expect(rel(g, "department_cluster").sort()).toEqual(["市工业和信息化局->新材料", "市科技局->生物医药"].sort());
    expect(rel(g, "department_responsible")).toEqual([]);
  });

  it("reads a numbered table copied one cell per line with blank lines, a group heading and a last column left empty", () => {
    const g = run(
      "任务分解表\n\n序号\n\n主要工作举措\n\n牵头单位\n\n配合单位\n\n责任领导\n\n一、做大做强主导产业\n\n1\n\n推进云岫智造产业园建设。\n\n区发展改革局\n\n区财政局\n\n2\n\n支持青禾铝业有限公司扩产。\n\n区工业和信息化局\n\n区商务局\n\n张某\n",
    );
    expect(rel(g, "department_responsible").sort()).toEqual(
      ["区发展改革局->云岫智造产业园", "区工业和信息化局->青禾铝业有限公司"].sort(),
    );
  });

  it("reads a numbered table one cell per line whose value column (区本级任务数) a row leaves empty: its last cell is the responsible one", () => {
    const g = run(
      "重点工作责任分解\n\n序号\n\n重点工作\n\n区本级\n\n任务数\n\n责任单位\n\n1\n\n地区生产总值增长6.5%。\n\n\n区发改局\n\n2\n\n设立海洋装备、储能电池等重点领域专项子基金，支持青禾铝业有限公司扩产。\n\n10亿元\n\n区财政局*、区科技局\n\n3\n\n推进云岫智造产业园建设。\n\n\n区商务局\n",
    );
    expect(rel(g, "department_responsible").sort()).toEqual(
      ["区财政局->青禾铝业有限公司", "区科技局->青禾铝业有限公司", "区商务局->云岫智造产业园"].sort(),
    );
  });

  it("reads a table copied one cell per line with its column bars as lines, and bare units in the responsible column", () => {
    const cells = [
      ["序号", "重点工作任务分解", "责任领导", "责任部门", "完成期限", "监督方式"],
      ["1", "市区一体共建云岫智造产业园，申建综合保税区。", "张某", "经济发展局", "持续推进", "区委、区政府"],
      [
        "2",
        "加快与青禾经开区产业协同，支持白鹭铝业有限公司扩产。",
        "李某",
        "科技中心、经济发展局",
        "持续推进",
        "区委、区政府",
      ],
    ];
    const g = run(`任务分解\n${cells.map((row) => row.join("\n|\n")).join("\n|\n")}\n`);
    expect(names(g, "department")).toEqual(expect.arrayContaining(["科技中心", "经济发展局"]));
    expect(rel(g, "department_responsible").sort()).toEqual(
      [
        "经济发展局->云岫智造产业园",
        "经济发展局->青禾经开区",
        "经济发展局->白鹭铝业有限公司",
        "科技中心->青禾经开区",
        "科技中心->白鹭铝业有限公司",
      ].sort(),
    );
  });

  it("reads a clause that is only units and 牵头/负责 (no 由) at the measure's end", () => {
    const g = run(
      "1.推进青禾智造产业园建设。市发改委、市商务局牵头，市财政局配合。\n2.培育海洋装备产业集群，市工信局负责。",
    );
    expect(rel(g, "department_responsible").sort()).toEqual(
      ["市发改委->青禾智造产业园", "市商务局->青禾智造产业园"].sort(),
    );
    expect(rel(g, "department_cluster")).toEqual(["市工信局->海洋装备"]);
  });

  it("does not read 由 in prose that is no unit statement", () => {
    const g = run("1.推进云岫智能装备产业园建设。由于市场需求旺盛，青禾铝业有限公司扩产。");
    expect(rel(g, "department_responsible")).toEqual([]);
  });
});

describe("units closing a task with no label (measure:unit-tail)", () => {
  it("reads a tail or a bracket of units after the sentence end, catch-alls and a named company among them", () => {
    const g = run(
      "1.推进青禾智造产业园建设。市发展改革委、市商务局、各县（市、区）人民政府\n2.支持云岫能源有限公司扩产。(市工业和信息化局、科技局、星澜集团)",
    );
    expect(rel(g, "department_responsible").sort()).toEqual(
      [
        "市发展改革委->青禾智造产业园",
        "市商务局->青禾智造产业园",
        "市工业和信息化局->云岫能源有限公司",
        "市科技局->云岫能源有限公司",
      ].sort(),
    );
  });

  it("gives nothing when the tail is prose or the bracket holds more than units", () => {
    const g = run(
      "1.推进青禾智造产业园建设。市发展改革委、市财政局等部门要加强协作\n2.支持云岫能源有限公司扩产。(市工业和信息化局、2025年底前完成)\n3.培育海洋装备产业集群（市科技局认定）。",
    );
    expect(rel(g, "department_responsible")).toEqual([]);
  });
});

describe("every responsibility label word is read by every layout (unit-labels.ts)", () => {
  it.each(["负责单位", "实施单位", "承办单位", "落实单位", "责任主体"])(
    "%s in a bracket and on a line of its own",
    (label) => {
      const g = run(
        `1.推进青禾智造产业园建设。（${label}：市发展改革委、市商务局）\n2.支持云岫能源有限公司扩产。\n${label}：市科技局`,
      );
      expect(rel(g, "department_responsible").sort()).toEqual(
        ["市发展改革委->青禾智造产业园", "市商务局->青禾智造产业园", "市科技局->云岫能源有限公司"].sort(),
      );
    },
  );
});
