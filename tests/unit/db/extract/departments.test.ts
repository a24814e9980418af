// Department names on text nobody tuned for: boundaries, canonical forms, generic references.
// Body and district names are invented; city and province names are vocabulary.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("department names", () => {
  it("keeps a district's government under the city as the district writes it", () => {
    const g = run("现在，我代表泉州市云岫区人民政府，向大会报告工作。泉州市云岫区人民政府区长作报告。");
    expect(names(g, "department")).toEqual(["云岫区人民政府"]);
  });

  it("names the Party's central committee beside the State Council (党中央、国务院)", () => {
    const g = run("开发建设青禾新区是党中央、国务院作出的重大决策。");
    expect(names(g, "department").sort()).toEqual(["党中央", "国务院"].sort());
  });

  it("names a base's management committee as a zone's (某某能源化工基地管委会)", () => {
    expect(names(run("青禾能源化工基地管委会在完善基础设施建设的同时，积极招商。"), "department")).toEqual([
      "青禾能源化工基地管委会",
    ]);
  });

  it("reads a doubled province level in the source as one (某省省商务厅)", () => {
    const g = run("浙江省省商务厅最近发布了浙江省开发区考评报告。");
    expect(names(g, "department")).toEqual(["省商务厅"]);
  });

  it("splits bodies written together with bare levels (市委市政府和区委)", () => {
    const g = run("一年来，在市委市政府和区委的坚强领导下，全区经济稳中有进。");
    expect(names(g, "department").sort()).toEqual(["市委", "市政府", "区委"].sort());
  });

  it("never lets an official's action or a passive verb into the name", () => {
    const g = run("省长某某代表省人民政府向大会报告。青禾园区集聚发展受到省政府表彰。");
    expect(names(g, "department")).toEqual(["省人民政府"]);
    expect(g.entities.find((e) => e.name === "省人民政府")).toBeTruthy();
  });

  it("finds a body after 上报 and the office of a city government whose city starts with a numeral", () => {
    const g = run("三门峡市人民政府办公室关于明确重点工作的通知。进展情况请以书面形式上报市政府督查室。");
    expect(names(g, "department").sort()).toEqual(["市人民政府办公室", "市政府督查室"].sort());
  });

  it("takes 该县县委 as 县委 and mass organisations with a level (市总工会)", () => {
    const g = run("该县县委书记介绍了情况。市总工会、市科协配合开展活动。");
    expect(names(g, "department").sort()).toEqual(["县委", "市总工会", "市科协"].sort());
  });

  it("drops generic bodies of an addressee list and quoted slogans", () => {
    const g = run(
      "各县（市）、区人民政府，开发区管理委员会、市人民政府各部门：\n牢记“青禾的事，特事特办、马上就办”的嘱托。",
    );
    expect(names(g, "department")).toEqual(["市人民政府"]);
  });

  it("takes agencies and mass organisations from a responsible-unit list, not a platform's centre", () => {
    const g = run(
      "4.建设青禾数据平台。（牵头单位：市大数据中心；责任单位：区妇联、区投资促进中心、市检验检测中心）\n市会展中心举办展会。",
    );
    expect(names(g, "department").sort()).toEqual(["市大数据中心", "区妇联", "区投资促进中心"].sort());
  });
});
