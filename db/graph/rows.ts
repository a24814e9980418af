// Reading nodes and edges, and applying a GraphFilter to them. Graphs here are small
// (thousands of entities), so filtering in memory after two indexed scans is simplest.
import type { DB } from "../store/open.ts";
import type { EntityType, Level, RelationType, ReviewState, Status } from "../types.ts";
import { matchingEntityIds } from "./search.ts";
import type { GraphEdge, GraphFilter, GraphNode } from "./types.ts";

interface NodeRow {
  id: number;
  key: string;
  type: EntityType;
  name: string;
  level: Exclude<Level, null> | null;
  status: Status;
  review: ReviewState;
  degree: number;
  mentionCount: number;
  confidence: number | null;
}

// Degree counts typed relations only (co_mention is not a stated relation) that are not rejected.
const NODE_SQL = `
  SELECT e.id, e.key, e.type, e.name, e.level, e.status, e.review, e.confidence,
         coalesce(d.degree, 0) AS degree,
         (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentionCount
  FROM entities e
  LEFT JOIN (
    SELECT id, count(*) AS degree FROM (
      SELECT source_id AS id FROM relations WHERE type <> 'co_mention' AND review <> 'rejected'
      UNION ALL
      SELECT target_id AS id FROM relations WHERE type <> 'co_mention' AND review <> 'rejected'
    ) GROUP BY id
  ) d ON d.id = e.id`;

export function loadNodes(db: DB, ids?: number[]): GraphNode[] {
  if (ids && ids.length === 0) return [];
  const sql = ids
    ? `${NODE_SQL} WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.id`
    : `${NODE_SQL} ORDER BY e.id`;
  const stmt = db.prepare<unknown[], NodeRow>(sql);
  return ids ? stmt.all(JSON.stringify(ids)) : stmt.all();
}

export function loadNode(db: DB, id: number): GraphNode | null {
  return loadNodes(db, [id])[0] ?? null;
}

interface EdgeRow {
  id: number;
  type: RelationType;
  source: number;
  target: number;
  review: ReviewState;
  weight: number;
  confidence: number | null;
}

export function loadEdges(db: DB): GraphEdge[] {
  return db
    .prepare<[], EdgeRow>(
      "SELECT id, type, source_id AS source, target_id AS target, review, weight, confidence FROM relations ORDER BY id",
    )
    .all();
}

/** Review states shown when the filter does not say: everything but rejected. */
export function reviewStates(filter: GraphFilter): Set<ReviewState> {
  return new Set(filter.review ?? ["unreviewed", "confirmed"]);
}

/** A predicate over nodes for the node-level parts of the filter (not degree or isolation). */
export function nodePredicate(db: DB, filter: GraphFilter): (n: GraphNode) => boolean {
  const types = filter.types ? new Set(filter.types) : null;
  const levels = filter.levels ? new Set(filter.levels) : null;
  const status = filter.status ? new Set(filter.status) : null;
  const review = reviewStates(filter);
  const inDocuments = filter.documents
    ? new Set(
        db
          .prepare<[string], number>(
            "SELECT DISTINCT entity_id FROM mentions WHERE document_id IN (SELECT value FROM json_each(?))",
          )
          .pluck()
          .all(JSON.stringify(filter.documents)),
      )
    : null;
  const text = filter.text?.trim();
  const byText = text ? matchingEntityIds(db, text) : null;
  return (n) =>
    (!types || types.has(n.type)) &&
    (!levels || levels.has(n.level ?? "none")) &&
    (!status || status.has(n.status)) &&
    review.has(n.review) &&
    (!inDocuments || inDocuments.has(n.id)) &&
    (!byText || byText.has(n.id)) &&
    (filter.minDegree === undefined || n.degree >= filter.minDegree);
}

/** A predicate over edges for relation types and review state. */
export function edgePredicate(filter: GraphFilter, defaultTypes?: RelationType[]): (e: GraphEdge) => boolean {
  const wanted = filter.relationTypes ?? defaultTypes;
  const types = wanted ? new Set(wanted) : null;
  const review = reviewStates(filter);
  return (e) => (!types || types.has(e.type)) && review.has(e.review);
}
