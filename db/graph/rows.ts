// Reading nodes and edges, and applying a GraphFilter to them, in memory (predicates) or in
// SQL (nodeWhere, for the top-N subgraph at scale).
import type { DB } from "../store/open.ts";
import { untilChanged } from "../store/write-cache.ts";
import {
  ENTITY_TYPES,
  type EntityType,
  type Level,
  RELATION_TYPES,
  type RelationType,
  type ReviewState,
  type Status,
} from "../types.ts";
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

// Degree (typed, non-rejected relations) and mention counts are stored on the entity and kept
// current by triggers (migration 003), so reading nodes costs what it returns.
const NODE_COLUMNS = `e.id, e.key, e.type, e.name, e.level, e.status, e.review, e.confidence,
         e.degree, e.mention_count AS mentionCount`;
const NODE_SQL = `SELECT ${NODE_COLUMNS} FROM entities e`;

export function loadNodes(db: DB, ids?: number[]): GraphNode[] {
  if (ids && ids.length === 0) return [];
  const sql = ids
    ? `${NODE_SQL} WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.id`
    : `${NODE_SQL} ORDER BY e.id`;
  const stmt = db.prepare<unknown[], NodeRow>(sql);
  return ids ? stmt.all(JSON.stringify(ids)) : stmt.all();
}

/** What the node filters test (nodePredicate): a node without its name and key. */
export type WalkNode = Omit<GraphNode, "name" | "key">;

// Whole-graph reads take rows as arrays: better-sqlite3 builds a keyed object per row three
// times slower than this loop does (25k rows: ~90 against ~30 ms).
type WalkRow = [
  number,
  WalkNode["type"],
  WalkNode["level"],
  WalkNode["status"],
  WalkNode["review"],
  number | null,
  number,
  number,
];

/** Every node, or those with the given ids, by id. */
export function loadWalkNodes(db: DB, ids?: number[]): WalkNode[] {
  if (ids && ids.length === 0) return [];
  const columns = "SELECT id, type, level, status, review, confidence, degree, mention_count FROM entities";
  const stmt = db
    .prepare<unknown[], WalkRow>(
      ids ? `${columns} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id` : `${columns} ORDER BY id`,
    )
    .raw();
  const rows = (ids ? stmt.all(JSON.stringify(ids)) : stmt.all()) as unknown as WalkRow[];
  return rows.map(([id, type, level, status, review, confidence, degree, mentionCount]) => ({
    id,
    type,
    level,
    status,
    review,
    confidence,
    degree,
    mentionCount,
  }));
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

/** A relation row as an array: id, type, source_id, target_id, review, weight, confidence. */
export type EdgeArray = [number, RelationType, number, number, ReviewState, number, number | null];

export function edgeOf([id, type, source, target, review, weight, confidence]: EdgeArray): GraphEdge {
  return { id, type, source, target, review, weight, confidence };
}

export function loadEdges(db: DB): GraphEdge[] {
  const rows = db
    .prepare<[], EdgeArray>(
      "SELECT id, type, source_id, target_id, review, weight, confidence FROM relations ORDER BY id",
    )
    .raw()
    .all() as unknown as EdgeArray[];
  return rows.map(edgeOf);
}

/** Review states shown when the filter does not say: everything but rejected. */
export function reviewStates(filter: GraphFilter): Set<ReviewState> {
  return new Set(filter.review ?? ["unreviewed", "confirmed"]);
}

/** A predicate over nodes for the node-level parts of the filter (not degree or isolation). */
export function nodePredicate(db: DB, filter: GraphFilter): (n: WalkNode) => boolean {
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
  const byId = filter.ids ? new Set(filter.ids) : null;
  return (n) =>
    (!types || types.has(n.type)) &&
    (!levels || levels.has(n.level ?? "none")) &&
    (!status || status.has(n.status)) &&
    review.has(n.review) &&
    (!inDocuments || inDocuments.has(n.id)) &&
    (!byText || byText.has(n.id)) &&
    (!byId || byId.has(n.id)) &&
    (filter.minDegree === undefined || n.degree >= filter.minDegree);
}

/**
 * The node-level parts of the filter (types, levels, status, review, documents, text, ids, minDegree)
 * as a WHERE clause over `entities e` with its parameters.
 */
export function nodeWhere(
  db: DB,
  filter: GraphFilter,
): { where: string; params: Record<string, unknown>; selective: boolean } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  // A list naming every possible value filters nothing: left out, so the degree index serves the
  // top N alone. Values are bound one parameter each (json_each here makes worse plans).
  const inList = (column: string, name: string, values: readonly string[], all: readonly string[]) => {
    const wanted = new Set(values);
    if (all.every((v) => wanted.has(v))) return;
    const names = [...wanted].map((v, i) => {
      params[`${name}${i}`] = v;
      return `@${name}${i}`;
    });
    clauses.push(names.length ? `${column} IN (${names.join(", ")})` : "0");
  };
  if (filter.types) inList("e.type", "types", filter.types, ENTITY_TYPES);
  // A type, document, id or text clause picks few rows; review, level and status pick most.
  const selective = clauses.length > 0 || !!filter.documents || !!filter.ids || !!filter.text?.trim();
  if (filter.levels)
    inList("coalesce(e.level, 'none')", "levels", filter.levels, ["national", "provincial", "city", "none"]);
  if (filter.status) inList("e.status", "status", filter.status, ["existing", "planned"]);
  inList("e.review", "review", [...reviewStates(filter)], ["unreviewed", "confirmed", "rejected"]);
  if (filter.minDegree !== undefined && filter.minDegree > 0) {
    params.minDegree = filter.minDegree;
    clauses.push("e.degree >= @minDegree");
  }
  if (filter.documents) {
    params.documents = JSON.stringify(filter.documents);
    clauses.push(
      "e.id IN (SELECT m.entity_id FROM mentions m WHERE m.document_id IN (SELECT value FROM json_each(@documents)))",
    );
  }
  if (filter.ids) {
    params.ids = JSON.stringify(filter.ids);
    clauses.push("e.id IN (SELECT value FROM json_each(@ids))");
  }
  const text = filter.text?.trim();
  if (text) {
    params.textIds = JSON.stringify([...matchingEntityIds(db, text)]);
    clauses.push("e.id IN (SELECT value FROM json_each(@textIds))");
  }
  return { where: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", params, selective };
}

/** Nodes passing the filter, highest degree first, at most `limit`; and how many passed in all. */
export function topNodes(
  db: DB,
  filter: GraphFilter,
  limit: number,
  order: "id" | "degree" = "degree",
): { nodes: GraphNode[]; matched: number } {
  const { where, params, selective } = nodeWhere(db, filter);
  // Without a selective clause the top N by degree is the first N of the degree index that pass;
  // the planner would rather sort every entity found through the review index (migration 006).
  const from = order === "degree" && !selective ? "entities e INDEXED BY entities_by_degree" : "entities e";
  const matched =
    db.prepare<Record<string, unknown>, number>(`SELECT count(*) FROM entities e ${where}`).pluck().get(params) ?? 0;
  if (order === "id") {
    const nodes = db
      .prepare<Record<string, unknown>, NodeRow>(`${NODE_SQL} ${where} ORDER BY e.id LIMIT @limit`)
      .all({ ...params, limit });
    return { nodes, matched };
  }
  // Ids first (a type filter's come off the covering index, sorted without reading a row), then
  // the rows of the N picked.
  const ids = db
    .prepare<Record<string, unknown>, number>(
      `SELECT e.id FROM ${from} ${where} ORDER BY e.degree DESC, e.id LIMIT @limit`,
    )
    .pluck()
    .all({ ...params, limit });
  const rank = new Map(ids.map((id, i) => [id, i]));
  const nodes = loadNodes(db, ids).sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return { nodes, matched };
}

/**
 * Relations among the given nodes that pass the edge filter, by the relation indexes. The
 * filter's types and review states are in the SQL: among the top 1,000 of a 25k-entity graph
 * most relations are co_mention or department duties, and building rows to drop them cost most.
 * Each node's outgoing relations are scanned in relations_from (migration 008: other end, type and
 * review in the index), so a hub's thousands of relations to nodes not shown are skipped in the
 * index and only the relations returned read their rows. The unary + keeps the planner on that
 * scan: offered the (type, source, target) index it scans every relation of the wanted types,
 * and offered target_id it seeks every pair of nodes.
 */
export function edgesAmong(db: DB, ids: number[], filter: GraphFilter): GraphEdge[] {
  if (ids.length === 0) return [];
  const types = filter.relationTypes ?? RELATION_TYPES;
  if (types.length === 0) return [];
  const review = [...reviewStates(filter)];
  return db
    .prepare<[string, string, string], EdgeRow>(
      `WITH ids(id) AS (SELECT value FROM json_each(?))
       SELECT r.id, r.type, r.source_id AS source, r.target_id AS target, r.review, r.weight, r.confidence
       FROM ids CROSS JOIN relations r ON r.source_id = ids.id
       WHERE +r.target_id IN (SELECT id FROM ids)
         AND +r.type IN (SELECT value FROM json_each(?)) AND +r.review IN (SELECT value FROM json_each(?))
       ORDER BY r.id`,
    )
    .all(JSON.stringify(ids), JSON.stringify(types), JSON.stringify(review));
}

/**
 * How many entities and relations there are (a subgraph's "of M"), kept until an item is added
 * or removed (migration 007's items counter): two counts of 100k rows each cost ~3 ms a call.
 */
export function graphTotals(db: DB): { nodes: number; edges: number } {
  return untilChanged(
    db,
    "graph-totals",
    "items",
    () =>
      db
        .prepare<[], { nodes: number; edges: number }>(
          "SELECT (SELECT count(*) FROM entities) AS nodes, (SELECT count(*) FROM relations) AS edges",
        )
        .get() ?? { nodes: 0, edges: 0 },
  );
}

const indexes = new WeakMap<DB, Map<string, boolean>>();

/** Whether the file has this index (a read-only file may predate the migration that adds it). */
export function hasIndex(db: DB, name: string): boolean {
  let known = indexes.get(db);
  if (!known) indexes.set(db, (known = new Map()));
  let has = known.get(name);
  if (has === undefined) {
    has = !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(name);
    known.set(name, has);
  }
  return has;
}

/** A predicate over edges for relation types and review state. */
export function edgePredicate(filter: GraphFilter, defaultTypes?: RelationType[]): (e: GraphEdge) => boolean {
  const wanted = filter.relationTypes ?? defaultTypes;
  const types = wanted ? new Set(wanted) : null;
  const review = reviewStates(filter);
  return (e) => (!types || types.has(e.type)) && review.has(e.review);
}
