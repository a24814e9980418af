// Which nodes and edges the graph draws while a saved view is shown (renderer/briefing/narrow.ts).
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../../db/graph/types.ts";
import { briefingVisible } from "../../../../renderer/briefing/narrow.ts";
import type { Filter } from "../../../../renderer/store.ts";

const filter = (patch: Partial<Filter> = {}): Filter => ({
  types: ["cluster", "park", "platform", "enterprise", "department"],
  relationTypes: ["cluster_enterprise", "park_cluster"],
  documents: [],
  levels: ["national", "provincial", "city", "none"],
  status: ["existing", "planned"],
  review: ["unreviewed", "confirmed"],
  minDegree: 0,
  hideIsolated: false,
  ...patch,
});

const node = (id: number, type: GraphNode["type"], patch: Partial<GraphNode> = {}): GraphNode => ({
  id,
  key: `${type}:n${id}`,
  type,
  name: `n${id}`,
  level: null,
  status: "existing",
  review: "unreviewed",
  degree: 1,
  mentionCount: 1,
  confidence: null,
  ...patch,
});

const edge = (id: number, source: number, target: number, patch: Partial<GraphEdge> = {}): GraphEdge => ({
  id,
  type: "cluster_enterprise",
  source,
  target,
  review: "unreviewed",
  weight: 1,
  confidence: null,
  ...patch,
});

const viewNodes = [node(1, "cluster"), node(2, "enterprise"), node(3, "park", { review: "confirmed" })];
const viewEdges = [edge(10, 1, 2), edge(11, 3, 1, { type: "park_cluster", review: "confirmed" })];
const shown = { id: 7, nodes: viewNodes, edges: viewEdges, missing: { entities: 0, relations: 0 } };
// The live graph has more (a newer import): node 4 and its edge must stay out of the view.
const live = {
  nodes: [...viewNodes, node(4, "enterprise")],
  edges: [...viewEdges, edge(12, 1, 4)],
  totalNodes: 4,
  totalEdges: 3,
};
const none = { nodes: [], edges: [] };
const ids = (v: { nodes: { id: number }[]; edges: { id: number }[] } | null) => ({
  nodes: v?.nodes.map((n) => n.id).sort(),
  edges: v?.edges.map((e) => e.id).sort(),
});

describe("briefingVisible", () => {
  it("without a view or option it is the live graph unchanged", () => {
    const out = briefingVisible(live, null, { filter: filter(), extras: none, selectedId: null, confirmedOnly: false });
    expect(out).toBe(live);
  });

  it("a shown view draws exactly its own nodes and edges, not newer ones", () => {
    const out = briefingVisible(live, shown, {
      filter: filter(),
      extras: none,
      selectedId: null,
      confirmedOnly: false,
    });
    expect(ids(out)).toEqual({ nodes: [1, 2, 3], edges: [10, 11] });
    expect(out?.totalNodes).toBe(4);
  });

  it("the filter panel narrows the view; the selected entity stays", () => {
    const f = filter({ types: ["cluster", "park"] });
    expect(
      ids(briefingVisible(live, shown, { filter: f, extras: none, selectedId: null, confirmedOnly: false })),
    ).toEqual({
      nodes: [1, 3],
      edges: [11],
    });
    expect(ids(briefingVisible(live, shown, { filter: f, extras: none, selectedId: 2, confirmedOnly: false }))).toEqual(
      {
        nodes: [1, 2, 3],
        edges: [10, 11],
      },
    );
  });

  it("what the user pulls in after the restore joins the view", () => {
    const extras = { nodes: [node(4, "enterprise")], edges: [edge(12, 1, 4)] };
    expect(
      ids(briefingVisible(live, shown, { filter: filter(), extras, selectedId: null, confirmedOnly: false })),
    ).toEqual({ nodes: [1, 2, 3, 4], edges: [10, 11, 12] });
  });

  it("confirmed only keeps confirmed entities and relations, in a view and in the live graph", () => {
    const o = { filter: filter(), extras: none, selectedId: null, confirmedOnly: true };
    expect(ids(briefingVisible(live, shown, o))).toEqual({ nodes: [3], edges: [] });
    const confirmed = {
      ...live,
      nodes: live.nodes.map((n) => (n.id === 1 ? { ...n, review: "confirmed" as const } : n)),
    };
    expect(ids(briefingVisible(confirmed, null, o))).toEqual({ nodes: [1, 3], edges: [11] });
  });

  it("curation since the restore shows: the live row wins over the saved copy", () => {
    const renamed = { ...live, nodes: live.nodes.map((n) => (n.id === 2 ? { ...n, name: "renamed" } : n)) };
    const out = briefingVisible(renamed, shown, {
      filter: filter(),
      extras: none,
      selectedId: null,
      confirmedOnly: false,
    });
    expect(out?.nodes.find((n) => n.id === 2)?.name).toBe("renamed");
  });
});
