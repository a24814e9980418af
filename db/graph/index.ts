// Graph queries used by the UI, the exporters and the CLI (shapes in ./types.ts).
import type { DB } from "../store/open.ts";
import { ENTITY_TYPES, type EntityType, type RelationType } from "../types.ts";
import { edgesAmong, graphTotals, topNodes } from "./rows.ts";
import type { GraphFilter, Subgraph } from "./types.ts";

export { type DocumentPage, getDocument, listDocuments, listDocumentsPage } from "./documents.ts";
export { entityDetail } from "./entity.ts";
export { search } from "./search.ts";
export { neighbourhood, shortestPath } from "./traverse.ts";

export interface Stats {
  documents: number;
  entities: number;
  relations: number;
  byType: Record<EntityType, number>;
  byRelation: Partial<Record<RelationType, number>>;
}

export function stats(db: DB): Stats {
  const count = (sql: string): number => db.prepare<[], number>(sql).pluck().get() ?? 0;
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  for (const r of db
    .prepare<[], { type: EntityType; n: number }>("SELECT type, count(*) AS n FROM entities GROUP BY type")
    .all()) {
    byType[r.type] = r.n;
  }
  const byRelation: Partial<Record<RelationType, number>> = {};
  for (const r of db
    .prepare<[], { type: RelationType; n: number }>("SELECT type, count(*) AS n FROM relations GROUP BY type")
    .all()) {
    byRelation[r.type] = r.n;
  }
  return {
    documents: count("SELECT count(*) FROM documents"),
    entities: count("SELECT count(*) FROM entities"),
    relations: count("SELECT count(*) FROM relations"),
    byType,
    byRelation,
  };
}

/**
 * Nodes passing the filter and the edges among them. Rejected entities and relations are hidden
 * unless filter.review asks for them; minDegree uses the whole-graph degree (typed relations);
 * hideIsolated drops nodes left without an edge in the result. With filter.limit, only the top
 * N nodes by degree (then id) are returned and matchedNodes says how many passed the filter.
 * Costs what it returns: stored counts, indexed filters, edges found through the relation indexes.
 */
export function subgraph(db: DB, filter: GraphFilter = {}): Subgraph {
  const limit = filter.limit;
  const { nodes: picked, matched } = topNodes(db, filter, limit ?? -1, limit === undefined ? "id" : "degree");
  let nodes = picked;
  const edges = edgesAmong(
    db,
    nodes.map((n) => n.id),
    filter,
  );
  if (filter.hideIsolated) {
    const connected = new Set(edges.flatMap((e) => [e.source, e.target]));
    nodes = nodes.filter((n) => connected.has(n.id));
  }
  const totals = graphTotals(db);
  return {
    nodes,
    edges,
    totalNodes: totals.nodes,
    totalEdges: totals.edges,
    matchedNodes: matched,
    order: limit === undefined ? "id" : "degree",
  };
}
