import { describe, expect, it } from "vitest";
import { entityKey, resolutionKey } from "../../../../db/extract/canonical.ts";
import { names, run } from "./helpers.ts";

describe("canonical names", () => {
  it("carries the 市 prefix to every item of a responsibility list", () => {
    const g = run("1. 推进青松智能装备产业园建设。（市发展和改革局、科学技术局、市场监管局按职责分工负责）");
    expect(names(g, "department").sort()).toEqual(["市发展和改革局", "市科学技术局", "市市场监管局"].sort());
    const mk = g.entities.find((e) => e.name === "市市场监管局");
    expect(mk?.mentions).toEqual(["市场监管局"]);
  });

  it("writes the document's own city and province as the bare prefix, keeping the full form as a mention", () => {
    const g = run("洛阳市工业和信息化局会同河南省商务厅召开会议。洛阳市的产业持续发展，洛阳市企业增多。");
    const d = g.entities.filter((e) => e.type === "department");
    expect(d.map((e) => e.name).sort()).toEqual(["市工业和信息化局", "省商务厅"].sort());
    expect(d.find((e) => e.name === "市工业和信息化局")?.mentions).toEqual(["洛阳市工业和信息化局"]);
  });

  it("keys follow the scorer's normalisation; resolution keys join short and long company forms", () => {
    expect(entityKey("cluster", "光学仪器产业集群")).toBe("cluster:光学仪器");
    expect(entityKey("park", "国家级青松高新区")).toBe("park:青松高新区");
    expect(resolutionKey("enterprise", "明远")).toBe(resolutionKey("enterprise", "明远集团"));
    expect(resolutionKey("enterprise", "浙江明远集团")).toBe(resolutionKey("enterprise", "明远"));
    expect(resolutionKey("enterprise", "明远光学")).not.toBe(resolutionKey("enterprise", "明远"));
    expect(resolutionKey("park", "青松高新技术产业开发区")).toBe(resolutionKey("park", "青松高新区"));
    // A park written with 与 and with 和, or with and without 产业 before 园, is one park…
    expect(resolutionKey("park", "海洋装备与新材料产业园")).toBe(resolutionKey("park", "海洋装备和新材料产业园"));
    expect(resolutionKey("park", "青松冷链物流产业园")).toBe(resolutionKey("park", "青松冷链物流园"));
    // …but two parks joined by 与 stay two names, and the words of a zone's kind are kept.
    expect(resolutionKey("park", "青松物流园")).not.toBe(resolutionKey("park", "青松物流与仓储园"));
    expect(resolutionKey("park", "青松高新技术产业开发区")).not.toBe(resolutionKey("park", "青松开发区"));
  });

  it("names one park by the two ways a plan writes it (甲与乙产业园 / 甲和乙产业园)", () => {
    const g = run("“两园”即海洋装备与新材料产业园与科技创新园。海洋装备和新材料产业园：规划面积18平方公里。");
    const p = g.entities.filter((e) => e.type === "park" && e.name.startsWith("海洋装备"));
    expect(p).toHaveLength(1);
    expect(p[0]?.mentions.sort()).toEqual(["海洋装备与新材料产业园", "海洋装备和新材料产业园"].sort());
  });

  it("merges 明远 and 明远集团 in one document into one enterprise with both mentions", () => {
    const g = run("重点企业：明远集团、星河电子。明远投资建设新工厂。");
    const e = g.entities.filter((x) => x.type === "enterprise" && x.name.startsWith("明远"));
    expect(e).toHaveLength(1);
    expect(e[0]?.mentions.sort()).toEqual(["明远", "明远集团"].sort());
  });

  it("splits a coordination with a shared head into one park per item", () => {
    const g = run("推进甲城、乙城化工产业园统筹发展。");
    expect(names(g, "park").sort()).toEqual(["乙城化工产业园", "甲城化工产业园"]);
    const jia = g.entities.find((e) => e.name === "甲城化工产业园");
    expect(jia?.mentions).toEqual(["甲城、乙城化工产业园"]);
  });

  it("reads no shared head in a list of bodies ending in a park (市、县经信、发改、某产业园等部门)", () => {
    const g = run("市、县经信、发改、青禾医药产业园等部门相关负责人参加。");
    expect(names(g, "park")).toEqual(["青禾医药产业园"]);
  });

  it("splits a counted coordination and takes the level from it", () => {
    const g = run("推进甲城、乙城 2 个省级绿电产业园建设。");
    const parks = g.entities.filter((e) => e.type === "park");
    expect(parks.map((e) => e.name).sort()).toEqual(["乙城绿电产业园", "甲城绿电产业园"]);
    expect(parks.every((p) => p.level === "provincial" && p.status === "planned")).toBe(true);
  });

  it("treats a bare 高新区 after a named zone as a mention of that zone", () => {
    const g = run("青松高新技术产业开发区成立于1992年。高新区已形成光学仪器产业。");
    const p = g.entities.filter((e) => e.type === "park");
    expect(p).toHaveLength(1);
    expect(p[0]?.mentions.sort()).toEqual(["青松高新技术产业开发区", "高新区"].sort());
  });
});
