// The review table's filters, sort and paging, done in SQLite: the items that pass (plus those
// kept on screen because they were decided this session) are counted and ordered in SQL, and only
// one page of them gets its sentence read. At 10,000 documents the table holds ~47k items.
import type { DB } from "../store/open.ts";
import { untilChanged } from "../store/write-cache.ts";
import type { EntityType, RelationType, ReviewState } from "../types.ts";
import { labelPage, ZH } from "./review-order.ts";

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

type Side = "e" | "r";

/** One side's filter (kind, type, state, rule, band, document, text; kept ids pass whatever). */
function conds(q: ReviewQuery, side: Side, label: string): { where: string; params: unknown[] } {
  const f = q.filters ?? {};
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
}

const REL_LABEL = "(s.name || ' → ' || t.name)";
const REL_ENDS = "JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id";

/**
 * One side's SELECT of the item columns. Without `label` (counts, ids) a relation's ends are not
 * joined unless the text filter reads them.
 */
function arm(
  q: ReviewQuery,
  side: Side,
  opts: { doc0?: boolean; label?: boolean } = {},
): { sql: string; params: unknown[] } {
  if (side === "e") {
    const e = conds(q, "e", "e.name");
    const sql = `SELECT 0 AS k, e.id, e.name AS label, e.type, e.review AS state, e.confidence, e.rule, e.origin,
      NULL AS sourceId, NULL AS targetId${opts.doc0 ? `, ${ENTITY_DOC0} AS doc0` : ""}
    FROM entities e WHERE ${e.where}`;
    return { sql, params: e.params };
  }
  const r = conds(q, "r", REL_LABEL);
  const join = opts.label !== false || q.filters?.text?.trim();
  const sql = `SELECT 1 AS k, r.id, ${join ? REL_LABEL : "NULL"} AS label, r.type, r.review AS state, r.confidence, r.rule, r.origin,
      r.source_id AS sourceId, r.target_id AS targetId${opts.doc0 ? `, ${RELATION_DOC0} AS doc0` : ""}
    FROM relations r ${join ? REL_ENDS : ""}
    WHERE r.type <> 'co_mention' AND (${r.where})`;
  return { sql, params: r.params };
}

/** The items CTE and its parameters for these filters and kept items. */
function itemsSql(q: ReviewQuery, withDoc0: boolean, label = true): { sql: string; params: unknown[] } {
  const e = arm(q, "e", { doc0: withDoc0, label });
  const r = arm(q, "r", { doc0: withDoc0, label });
  return { sql: `items AS (${e.sql} UNION ALL ${r.sql})`, params: [...e.params, ...r.params] };
}

type ItemRow = Omit<ReviewItem, "kind"> & { k: number };
const COLUMNS = "k, id, label, type, state, confidence, rule, origin, sourceId, targetId";
const toItem = ({ k, ...rest }: ItemRow): ReviewItem => ({ kind: k === 0 ? "entity" : "relation", ...rest });

// Each side's order for the keys SQLite sorts, on its own columns so an index (migration 007:
// review, confidence) can give it; NULL confidence sorts first as COALESCE(confidence, -1) does.
const SIDE_ORDER: Record<Exclude<ReviewSortKey, "label" | "document">, (side: Side) => string> = {
  type: (x) => `${x}.type`,
  confidence: (x) => `${x}.confidence`,
  rule: (x) => `COALESCE(${x}.rule, '')`,
  state: (x) => `CASE ${x}.review WHEN 'unreviewed' THEN 0 WHEN 'rejected' THEN 1 ELSE 2 END`,
};

/**
 * One page of the items passing, in the asked order (ties: entities first, then by id). `total`:
 * how many pass, when the caller has counted them already.
 */
export function reviewItems(db: DB, q: ReviewQuery, total?: number): ReviewItem[] {
  const sort = q.sort;
  const offset = q.offset ?? 0;
  if (sort?.key === "label") return byLabel(db, q, sort.dir, total);
  if (sort?.key === "document") {
    // Chinese order (pinyin) of the first document's title, in JS over the items passing.
    const { sql, params } = itemsSql(q, true);
    const all = db
      .prepare<unknown[], ItemRow & { v: string | null }>(
        `WITH ${sql} SELECT ${COLUMNS}, ${ORDER.document} AS v FROM items`,
      )
      .all(...params);
    const dir = sort.dir;
    all.sort((a, b) => dir * ZH.compare(a.v ?? "", b.v ?? "") || a.k - b.k || a.id - b.id);
    return all.slice(offset, q.limit === undefined ? undefined : offset + q.limit).map(({ v: _, ...r }) => toItem(r));
  }
  // Each side reads only its first offset + limit rows in the asked order (through an index where
  // one matches), then the two are merged: a page costs what it returns, not the whole table.
  const n = q.limit === undefined ? -1 : offset + q.limit;
  const dir = sort?.dir === -1 ? "DESC" : "ASC";
  const sideOrder = sort ? SIDE_ORDER[sort.key as keyof typeof SIDE_ORDER] : undefined;
  const side = (x: Side) => {
    const { sql, params } = arm(q, x);
    const key = sideOrder ? `${sideOrder(x)} ${dir}, ` : "";
    return { sql: `SELECT * FROM (${sql} ORDER BY ${key}${x}.id LIMIT ?)`, params: [...params, n] };
  };
  const e = side("e");
  const r = side("r");
  const order = sort ? `${ORDER[sort.key]} ${dir},` : "";
  return db
    .prepare<unknown[], ItemRow>(
      `SELECT ${COLUMNS} FROM (${e.sql} UNION ALL ${r.sql}) ORDER BY ${order} k, id LIMIT ? OFFSET ?`,
    )
    .all(...e.params, ...r.params, q.limit ?? -1, offset)
    .map(toItem);
}

/** Which of these ids pass one side's filters (kept ones included). */
function passingOf(db: DB, q: ReviewQuery, x: Side, ids: number[]): Set<number> {
  if (!ids.length) return new Set();
  const sql =
    x === "e"
      ? (where: string) => `SELECT e.id FROM json_each(?) x CROSS JOIN entities e ON e.id = x.value WHERE ${where}`
      : (where: string) =>
          `SELECT r.id FROM json_each(?) x CROSS JOIN relations r ON r.id = x.value ${q.filters?.text?.trim() ? REL_ENDS : ""}
           WHERE r.type <> 'co_mention' AND (${where})`;
  const { where, params } = conds(q, x, x === "e" ? "e.name" : REL_LABEL);
  return new Set(
    db
      .prepare<unknown[], number>(sql(where))
      .pluck()
      .all(JSON.stringify(ids), ...params),
  );
}

/**
 * Sorted by label in Chinese (pinyin) order (review-order.ts): the kept order walked until the
 * page is full, or the ids passing ranked by it when few pass.
 */
function byLabel(db: DB, q: ReviewQuery, dir: 1 | -1, total?: number): ReviewItem[] {
  const ids = (x: Side) => {
    const { sql, params } = arm(q, x, { label: false });
    return db
      .prepare<unknown[], number>(`SELECT id FROM (${sql})`)
      .pluck()
      .all(...params);
  };
  const counted = total ?? Object.values(reviewStates(db, q)).reduce((a, b) => a + b, 0);
  const page = labelPage(
    db,
    {
      total: counted,
      ids: () => ({ entities: ids("e"), relations: ids("r") }),
      test: (entities, relations) => ({
        entities: passingOf(db, q, "e", entities),
        relations: passingOf(db, q, "r", relations),
      }),
    },
    dir,
    q.offset ?? 0,
    q.limit,
  );
  const byKey = new Map<string, ItemRow>();
  for (const x of ["e", "r"] as const) {
    const wanted = page.filter((p) => p.k === (x === "e" ? 0 : 1)).map((p) => p.id);
    if (!wanted.length) continue;
    const a = arm({}, x);
    for (const row of db
      .prepare<unknown[], ItemRow>(`${a.sql} AND ${x}.id IN (SELECT value FROM json_each(?))`)
      .all(...a.params, JSON.stringify(wanted)))
      byKey.set(`${row.k}:${row.id}`, row);
  }
  return page.flatMap((p) => {
    const row = byKey.get(`${p.k}:${p.id}`);
    return row ? [toItem(row)] : [];
  });
}

/**
 * How many items pass, by review state: from the stored counts (migration 008) when only the kind
 * and state are filtered, else each side counted apart (relations without their ends).
 */
export function reviewStates(db: DB, q: ReviewQuery): Record<ReviewState, number> {
  const stored = storedStates(db, q);
  if (stored) return stored;
  const out: Record<ReviewState, number> = { unreviewed: 0, confirmed: 0, rejected: 0 };
  for (const x of ["e", "r"] as const) {
    const { sql, params } = arm(q, x, { label: false });
    for (const row of db
      .prepare<unknown[], { state: ReviewState; n: number }>(`SELECT state, count(*) AS n FROM (${sql}) GROUP BY state`)
      .all(...params))
      out[row.state] += row.n;
  }
  return out;
}

/** The counts by state from review_counts plus the kept items that do not pass on their own; null when other filters are set. */
function storedStates(db: DB, q: ReviewQuery): Record<ReviewState, number> | null {
  const f = q.filters ?? {};
  if (f.type || f.rule || f.confidence || f.document || f.text?.trim()) return null;
  let rows: { kind: number; state: ReviewState; n: number }[];
  try {
    rows = db
      .prepare<[], { kind: number; state: ReviewState; n: number }>("SELECT kind, state, n FROM review_counts")
      .all();
  } catch {
    return null; // a file without migration 008
  }
  const passes = (kind: number, state: ReviewState) =>
    (!f.kind || f.kind === "all" || f.kind === (kind === 0 ? "entity" : "relation")) && (!f.state || f.state === state);
  const out: Record<ReviewState, number> = { unreviewed: 0, confirmed: 0, rejected: 0 };
  for (const r of rows) if (passes(r.kind, r.state)) out[r.state] += r.n;
  const kept = [
    [0, q.keep?.entities, "SELECT review FROM entities WHERE id IN (SELECT value FROM json_each(?))"],
    [
      1,
      q.keep?.relations,
      "SELECT review FROM relations WHERE id IN (SELECT value FROM json_each(?)) AND type <> 'co_mention'",
    ],
  ] as const;
  for (const [kind, ids, sql] of kept) {
    if (!ids?.length) continue;
    for (const state of db.prepare<[string], ReviewState>(sql).pluck().all(JSON.stringify(ids)))
      if (!passes(kind, state)) out[state]++;
  }
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
  const { sql, params } = itemsSql(q, false, false);
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

/**
 * Every item (no filter) counted by type, rule and first document: kept until an item is added,
 * removed, retyped or its rule changes (migration 007's "items" counter), not after a decision.
 */
export function reviewFacets(db: DB): ReviewFacets {
  const { types, rules } = untilChanged(db, "review-facets", "items", () => countTypesAndRules(db));
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

function countTypesAndRules(db: DB): Pick<ReviewFacets, "types" | "rules"> {
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
  return { types, rules };
}
