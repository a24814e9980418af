// Frame precision (db/extract/precision-frames.ts): candidates the real
// recognisers propose, dropped or shortened by the frame they stand in (a
// title, a broken or descriptive list, a verb before 产业, the document's own
// place). Every case shows the candidate exists before the filter, so the
// expectation can fail. Invented names only.
import { describe, expect, it } from "vitest";
import { clusterSuffixCandidates } from "../../../../db/extract/clusters.ts";
import { clusterListCandidates } from "../../../../db/extract/clusters-lists.ts";
import { type Cand, makeContext } from "../../../../db/extract/context.ts";
import { findLists } from "../../../../db/extract/lists.ts";
import { suffixCandidates } from "../../../../db/extract/names.ts";
import { framePrecision, titleSpans } from "../../../../db/extract/precision-frames.ts";
import { names, run } from "./helpers.ts";

function filtered(text: string): { before: string[]; kept: string[]; rules: Map<string, string> } {
  const ctx = makeContext(text, []);
  const lists = findLists(ctx);
  const cands: Cand[] = [
    ...suffixCandidates(ctx),
    ...clusterSuffixCandidates(ctx),
    ...clusterListCandidates(ctx, lists),
  ];
  const before = cands.map((c) => `${c.type}:${c.name}`);
  framePrecision(ctx, cands, lists);
  const kept = cands.filter((c) => c.confidence > 0).map((c) => `${c.type}:${c.name}`);
  const rules = new Map(cands.map((c) => [`${c.type}:${c.name}`, c.boundary ?? c.rule]));
  return { before, kept, rules };
}

describe("titles before 称号/称谓 are not parks, platforms or clusters", () => {
  it("drops the quoted title, keeps the cluster that received it", () => {
    const text = "海洋传感产业集群荣获“全省智能制造标杆产业集群”称号。";
    const f = filtered(text);
    expect(f.before).toContain("cluster:智能制造标杆");
    expect(f.kept).not.toContain("cluster:智能制造标杆");
    expect(f.kept).toContain("cluster:海洋传感");
    expect(names(run(text), "cluster")).toEqual(["海洋传感"]);
  });

  it("drops a list of titles after a receiving verb, but not one unquoted title (it may be the name honoured)", () => {
    const text = "云岫县先后获得青禾医药城、省级云岫药品安全示范园区等称谓。澄州产业园获省级云岫示范园区称号。";
    const f = filtered(text);
    expect(f.before).toContain("park:青禾医药城");
    expect(f.rules.get("park:青禾医药城")).toBe("filter:honour-frame");
    expect(f.kept).toContain("park:澄州产业园");
    expect(titleSpans("澄州产业园获省级云岫示范园区称号。")).toEqual([]);
  });

  it("keeps the recipient of 某园被授予“某某”称号 (it stands outside the quotes)", () => {
    const text = "澄州产业园被省政府授予“云岫生态工业园区”称号。";
    expect(titleSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(["“云岫生态工业园区”"]);
    expect(names(run(text), "park")).toContain("澄州产业园");
  });
});

describe("lists: a clause ends the list, qualities are not industries", () => {
  it("a head-typed list keeps nothing before an item that runs into a clause", () => {
    const text = "园区拥有青禾肉多、云岫、澄州火锅、禾澜鸭脖持续打造3个百亿级产业集群。";
    const f = filtered(text);
    expect(f.before).toEqual(expect.arrayContaining(["cluster:青禾肉多", "cluster:澄州火锅"]));
    expect(f.kept.filter((k) => k.startsWith("cluster:"))).toEqual([]);
  });

  it("keeps a list whose last item runs on into the list's own predicate (甲、乙是重点打造的…)", () => {
    const text = "其中海洋传感、储能装备是重点打造的2个全国一流、在全球有影响力的千亿级产业集群。";
    const f = filtered(text);
    expect(f.before).toContain("cluster:海洋传感");
    expect(f.kept).toContain("cluster:海洋传感");
  });

  it("a cue-typed list keeps the items before the clause", () => {
    const text = "主导产业为海洋传感、储能装备、纺织服饰近年来坚持把园区作为主战场、主平台、主引擎。";
    const f = filtered(text);
    expect(f.before).toContain("cluster:主平台");
    const clusters = f.kept.filter((k) => k.startsWith("cluster:"));
    expect(clusters).toEqual(expect.arrayContaining(["cluster:海洋传感", "cluster:储能装备"]));
    expect(clusters).not.toContain("cluster:主平台");
  });

  it("drops a list of qualities before 的产业集群, keeps a list of industries", () => {
    // 完善 is tagged a verb: any item that reads as a quality marks the list.
    const text = "该区构建起技术先进、配套完善的产业集群。重点发展海洋传感、储能装备等产业。";
    const f = filtered(text);
    expect(f.before).toContain("cluster:起技术先进");
    expect(f.kept).not.toContain("cluster:起技术先进");
    expect(f.kept).toEqual(expect.arrayContaining(["cluster:海洋传感", "cluster:储能装备"]));
    expect(names(run(text), "cluster")).toEqual(["海洋传感", "储能装备"]);
  });
});

describe("industry names: verbs and the document's own place", () => {
  it("drops a verb before 产业 (激活产业, 发力产业链)", () => {
    const text = "重点项目攻坚激活产业新动能，持续发力产业链协作。";
    const f = filtered(text);
    expect(f.before).toContain("cluster:激活");
    expect(f.kept).not.toContain("cluster:激活");
    expect(names(run(text), "cluster")).toEqual([]);
  });

  it("drops the document's own county before an industry, keeps a place named once", () => {
    // A list item: the suffix rule cuts a known place itself, list items are cut here.
    const own = "全市着力培育长兴智能传感、澄州储能装备等产业集群。长兴县重点发展智能传感产业。长兴县位于太湖南岸。";
    const f = filtered(own);
    expect(f.before).toContain("cluster:长兴智能传感");
    expect(f.rules.get("cluster:智能传感")).toBe("cluster:place-trim");
    expect(f.kept).not.toContain("cluster:长兴智能传感");
    expect(names(run(own), "cluster")).toContain("智能传感");
    expect(names(run(own), "cluster")).not.toContain("长兴智能传感");
    const once = filtered("全市着力培育长兴智能传感、澄州储能装备等产业集群。");
    expect(once.kept).toContain("cluster:长兴智能传感");
  });
});

describe("park vocabularies and a shared head", () => {
  it("drops a rating (一星级开发区), a county-wide kind (全县专业镇) and a tourism base", () => {
    const parks = names(
      run("澄州开发区晋升为一星级开发区。促进全县专业镇发展。加快打造青禾都市近郊游基地。澄州开发区入驻企业30家。"),
      "park",
    );
    expect(parks).toContain("澄州开发区");
    for (const bad of ["一星级开发区", "全县专业镇", "青禾都市近郊游基地"])
      expect(parks.some((p) => p.includes(bad))).toBe(false);
  });

  it("names with the head's own suffix do not share the last one's head", () => {
    const parks = names(run("加快推进青禾环保产业园、云岫表面处理产业园、澄州(禾澜)生态纺织产业园建设。"), "park");
    expect(parks).toEqual(expect.arrayContaining(["青禾环保产业园", "云岫表面处理产业园"]));
    expect(parks.some((p) => p.includes("产业园生态"))).toBe(false);
  });
});

describe("park forms: a title's wording and a generic 园区 after a name", () => {
  it("drops a base that names a title (…基地试点市)", () => {
    const text = "澄州先后获批国家海洋装备产业基地试点市。";
    const f = filtered(text);
    expect(f.before.some((b) => b.startsWith("park:") && b.endsWith("国家海洋装备产业基地"))).toBe(true);
    expect(f.kept.filter((k) => k.startsWith("park:"))).toEqual([]);
  });

  it("ends a name before the generic 园区 that follows it", () => {
    const text = "三园包括青禾东园、青禾西园园区发展定位为产城融合。";
    const f = filtered(text);
    expect(f.before).toContain("park:青禾西园园区");
    expect(f.kept).toContain("park:青禾西园");
    expect(f.rules.get("park:青禾西园")).toBe("park:generic-tail");
  });
});

describe("a project's contents are facilities", () => {
  it("drops the research centre a project builds, keeps one a city names", () => {
    const text =
      "云岫海洋食品项目总投资5亿元，主要建设海洋食品加工基地、海洋生物研究中心等。该项目主要建设澄州海洋研究中心。";
    const f = filtered(text);
    expect(f.before).toContain("platform:海洋生物研究中心");
    expect(f.rules.get("platform:海洋生物研究中心")).toBe("filter:project-facility");
    expect(names(run("澄州签约海洋食品项目，主要建设海洋生物研究中心等。"), "platform")).toEqual([]);
    expect(names(run("青禾项目主要建设威海海洋研究中心。"), "platform")).toEqual(["威海海洋研究中心"]);
  });
});

describe("activities and policy programmes are not industries", () => {
  it("drops 服务外包经济 (an economy-object item) and 乡村振兴产业", () => {
    const text = "大力发展服务外包经济和科普经济，助力乡村振兴产业，壮大海洋传感产业。";
    expect(names(run(text), "cluster")).toEqual(["海洋传感"]);
  });
});
