// Full-text search over entity names/aliases and document text. Trigram FTS5 handles
// queries of 3+ characters; shorter ones (威高, 港) fall back to instr(), which needs no index.
import type { DB } from "../store/open.ts";
import type { EntityType } from "../types.ts";
import type { SearchHit } from "./types.ts";

function terms(q: string): string[] {
  return q.trim().toLowerCase().split(/\s+/u).filter(Boolean);
}

/** Every term as a quoted FTS5 phrase (implicit AND); quotes doubled so any input is literal. */
function ftsQuery(ts: string[]): string {
  return ts.map((t) => `"${t.replaceAll('"', '""')}"`).join(" ");
}

// Trigram needs at least 3 characters (code points) per term.
const ftsUsable = (ts: string[]): boolean => ts.every((t) => [...t].length >= 3);

function termParams(ts: string[]): Record<string, string> {
  return Object.fromEntries(ts.map((t, i) => [`t${i}`, t]));
}

function instrClause(column: string, n: number): string {
  return Array.from({ length: n }, (_, i) => `instr(lower(${column}), @t${i}) > 0`).join(" AND ");
}

/** Ids of entities whose name or one alias holds every term of `q`. */
export function matchingEntityIds(db: DB, q: string): Set<number> {
  const ts = terms(q);
  if (ts.length === 0) return new Set();
  const ids = ftsUsable(ts)
    ? db
        .prepare<[string], number>("SELECT DISTINCT entity_id FROM names_fts WHERE names_fts MATCH ?")
        .pluck()
        .all(ftsQuery(ts))
    : db
        .prepare<Record<string, string>, number>(
          `SELECT DISTINCT entity_id FROM names_fts WHERE ${instrClause("name", ts.length)}`,
        )
        .pluck()
        .all(termParams(ts));
  return new Set(ids.map(Number));
}

/**
 * The documents' index keeps no positions (detail=none, migration 003), so it cannot match a
 * phrase: it is asked for documents holding every trigram of every term, newest import first
 * (without positions bm25 ranks by length alone, and costs a second at 10,000 documents), and
 * each candidate's text is then checked for the terms themselves, until `limit` are found.
 */
function trigrams(ts: string[]): string {
  const grams = new Set<string>();
  for (const t of ts) {
    const cs = [...t];
    for (let i = 0; i + 3 <= cs.length; i++) grams.add(cs.slice(i, i + 3).join(""));
  }
  return [...grams].map((g) => `"${g.replaceAll('"', '""')}"`).join(" ");
}

function matchingDocumentIds(db: DB, ts: string[], limit: number): number[] {
  if (ftsUsable(ts)) {
    const holds = db.prepare<Record<string, string | number>, number>(
      `SELECT 1 FROM documents WHERE id = @id AND (${ts
        .map((_, i) => `(instr(lower(text), @t${i}) > 0 OR instr(lower(coalesce(title, '')), @t${i}) > 0)`)
        .join(" AND ")})`,
    );
    const found: number[] = [];
    const candidates = db
      .prepare<[string], number>("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC")
      .pluck();
    for (const id of candidates.iterate(trigrams(ts))) {
      if (holds.get({ ...termParams(ts), id }) !== undefined) found.push(id);
      if (found.length >= limit) break;
    }
    return found;
  }
  const where = `(${instrClause("text", ts.length)}) OR (${instrClause("coalesce(title, '')", ts.length)})`;
  return db
    .prepare<Record<string, string>, number>(
      `SELECT id FROM documents WHERE ${where} ORDER BY id LIMIT ${Math.trunc(limit)}`,
    )
    .pluck()
    .all(termParams(ts));
}

const SNIPPET_BEFORE = 30;
const SNIPPET_AFTER = 60;

function snippet(text: string, at: number, length: number): string {
  const from = Math.max(0, at - SNIPPET_BEFORE);
  const to = Math.min(text.length, at + length + SNIPPET_AFTER);
  return (from > 0 ? "…" : "") + text.slice(from, to).replace(/\s+/gu, " ") + (to < text.length ? "…" : "");
}

/**
 * Entities first (exact name, then names starting with the query, then most mentioned),
 * then documents (newest import first). `limit` caps each kind. Rejected entities only when asked
 * (the explorer asks while its review filter shows rejected items).
 */
export function search(db: DB, q: string, limit = 20, opts: { includeRejected?: boolean } = {}): SearchHit[] {
  const ts = terms(q);
  if (ts.length === 0 || limit <= 0) return [];
  const first = ts[0] ?? "";

  const ids = [...matchingEntityIds(db, q)];
  const entities = db
    .prepare<[string], { id: number; name: string; type: EntityType; mentions: number }>(
      `SELECT e.id, e.name, e.type, e.mention_count AS mentions
       FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))
       ${opts.includeRejected ? "" : "AND e.review <> 'rejected'"}`,
    )
    .all(JSON.stringify(ids));
  const rank = (e: { name: string }): number => {
    const n = e.name.toLowerCase();
    return n === first ? 0 : n.startsWith(first) ? 1 : n.includes(first) ? 2 : 3; // 3: matched by an alias
  };
  entities.sort((a, b) => rank(a) - rank(b) || b.mentions - a.mentions || a.name.length - b.name.length || a.id - b.id);
  const hits: SearchHit[] = entities
    .slice(0, limit)
    .map((e) => ({ kind: "entity", id: e.id, label: e.name, type: e.type }));

  const docIds = matchingDocumentIds(db, ts, limit);
  const getDoc = db.prepare<[number], { id: number; title: string | null; file_name: string; text: string }>(
    "SELECT id, title, file_name, text FROM documents WHERE id = ?",
  );
  for (const id of docIds) {
    const d = getDoc.get(id);
    if (!d) continue;
    const at = d.text.toLowerCase().indexOf(first);
    hits.push({
      kind: "document",
      id: d.id,
      label: d.title ?? d.file_name,
      snippet: snippet(d.text, Math.max(at, 0), at >= 0 ? first.length : 0),
      ...(at >= 0 ? { matchStart: at } : {}),
    });
  }
  return hits;
}
