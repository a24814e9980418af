// The folders of db/ import one another without a circle: pipeline/ sits above store/ and
// curate/, export/ and briefing/ do not lean on each other both ways. A circle between
// folders means neither can be read, tested or changed without the other.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cycles, fileGraph, folderGraph, importsOf, ROOT } from "../../support/import-graph.ts";

const DB = join(ROOT, "db");

function folderCycles(files: Map<string, string[]>, root = DB): string[] {
  const { edges, why } = folderGraph(root, files);
  return cycles(edges).map((c) => {
    const steps = c.slice(1).map((to, i) => `${c[i]} → ${to}`);
    return steps.map((s) => `${s} (${(why.get(s) ?? []).slice(0, 2).join(", ")})`).join("; ");
  });
}

describe("db/ folder imports", () => {
  const files = fileGraph(DB);

  it("form no circle between folders", () => {
    const { edges } = folderGraph(DB, files);
    expect(edges.get("pipeline")).toEqual(expect.any(Set));
    expect([...(edges.get("pipeline") ?? [])]).toEqual(expect.arrayContaining(["store", "curate", "extract"]));
    expect(folderCycles(files)).toEqual([]);
  });

  it("keeps the store below the pipeline: store/ imports neither curate/, extract/ nor ingest/", () => {
    const { edges } = folderGraph(DB, files);
    const up = [...(edges.get("store") ?? [])].filter((f) => ["curate", "extract", "ingest", "pipeline"].includes(f));
    expect(up).toEqual([]);
  });

  it("reads every kind of import (the check would miss a circle otherwise)", () => {
    const src = [
      'import { a } from "./a.ts";',
      'import type {\n  B,\n} from "../b/b.ts";',
      'export { c } from "../c/c.ts";',
      'const d = await import("../d/d.ts");',
      'import "../e/e.ts";',
    ].join("\n");
    const got = importsOf(join(DB, "x", "m.ts"), src).map((p) => p.slice(DB.length + 1));
    expect(got).toEqual(["x/a.ts", "b/b.ts", "c/c.ts", "d/d.ts", "e/e.ts"]);
  });

  it("fires on a circle between two folders (a fixture graph)", () => {
    const m = (p: string) => join(DB, p);
    const fixture = new Map([
      [m("store/import.ts"), [m("curate/replay.ts"), m("types.ts")]],
      [m("curate/replay.ts"), [m("store/open.ts")]],
      [m("store/open.ts"), []],
      [m("types.ts"), []],
    ]);
    expect(folderCycles(fixture)).toEqual([
      "store → curate (store/import.ts → curate/replay.ts); curate → store (curate/replay.ts → store/open.ts)",
    ]);
  });
});
