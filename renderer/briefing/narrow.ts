// Which nodes and edges a shown view puts on screen.
import type { GraphEdge, GraphNode } from "../api-types.ts";
import type { Visible } from "../graph/visible.ts";
import type { Filter } from "../store.ts";

/** What narrowing needs of a shown view (state.ts's ShownView fits; no import back, no circle). */
interface ShownView {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface Narrowing {
  filter: Filter;
  extras: { nodes: GraphNode[]; edges: GraphEdge[] };
  selectedId: number | null;
  confirmedOnly: boolean;
}

function nodePasses(n: GraphNode, f: Filter): boolean {
  return (
    f.types.includes(n.type) &&
    f.status.includes(n.status) &&
    f.levels.includes(n.level ?? "none") &&
    f.review.includes(n.review)
  );
}

/** The nodes and edges a shown view (or, without one, `base`) puts on screen. */
export function briefingVisible(base: Visible | null, shown: ShownView | null, o: Narrowing): Visible | null {
  if (!shown && !o.confirmedOnly) return base;
  if (!shown && !base) return null;
  const nodes = new Map<number, GraphNode>();
  let candidates: GraphEdge[];
  if (shown) {
    // Curation since the restore (renames, reviews) shows: the live row wins over the saved copy.
    const live = new Map((base?.nodes ?? []).map((n) => [n.id, n]));
    for (const saved of [...shown.nodes, ...o.extras.nodes]) {
      const n = live.get(saved.id) ?? saved;
      if (nodePasses(n, o.filter) || n.id === o.selectedId) nodes.set(n.id, n);
    }
    candidates = [...shown.edges, ...o.extras.edges].filter(
      (e) => o.filter.relationTypes.includes(e.type) && o.filter.review.includes(e.review),
    );
  } else {
    for (const n of base?.nodes ?? []) nodes.set(n.id, n);
    candidates = base?.edges ?? [];
  }
  if (o.confirmedOnly) {
    for (const [id, n] of nodes) if (n.review !== "confirmed") nodes.delete(id);
  }
  const edges = new Map<number, GraphEdge>();
  for (const e of candidates) {
    if (o.confirmedOnly && e.review !== "confirmed") continue;
    if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    totalNodes: base?.totalNodes ?? nodes.size,
    totalEdges: base?.totalEdges ?? edges.size,
  };
}
