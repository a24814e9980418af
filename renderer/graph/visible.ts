// Which entities and relations the live graph shows (pure): the filtered subgraph (or focus
// neighbourhood) narrowed to the chosen types, without entities that have no relation of the
// chosen kinds (listed apart as `isolated`), plus extras the user pulled in (expansions, path,
// picked results) that still pass the filters. renderer/visible.ts composes it with a shown view.
import type { GraphEdge, GraphNode, Subgraph } from "../api-types.ts";
import type { Filter } from "../store.ts";
import { capEdges } from "./overview.ts";

export interface Visible {
  nodes: GraphNode[];
  edges: GraphEdge[];
  totalNodes: number;
  totalEdges: number;
  /** Entities of the chosen types left out for having no relation (hideIsolated). */
  isolated?: GraphNode[];
}

export interface LiveInput {
  sub: Subgraph;
  extras: { nodes: GraphNode[]; edges: GraphEdge[] };
  focus: { on: boolean; sub: Subgraph | null };
  filter: Filter;
  selectedId: number | null;
  /** In the overview (the subgraph was cut to its top N): how many of its relations to draw. */
  edgeCap?: number;
}

export function liveVisible({ sub, extras, focus, filter, selectedId, edgeCap }: LiveInput): Visible {
  const focused = focus.on && focus.sub;
  const base = focused && focus.sub ? focus.sub : sub;
  const types = new Set(filter.types);
  const rels = new Set(filter.relationTypes);
  const reviews = new Set(filter.review);
  // Linked = an endpoint of a shown kind of relation, whatever the other end's type.
  const linked = new Set<number>();
  for (const e of [...base.edges, ...(focused ? [] : extras.edges)]) {
    if (rels.has(e.type) && reviews.has(e.review)) {
      linked.add(e.source);
      linked.add(e.target);
    }
  }
  const nodes = new Map<number, GraphNode>();
  const isolated: GraphNode[] = [];
  for (const n of base.nodes) {
    if (!types.has(n.type)) continue;
    if (filter.hideIsolated && !linked.has(n.id) && n.id !== selectedId) isolated.push(n);
    else nodes.set(n.id, n);
  }
  if (!focused) {
    const status = new Set(filter.status);
    const levels = new Set(filter.levels);
    for (const n of extras.nodes) {
      const passes =
        types.has(n.type) &&
        status.has(n.status) &&
        levels.has(n.level ?? "none") &&
        reviews.has(n.review) &&
        (!filter.hideIsolated || linked.has(n.id));
      if (passes || n.id === selectedId) nodes.set(n.id, n);
    }
  }
  const edges = new Map<number, GraphEdge>();
  const shown = (e: GraphEdge) =>
    rels.has(e.type) && reviews.has(e.review) && nodes.has(e.source) && nodes.has(e.target);
  // The overview's own relations may be capped; what the user pulled in (extras) never is.
  const overview = !focused && edgeCap !== undefined && (sub.matchedNodes ?? 0) > sub.nodes.length;
  const baseEdges = base.edges.filter(shown);
  for (const e of overview ? capEdges(baseEdges, edgeCap) : baseEdges) edges.set(e.id, e);
  for (const e of extras.edges) if (shown(e)) edges.set(e.id, e);
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    totalNodes: sub.totalNodes,
    totalEdges: sub.totalEdges,
    isolated: isolated.filter((n) => !nodes.has(n.id)),
  };
}
