// Walking the graph: neighbourhood to depth N through the relation indexes, and the shortest
// path between two entities searched from both ends, also through the relation indexes.
import type { DB } from "../store/open.ts";
import { RELATION_TYPES } from "../types.ts";
import { citationAt, docContexts, sentenceAround } from "./citation.ts";
import {
  type EdgeArray,
  edgeOf,
  edgePredicate,
  edgesAmong,
  graphTotals,
  hasIndex,
  loadNodes,
  loadWalkNodes,
  nodePredicate,
  nodeWhere,
  reviewStates,
} from "./rows.ts";
import type { GraphEdge, GraphFilter, PathResult, Subgraph } from "./types.ts";

/** Typed relations only: two names in one sentence (co_mention) do not connect them. */
const TYPED_RELATIONS = RELATION_TYPES.filter((t) => t !== "co_mention");

/**
 * Every relation at either end of the given nodes (@ids: a JSON array), as rows of arrays
 * without weight and confidence: what a path's search tests (type, ends, review) is in the end
 * indexes (migration 008), so a hub's thousands of relations are read without their rows. The
 * relations a path keeps are read whole at the end.
 */
function touchingEdges(db: DB) {
  return db
    .prepare<{ ids: string }, EdgeArray>(
      `SELECT r.id, r.type, r.source_id, r.target_id, r.review, 0, NULL FROM json_each(@ids) x
         CROSS JOIN relations r ON r.source_id = x.value
       UNION
       SELECT r.id, r.type, r.source_id, r.target_id, r.review, 0, NULL FROM json_each(@ids) x
         CROSS JOIN relations r ON r.target_id = x.value`,
    )
    .raw();
}

/**
 * One hop of a neighbourhood in SQL: the ids one passing relation away from the frontier that
 * pass the node filter, best connected first (degree, then id). Only ids reach JS: a hub's
 * second hop at 100k entities is ~12k nodes. The relations are read from their end indexes
 * alone and the nodes reached are tested in the narrow entities_walk index (migration 008); the
 * CROSS JOINs keep the planner from scanning every entity of a review state against the hop.
 */
function nextHop(db: DB, filter: GraphFilter): (frontier: number[]) => number[] {
  const { where, params } = nodeWhere(db, filter);
  const edge =
    "+r.type IN (SELECT value FROM json_each(@edgeTypes)) AND +r.review IN (SELECT value FROM json_each(@edgeReview))";
  const walk = hasIndex(db, "entities_walk") ? "INDEXED BY entities_walk" : "";
  const stmt = db
    .prepare<Record<string, unknown>, number>(
      `WITH f(id) AS (SELECT value FROM json_each(@frontier)),
       nb(id) AS (
         SELECT r.target_id FROM f CROSS JOIN relations r ON r.source_id = f.id WHERE ${edge}
         UNION
         SELECT r.source_id FROM f CROSS JOIN relations r ON r.target_id = f.id WHERE ${edge})
       SELECT e.id FROM nb CROSS JOIN entities e ${walk} ON e.id = nb.id ${where} ORDER BY e.degree DESC, e.id`,
    )
    .pluck();
  const edgeTypes = JSON.stringify(filter.relationTypes ?? RELATION_TYPES);
  const edgeReview = JSON.stringify([...reviewStates(filter)]);
  return (frontier) => stmt.all({ ...params, frontier: JSON.stringify(frontier), edgeTypes, edgeReview });
}

/** Nodes a neighbourhood returns unless filter.limit says otherwise: a hub's two hops are most of the graph. */
export const NEIGHBOURHOOD_LIMIT = 200;

/**
 * The entity, everything within `depth` hops of it (through nodes the filter allows), and the
 * edges among them. Walked level by level through the relation indexes, so it costs what it
 * visits: a double-click or a focus never waits for a rebuild of the whole graph after a write.
 * At most filter.limit (NEIGHBOURHOOD_LIMIT) nodes: each hop keeps its share of the room left
 * by degree (then id), and only what it keeps is walked on; matchedNodes then counts every node
 * the walk found ("N of M", M a lower bound when a hop was cut) and order is "degree".
 */
export function neighbourhood(db: DB, id: number, depth: number, filter: GraphFilter = {}): Subgraph {
  const totals = graphTotals(db);
  const empty: Subgraph = { nodes: [], edges: [], totalNodes: totals.nodes, totalEdges: totals.edges };
  if (loadWalkNodes(db, [id]).length === 0) return empty;
  const hop = nextHop(db, filter);
  const limit = Math.max(1, filter.limit ?? NEIGHBOURHOOD_LIMIT);

  const seen = new Set([id]);
  let found = 1;
  let cut = false;
  let frontier = [id];
  for (let d = 0; d < depth && frontier.length > 0 && seen.size < limit; d++) {
    let next = hop(frontier).filter((n) => !seen.has(n));
    found += next.length;
    // This hop's share of the room left: the hops after it get theirs.
    const room = Math.ceil((limit - seen.size) / (depth - d));
    if (next.length > room) {
      cut = true;
      next = next.slice(0, room);
    }
    for (const n of next) seen.add(n);
    frontier = next;
  }
  const ids = [...seen];
  const out: Subgraph = {
    nodes: loadNodes(db, ids),
    edges: edgesAmong(db, ids, filter),
    totalNodes: totals.nodes,
    totalEdges: totals.edges,
  };
  if (cut) {
    out.matchedNodes = found;
    out.order = "degree";
  }
  return out;
}

/**
 * Fewest hops from one entity to another, ignoring direction, over typed relations unless
 * filter.relationTypes says otherwise. Intermediate nodes must pass the filter. Searched from
 * both ends at once through the relation indexes, one whole level of the smaller side at a
 * time: it reads the edges of the nodes it visits, never the whole graph (no rebuild after a
 * write), and a level fully expanded keeps the result shortest.
 */
export function shortestPath(db: DB, from: number, to: number, filter: GraphFilter = {}): PathResult | null {
  if (loadWalkNodes(db, from === to ? [from] : [from, to]).length !== (from === to ? 1 : 2)) return null;
  if (from === to) return { nodes: loadNodes(db, [from]), edges: [], steps: [] };
  const passNode = nodePredicate(db, filter);
  const passEdge = edgePredicate(filter, TYPED_RELATIONS);
  const touching = touchingEdges(db);

  // Each side: node → edge it was reached by (its start has none), and its current frontier.
  const sides = [
    { start: from, end: to, via: new Map<number, GraphEdge | null>([[from, null]]), frontier: [from] },
    { start: to, end: from, via: new Map<number, GraphEdge | null>([[to, null]]), frontier: [to] },
  ];
  let meet: number | null = null;
  while (meet === null) {
    const [a, b] = sides as [(typeof sides)[0], (typeof sides)[0]];
    const side = a.frontier.length <= b.frontier.length ? a : b;
    const other = side === a ? b : a;
    if (side.frontier.length === 0) return null;
    const reached = new Map<number, GraphEdge>();
    const inFrontier = new Set(side.frontier);
    for (const row of touching.all({ ids: JSON.stringify(side.frontier) }) as unknown as EdgeArray[]) {
      const e = edgeOf(row);
      if (!passEdge(e)) continue;
      for (const [at, next] of [
        [e.source, e.target],
        [e.target, e.source],
      ] as const) {
        if (!inFrontier.has(at) || side.via.has(next) || reached.has(next)) continue;
        reached.set(next, e);
      }
    }
    const candidates = [...reached.keys()].filter((n) => n !== side.end && !other.via.has(n));
    const allowed = new Set(
      loadWalkNodes(db, candidates)
        .filter(passNode)
        .map((n) => n.id),
    );
    const next: number[] = [];
    for (const [n, e] of [...reached].sort(([x], [y]) => x - y)) {
      if (n !== side.end && !other.via.has(n) && !allowed.has(n)) continue;
      side.via.set(n, e);
      next.push(n);
      if (meet === null && other.via.has(n)) meet = n;
    }
    side.frontier = next;
  }

  // Walk back from the meeting node to each end.
  const walk = (via: Map<number, GraphEdge | null>): { nodes: number[]; edges: GraphEdge[] } => {
    const nodes = [meet as number];
    const edges: GraphEdge[] = [];
    for (let at = meet as number, e = via.get(at); e; e = via.get(at)) {
      edges.push(e);
      at = e.source === at ? e.target : e.source;
      nodes.push(at);
    }
    return { nodes, edges };
  };
  const head = walk((sides[0] as (typeof sides)[0]).via);
  const tail = walk((sides[1] as (typeof sides)[0]).via);
  const nodeIds = [...head.nodes.reverse(), ...tail.nodes.slice(1)];
  const whole = new Map(
    (
      db
        .prepare<[string], EdgeArray>(
          "SELECT id, type, source_id, target_id, review, weight, confidence FROM relations WHERE id IN (SELECT value FROM json_each(?))",
        )
        .raw()
        .all(JSON.stringify([...head.edges, ...tail.edges].map((e) => e.id))) as unknown as EdgeArray[]
    ).map((row) => [row[0], edgeOf(row)]),
  );
  const edges = [...head.edges.reverse(), ...tail.edges].map((e) => whole.get(e.id) ?? e);

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
