// Walking the graph: neighbourhood to depth N through the relation indexes, and the shortest
// path between two entities over the adjacency snapshot (./snapshot.ts).
import type { DB } from "../store/open.ts";
import { RELATION_TYPES } from "../types.ts";
import { citationAt, docContexts, sentenceAround } from "./citation.ts";
import { type EdgeArray, edgeOf, edgePredicate, edgesAmong, loadNodes, loadWalkNodes, nodePredicate } from "./rows.ts";
import { graphSnapshot } from "./snapshot.ts";
import type { GraphEdge, GraphFilter, PathResult, Subgraph } from "./types.ts";

/** Typed relations only: two names in one sentence (co_mention) do not connect them. */
const TYPED_RELATIONS = RELATION_TYPES.filter((t) => t !== "co_mention");

/**
 * The entity, everything within `depth` hops of it (through nodes the filter allows), and the
 * edges among them. Walked level by level through the relation indexes, so it costs what it
 * visits: a double-click or a focus never waits for a rebuild of the whole graph after a write.
 */
export function neighbourhood(db: DB, id: number, depth: number, filter: GraphFilter = {}): Subgraph {
  const totals = db
    .prepare<[], { nodes: number; edges: number }>(
      "SELECT (SELECT count(*) FROM entities) AS nodes, (SELECT count(*) FROM relations) AS edges",
    )
    .get() ?? { nodes: 0, edges: 0 };
  const empty: Subgraph = { nodes: [], edges: [], totalNodes: totals.nodes, totalEdges: totals.edges };
  if (loadWalkNodes(db, [id]).length === 0) return empty;
  const passNode = nodePredicate(db, filter);
  const passEdge = edgePredicate(filter);
  const touching = db
    .prepare<{ ids: string }, EdgeArray>(
      `SELECT id, type, source_id, target_id, review, weight, confidence FROM relations
       WHERE source_id IN (SELECT value FROM json_each(@ids))
       UNION
       SELECT id, type, source_id, target_id, review, weight, confidence FROM relations
       WHERE target_id IN (SELECT value FROM json_each(@ids))`,
    )
    .raw();

  const seen = new Set([id]);
  let frontier = [id];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const candidates = new Set<number>();
    for (const row of touching.all({ ids: JSON.stringify(frontier) }) as unknown as EdgeArray[]) {
      const e = edgeOf(row);
      if (!passEdge(e)) continue;
      for (const other of [e.source, e.target]) if (!seen.has(other)) candidates.add(other);
    }
    const next = loadWalkNodes(db, [...candidates])
      .filter(passNode)
      .map((n) => n.id);
    for (const n of next) seen.add(n);
    frontier = next;
  }
  const ids = [...seen];
  return {
    nodes: loadNodes(db, ids),
    edges: edgesAmong(db, ids, filter),
    totalNodes: totals.nodes,
    totalEdges: totals.edges,
  };
}

/**
 * Fewest hops from one entity to another, ignoring direction, over typed relations unless
 * filter.relationTypes says otherwise. Intermediate nodes must pass the filter.
 */
export function shortestPath(db: DB, from: number, to: number, filter: GraphFilter = {}): PathResult | null {
  const g = graphSnapshot(db);
  const byId = g.byId;
  if (!byId.has(from) || !byId.has(to)) return null;
  if (from === to) return { nodes: loadNodes(db, [from]), edges: [], steps: [] };
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
  const rows = new Map(loadNodes(db, nodeIds).map((n) => [n.id, n]));
  return { nodes: nodeIds.map((n) => rows.get(n)).filter((n) => n !== undefined), edges, steps };
}
