// sentence:host: a park first named in a clause after the industries that another
// clause's verb enumerates is that later clause's topic, not their host. Invented names.
import { describe, expect, it } from "vitest";
import { rel, run } from "./helpers.ts";

describe("park_cluster within one sentence", () => {
  it("does not give a later clause's park the industries an earlier clause enumerates", () => {
    const g = run(
      "工业经济聚力发展储能电池、海洋装备产业、精密仪器三大主导产业，青禾智造产业园已有禾丰电气等16家企业入驻，初步形成产业发展雏形。",
    );
    const pc = rel(g, "park_cluster");
    expect(pc).not.toContain("青禾智造产业园->储能电池");
    expect(pc).not.toContain("青禾智造产业园->海洋装备");
  });

  it("still gives the industries to a park that is the sentence's subject", () => {
    const g = run("青禾智造产业园重点发展储能电池、海洋装备产业、精密仪器三大主导产业。");
    expect(rel(g, "park_cluster")).toContain("青禾智造产业园->储能电池");
  });

  it("reads a park pushing an industry forward (某经开区推进甲产业发展/招商) as hosting it", () => {
    expect(rel(run("青禾经开区推进储能电池产业发展。"), "park_cluster")).toEqual(["青禾经开区->储能电池"]);
    expect(rel(run("青禾经开区加快推进海洋装备产业招商。"), "park_cluster")).toEqual(["青禾经开区->海洋装备"]);
  });

  it("reads an industry that has a park as its engine or head (某产业以某产业城为引擎/为龙头) as hosted there", () => {
    const g = run("全市汽车产业以青禾绿色智造产业城为引擎，实现全链崛起。");
    expect(rel(g, "park_cluster")).toEqual(["青禾绿色智造产业城->汽车"]);
  });

  it("reads a park concentrating on fields (主要集中在甲、乙等领域) as hosting them, not its projects concentrating", () => {
    const g = run("过去，青禾智造产业园主要集中在储能电池、海洋装备等领域。");
    expect(rel(g, "park_cluster").sort()).toEqual(["青禾智造产业园->储能电池", "青禾智造产业园->海洋装备"].sort());
    const h = run("青禾智造产业园举行签约仪式。签约项目主要集中在储能电池、海洋装备等领域。");
    expect(rel(h, "park_cluster")).toEqual([]);
  });
});
