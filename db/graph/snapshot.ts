// An in-memory copy of the graph's nodes and adjacency for walking it (neighbourhood, paths),
// rebuilt only after a write: keyed by this connection's total_changes() and the file's
// data_version (which moves when another connection commits). At 25k entities a rebuild takes
// tens of milliseconds; every walk after it touches only what it visits.
import type { DB } from "../store/open.ts";
import { loadEdges, loadNodes } from "./rows.ts";
import type { GraphEdge, GraphNode } from "./types.ts";

export interface GraphSnapshot {
  byId: Map<number, GraphNode>;
  /** Every relation at each of its two ends. */
  adjacency: Map<number, GraphEdge[]>;
  totalNodes: number;
  totalEdges: number;
}

const snapshots = new WeakMap<DB, { version: string; snapshot: GraphSnapshot }>();

function version(db: DB): string {
  const changes = db.prepare<[], number>("SELECT total_changes()").pluck().get() ?? 0;
  return `${db.pragma("data_version", { simple: true })}:${changes}`;
}

export function graphSnapshot(db: DB): GraphSnapshot {
  const v = version(db);
  const cached = snapshots.get(db);
  if (cached && cached.version === v) return cached.snapshot;
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
  const snapshot = {
    byId: new Map(nodes.map((n) => [n.id, n])),
    adjacency,
    totalNodes: nodes.length,
    totalEdges: edges.length,
  };
  snapshots.set(db, { version: v, snapshot });
  return snapshot;
}
