// Cluster boundaries on unseen text (bnd9): complements, scales, places and quotes around an
// industry's name. Every name is invented.
import { describe, expect, it } from "vitest";
import { names, rel, run } from "./helpers.ts";

const clusters = (text: string) => names(run(text), "cluster").sort();

describe("cluster boundaries", () => {
  it("cuts a resultative complement after a verb and a scale before the suffix", () => {
    expect(clusters("园区上下游企业共同构筑起海洋仪表及核心部件千亿产业集群。")).toEqual(["海洋仪表及核心部件"]);
  });

  it("reads a scale in digits after or before the industry as neither the name nor the suffix (某某300亿产业集群, 500亿某某产业集群)", () => {
    const text = "全力打造以澄宇精密为龙头的电子信息300亿产业集群，以星澜光显项目为龙头的500亿光电显示产业集群。";
    expect(clusters(text)).toEqual(["光电显示", "电子信息"]);
    // 以 before the second firm is the frame's (以…为龙头), not the firm's first character.
    expect(rel(run(text), "cluster_enterprise").sort()).toEqual(["光电显示->星澜光显", "电子信息->澄宇精密"]);
  });

  it("starts an industry where the document names it alone, past a clause verb or a count before it (预计…, 一位…)", () => {
    const text =
      "海洋装备产业加速突破。预计海洋装备产业年产值将超过1000亿元。园区迎来了一位半导体产业链上的新伙伴，半导体产业链日益完善。";
    expect(clusters(text)).toEqual(["半导体", "海洋装备"]);
    // A count of persons or firms (一位, 一家) is no industry's first word even where the industry stands alone.
    expect(clusters("近日，青禾经开区又迎来了一位半导体产业链上的新伙伴。")).toEqual(["半导体"]);
    // …but a quality word stays (先进材料 is named so even beside 材料).
    expect(clusters("重点发展材料产业。先进材料产业加快发展。")).toContain("先进材料");
  });

  it("reads a run of quoted cluster names as a list, a county prefix and a bracket after it as places (a region word too: 北方)", () => {
    const got = clusters(
      "云岫县、青川县均有布局，另有“北方云母深加工产业集群”“星港泳具制造产业集群”“云岫(万家)光学产业集群”。\n1、青川县竹编特色产业集群\n",
    );
    for (const n of ["云母深加工", "星港泳具制造", "光学", "竹编"]) expect(got).toContain(n);
    expect(got.some((n) => n.startsWith("(") || n.startsWith("青川县"))).toBe(false);
  });

  it("takes the second role list after a first role that is itself a list", () => {
    const got = clusters(
      "园区已形成以海洋仪表、储能电池、光学仪器为主导，竹编工艺、云母加工、泳具制造为支撑的产业体系。",
    );
    for (const n of ["竹编工艺", "云母加工", "泳具制造"]) expect(got).toContain(n);
  });

  it("takes no event titles and no role nouns as industries", () => {
    const got = clusters("第五届星港·中国泳具、配件及专用装备展览会暨泳具产业发展论坛举行。全市以三大支柱产业为根基。");
    expect(got.some((n) => /第五届|展览会|根基/u.test(n))).toBe(false);
  });
});
