// The review table's filters, sort and paging, done in SQLite: the items that pass (plus those
// kept on screen because they were decided this session) are counted and ordered in SQL, and only
// one page of them gets its sentence read. At 10,000 documents the table holds ~47k items.
import type { DB } from "../store/open.ts";
import type { EntityType, RelationType, ReviewState } from "../types.ts";

export type ReviewSortKey = "label" | "type" | "document" | "confidence" | "rule" | "state";

export interface ReviewFilters {
  kind?: "all" | "entity" | "relation";
  type?: string;
  /** Items stated in this document (any of their documents). */
  document?: number | null;
  state?: ReviewState | "";
  rule?: string;
  /** "low" < 0.5, "mid" 0.5–0.8, "high" ≥ 0.8. */
  confidence?: "" | "low" | "mid" | "high";
  /** In the label (an entity's name, or either end of a relation). */
  text?: string;
}

export interface ReviewQuery {
  filters?: ReviewFilters;
  sort?: { key: ReviewSortKey; dir: 1 | -1 };
  /** Shown whatever the filters say (decided since the filters last changed). */
  keep?: { entities: number[]; relations: number[] };
  offset?: number;
  /** Without a limit every item passing comes back (in-process callers, the CLI). */
  limit?: number;
  /** Also count every item by type and rule, and list the documents naming most entities (the filter menus). */
  facets?: boolean;
}

export interface ReviewItem {
  kind: "entity" | "relation";
  id: number;
  label: string;
  type: EntityType | RelationType;
  state: ReviewState;
  confidence: number | null;
  rule: string | null;
  origin: "extracted" | "user";
  sourceId: number | null;
  targetId: number | null;
}

export interface ReviewFacets {
  types: [string, number][];
  rules: [string, number][];
  /** The 300 documents naming most entities, with that count. */
  documents: [number, number][];
}

const BAND: Record<string, string> = {
  low: "confidence < 0.5",
  mid: "confidence >= 0.5 AND confidence < 0.8",
  high: "confidence >= 0.8",
};

// The first document an item is shown with: its first mention's (by document), its first evidence's.
const ENTITY_DOC0 = "(SELECT min(document_id) FROM mentions WHERE entity_id = e.id)";
const RELATION_DOC0 = "(SELECT document_id FROM evidence WHERE relation_id = r.id ORDER BY id LIMIT 1)";

const ORDER: Record<ReviewSortKey, string> = {
  label: "label",
  type: "type",
  document: "(SELECT COALESCE(title, file_name) FROM documents WHERE id = doc0)",
  confidence: "COALESCE(confidence, -1)",
  rule: "COALESCE(rule, '')",
  state: "CASE state WHEN 'unreviewed' THEN 0 WHEN 'rejected' THEN 1 ELSE 2 END",
};

/** The items CTE and its parameters for these filters and kept items. */
function itemsSql(q: ReviewQuery, withDoc0: boolean): { sql: string; params: unknown[] } {
  const f = q.filters ?? {};
  const conds = (side: "e" | "r", label: string): { where: string; params: unknown[] } => {
    const kind = side === "e" ? "entity" : "relation";
    const keepIds = side === "e" ? q.keep?.entities : q.keep?.relations;
    const c: string[] = [];
    const p: unknown[] = [];
    if (f.kind && f.kind !== "all" && f.kind !== kind) c.push("0");
    if (f.type) {
      c.push(`${side}.type = ?`);
      p.push(f.type);
    }
    if (f.state) {
      c.push(`${side}.review = ?`);
      p.push(f.state);
    }
    if (f.rule) {
      c.push(`COALESCE(${side}.rule, '') = ?`);
      p.push(f.rule);
    }
    if (f.confidence) c.push(`(${(BAND[f.confidence] ?? "1").replaceAll("confidence", `${side}.confidence`)})`);
    if (f.document) {
      c.push(
        side === "e"
          ? "e.id IN (SELECT entity_id FROM mentions WHERE document_id = ?)"
          : "r.id IN (SELECT relation_id FROM evidence WHERE document_id = ?)",
      );
      p.push(f.document);
    }
    const text = f.text?.trim();
    if (text) {
      c.push(`instr(${label}, ?) > 0`);
      p.push(text);
    }
    let where = c.length ? c.join(" AND ") : "1";
    if (keepIds?.length) {
      where = `(${where}) OR ${side}.id IN (SELECT value FROM json_each(?))`;
      p.push(JSON.stringify(keepIds));
    }
    return { where, params: p };
  };
  const relLabel = "(s.name || ' → ' || t.name)";
  const e = conds("e", "e.name");
  const r = conds("r", relLabel);
  const sql = `items AS (
    SELECT 0 AS k, e.id, e.name AS label, e.type, e.review AS state, e.confidence, e.rule, e.origin,
      NULL AS sourceId, NULL AS targetId${withDoc0 ? `, ${ENTITY_DOC0} AS doc0` : ""}
    FROM entities e WHERE ${e.where}
    UNION ALL
    SELECT 1, r.id, ${relLabel}, r.type, r.review, r.confidence, r.rule, r.origin,
      r.source_id, r.target_id${withDoc0 ? `, ${RELATION_DOC0}` : ""}
    FROM relations r JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id
    WHERE r.type <> 'co_mention' AND (${r.where}))`;
  return { sql, params: [...e.params, ...r.params] };
}

// Text order is Chinese (pinyin) order, in JS: SQLite's BINARY collation compares the stored bytes,
// and a knowledge base stored as UTF-16 would order Chinese by its low bytes.
const TEXT_ORDER: Partial<Record<ReviewSortKey, string>> = {
  label: "label",
  document: "(SELECT COALESCE(title, file_name) FROM documents WHERE id = doc0)",
};

const ZH = new Intl.Collator("zh-CN");

type ItemRow = Omit<ReviewItem, "kind"> & { k: number };
const COLUMNS = "k, id, label, type, state, confidence, rule, origin, sourceId, targetId";
const toItem = ({ k, ...rest }: ItemRow): ReviewItem => ({ kind: k === 0 ? "entity" : "relation", ...rest });

/** One page of the items passing, in the asked order (ties: entities first, then by id). */
export function reviewItems(db: DB, q: ReviewQuery): ReviewItem[] {
  const sort = q.sort;
  const { sql, params } = itemsSql(q, sort?.key === "document");
  const offset = q.offset ?? 0;
  const text = sort && TEXT_ORDER[sort.key];
  if (sort && text) {
    const all = db
      .prepare<unknown[], ItemRow & { v: string | null }>(`WITH ${sql} SELECT ${COLUMNS}, ${text} AS v FROM items`)
      .all(...params);
    const dir = sort.dir;
    // Chinese order (pinyin), as the table sorted before it was paged: SQLite's byte order of
    // UTF-16 text is meaningless to a reader.
    all.sort((a, b) => dir * ZH.compare(a.v ?? "", b.v ?? "") || a.k - b.k || a.id - b.id);
    return all.slice(offset, q.limit === undefined ? undefined : offset + q.limit).map(({ v: _, ...r }) => toItem(r));
  }
  const order = sort ? `${ORDER[sort.key]} ${sort.dir === -1 ? "DESC" : "ASC"},` : "";
  return db
    .prepare<unknown[], ItemRow>(`WITH ${sql} SELECT ${COLUMNS} FROM items ORDER BY ${order} k, id LIMIT ? OFFSET ?`)
    .all(...params, q.limit ?? -1, offset)
    .map(toItem);
}

/** How many items pass, by review state. */
export function reviewStates(db: DB, q: ReviewQuery): Record<ReviewState, number> {
  const { sql, params } = itemsSql(q, false);
  const out: Record<ReviewState, number> = { unreviewed: 0, confirmed: 0, rejected: 0 };
  for (const row of db
    .prepare<unknown[], { state: ReviewState; n: number }>(
      `WITH ${sql} SELECT state, count(*) AS n FROM items GROUP BY state`,
    )
    .all(...params))
    out[row.state] = row.n;
  return out;
}

/**
 * Every item passing (kept ones included) whose state is not `state` yet: what "confirm/reject
 * all shown" changes. `was` holds each one's stored state as a letter (u/c/r), entities first.
 */
export function reviewKeys(
  db: DB,
  q: ReviewQuery,
  state: ReviewState,
): { entities: number[]; relations: number[]; was: string } {
  const { sql, params } = itemsSql(q, false);
  const out = { entities: [] as number[], relations: [] as number[], was: "" };
  const was: string[] = [];
  for (const r of db
    .prepare<unknown[], { k: number; id: number; state: ReviewState }>(
      `WITH ${sql} SELECT k, id, state FROM items WHERE state <> ? ORDER BY k, id`,
    )
    .all(...params, state)) {
    (r.k === 0 ? out.entities : out.relations).push(r.id);
    was.push(r.state[0] ?? "u");
  }
  out.was = was.join("");
  return out;
}

/** Every item (no filter) counted by type, rule and first document. */
export function reviewFacets(db: DB): ReviewFacets {
  const pairs = (sql: string) =>
    db
      .prepare<[], { v: string; n: number }>(sql)
      .all()
      .map((x): [string, number] => [x.v, x.n])
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const types = pairs(
    `SELECT type AS v, count(*) AS n FROM entities GROUP BY type
     UNION ALL SELECT type, count(*) FROM relations WHERE type <> 'co_mention' GROUP BY type`,
  );
  const rules = pairs(
    `SELECT v, sum(n) AS n FROM (
       SELECT rule AS v, count(*) AS n FROM entities WHERE rule IS NOT NULL GROUP BY rule
       UNION ALL SELECT rule, count(*) FROM relations WHERE type <> 'co_mention' AND rule IS NOT NULL GROUP BY rule)
     GROUP BY v`,
  );
  // The stored per-document entity counts (migration 004), not a count of each item's first
  // document: that needs a look-up per item (~140 ms at 47k items).
  const documents = db
    .prepare<[], { d: number; n: number }>(
      "SELECT document_id AS d, entities AS n FROM document_counts WHERE entities > 0 ORDER BY entities DESC, document_id LIMIT 300",
    )
    .all()
    .map((x): [number, number] => [x.d, x.n]);
  return { types, rules, documents };
}
