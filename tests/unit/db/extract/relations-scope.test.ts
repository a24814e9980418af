// Relations stated by position (a park's section, a zone profile, an industry box),
// by placement cues and anaphors, and by responsibility brackets inside a line.
// All names are invented.
import { describe, expect, it } from "vitest";
import { rel, run } from "./helpers.ts";

describe("relations by passage scope", () => {
  it("gives a park's run-in section its firms, and stops at the next park's section", () => {
    const g = run(
      [
        "“两园”即青松智造产业园与海川新材料产业园。",
        "青松智造产业园：规划面积10平方公里。",
        "①建设一批重点项目。加快推动蓝鲸科技集团、星澜电子有限公司等企业的重点项目建设。②建设公共平台。",
        "海川新材料产业园。规划面积8平方公里。",
        "引进海川集团等企业，建设碳纤维生产线。",
      ].join("\n"),
    );
    const pe = rel(g, "park_enterprise");
    expect(pe).toContain("青松智造产业园->星澜电子有限公司");
    expect(pe).toContain("青松智造产业园->蓝鲸科技集团");
    expect(pe).toContain("海川新材料产业园->海川集团");
    expect(pe).not.toContain("青松智造产业园->海川集团");
    expect(pe).not.toContain("海川新材料产业园->星澜电子有限公司");
  });

  it("firms a city brings in as its clause's subject are the city's, not the zone's", () => {
    const g = run(
      "青禾经开区\n青禾经开区位于城市北部。近年来，依托资源条件，丽水吸引星澜锂业、蓝鲸新材、云岫储能等新能源电池龙头企业在当地落地生根。",
    );
    expect(rel(g, "park_enterprise")).toEqual([]);
  });

  it("resolves 园区内 to the zone the profile is about", () => {
    const g = run(
      "青松经济开发区\n青松经济开发区成立于2006年，规划面积20平方公里。\n目前，园区内已集聚星澜电子有限公司、蓝鲸科技集团等企业120家。",
    );
    expect(rel(g, "park_enterprise").sort()).toEqual(
      ["青松经济开发区->星澜电子有限公司", "青松经济开发区->蓝鲸科技集团"].sort(),
    );
  });

  it("reads 其中 as continuing the sentence that placed the firms", () => {
    const g = run(
      "青松经济开发区\n青松经济开发区位于某县西南。目前，开发区入驻企业达到86家；其中，国家级龙头企业2家（星河食品有限公司、蓝鲸茶业有限公司）。",
    );
    expect(rel(g, "park_enterprise").sort()).toEqual(
      ["青松经济开发区->星河食品有限公司", "青松经济开发区->蓝鲸茶业有限公司"].sort(),
    );
  });

  it("gives no park to firms the sentence places in a city", () => {
    const g = run(
      "青松经济开发区\n青松经济开发区重点发展光学仪器产业。\n在光学仪器产业方面，星澜电子有限公司、蓝鲸科技集团等一批龙头企业纷纷落户海口。",
    );
    expect(rel(g, "park_enterprise")).toEqual([]);
  });

  it("takes the sentence's topic industry over a head that names several (在甲方面，…等乙、丙配套企业)", () => {
    const g = run(
      "青松县主导产业为海洋装备、冷链物流、光学仪器。在光学仪器产业方面，星澜电子、蓝鲸科技等海洋装备、冷链物流配套企业均保持增长。",
    );
    expect(rel(g, "cluster_enterprise").sort()).toEqual(["光学仪器->星澜电子", "光学仪器->蓝鲸科技"].sort());
  });

  it("takes the industry a list's head names (等一大批重点X企业)", () => {
    const g = run(
      "光学仪器产业是本地的主导产业。以青松经济开发区为核心，集聚了星澜电子有限公司、蓝鲸科技集团等一大批技术水平高的重点光学仪器企业。",
    );
    expect(rel(g, "cluster_enterprise").sort()).toEqual(
      ["光学仪器->星澜电子有限公司", "光学仪器->蓝鲸科技集团"].sort(),
    );
    expect(rel(g, "park_enterprise").sort()).toEqual(
      ["青松经济开发区->星澜电子有限公司", "青松经济开发区->蓝鲸科技集团"].sort(),
    );
  });

  it("reads 集群内 as the cluster the text was just talking about", () => {
    const g = run(
      "打造青松稀有金属产业集群。集群内聚集了200余家企业，包括星河金属集团、蓝鲸材料有限公司等骨干企业，拥有全国领先的铂族金属产业链。",
    );
    const ce = rel(g, "cluster_enterprise");
    expect(ce).toContain("青松稀有金属->星河金属集团");
    expect(ce).not.toContain("铂族金属->星河金属集团");
  });
});

describe("responsibility brackets inside a line", () => {
  it("makes every unit of the bracket responsible for what the numbered measure names", () => {
    const g = run(
      "加快建设青松智造产业园，全年产值达到100亿元。1.提升原料生产能力。蓝鲸科技集团、星澜电子有限公司等企业扩产项目建成投产。（牵头单位：市工信局；责任单位：市发改委、科技局）2.培育应用企业。（牵头单位：市商务局）",
    );
    const dr = rel(g, "department_responsible");
    for (const d of ["市工信局", "市发改委", "市科技局"])
      for (const f of ["星澜电子有限公司", "蓝鲸科技集团"]) expect(dr).toContain(`${d}->${f}`);
    // The park named before the measure's number is not the measure's, and 市商务局 closes another measure.
    expect(dr.filter((x) => x.includes("青松智造产业园") || x.startsWith("市商务局"))).toEqual([]);
  });

  it("does not treat a unit listed in the bracket as a place of the firm", () => {
    const g = run(
      "1.支持蓝鲸科技集团、星澜电子有限公司扩产。（牵头单位：市工信局；责任单位：市发改委，青松高新区，星澜电子有限公司）",
    );
    expect(rel(g, "park_enterprise")).toEqual([]);
    expect(rel(g, "department_responsible")).toContain("市工信局->蓝鲸科技集团");
  });
});

describe("zone profiles", () => {
  it("a zone's profile places the firms it names (topic:zone, devset convention: implicit location)", () => {
    const body =
      "青松经济开发区成立于2006年，辖海川工业园。青松经济开发区规划面积20平方公里。\n强企方阵量质双升。星澜电子有限公司入选国家级专精特新企业，蓝鲸科技集团入选省级瞪羚企业。";
    expect(rel(run(`青松经济开发区概况\n${body}`), "park_enterprise").sort()).toEqual([
      "青松经济开发区->星澜电子有限公司",
      "青松经济开发区->蓝鲸科技集团",
    ]);
    // …not when the document opens with something else (a report on the city's firms).
    expect(rel(run(`关于全市重点企业发展情况的通报\n${body}`), "park_enterprise")).toEqual([]);
    // …where a firm the zone brings in is still the zone's.
    expect(
      rel(run(`关于全市重点企业发展情况的通报\n${body}\n园区引进了禾丰电气有限公司。`), "park_enterprise"),
    ).toEqual(["青松经济开发区->禾丰电气有限公司"]);
  });
});

describe("ordinal items aligned with a list of clusters", () => {
  it("gives an item's firms to the cluster in its place when the item names none", () => {
    const g = run(
      "打造海洋装备、绿色建材、光学仪器3大产业集群。一是依托星澜电子有限公司、蓝鲸科技集团等企业，打造研发生产基地。二是依托青禾建材集团等企业，形成绿色建材产业集群。三是依托海川光学有限公司等企业，开发新产品。",
    );
    const ce = rel(g, "cluster_enterprise");
    expect(ce).toContain("海洋装备->星澜电子有限公司");
    expect(ce).toContain("光学仪器->海川光学有限公司");
    expect(ce).toContain("绿色建材->青禾建材集团");
    expect(ce).not.toContain("海洋装备->海川光学有限公司");
  });

  it("aligns nothing when the ordinals outnumber the clusters", () => {
    const g = run(
      "打造海洋装备、绿色建材、光学仪器3大产业集群。一是依托星澜电子有限公司等企业，打造基地。二是加强人才。三是优化环境。四是依托蓝鲸科技集团等企业，开发新产品。",
    );
    expect(rel(g, "cluster_enterprise")).toEqual([]);
  });
});

describe("task tables", () => {
  // The guide's relation is "named responsible": a 配合单位 (assisting unit) column gives no edge.
  it("makes a row's 牵头 unit, not its 配合 units, responsible for what the row names, row by row", () => {
    const g = run(
      "序号\t重点任务\t牵头单位\t配合单位\n1\t推进青禾智造产业园建设\t市工信局\t市发改委、市商务局\n2\t培育海洋装备产业集群\t市科技局\t市财政局\n",
    );
    expect(rel(g, "department_responsible")).toEqual(["市工信局->青禾智造产业园"]);
    // A row whose task is an industry alone: its lead unit leads that industry (relations-chain-lead.ts).
    expect(rel(g, "department_cluster")).toEqual(["市科技局->海洋装备"]);
    // One row's park does not host the next row's industry.
    expect(rel(g, "park_cluster")).toEqual([]);
  });
});
