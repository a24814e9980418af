// The overview at scale (renderer/graph/overview.ts, graph/visible.ts): what is drawn of a top-N
// subgraph — the first nodes the host ranked, at most a cap of relations (each drawn node keeping
// its heaviest), while relations the user pulled in are never cut.
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode, Subgraph } from "../../db/graph/types.ts";
import { capEdges, drawnPart } from "../../renderer/graph/overview.ts";
import { liveVisible } from "../../renderer/graph/visible.ts";
import type { Filter } from "../../renderer/store.ts";

const node = (id: number, degree: number): GraphNode => ({
  id,
  key: `cluster:n${id}`,
  type: "cluster",
  name: `n${id}`,
  level: null,
  status: "existing",
  review: "unreviewed",
  degree,
  mentionCount: 1,
  confidence: null,
});
const edge = (id: number, source: number, target: number, weight: number): GraphEdge => ({
  id,
  type: "park_cluster",
  source,
  target,
  review: "unreviewed",
  weight,
  confidence: null,
});
const filter: Filter = {
  types: ["cluster", "park", "platform", "enterprise", "department"],
  relationTypes: ["park_cluster"],
  documents: [],
  levels: ["national", "provincial", "city", "none"],
  status: ["existing", "planned"],
  review: ["unreviewed", "confirmed"],
  minDegree: 0,
  hideIsolated: true,
};

/** A hub (1) linked to 2..9 by heavy relations, and a clique among 2..9 of light ones. */
function star(): Subgraph {
  const nodes = Array.from({ length: 9 }, (_, i) => node(i + 1, 9 - i));
  const edges: GraphEdge[] = [];
  let id = 1;
  for (let t = 2; t <= 9; t++) edges.push(edge(id++, 1, t, 10 + t));
  for (let a = 2; a <= 9; a++) for (let b = a + 1; b <= 9; b++) edges.push(edge(id++, a, b, 1));
  return { nodes, edges, totalNodes: 50, totalEdges: 80, matchedNodes: 50, order: "degree" };
}

describe("capEdges", () => {
  it("keeps every node's heaviest relation first, then the heaviest of the rest", () => {
    const { edges } = star();
    const kept = capEdges(edges, 10);
    expect(kept).toHaveLength(10);
    // every node still has a line
    const ends = new Set(kept.flatMap((e) => [e.source, e.target]));
    expect([...ends].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // the eight heavy hub relations are all in
    expect(kept.filter((e) => e.weight > 1)).toHaveLength(8);
  });

  it("keeps more than the cap when the cap would leave a node without its last line", () => {
    const { edges } = star();
    expect(capEdges(edges, 3)).toHaveLength(8);
  });

  it("leaves a set under the cap alone", () => {
    const { edges } = star();
    expect(capEdges(edges, 1000)).toBe(edges);
  });
});

describe("drawnPart", () => {
  it("cuts an overview to its first nodes and the relations among them", () => {
    const part = drawnPart(star(), 4);
    expect(part.nodes.map((n) => n.id)).toEqual([1, 2, 3, 4]);
    for (const e of part.edges) {
      expect(e.source).toBeLessThanOrEqual(4);
      expect(e.target).toBeLessThanOrEqual(4);
    }
    expect(part.edges).toHaveLength(3 + 3);
    expect(part.matchedNodes).toBe(50);
  });

  it("leaves a whole graph (not an overview) alone", () => {
    const whole = { ...star(), matchedNodes: 9 };
    expect(drawnPart(whole, 4)).toBe(whole);
  });
});

describe("liveVisible with an edge cap", () => {
  const extras = { nodes: [] as GraphNode[], edges: [] as GraphEdge[] };
  const focus = { on: false, sub: null };

  it("caps the overview's relations but never those pulled in by hand", () => {
    const sub = star();
    const light = sub.edges.filter((e) => e.weight === 1);
    const pulled = { nodes: [], edges: light.slice(0, 5) };
    const v = liveVisible({ sub, extras: pulled, focus, filter, selectedId: null, edgeCap: 8 });
    const ids = new Set(v.edges.map((e) => e.id));
    for (const e of pulled.edges) expect(ids.has(e.id)).toBe(true);
    expect(v.edges.length).toBe(8 + 5);
  });

  it("does not cap a graph that is not an overview", () => {
    const sub = { ...star(), matchedNodes: 9 };
    const v = liveVisible({ sub, extras, focus, filter, selectedId: null, edgeCap: 8 });
    expect(v.edges).toHaveLength(sub.edges.length);
  });
});
