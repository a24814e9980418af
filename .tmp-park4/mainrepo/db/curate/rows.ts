// Row lookups shared by actions, replay and snapshots: ids ⇄ keys, documents ⇄ hashes.
import type { DB } from "../store/open.ts";
import type { EntityType, Level, RelationType, ReviewState, Status } from "../types.ts";
import { CurationError } from "./errors.ts";
import type { DocAnchor, RelationRef } from "./types.ts";

export interface EntityRow {
  id: number;
  key: string;
  resolution_key: string;
  type: EntityType;
  name: string;
  level: Exclude<Level, null> | null;
  status: Status;
  attributes: string;
  origin: "extracted" | "user";
  review: ReviewState;
  note: string | null;
  tags: string;
  rule: string | null;
  confidence: number | null;
  created_at: string;
  updated_at: string;
}

export interface RelationRow {
  id: number;
  type: RelationType;
  source_id: number;
  target_id: number;
  origin: "extracted" | "user";
  review: ReviewState;
  weight: number;
  rule: string | null;
  confidence: number | null;
  created_at: string;
  updated_at: string;
}

export const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

export function entityByKey(db: DB, key: string): EntityRow | undefined {
  return db.prepare<[string], EntityRow>("SELECT * FROM entities WHERE key = ?").get(key);
}

export function entityById(db: DB, id: number): EntityRow | undefined {
  return db.prepare<[number], EntityRow>("SELECT * FROM entities WHERE id = ?").get(id);
}

export function requireEntity(db: DB, id: number): EntityRow {
  const e = entityById(db, id);
  if (!e) throw new CurationError("not_found", `no entity with id ${id}`);
  return e;
}

export function relationById(db: DB, id: number): RelationRow | undefined {
  return db.prepare<[number], RelationRow>("SELECT * FROM relations WHERE id = ?").get(id);
}

export function requireRelation(db: DB, id: number): RelationRow {
  const r = relationById(db, id);
  if (!r) throw new CurationError("not_found", `no relation with id ${id}`);
  return r;
}

/** The relation a reference names, when both endpoints and the relation exist. */
export function relationByRef(db: DB, ref: RelationRef): RelationRow | undefined {
  return db
    .prepare<[string, string, string], RelationRow>(
      `SELECT r.* FROM relations r
       JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id
       WHERE r.type = ? AND s.key = ? AND t.key = ?`,
    )
    .get(ref.type, ref.source, ref.target);
}

export function refOfRelation(db: DB, r: RelationRow): RelationRef {
  const key = (id: number) =>
    db.prepare<[number], string>("SELECT key FROM entities WHERE id = ?").pluck().get(id) ?? `#${id}`;
  return { type: r.type, source: key(r.source_id), target: key(r.target_id) };
}

export function documentIdBySha(db: DB, sha: string): number | undefined {
  return db.prepare<[string], number>("SELECT id FROM documents WHERE sha256 = ?").pluck().get(sha);
}

export function documentRow(db: DB, id: number): { id: number; sha256: string; text: string } | undefined {
  return db
    .prepare<[number], { id: number; sha256: string; text: string }>(
      "SELECT id, sha256, text FROM documents WHERE id = ?",
    )
    .get(id);
}

/** Validates a selection in a stored document and returns its anchor and text. */
export function anchorOf(db: DB, documentId: number, start: number, end: number): { anchor: DocAnchor; text: string } {
  const d = documentRow(db, documentId);
  if (!d) throw new CurationError("not_found", `no document with id ${documentId}`);
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= d.text.length && start < end)) {
    throw new CurationError(
      "invalid",
      `selection [${start}, ${end}) lies outside the document (${d.text.length} characters)`,
    );
  }
  return { anchor: { doc: d.sha256, start, end }, text: d.text.slice(start, end) };
}

/** The document text of an anchor, or undefined when that document is not in this knowledge base. */
export function resolveAnchor(db: DB, a: DocAnchor): { documentId: number; surface: string } | undefined {
  const d = db
    .prepare<[string], { id: number; text: string }>("SELECT id, text FROM documents WHERE sha256 = ?")
    .get(a.doc);
  if (!d || a.start < 0 || a.end > d.text.length || a.start >= a.end) return undefined;
  return { documentId: d.id, surface: d.text.slice(a.start, a.end) };
}

export function recomputeWeights(db: DB, relationIds?: number[]): void {
  const sql = `UPDATE relations SET weight = (SELECT count(*) FROM evidence WHERE relation_id = relations.id)`;
  if (relationIds === undefined) db.prepare(sql).run();
  else {
    const stmt = db.prepare(`${sql} WHERE id = ?`);
    for (const id of relationIds) stmt.run(id);
  }
}

export function parseTags(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}
