// An in-memory copy of the graph's adjacency and of what the filters test on each node, for
// walking it (neighbourhood, paths), rebuilt only after a write (db/store/write-cache.ts). Names
// and keys stay in the database (turning 25,000 of them into strings was nine tenths of a
// rebuild); a walk reads the rows of the nodes it returns.
import type { DB } from "../store/open.ts";
import { untilWrite } from "../store/write-cache.ts";
import { loadEdges, loadWalkNodes, type WalkNode } from "./rows.ts";
import type { GraphEdge } from "./types.ts";

export interface GraphSnapshot {
  byId: Map<number, WalkNode>;
  /** Every relation at each of its two ends. */
  adjacency: Map<number, GraphEdge[]>;
  totalNodes: number;
  totalEdges: number;
}

export function graphSnapshot(db: DB): GraphSnapshot {
  return untilWrite(db, "graph", () => buildSnapshot(db));
}

function buildSnapshot(db: DB): GraphSnapshot {
  const nodes = loadWalkNodes(db);
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
