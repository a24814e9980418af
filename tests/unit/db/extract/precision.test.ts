// Precision rules for long plan-style documents: each case is a class of
// false entity or relation the extractor used to produce. Invented names only.
import { describe, expect, it } from "vitest";
import { names, rel, run } from "./helpers.ts";

describe("further mentions start on a word boundary", () => {
  it("does not find a cluster inside another word (强化工业 holds 化工)", () => {
    const g = run(
      "1. 壮大化工产业。推动化工产业高端发展。（市工业和信息化局负责）\n2. 加强运行监测。强化工业运行统筹协调。（市统计局负责）\n",
    );
    const r = rel(g, "department_responsible");
    expect(r).toContain("市工业和信息化局->化工");
    expect(r).not.toContain("市统计局->化工");
  });
});

describe("leading verbs are not part of a name", () => {
  it("drops 继续抓好 / 联合 / 即 before parks and platforms", () => {
    const g = run(
      "继续抓好青松水处理产业园建设运营。联合星河大学光电研究所、白鹭材料研究所等单位攻关。“两园”即甲乙医疗器械产业园。",
    );
    expect(names(g, "park").sort()).toEqual(["甲乙医疗器械产业园", "青松水处理产业园"].sort());
    expect(names(g, "platform")).toContain("星河大学光电研究所");
    expect(names(g, "platform").some((n) => n.startsWith("联合"))).toBe(false);
  });

  it("drops a verb before a listed industry (提升改造纺织服装…)", () => {
    const g = run("提升改造纺织服装、食品加工、钓具3个传统特色产业。");
    expect(names(g, "cluster").sort()).toEqual(["纺织服装", "钓具", "食品加工"].sort());
  });
});

describe("categories are not entities", () => {
  it("skips the category after 等 and a name led by a level list", () => {
    const g = run("改造提升青松物流园等传统物流园区功能。对成功创建国家级、省级制造业创新中心的牵头企业给予奖励。");
    expect(names(g, "park")).toEqual(["青松物流园"]);
    expect(names(g, "platform")).toEqual([]);
  });

  it("skips a list of bare platform kinds (…、工程研究中心、企业技术中心等平台)", () => {
    const g = run("争创国家级技术创新中心、产业创新中心、制造业创新中心、工程研究中心等平台。");
    expect(names(g, "platform")).toEqual([]);
  });

  it("skips common-noun companies (保险公司, 专业外贸公司)", () => {
    const g = run("产品由保险公司提供。引导星河集团等专业外贸公司开拓市场。组建了青松医院集团。");
    expect(names(g, "enterprise")).toEqual(["星河集团"]);
  });

  it("skips a company named only by a pronoun (我们公司, 他们集团)", () => {
    expect(names(run("我们公司的产品远销海外，他们集团也在扩产。"), "enterprise")).toEqual([]);
  });

  it("skips kinds of zones and clauses that end in a park word", () => {
    const g = run("加快建设创新型园区。引导制造业向专业产业园区转移。鼓励骨干物流企业与仓储园区联动。");
    expect(names(g, "park")).toEqual([]);
  });

  it("skips a government's own service systems (养老, 社区, 停车)", () => {
    const g = run("构建智慧养老服务平台、社区文化大数据平台，优化升级城市停车管理综合服务平台。");
    expect(names(g, "platform")).toEqual([]);
  });
});

describe("list items that are not clusters or firms", () => {
  it("reads a list holding a bare 产业 as a list of domains", () => {
    const g = run("与友好城区在经贸、文化、教育、产业等领域开展深度合作。");
    expect(names(g, "cluster")).toEqual([]);
  });

  it("reads 集A、B、C于一体 as activities", () => {
    const g = run("打造集设计、研发、制造、服务于一体的装备制造业产业链，进一步形成规模优势。");
    expect(names(g, "cluster")).toEqual(["装备制造业"]);
  });

  it("splits the last item at 和 when a count says the list has one more (甲、乙和丙三大产业)", () => {
    const g = run("围绕新材料、智能制造和电子信息三大产业板块，发挥优势。");
    expect(names(g, "cluster").sort()).toEqual(["新材料", "智能制造", "电子信息"].sort());
  });

  it("does not take 服务业态 for the 服务业 sector", () => {
    const g = run("深挖消费潜力，创新服务业态模式。");
    expect(names(g, "cluster")).toEqual([]);
  });

  it("does not take products that lead a field for firms (以A、B等为代表的专用设备领域)", () => {
    const g = run("重点发展以船舶脱硫、压载水处理、餐厨废弃物处理等为代表的专用设备领域。");
    expect(names(g, "enterprise")).toEqual([]);
  });

  it("drops a person listed before a firm (姓名(女)某某有限公司)", () => {
    const g = run("获奖人员：\n李某某(女)星河进出口有限公司艺术总监\n");
    expect(names(g, "enterprise")).toEqual(["星河进出口有限公司"]);
  });
});

describe("departments", () => {
  it("does not read 民政部门 (a sector's bodies) as the ministry", () => {
    const g = run("公办养老机构经民政部门备案后运营。");
    expect(names(g, "department")).toEqual([]);
  });

  it("writes the city's own Party committee bodies with the bare prefix (中共某市委组织部 → 市委组织部)", () => {
    const g = run("根据中共青岛市委组织部、青岛市财政局的通知，青岛市各部门执行。");
    expect(names(g, "department").sort()).toEqual(["市委组织部", "市财政局"].sort());
  });

  it("keeps a listed body with a place of its own without carrying 市 onto it", () => {
    const g = run("1. 建设港口物流园。推进青松港物流园建设。（责任单位：市商务局，甲城市政府、乙区管委）\n");
    const d = names(g, "department");
    expect(d).toContain("甲城市政府");
    expect(d.some((n) => n.startsWith("市甲城"))).toBe(false);
  });

  it("reads （牵头单位：…；责任单位：…） as the measure's responsible bodies, not a table row", () => {
    const g = run(
      "1. 建设星河光电研究院。推动星河光电研究院建成投用。（牵头单位：市科技局；责任单位：市财政局）\n2. 推进白鹭物流园建设。完善青松物流园功能。（责任单位：市商务局）\n",
    );
    const r = rel(g, "department_responsible");
    expect(r).toContain("市科技局->星河光电研究院");
    expect(r).toContain("市商务局->青松物流园");
    expect(r).not.toContain("市科技局->青松物流园");
  });
});
