// The renderer's modules form no import circle (type-only imports included: a circle of types
// is still a knot to untie when reading), and the graph view does not reach into briefing/.
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { cycles, fileGraph, ROOT } from "../support/import-graph.ts";

const RENDERER = join(ROOT, "renderer");
const graph = fileGraph(RENDERER);
const name = (f: string) => relative(RENDERER, f);

describe("renderer imports", () => {
  it("has no import circles", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles(graph).map((c) => c.map(name))).toEqual([]);
  });

  it("keeps graph/ out of briefing/ (the visible set is composed in renderer/visible.ts)", () => {
    const reaching = [...graph]
      .filter(([f]) => name(f).startsWith("graph/"))
      .flatMap(([f, deps]) =>
        deps.filter((d) => name(d).startsWith("briefing/")).map((d) => `${name(f)} → ${name(d)}`),
      );
    expect(reaching).toEqual([]);
  });
});
