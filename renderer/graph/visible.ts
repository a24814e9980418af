// Which entities and relations the graph shows: the filtered subgraph (or focus neighbourhood),
// plus extras the user pulled in (expansions, path, picked results) that still pass the type filters.
import { useMemo } from "react";
import type { GraphEdge, GraphNode } from "../api-types.ts";
import { useBriefingVisible } from "../briefing/visible.ts";
import { useStore } from "../store.ts";
import { useTimeVisible } from "../time/visible.ts";

export interface Visible {
  nodes: GraphNode[];
  edges: GraphEdge[];
  totalNodes: number;
  totalEdges: number;
}

export function useVisible(): Visible | null {
  const sub = useStore((s) => s.sub);
  const extras = useStore((s) => s.extras);
  const focus = useStore((s) => s.focus);
  const filter = useStore((s) => s.filter);
  const selectedId = useStore((s) => s.selectedId);
  const live = useMemo(() => {
    if (!sub) return null;
    const base = focus.on && focus.sub ? focus.sub : sub;
    const nodes = new Map<number, GraphNode>(base.nodes.map((n) => [n.id, n]));
    if (!(focus.on && focus.sub)) {
      const types = new Set(filter.types);
      const status = new Set(filter.status);
      const levels = new Set(filter.levels);
      const review = new Set(filter.review);
      for (const n of extras.nodes) {
        const passes =
          types.has(n.type) && status.has(n.status) && levels.has(n.level ?? "none") && review.has(n.review);
        if (passes || n.id === selectedId) nodes.set(n.id, n);
      }
    }
    const rels = new Set(filter.relationTypes);
    const reviews = new Set(filter.review);
    const edges = new Map<number, GraphEdge>();
    for (const e of [...base.edges, ...extras.edges]) {
      if (rels.has(e.type) && reviews.has(e.review) && nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
    }
    return {
      nodes: [...nodes.values()],
      edges: [...edges.values()],
      totalNodes: sub.totalNodes,
      totalEdges: sub.totalEdges,
    };
  }, [sub, extras, focus, filter, selectedId]);
  // A shown saved view replaces this set (briefing/visible.ts).
  // …and a brushed time range or a comparison narrows it to what those documents state (time/visible.ts).
  return useTimeVisible(useBriefingVisible(live));
}
