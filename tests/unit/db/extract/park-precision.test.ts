// Park precision and recall forms on invented prose (park-precision.ts,
// coordination.ts, the park suffix families): titles and aims are no parks;
// places with a level, vague-counted enumerations and resort / incubator /
// industry-town families are. General mechanisms only.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("a zone word that names a title or an aim is no park", () => {
  it.each([
    ["该园获评爱国主义教育示范基地。", "an honour for an activity"],
    ["设立博士后创新实践基地。", "an honour for an activity"],
    ["青禾县是云岫新型工业化产业示范基地，基地内有企业80家。", "a designation, even after a place"],
    ["全力汇聚创新资源，打造生物医药产业聚集区。", "an aim"],
    ["打造区域创新驱动器和高端人才集聚区。", "a gathering of people"],
    ["推进健康城市和生物医药城市建设。", "a city, not an industry town"],
  ])("no park in %s (%s)", (text) => {
    expect(names(run(text), "park")).toEqual([]);
  });
});

describe("places and named zones stay parks", () => {
  it.each([
    ["云岫县省级高新区加快发展。", ["云岫县省级高新区"]],
    ["支持梧州国家级经济技术开发区创建一流园区。", ["梧州国家级经济技术开发区"]],
    ["建设滇中光电产业聚集区。", ["滇中光电产业聚集区"]],
    ["加快云岫县东部光电产业聚集区建设。", ["云岫县东部光电产业聚集区"]],
    ["湖北云岫米业基地年加工稻谷十万吨。", ["湖北云岫米业基地"]],
    ["推进中日产业园、中意产业园建设。", ["中日产业园", "中意产业园"]],
  ])("%s", (text, want) => {
    expect(names(run(text), "park").sort()).toEqual([...want].sort());
  });
});

describe("recall: enumerations and suffix families", () => {
  it("a vague count after place names gives one park per item", () => {
    const g = run("全县先后开工建设了青禾、云岫、禾澜等多个工业园区，总面积八十平方公里。");
    expect(names(g, "park").sort()).toEqual(["云岫工业园区", "禾澜工业园区", "青禾工业园区"].sort());
  });

  it("an area before a place-named park does not make it a described aim", () => {
    const g = run("青禾高新区启动占地45平方公里的湖州云岫光电仪表产业城规划建设工作。");
    expect(names(g, "park")).toContain("湖州云岫光电仪表产业城");
    expect(names(run("建成规模近百万辆的自主创新型汽车工业园。"), "park")).toEqual([]);
  });

  it("official zone types are parks, a free trade zone's area with it", () => {
    const g = run(
      "青禾工业集中区新入驻企业12家。禾澜保税港区进出口增长。青禾出口加工区完成转型。云岫台商投资区引进项目5个。中国（湖北）自由贸易试验区青禾片区挂牌运行。",
    );
    expect(names(g, "park").sort()).toEqual(
      [
        "青禾工业集中区",
        "禾澜保税港区",
        "青禾出口加工区",
        "云岫台商投资区",
        "中国（湖北）自由贸易试验区青禾片区",
      ].sort(),
    );
    expect(names(run("深化自贸试验区、保税区联动发展。"), "park")).toEqual([]);
  });

  it("a national designation given to one city (中国（某市）…试验区) is a park, and its bracket parts no item from a shared head", () => {
    expect(names(run("中国（青禾）跨境电子商务综合试验区获批设立。"), "park")).toEqual([
      "中国（青禾）跨境电子商务综合试验区",
    ]);
    const g = run("以建设国家自主创新示范区、中国(青禾)跨境电子商务综合试验区等国家级示范建设为契机。");
    expect(names(g, "park").filter((n) => n.includes("跨境"))).toEqual(["中国(青禾)跨境电子商务综合试验区"]);
  });

  it("a vague count after industries gives none", () => {
    expect(names(run("规划建设化工、建材等多个园区。"), "park")).toEqual([]);
  });

  it("resorts, incubator parks, industry towns and city-abbreviation innovation zones are parks", () => {
    const g = run(
      "青禾旅游度假区接待游客百万人次。云岫科技孵化园入驻企业20家。依托禾澜生物城和青禾医药城发展产业。支持甲乙国家自主创新示范区建设。",
    );
    expect(names(g, "park").sort()).toEqual(
      ["青禾旅游度假区", "云岫科技孵化园", "禾澜生物城", "青禾医药城", "甲乙国家自主创新示范区"].sort(),
    );
  });
});

describe("an address before a park's own name", () => {
  it("drops a city and its district written before the name", () => {
    expect(names(run("项目落地江西省青禾市云岫区白石智能装备产业园。"), "park")).toEqual(["白石智能装备产业园"]);
  });

  it("keeps a county alone, or a city alone, as written", () => {
    expect(names(run("云岫县产业集聚区新引进项目5个。"), "park")).toEqual(["云岫县产业集聚区"]);
    expect(names(run("青禾市白石工业园区新引进项目5个。"), "park")).toEqual(["青禾市白石工业园区"]);
  });
});

describe("a grade and a kind name no park", () => {
  it.each([
    "青禾经开区是安徽国家级开发区中排名第一的园区。",
    "园区入选广东省重大产业集聚区。",
    "成功获批广西壮族自治区A类产业园区。",
  ])("%s", (text) => {
    expect(names(run(text), "park").filter((n) => !n.startsWith("青禾"))).toEqual([]);
  });

  it("keeps a city's graded zone as written (青禾国家级高新区)", () => {
    expect(names(run("青禾国家级高新区加快发展。"), "park")).toEqual(["青禾国家级高新区"]);
  });
});
