// Walking the graph: neighbourhood to depth N and the shortest path between two entities, over
// the adjacency snapshot (./snapshot.ts), so a walk costs what it visits.
import type { DB } from "../store/open.ts";
import { RELATION_TYPES } from "../types.ts";
import { citationAt, docContexts, sentenceAround } from "./citation.ts";
import { edgePredicate, nodePredicate } from "./rows.ts";
import { graphSnapshot } from "./snapshot.ts";
import type { GraphEdge, GraphFilter, PathResult, Subgraph } from "./types.ts";

/** Typed relations only: two names in one sentence (co_mention) do not connect them. */
const TYPED_RELATIONS = RELATION_TYPES.filter((t) => t !== "co_mention");

/** The entity, everything within `depth` hops of it (through nodes the filter allows), and the edges among them. */
export function neighbourhood(db: DB, id: number, depth: number, filter: GraphFilter = {}): Subgraph {
  const g = graphSnapshot(db);
  const empty: Subgraph = { nodes: [], edges: [], totalNodes: g.totalNodes, totalEdges: g.totalEdges };
  if (!g.byId.has(id)) return empty;
  const passNode = nodePredicate(db, filter);
  const passEdge = edgePredicate(filter);

  const seen = new Set([id]);
  let frontier = [id];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const at of frontier) {
      for (const e of g.adjacency.get(at) ?? []) {
        if (!passEdge(e)) continue;
        const other = e.source === at ? e.target : e.source;
        const node = g.byId.get(other);
        if (seen.has(other) || !node || !passNode(node)) continue;
        seen.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  const edges = new Map<number, GraphEdge>();
  for (const at of seen) {
    for (const e of g.adjacency.get(at) ?? []) {
      if (passEdge(e) && seen.has(e.source) && seen.has(e.target)) edges.set(e.id, e);
    }
  }
  return {
    nodes: [...seen]
      .sort((a, b) => a - b)
      .map((n) => g.byId.get(n))
      .filter((n) => n !== undefined),
    edges: [...edges.values()].sort((a, b) => a.id - b.id),
    totalNodes: g.totalNodes,
    totalEdges: g.totalEdges,
  };
}

/**
 * Fewest hops from one entity to another, ignoring direction, over typed relations unless
 * filter.relationTypes says otherwise. Intermediate nodes must pass the filter.
 */
export function shortestPath(db: DB, from: number, to: number, filter: GraphFilter = {}): PathResult | null {
  const g = graphSnapshot(db);
  const byId = g.byId;
  const start = byId.get(from);
  const goal = byId.get(to);
  if (!start || !goal) return null;
  if (from === to) return { nodes: [start], edges: [], steps: [] };
  const passNode = nodePredicate(db, filter);
  const passEdge = edgePredicate(filter, TYPED_RELATIONS);

  const via = new Map<number, GraphEdge>(); // node → edge it was reached by
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length > 0 && !seen.has(to)) {
    const next: number[] = [];
    for (const at of frontier) {
      for (const e of g.adjacency.get(at) ?? []) {
        if (!passEdge(e)) continue;
        const other = e.source === at ? e.target : e.source;
        if (seen.has(other)) continue;
        const node = byId.get(other);
        if (!node || (other !== to && !passNode(node))) continue;
        seen.add(other);
        via.set(other, e);
        next.push(other);
      }
    }
    frontier = next;
  }
  if (!seen.has(to)) return null;

  const edges: GraphEdge[] = [];
  const nodeIds = [to];
  for (let at = to; at !== from; ) {
    const e = via.get(at);
    if (!e) return null;
    edges.unshift(e);
    at = e.source === at ? e.target : e.source;
    nodeIds.unshift(at);
  }

  const context = docContexts(db);
  const firstEvidence = db.prepare<[number], { document_id: number; start: number; end: number }>(
    'SELECT document_id, start, "end" FROM evidence WHERE relation_id = ? ORDER BY document_id, start LIMIT 1',
  );
  const steps = edges.map((edge) => {
    const ev = firstEvidence.get(edge.id);
    const ctx = ev ? context(ev.document_id) : null;
    if (!ev || !ctx) return { edge, evidence: null, citation: null };
    return {
      edge,
      evidence: sentenceAround(ctx.doc.text, ev.start, ev.end).sentence,
      citation: citationAt(ctx, ev.start),
    };
  });
  return { nodes: nodeIds.map((n) => byId.get(n)).filter((n) => n !== undefined), edges, steps };
}
