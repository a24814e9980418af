// A zone's own plan: the industries it develops are the zone's, but not those of a sentence
// about another park or a wider scope, and not in a short profile. Invented texts.
import { describe, expect, it } from "vitest";
import { rel, runRules } from "./helpers.ts";

const body = "全区坚持创新驱动，青禾高新区综合实力稳步提升，我区营商环境持续优化。\n";
const plan = (n: number, tail: string) => `青禾高新区“十四五”发展规划\n${body.repeat(n)}${tail}`;

describe("a zone's own plan", () => {
  it("gives the zone the industries a sentence develops", () => {
    const g = runRules(plan(600, "推动储能电池产业、数字文创产业提质增效。\n"));
    expect(rel(g, "park_cluster").sort()).toEqual(["青禾高新区->储能电池", "青禾高新区->数字文创"]);
  });

  it("not an industry of a sentence about the city, the world or another park", () => {
    const g = runRules(
      plan(600, "推动全市储能电池产业提质增效。全球数字文创产业加速发展。推动云岫产业园海洋装备产业提质增效。\n"),
    );
    expect(rel(g, "park_cluster").filter((r) => r.startsWith("青禾高新区"))).toEqual([]);
  });

  it("not in a document too short to be a plan", () => {
    const g = runRules(plan(100, "推动储能电池产业、数字文创产业提质增效。\n"));
    expect(rel(g, "park_cluster")).toEqual([]);
  });
});
