import { describe, expect, it } from "vitest";
import { names, rel, run } from "./helpers.ts";

describe("list, genre and back-reference rules", () => {
  it("splits a counted coordination of four items with a shared head (…等4个省级专业镇)", () => {
    const g = run("梯次培育甲城玛钢、乙县玻璃器皿、丙地牛肉和推光漆、丁区纺机液压等4个省级专业镇。");
    const parks = g.entities.filter((e) => e.type === "park");
    expect(parks.map((e) => e.name).sort()).toEqual(
      ["丁区纺机液压专业镇", "丙地牛肉和推光漆专业镇", "乙县玻璃器皿专业镇", "甲城玛钢专业镇"].sort(),
    );
    expect(parks.every((p) => p.level === "provincial")).toBe(true);
  });

  it("types a name by the list it is in: a 创新平台 list makes a …园 a platform", () => {
    const g = run("专栏 2：光学仪器创新平台：某工大创新创业园、星河光学研究院等平台。");
    expect(names(g, "platform").sort()).toEqual(["星河光学研究院", "某工大创新创业园"].sort());
    expect(names(g, "park")).toEqual([]);
  });

  it("reads Park(industry) lists as parks with their industry", () => {
    const g = run(
      "入选的园区包括：甲市的青松科技园区(智能家电)；乙市的白鹭产业转移工业园(健康食品)；丙市的蓝湾经济开发区(电子电路制造)。",
    );
    expect(rel(g, "park_cluster").sort()).toEqual(
      ["白鹭产业转移工业园->健康食品", "蓝湾经济开发区->电子电路制造", "青松科技园区->智能家电"].sort(),
    );
  });

  it("takes the subject of 'X是…的优势产业' as a cluster and links it to the zone", () => {
    const g = run("青松经济技术开发区位于城东。据了解,光学仪器是青松经开区的优势产业。");
    expect(names(g, "cluster")).toContain("光学仪器");
    expect(rel(g, "park_cluster")).toContain("青松经济技术开发区->光学仪器");
  });

  it("resolves a zone's abbreviation (甲地经开区 = 某市甲地经济技术开发区) and links firms placed in it", () => {
    const g = run(
      "某市甲地经济技术开发区成立于2002年。在甲地经开区形成了星河电子、蓝鲸科技为代表的新材料产业集聚发展。",
    );
    const parks = g.entities.filter((e) => e.type === "park");
    expect(parks).toHaveLength(1);
    expect(parks[0]?.mentions.sort()).toEqual(["某市甲地经济技术开发区", "甲地经开区"].sort());
    expect(rel(g, "park_enterprise").sort()).toEqual(
      ["某市甲地经济技术开发区->星河电子", "某市甲地经济技术开发区->蓝鲸科技"].sort(),
    );
    expect(rel(g, "cluster_enterprise").sort()).toEqual(["新材料->星河电子", "新材料->蓝鲸科技"].sort());
  });

  it("task tables: the 牵头单位 answers for what the work and the year's goals name", () => {
    const g = run(
      "重点工作: 推进建设甲城经济技术开发区、乙城经济开发区等两大国家级工业园区。\n牵头单位: 市工业和信息化局\n年度阶段性工作目标: 推进丙城高新区建设。\n进展情况:\n已完成。丁城开发区云计算中心投用。",
    );
    expect(rel(g, "department_responsible").sort()).toEqual(
      [
        "市工业和信息化局->丙城高新区",
        "市工业和信息化局->乙城经济开发区",
        "市工业和信息化局->甲城经济技术开发区",
      ].sort(),
    );
    const jia = g.entities.find((e) => e.name === "甲城经济技术开发区");
    expect(jia?.level).toBe("national");
    expect(jia?.status).toBe("existing");
  });

  it("keeps slogans, honours and aims out: quoted titles, 被评为…, 打造…基地", () => {
    const g = run(
      "锚定“青松西部现代化新城”的目标，先后被评为省级科技金融试验区、大数据产业聚集区，打造全国重要的光学仪器生产基地。",
    );
    expect(names(g, "park")).toEqual([]);
  });

  it("does not link firms to a park when the line is about a cluster", () => {
    const g = run("- 光学仪器产业集群:依托青松光学产业园,以星河电子、蓝鲸科技等骨干企业为核心,形成光学仪器产业集群。");
    expect(rel(g, "cluster_enterprise").sort()).toEqual(["光学仪器->星河电子", "光学仪器->蓝鲸科技"].sort());
    expect(rel(g, "park_enterprise")).toEqual([]);
  });

  it("records co_mention only for entities a sentence names without a stated relation", () => {
    const g = run("青松光学产业园和星河研究院举办了交流活动。");
    expect(g.relations.map((r) => r.type)).toEqual(["co_mention"]);
  });

  it("reads '重点推进的产业集群由D负责' back to the list introduced with 重点推进", () => {
    const g = run(
      "产业集群分两个梯次推进:一是重点推进光学仪器、绿色建材两个产业集群;二是着力培育海洋食品、户外用品两个产业集群。其中,重点推进的产业集群由市产业集群工作领导小组办公室负责总体协调。",
    );
    expect(rel(g, "department_cluster").sort()).toEqual(
      ["市产业集群工作领导小组办公室->光学仪器", "市产业集群工作领导小组办公室->绿色建材"].sort(),
    );
  });
});
