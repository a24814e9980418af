// Industries named without a 产业 suffix, by the head words of their items and by the cues of
// industry-chain documents (issue 11, clu5). Every name is invented.
import { describe, expect, it } from "vitest";
import { industryHead } from "../../../../db/extract/industry-heads.ts";
import { names, run } from "./helpers.ts";

const clusters = (text: string) => names(run(text), "cluster").sort();

describe("industry heads decide whether an enumerated item is an industry", () => {
  it("knows sector heads and leaves functions out", () => {
    expect(industryHead("冷链物流")).toBe("物流");
    expect(industryHead("海洋新材料")).toBe("新材料");
    expect(industryHead("公共服务")).toBeUndefined();
    expect(industryHead("商务办公")).toBeUndefined();
  });

  it("takes the items after a development cue, splitting the list's final 和", () => {
    expect(clusters("青禾镇大力发展海洋装备、精密仪器和冷链物流。")).toEqual(
      ["海洋装备", "精密仪器", "冷链物流"].sort(),
    );
  });

  it("takes the cue the list scan kept in the first item, and drops an item cut by a line wrap", () => {
    const got = clusters("做强主导产业。就光学仪器、储能电池、定制家居、冷链物流、医药及医\n药器械，制定方案。");
    expect(got).toEqual(["光学仪器", "储能电池", "定制家居", "冷链物流"].sort());
  });

  it("takes nothing when the items share one head (products of one sector) or are activities", () => {
    expect(clusters("园区重点发展软质材料、硬质材料、复合材料。")).toEqual([]);
    expect(clusters("新区重点发展科技研发、商务办公、人才居住。")).toEqual([]);
  });

  it("takes the items of a sector a growth verb names, not those of a supplied chain", () => {
    expect(clusters("积极发展深海风电、海上光伏、氢能等新能源产业。")).toContain("海上光伏");
    expect(clusters("围绕能源、汽车、纺织等专用设备产业链，引进配套企业。")).toEqual(["专用设备"]);
  });
});

describe("cluster lists in industry-chain documents", () => {
  it("reads a counted chain list after a colon, with sub-lists in brackets", () => {
    const got = clusters("调整后的4条产业链是：白茶、海洋装备(含船舶、机器人)、冷链物流、光学仪器。");
    expect(got).toEqual(["白茶", "光学仪器", "冷链物流", "海洋装备"].sort());
  });

  it("reads 未来产业有甲、乙 and a quoted list named as the industry positioning", () => {
    expect(clusters("未来产业有潮汐能源、深海探测等。")).toEqual(["深海探测", "潮汐能源"].sort());
    expect(clusters("按照“海洋装备、冷链物流、光学仪器”的产业定位，引进企业。")).toEqual(
      ["光学仪器", "冷链物流", "海洋装备"].sort(),
    );
  });

  it("drops the verb of existence before the first item, but keeps 有色", () => {
    expect(clusters("既有海洋装备、光学仪器等传统制造业，也有储能电池、智能传感等新兴产业。")).toContain("储能电池");
    expect(clusters("也有有色金属、光学仪器等传统产业。")).toContain("有色金属");
  });

  it("reads a list that a role predicate follows (甲、乙逐渐成为支柱产业), without the adverb", () => {
    expect(clusters("海洋装备、冷链物流、光学仪器逐渐成为支柱产业。")).toEqual(
      ["光学仪器", "冷链物流", "海洋装备"].sort(),
    );
    expect(clusters("海洋装备、冷链物流已成为全县主导产业。")).toEqual(["冷链物流", "海洋装备"].sort());
  });

  it("reads 以甲、乙、丙为代表的三大主导产业 as the three industries, not as firms", () => {
    const r = run("以精细化工、石雕、快消品为代表的三大县域主导产业加快发展。");
    expect(names(r, "cluster").sort()).toEqual(["快消品", "石雕", "精细化工"].sort());
    expect(names(r, "enterprise")).toEqual([]);
  });

  it("reads one industry that 等 closes with a head (围绕甲等五大优势产业), not the verb before it", () => {
    expect(clusters("围绕海洋装备等五大优势产业，推进转型。")).toEqual(["海洋装备"]);
    expect(clusters("做大做强光学仪器等产业。")).toEqual(["光学仪器"]);
  });

  it("reads a list closed by a total (共N条产业链) as by 等", () => {
    expect(clusters("把海洋装备、冷链物流、光学仪器共3条产业链作为重点。")).toEqual(
      ["光学仪器", "冷链物流", "海洋装备"].sort(),
    );
  });

  it("counts 产业链条 only when a number says how many chains", () => {
    expect(clusters("聚焦海洋装备、冷链物流、光学仪器等三条产业链条，实施链长制。")).toEqual(
      ["光学仪器", "冷链物流", "海洋装备"].sort(),
    );
    expect(clusters("完善康复理疗、健身、休闲等完整的产业链条。")).toEqual([]);
  });

  it("takes no chain-system words, determiners or generic words as industries", () => {
    expect(clusters("本次产业链的调整结合产业基础，每条产业链明确1名链长。")).toEqual([]);
    expect(clusters("打破传统产业划分壁垒。")).toEqual([]);
  });

  it("takes a single industry after 优势产业有 / 战略性新兴产业有, not 有机融合", () => {
    expect(clusters("我市的优势产业有深海探测，战略性新兴产业有潮汐能源。")).toEqual(["深海探测", "潮汐能源"].sort());
    expect(clusters("将未来产业与优势产业有机融合。")).toEqual([]);
  });

  it("reads a second role list (以甲为主导，乙、丙为特色的产业格局)", () => {
    expect(clusters("园区形成了以海洋装备为主导，冷链物流、光学仪器为特色的产业格局。")).toEqual(
      ["光学仪器", "冷链物流", "海洋装备"].sort(),
    );
  });

  it("names an industry by its output figure, after a time word", () => {
    expect(clusters("全年光学仪器产业增加值增长12%。")).toEqual(["光学仪器"]);
  });

  it("takes economies named in a development list, not ways of developing", () => {
    expect(clusters("发展云栖经济、星港经济、夜航经济。")).toEqual(["云栖经济", "夜航经济", "星港经济"].sort());
    expect(clusters("发展实体经济、循环经济、民营经济。")).toEqual([]);
  });

  it("takes no activity in a role (科技创新为支撑)", () => {
    expect(clusters("实施以海洋装备为主导、科技创新为支撑的产业体系。")).toEqual(["海洋装备"]);
  });

  it("keeps 高端 in 高端化工", () => {
    expect(clusters("做强做大高端化工、海洋装备、冷链物流三大主导产业。")).toContain("高端化工");
  });

  it("takes no …经济 a development verb names (cluster:economy-object was removed in session 19)", () => {
    expect(clusters("以科技城为龙头加快云栖经济发展。")).toEqual([]);
    expect(clusters("加快转变经济发展方式。")).toEqual([]);
  });
});
