// Precision filters (db/extract/precision-filters.ts): each one turns a
// candidate the recognisers really propose into the right type, a shorter name
// or nothing. The candidates come from the real recognisers, so every case
// also shows the false item exists without the filter. Invented names only.
import { describe, expect, it } from "vitest";
import { clusterSuffixCandidates } from "../../../../db/extract/clusters.ts";
import { clusterListCandidates } from "../../../../db/extract/clusters-lists.ts";
import { type Cand, makeContext } from "../../../../db/extract/context.ts";
import { findLists } from "../../../../db/extract/lists.ts";
import { suffixCandidates } from "../../../../db/extract/names.ts";
import { precisionFilters } from "../../../../db/extract/precision-filters.ts";
import { names, run } from "./helpers.ts";

function candidates(text: string): Cand[] {
  const ctx = makeContext(text, []);
  const cands = [
    ...suffixCandidates(ctx),
    ...clusterSuffixCandidates(ctx),
    ...clusterListCandidates(ctx, findLists(ctx)),
  ];
  const before = cands.map((c) => `${c.type}:${c.name}`);
  precisionFilters(ctx, cands);
  return Object.assign(cands, { before });
}
const kept = (cs: Cand[]) => cs.filter((c) => c.confidence > 0).map((c) => `${c.type}:${c.name}`);
const before = (cs: Cand[]) => (cs as Cand[] & { before: string[] }).before;

describe("a university's 创新创业园 is its platform", () => {
  it("retypes the suffix's park as a platform, keeps a town's 创业园 a park", () => {
    const cs = candidates("推动青禾大学（澄州）创新创业园建设。澄州创业园入驻企业80家。");
    expect(before(cs)).toContain("park:青禾大学（澄州）创新创业园");
    expect(kept(cs)).toContain("platform:青禾大学（澄州）创新创业园");
    expect(kept(cs)).toContain("park:澄州创业园");
    const g = run("推动青禾大学（澄州）创新创业园建设。");
    expect(names(g, "platform")).toContain("青禾大学（澄州）创新创业园");
    expect(names(g, "park")).toEqual([]);
  });
});

describe("titles and categories are not parks or platforms", () => {
  it("drops what the suffix rule proposed, keeps the named park beside it", () => {
    const text =
      "青禾智慧物流园入选市十佳电商产业园。澄州成立全国首个城市级无人配送示范区。江西省经济(技术)开发区考评中，澄州开发区再登全省区(县)国家级开发区榜首。云岫产业园建设若干个省实验室。";
    const cs = candidates(text);
    // (首个 opens no name, so the suffix rule no longer proposes 首个城市级无人配送示范区; it stays out below.)
    for (const n of ["park:市十佳电商产业园", "park:江西省经济(技术)开发区"])
      expect(before(cs).some((b) => b.endsWith(n.slice(n.indexOf(":") + 1)))).toBe(true);
    const parks = names(run(text), "park");
    expect(parks).toContain("青禾智慧物流园");
    expect(parks).toContain("云岫产业园");
    for (const n of ["市十佳电商产业园", "首个城市级无人配送示范区", "江西省经济(技术)开发区"])
      expect(parks.some((p) => p.includes(n))).toBe(false);
    expect(parks.some((p) => p.includes("国家级开发区"))).toBe(false);
    const platforms = names(run(text), "platform");
    expect(platforms.some((p) => p.includes("实验室"))).toBe(false);
  });

  it("drops a kind framed as a category (特色某某小镇, …平台体系, a ministry's 重点实验室)", () => {
    const text = "加快特色基金小镇建设。完善海洋创新平台体系。争创科技部重点实验室。";
    const cs = candidates(text);
    expect(before(cs)).toEqual(
      expect.arrayContaining(["park:基金小镇", "platform:海洋创新平台", "platform:科技部重点实验室"]),
    );
    expect(kept(cs).filter((k) => !k.startsWith("cluster"))).toEqual([]);
  });

  it("drops parks graded by a county's, township's or village's level (县级某某工业园, 乡级某某产业园)", () => {
    const text = "青禾县以县级主导产业工业园为龙头、乡级乡村振兴产业园为支撑。澄宇工业园位于县城东部。";
    expect(names(run(text), "park")).toEqual(["澄宇工业园"]);
  });

  it("drops the country's zones of a kind or an industry and an event's edition (中国开发区, 中国某某园区, 第六届中国工业园区…)", () => {
    const text =
      "青禾县2个园区被纳入《中国开发区审核公告目录》。近日，中国生物医药园区竞争力排名发布。第六届中国工业园区招商引资高层论坛在三亚闭幕。澄宇工业园位于县城东部。";
    expect(names(run(text), "park")).toEqual(["澄宇工业园"]);
  });

  it("drops a kind in an aspiration (世界级…产业园, 具有影响力的…平台), keeps a named park there", () => {
    const text =
      "建成极具竞争力的世界级海洋装备产业园。打造具有影响力的数字化园区服务平台。建成世界级泰州海洋装备产业园。";
    const cs = candidates(text);
    expect(before(cs)).toEqual(expect.arrayContaining(["park:海洋装备产业园", "platform:数字化园区服务平台"]));
    expect(kept(cs).filter((k) => !k.startsWith("cluster"))).toEqual(["park:泰州海洋装备产业园"]);
  });

  it("drops a lab named by its field alone (动物实验室), keeps one named by a place or an owner", () => {
    const text = "综合实验室包括动物实验室、无菌实验室、理化分析实验室。建设尧山实验室和青禾重工材料实验室。";
    const cs = candidates(text);
    expect(before(cs)).toEqual(expect.arrayContaining(["platform:动物实验室", "platform:理化分析实验室"]));
    expect(kept(cs).filter((k) => k.startsWith("platform"))).toEqual([
      "platform:尧山实验室",
      "platform:青禾重工材料实验室",
    ]);
  });

  it("keeps a city's 经济技术开发区 and a level before a real name", () => {
    const parks = names(run("澄州经济技术开发区与国家级青禾高新区合作。"), "park");
    expect(parks).toContain("澄州经济技术开发区");
    expect(parks.some((p) => p.includes("青禾高新区"))).toBe(true);
  });
});

describe("an industry's name starts after prose verbs, scales and quantities", () => {
  it("cuts 抢滩 and 五百亿级, drops 狠抓, 一大批优质…, 长三角制造业 and 国际影响力", () => {
    const text =
      "抢滩海洋传感产业新赛道。加快建设五百亿级储能装备产业集群。狠抓产业提升。引育了一大批优质产业链配套企业，打造长三角制造业新高地，形成具有国际影响力、国内竞争力的产业集群。";
    const cs = candidates(text);
    expect(before(cs)).toContain("cluster:抢滩海洋传感");
    const clusters = names(run(text), "cluster");
    expect(clusters).toEqual(expect.arrayContaining(["海洋传感", "储能装备"]));
    for (const bad of ["抢滩海洋传感", "狠抓", "批优质", "长三角制造业", "国际影响力"])
      expect(clusters).not.toContain(bad);
    expect(clusters.some((c) => c.includes("亿级"))).toBe(false);
  });

  it("drops the items of a list of fields (…等产业融合发展, 涵盖…等产业领域), keeps a list of industries to develop", () => {
    const text = "促进海洋牧场、滨海旅游、康复养老等产业融合发展。重点发展海洋传感、储能装备等产业。";
    const cs = candidates(text);
    expect(before(cs)).toEqual(expect.arrayContaining(["cluster:滨海旅游", "cluster:康复养老"]));
    const clusters = names(run(text), "cluster");
    expect(clusters).toEqual(expect.arrayContaining(["海洋传感", "储能装备"]));
    for (const bad of ["海洋牧场", "滨海旅游", "康复养老"]) expect(clusters).not.toContain(bad);
  });

  it("keeps industries whose first word the tagger reads as a verb (集成电路, 计算机外设)", () => {
    const clusters = names(run("重点发展集成电路产业、计算机外设产业和打印设备产业，壮大家纺产业。"), "cluster");
    expect(clusters).toEqual(expect.arrayContaining(["集成电路", "计算机外设", "家纺"]));
  });

  it("drops names cut at the wrong place (以来传统, 配套少量, 型经济和…), keeps 新能源 and 大健康", () => {
    const text =
      "青岚县长期以来传统产业占比高。整合配套少量特色产业。以发展外向型经济和储能电池产业为主。壮大新能源产业。发展大健康产业。推动生物医药产业发展。";
    const cs = candidates(text);
    expect(before(cs)).toEqual(expect.arrayContaining(["cluster:来传统", "cluster:配套少量"]));
    const clusters = names(run(text), "cluster");
    expect(clusters).toEqual(expect.arrayContaining(["新能源", "大健康", "生物医药"]));
    for (const bad of ["来传统", "配套少量", "型经济和储能电池"]) expect(clusters).not.toContain(bad);
  });
});
