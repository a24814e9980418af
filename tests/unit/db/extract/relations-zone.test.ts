// The lead zone (relations-zone.ts): a plan with no title line that names its sub-parks
// often still places the firms it brings in, and the industries its zone paragraphs
// name, in the zone it opens with — and only where that zone is clear. Invented names.
import { describe, expect, it } from "vitest";
import { rel, run } from "./helpers.ts";

const OPENING =
  "青禾高新区是国家级高新区，青禾高新区下辖云岫产业园、星澜科技城。\n青禾高新区坚持创新驱动。云岫产业园面积3平方公里。\n";

describe("lead zone", () => {
  it("places firms the plan brings in, and a zone paragraph's industries, in the opening zone", () => {
    const g = run(
      `${OPENING}对外开放实现新突破。引进禾丰电气有限公司、云岫能源科技有限公司等外资企业。\n如今，区内拥有规上企业80家。储能电池产业集聚企业40家，产值超百亿元。\n`,
    );
    expect(rel(g, "park_enterprise")).toContain("青禾高新区->禾丰电气有限公司");
    expect(rel(g, "park_cluster")).toContain("青禾高新区->储能电池");
  });

  it("places a profile's firm lists in its zone when the other parks are its theme parks named by common words", () => {
    const g = run(
      "青禾经济开发区位于城东。轨道交通产业园、生命健康产业园是经开区的特色园区。轨道交通产业园已建成，生命健康产业园在建。以禾丰公司、星澜集团等企业为引领，提升海洋装备制造能力。青禾经开区面积30平方公里。\n",
    );
    expect(rel(g, "park_enterprise").sort()).toEqual(["青禾经济开发区->星澜集团", "青禾经济开发区->禾丰公司"].sort());
  });

  it("a zone word pointing back (区内企业入驻) places a list in the park named last before its sentence", () => {
    const g = run(
      "澄宇经济开发区与云岫高新区签订合作协议。\n该县青禾空港经济区大力发展休闲食品、现代物流等产业。\n现代物流方面，有禾丰、星澜等上市公司或区内大企业入驻。\n",
    );
    expect(rel(g, "park_enterprise").sort()).toEqual(["青禾空港经济区->星澜", "青禾空港经济区->禾丰"].sort());
  });

  it("leaves the zone open when two parks are named equally often", () => {
    const g = run(
      "青禾高新区、云岫经济开发区协同发展。青禾高新区与云岫经济开发区共建园区。\n青禾高新区、云岫经济开发区联合招商。\n对外开放实现新突破。引进禾丰电气有限公司等外资企业。\n",
    );
    expect(rel(g, "park_enterprise")).toEqual([]);
  });

  it("does not give the zone a firm the paragraph places in a city", () => {
    const g = run(`${OPENING}对外开放实现新突破，外资企业落户江门。引进禾丰电气有限公司等外资企业。\n`);
    expect(rel(g, "park_enterprise")).not.toContain("青禾高新区->禾丰电气有限公司");
  });
});

describe("project lists", () => {
  it("does not place one project's firm in the park another project builds", () => {
    const g = run(
      "专栏1：重点项目\n储能电池产业：青禾储能科技创业园建设项目、禾丰电气股份有限公司储能系统扩产项目、云岫能源科技有限公司电芯项目\n",
    );
    expect(rel(g, "park_enterprise")).not.toContain("青禾储能科技创业园->禾丰电气股份有限公司");
  });
});

describe("parts of a zone count as the zone (park-parts.ts)", () => {
  const doc = (cue: string) =>
    `2010年，省政府批准设立青禾经济开发区，开发区${cue}\n经过多年建设，食品产业在园区发展壮大，区内聚集了云岫食品有限公司、星澜饮料有限公司等食品企业。\n东湖新区完成道路4公里。东湖新区新建厂房10万平方米。东湖新区二期已开工。`;

  it("a zone whose parts the text names is the document's zone, though a part is named more often", () => {
    const g = run(doc("包括东湖新区和西岭工业区。"));
    expect(rel(g, "park_enterprise").sort()).toEqual(
      ["青禾经济开发区->云岫食品有限公司", "青禾经济开发区->星澜饮料有限公司"].sort(),
    );
  });

  it("parks the zone only borders are no parts of it: the zone is not made the document's by them", () => {
    const links = rel(run(doc("毗邻东湖新区和西岭工业区。")), "park_enterprise");
    expect(links.filter((l) => l.startsWith("青禾经济开发区"))).toEqual([]);
  });
});
