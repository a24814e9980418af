// sentence:subject-park: a sentence with no hosting cue still names its subject park's industries
// (the one park opening it, or 园区 pointing back to the paragraph's park). Invented names.
import { describe, expect, it } from "vitest";
import { rel, run } from "./helpers.ts";

describe("park_cluster from a cue-less sentence's subject park", () => {
  it("gives the industries named after it to the one park that opens the sentence", () => {
    const g = run("近年来，青禾经济开发区拥有全省最大的云母装备产业集群。");
    expect(rel(g, "park_cluster")).toEqual(["青禾经济开发区->云母装备"]);
  });

  it("gives a 园区 sentence's industries to the park 园区 points back to", () => {
    const g = run(
      "青禾高新技术产业开发区位于澄宇市北部。\n园区内以储能电池、云母装备产业为主的9家企业通过了高新技术企业认定。\n",
    );
    expect(rel(g, "park_cluster").sort()).toEqual(
      ["青禾高新技术产业开发区->储能电池", "青禾高新技术产业开发区->云母装备"].sort(),
    );
  });

  it("leaves a sentence naming two parks, or a park not at its opening, alone", () => {
    expect(rel(run("青禾工业园、星澜产业园重点引进海洋装备、精密仪器产业。"), "park_cluster")).toEqual([]);
    expect(rel(run("澄宇县先后组织企业赴青禾工业园考察海洋装备产业。"), "park_cluster")).toEqual([]);
  });
});
