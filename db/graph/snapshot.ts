// An in-memory copy of the graph's nodes and adjacency for walking it (neighbourhood, paths),
// rebuilt only after a write (db/store/write-cache.ts). At 25k entities a rebuild takes
// tens of milliseconds; every walk after it touches only what it visits.
import type { DB } from "../store/open.ts";
import { untilWrite } from "../store/write-cache.ts";
import { loadEdges, loadNodes } from "./rows.ts";
import type { GraphEdge, GraphNode } from "./types.ts";

export interface GraphSnapshot {
  byId: Map<number, GraphNode>;
  /** Every relation at each of its two ends. */
  adjacency: Map<number, GraphEdge[]>;
  totalNodes: number;
  totalEdges: number;
}

export function graphSnapshot(db: DB): GraphSnapshot {
  return untilWrite(db, "graph", () => buildSnapshot(db));
}

function buildSnapshot(db: DB): GraphSnapshot {
  const nodes = loadNodes(db);
  const edges = loadEdges(db);
  const adjacency = new Map<number, GraphEdge[]>();
  for (const e of edges) {
    for (const end of [e.source, e.target]) {
      let list = adjacency.get(end);
      if (!list) adjacency.set(end, (list = []));
      list.push(e);
    }
  }
  return {
    byId: new Map(nodes.map((n) => [n.id, n])),
    adjacency,
    totalNodes: nodes.length,
    totalEdges: edges.length,
  };
}
