// A sentence's subject park (relations-subject.ts, relations-founded.ts): zone profiles state
// firms and industries without naming the zone in each sentence — the subject is dropped,
// said as 园区, or is the park an earlier clause founded. Invented names only.
import { describe, expect, it } from "vitest";
import { names, rel, run, runRules } from "./helpers.ts";

describe("subject:zone", () => {
  it("gives the firms of a subjectless sentence to the park that opens the sentence before", () => {
    const g = run(
      "青禾高新区立足区位优势，依托云岫产业园，重点抓好医药研发。成功引进禾丰医药、星澜药业等10余家医药企业。\n",
    );
    expect(rel(g, "park_enterprise")).toEqual(expect.arrayContaining(["青禾高新区->禾丰医药", "青禾高新区->星澜药业"]));
    expect(rel(g, "park_enterprise")).not.toContain("云岫产业园->禾丰医药");
  });

  it("reads 园区 as the last park named before it, over the sub-parks the sentence lists", () => {
    const g = run(
      "2010年，青禾县调整原有规划，设立青禾科技城，规划面积扩展到30平方公里。园区大力发展储能电池、智能装备产业，拥有云岫产业园、星澜产业园两大集聚区。\n",
    );
    expect(rel(g, "park_cluster")).toEqual(expect.arrayContaining(["青禾科技城->储能电池", "青禾科技城->智能装备"]));
    expect(rel(g, "park_cluster")).not.toContain("云岫产业园->储能电池");
  });

  it("does the same in traditional script", () => {
    const g = run(
      "2010年，青禾縣調整原有規劃，設立青禾科技城，規劃面積擴展到30平方公里。園區大力發展儲能電池、智能裝備產業，擁有雲岫產業園、星瀾產業園兩大集聚區。\n",
    );
    expect(rel(g, "park_cluster")).toContain("青禾科技城->儲能電池");
    // The generic word itself is no park.
    expect(names(g, "park")).not.toContain("園區");
  });

  it("passes over a park named in a bracketed aside", () => {
    const g = run(
      "青禾中心工业园位于某县城西，分为两个区（云岫丝绸工业园首期位于该区）。园区已初具规模，入驻企业30家，引进星澜集团、禾丰集团等企业。\n",
    );
    expect(rel(g, "park_enterprise")).toEqual(
      expect.arrayContaining(["青禾中心工业园->星澜集团", "青禾中心工业园->禾丰集团"]),
    );
    expect(rel(g, "park_enterprise")).not.toContain("云岫丝绸工业园->星澜集团");
  });

  it("keeps a bracket that holds only another name of the park before it", () => {
    const g = run(
      "青禾产业园木业加工区（云岫产业园）已签约入园企业43家。产业园内的星澜家居有限公司建设年产5万套橱柜项目。\n",
    );
    expect(rel(g, "park_enterprise")).toContain("云岫产业园->星澜家居有限公司");
  });

  it("stops at a sentence whose own subject is a city", () => {
    const g = run(
      "青禾高新区立足区位优势，依托云岫产业园，重点抓好医药研发。全市加大招商力度。成功引进禾丰医药、星澜药业等医药企业。\n",
    );
    expect(rel(g, "park_enterprise")).not.toContain("青禾高新区->禾丰医药");
  });

  it("takes no park from a coordination of parks", () => {
    const g = run("青禾县统筹云岫产业园和星澜产业园发展，推动两园协同。园区内引进禾丰电气有限公司等企业。\n");
    expect(rel(g, "park_enterprise")).toEqual([]);
  });
});

describe("clause:founded-park", () => {
  it("gives the clauses after a founded park to it, not to the parks merged into it", () => {
    const g = run(
      "此外，青禾县整合云岫产业园、星澜工业园、禾丰工业园三大区域的资源，于2010年组建青禾工业园区，规划面积50平方公里，已形成储能电池、智能装备等主导产业。\n",
    );
    expect(rel(g, "park_cluster")).toEqual(
      expect.arrayContaining(["青禾工业园区->储能电池", "青禾工业园区->智能装备"]),
    );
    expect(rel(g, "park_cluster")).not.toContain("云岫产业园->储能电池");
  });

  it("leaves the industries of an anchored sentence to its anchor", () => {
    // The rules' reading: the learned pair proposer (enabled by training) may still guess this pair.
    const g = runRules(
      "以青禾新区为中心，加快推进创新平台建设，打造云岫物流产业园，大力发展储能电池、智能装备等产业。\n",
    );
    expect(rel(g, "park_cluster")).not.toContain("云岫物流产业园->储能电池");
  });

  it("stops at a clause that names another park", () => {
    const g = run("青禾县新组建青禾工业园区，云岫产业园引进禾丰电气有限公司。\n");
    expect(rel(g, "park_enterprise")).not.toContain("青禾工业园区->禾丰电气有限公司");
  });
});

describe("names around a zone word", () => {
  it("reads no park into a demonstrative or an area before 园区", () => {
    const g = run("青禾高新区规划40平方公里园区面积。近年来该园区获批省级高新区。\n");
    expect(names(g, "park")).toEqual(["青禾高新区"]);
  });

  it("starts no park name at a unit after a count", () => {
    const g = run("青禾高新区依托1000亩云岫健康产业园，重点发展医药产业。\n");
    expect(names(g, "park")).toContain("云岫健康产业园");
  });

  it("splits a firm list at 以及", () => {
    const g = run("成功引进禾丰医药、星澜药业、云岫集团以及青禾中药饮片等10余家医药企业落户青禾高新区。\n");
    expect(names(g, "enterprise")).toEqual(expect.arrayContaining(["云岫集团", "青禾中药饮片"]));
  });
});

describe("subject:zone precision", () => {
  it("does not place a partner firm of a subjectless sentence", () => {
    const g = run(
      "青禾高新区立足区位优势，依托云岫产业园，重点抓好医药研发。积极与禾丰医药有限公司签约合作，共建研发平台。\n",
    );
    expect(rel(g, "park_enterprise")).not.toContain("青禾高新区->禾丰医药有限公司");
  });
});

describe("anaphor:zone-industry", () => {
  it("gives an industry written right after 园区 to the zone 园区 points back to", () => {
    const g = run(
      "青禾县整合资源，于2012年组建青禾工业园区，规划面积50平方公里。目前，园区储能电池产业已建成国内最大的电芯生产基地。\n",
    );
    expect(rel(g, "park_cluster")).toContain("青禾工业园区->储能电池");
  });

  it("leaves an industry after a park's own name to that park", () => {
    const g = run("云岫产业园、青禾工业园区协同发展。青禾工业园区储能电池产业规模居全省前列。\n");
    expect(rel(g, "park_cluster")).not.toContain("云岫产业园->储能电池");
  });
});

describe("a wider subject keeps the zone's industries apart", () => {
  it("gives the zone nothing a county or a place's own industry states", () => {
    const county = run(
      "近年来，我县立足产业基础，围绕生态文旅、富硒食品、中药材加工三大产业集群，加快推进项目建设。位于澄湖生态产业园的星澜药业是一家中药企业。\n",
    );
    expect(rel(county, "park_cluster").filter((r) => r.startsWith("澄湖生态产业园->"))).toEqual([]);
    const place = run(
      "青岚市产业集聚区于2005年设立。青岚市产业集聚区地势平坦，设施完善。青岚工业形成了以味精、皮革、棉纺为支柱，制鞋、服装为重点的工业体系。\n",
    );
    expect(names(place, "cluster")).toEqual(expect.arrayContaining(["味精", "皮革"]));
    expect(rel(place, "park_cluster")).toEqual([]);
  });
});

describe("a government body speaking in a zone profile", () => {
  const PROFILE = "青禾高新区位于青禾市东部，是省级高新区。青禾高新区综合实力稳步提升。\n";
  it("gives the zone none of the industries a county's official names", () => {
    const g = run(`${PROFILE}该县县委书记白石表示，将持续打造海洋装备产业集群。\n`);
    expect(rel(g, "park_cluster")).toEqual([]);
  });

  it("still gives the zone the industries of its own sentences", () => {
    const g = run(`${PROFILE}近年来，持续打造海洋装备产业集群。\n`);
    expect(rel(g, "park_cluster")).toEqual(["青禾高新区->海洋装备"]);
  });
});

describe("a zone report's examples of an industry", () => {
  const PROFILE =
    "2024年，经济运行稳中有进，规上工业增加值增长8%，固定资产投资增长10%。\n青禾高新区位于青禾市东部，是省级高新区。青禾高新区综合实力稳步提升。\n";
  it("places no firm that only stands as an industry's example (以甲、乙为代表的某产业)", () => {
    const g = run(`${PROFILE}全国以禾丰电气有限公司、云岫能源科技有限公司为代表的储能电池产业加快发展。\n`);
    expect(rel(g, "park_enterprise")).toEqual([]);
  });

  it("places the firms a sentence brings in", () => {
    const g = run(`${PROFILE}今年新引进禾丰电气有限公司、云岫能源科技有限公司等企业。\n`);
    expect(rel(g, "park_enterprise").sort()).toEqual(
      ["青禾高新区->云岫能源科技有限公司", "青禾高新区->禾丰电气有限公司"].sort(),
    );
  });
});

describe("a park opening the last clause of the sentence before is its subject", () => {
  it("places the firms of a subjectless sentence in the park that opens the previous main clause", () => {
    const g = run(
      "为建设装备之城，2008年9月，岚溪专用车生产基地正式破土动工。短短4年时间，便引进了星澜集团、禾丰集团等30余家企业。",
    );
    expect(rel(g, "park_enterprise").sort()).toEqual(
      ["岚溪专用车生产基地->星澜集团", "岚溪专用车生产基地->禾丰集团"].sort(),
    );
  });

  it("not when an earlier clause names a body that acts", () => {
    const g = run(
      "市商务局组织推介，2008年9月，岚溪专用车生产基地正式破土动工。短短4年时间，便引进了星澜集团、禾丰集团等30余家企业。",
    );
    expect(rel(g, "park_enterprise")).toEqual([]);
  });
});
