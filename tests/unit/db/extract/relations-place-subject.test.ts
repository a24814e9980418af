// sentence:host: a sentence whose subject is a place (某某市坚持…, 该县把…) speaks of the place's
// industries; a park it names as an object does not host them. Invented names.
import { describe, expect, it } from "vitest";
import { rel, run } from "./helpers.ts";

describe("park_cluster in a sentence whose subject is a place", () => {
  it("does not give the place's industries to a park the sentence names as an object", () => {
    const g = run("澄宇市坚持龙头引领和链式发展思路，用好青禾高新区获批机遇，推动储能电池产业向中下游延伸。");
    expect(rel(g, "park_cluster")).toEqual([]);
    const h = run("据了解，该县把新型工业化作为首要工程，以储能电池产业为主导，建设青禾功能材料产业园。");
    expect(rel(h, "park_cluster")).toEqual([]);
  });

  it("still gives them to a park that is the sentence's subject", () => {
    const g = run("澄宇市坚持创新驱动，青禾高新区重点发展储能电池产业。");
    expect(rel(g, "park_cluster")).toEqual(["青禾高新区->储能电池"]);
  });
});
