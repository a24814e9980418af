// Relation mechanisms added for text nobody tuned the extractor on (issue 11):
// clause-local placement, event venues, provinces as places, anchor parks,
// report titles, unresolved place heads and unbracketed responsibility labels.
// All names are invented.
import { describe, expect, it } from "vitest";
import { rel, run } from "./helpers.ts";

describe("relations on unseen genres", () => {
  it("places firms of different clauses in their own clause's park", () => {
    const g = run(
      "青松高新技术产业开发区\n青松高新技术产业开发区位于某市东部。\n2023年，星澜新能源科技有限公司动力电池项目签约落户高新区，海川精密机械有限公司数控机床项目在云岫智能制造产业园开工建设。",
    );
    const pe = rel(g, "park_enterprise");
    expect(pe).toContain("青松高新技术产业开发区->星澜新能源科技有限公司");
    expect(pe).toContain("云岫智能制造产业园->海川精密机械有限公司");
    expect(pe).not.toContain("云岫智能制造产业园->星澜新能源科技有限公司");
  });

  it("a place frame places the firm right after it (在某产业园的甲公司车间里), without a placing verb", () => {
    expect(
      rel(run("新年伊始，在云岫新兴产业集中区的星澜航天科技有限公司车间内，技术人员正在调试设备。"), "park_enterprise"),
    ).toEqual(["云岫新兴产业集中区->星澜航天科技有限公司"]);
  });

  it("does not make the venue of a signing ceremony the home of the firms signed", () => {
    const g = run(
      "某县举行重大项目集中签约仪式\n9月3日，某县重大项目集中签约仪式在青松食品产业园成功举行。\n当天现场成功签约星澜实业有限公司、海川集团等8家企业。",
    );
    expect(rel(g, "park_enterprise")).toEqual([]);
  });

  it("does not place a firm from another province in the zone", () => {
    const g = run("青松高新区\n青松高新区是国家级高新区。\n远在江苏省的星澜电气股份有限公司将子公司建在了整车厂附近。");
    expect(rel(g, "park_enterprise")).not.toContain("青松高新区->星澜电气股份有限公司");
  });

  it("lets the park a sentence takes as its centre host the industries it lists", () => {
    const g = run(
      "东部，以位于海边的云岫新区为中心，打造海川物流产业园、石湾科技产业园，大力发展海洋装备、储能电池、生物医药、新材料等新兴产业集群。",
    );
    const pc = rel(g, "park_cluster");
    expect(pc).toContain("云岫新区->储能电池");
    expect(pc).not.toContain("海川物流产业园->储能电池");
  });

  it("takes the zone a report's title names as the subject of its paragraphs", () => {
    const g = run(
      "青松高新区制造业发展情况报告\n一、发展情况\n1.产业结构持续优化。初步构建了以海洋装备、储能电池等两大产业为主导的产业集群。星澜电子有限公司获评省级企业，海川物流产业园入选示范园区。",
    );
    expect(rel(g, "park_cluster")).toEqual(expect.arrayContaining(["青松高新区->海洋装备", "青松高新区->储能电池"]));
  });

  it("does not hand a sentence headed by another, unresolved place to the paragraph's park", () => {
    const g = run("云岫新区，重点发展海洋装备、储能电池等产业；丁区，重点发展生物医药、新材料等产业。");
    const pc = rel(g, "park_cluster");
    expect(pc).toContain("云岫新区->海洋装备");
    expect(pc).not.toContain("云岫新区->生物医药");
  });

  it("reads unbracketed 责任单位：/牵头单位： labels of a task list", () => {
    const g = run(
      "三、重点任务\n1.支持星澜电气有限公司建设储能电池中试基地。责任单位：市工业和信息化局、市科技局。\n2.推进云岫新材料产业园建设。\n牵头单位：市发展改革委\n配合单位：市商务局\n完成时限：2025年底\n",
    );
    const dr = rel(g, "department_responsible");
    expect(dr).toContain("市科技局->星澜电气有限公司");
    expect(dr).toContain("市发展改革委->云岫新材料产业园");
    // An assisting unit is named but not responsible.
    expect(dr).not.toContain("市商务局->云岫新材料产业园");
    expect(dr).not.toContain("市发展改革委->星澜电气有限公司");
  });
});

describe("platforms serving an industry (sentence:platform)", () => {
  it("links the platforms of a sentence that opens with its industry", () => {
    const g = run("海洋装备产业将依托青禾海洋装备创新中心和蓝川船舶研究院，重点发展深远海养殖装备。");
    expect(rel(g, "cluster_platform").sort()).toEqual(
      ["海洋装备->蓝川船舶研究院", "海洋装备->青禾海洋装备创新中心"].sort(),
    );
  });

  it("does not link platforms named before the industry or to an industry that only qualifies a noun", () => {
    const a = run("充分发挥青禾光电检测中心优势，着力打造以星河科技为龙头的光电电子产业集群。");
    expect(rel(a, "cluster_platform")).toEqual([]);
    const b = run("构建服务海洋经济的科技创新体系，建好用好青禾海洋研究院、蓝川海洋工程技术中心等科研平台。");
    expect(rel(b, "cluster_platform")).toEqual([]);
  });
});

describe("a park the clause places its firm in (session 19)", () => {
  it("keeps the firm's site though a phase of the park follows it", () => {
    const g = run("陕西澜骏果业有限公司位于青禾产业园一期项目A区，是一家从事零部件加工的企业。");
    expect(rel(g, "park_enterprise")).toEqual(["青禾产业园->陕西澜骏果业有限公司"]);
  });
  it("a park being built in phases is still no firm's site", () => {
    const g = run("青禾集团投资建设青禾产业园一期项目，陕西澜骏果业有限公司参与施工。");
    expect(rel(g, "park_enterprise")).toEqual([]);
  });
});

describe("the city a zone document also speaks of (session 19)", () => {
  const zone = "青川经济开发区位于青川市区南部，是省级开发区。\n";
  it("a county-level city the document writes with 市, as a clause's subject, keeps its industries from the zone", () => {
    const g = run(`${zone}青川聚焦重点产业链布局，推动纺织鞋服、休闲食品等传统产业向高端化转型。\n`);
    expect(rel(g, "park_cluster")).toEqual([]);
  });
  it("a paragraph opening with 全市 keeps its later sentences' industries from the zone", () => {
    const g = run(
      `${zone}青川经济开发区连续8年居省级开发区首位，青川经济开发区很抢位。\n全市现有各类企业1.4万家。工业企业主要以劳动密集型轻工产品制造为主，涵盖纺织服装、制鞋、建筑陶瓷等多个门类，其中纺织服装、建筑陶瓷两大产业总量占全市工业总量近70%。\n`,
    );
    expect(rel(g, "park_cluster")).toEqual([]);
  });
  it("the zone's own sentence still hosts them", () => {
    const g = run(`${zone}园区聚焦重点产业链布局，重点发展纺织鞋服、休闲食品等产业。\n`);
    expect(rel(g, "park_cluster").sort()).toEqual(["青川经济开发区->休闲食品", "青川经济开发区->纺织鞋服"]);
  });
});

describe("an industry opening its sentence after its place is the sentence's topic (session 19)", () => {
  it("某市甲乙区某产业集群，是…，先后引进了甲、乙等配套企业: the firms are the cluster's", () => {
    const g = run(
      "青禾市秦川区LCD面板显示产业集群，是西北地区首条大尺寸液晶面板生产线，先后引进了澜岫光电、泰嘉光电等40余户配套企业。",
    );
    expect(rel(g, "cluster_enterprise").sort()).toEqual(["LCD面板显示->泰嘉光电", "LCD面板显示->澜岫光电"]);
  });
  it("a zone before 是 is no place of the industry (汽开区是某市汽车产业的核心区域，甲、乙…坐落在区内)", () => {
    const g = run("青开区是青禾市汽车产业的核心区域，澜岫汽车、泰嘉汽车等整车制造企业坐落在区内。");
    expect(rel(g, "cluster_enterprise")).toEqual([]);
  });
});

describe("firms leading a coordination of industries lead each of them (session 19)", () => {
  it("以甲、乙为龙头，带动A、B产业集聚: both industries", () => {
    const g = run("青禾高新区以澜岫汽车集团、禾丰电子集团为龙头，带动汽车零部件、电子信息等产业集聚。");
    expect(rel(g, "cluster_enterprise").sort()).toEqual(
      [
        "汽车零部件->澜岫汽车集团",
        "汽车零部件->禾丰电子集团",
        "电子信息->澜岫汽车集团",
        "电子信息->禾丰电子集团",
      ].sort(),
    );
  });
  it("the links of a chain are not (…等产业链布局)", () => {
    const g = run("先后引入澜岫锂能、禾丰电气等龙头企业，初步形成了正极材料、负极材料、动力电池等产业链布局。");
    expect(rel(g, "cluster_enterprise").filter((r) => r.startsWith("负极材料") || r.startsWith("动力电池"))).toEqual(
      [],
    );
  });
});

describe("customers of a zone's firms are not located in the zone (session 19)", () => {
  const zone = "青禾经济技术开发区是国家级开发区。\n青禾经济技术开发区新型显示产业加快发展。\n";
  it("主要服务甲、乙等厂商: no park_enterprise", () => {
    const g = run(`${zone}园区企业生产显示器件，主要服务澜岫电子、禾丰科技等著名厂商。\n`);
    expect(rel(g, "park_enterprise")).toEqual([]);
  });
  it("向甲、乙供货: no park_enterprise", () => {
    const g = run(`${zone}园区企业分别向澜岫电子、禾丰科技等通信公司供货。\n`);
    expect(rel(g, "park_enterprise")).toEqual([]);
  });
  it("提供给下游的甲: no park_enterprise", () => {
    const g = run(`${zone}园区企业将副产品提供给下游的澜岫化工有限公司生产树脂。\n`);
    expect(rel(g, "park_enterprise")).toEqual([]);
  });
  it("firms moving in still are", () => {
    const g = run(`${zone}园区引进了澜岫电子、禾丰科技等企业。\n`);
    expect(rel(g, "park_enterprise").sort()).toEqual(["青禾经济技术开发区->澜岫电子", "青禾经济技术开发区->禾丰科技"]);
  });
});
