// Before/after images of what an edit touched, stored in the edit so that undo and redo work
// after a restart. Images are keyed (entity keys, relation type + endpoint keys, document
// hashes) so they stay meaningful when row ids move (re-extraction re-creates mentions).
import type { DB } from "../store/open.ts";
import { type DateImage, readDocumentDate, writeDocumentDate } from "./dates.ts";
import { type EntityRow, entityByKey, NOW, type RelationRow, relationByRef } from "./rows.ts";
import type { RelationRef } from "./types.ts";

interface MentionImage {
  doc: string;
  start: number;
  end: number;
  surface: string;
  rule: string | null;
  confidence: number | null;
}

type EntityImage =
  /** The whole entity with its mentions and every relation touching it (merge, split, create, delete). */
  | { key: string; mode: "full"; row: EntityRow | null; aliases: string[]; mentions: MentionImage[] }
  /** Just its own fields and aliases (edit, alias, review). */
  | { key: string; mode: "fields"; row: EntityRow | null; aliases: string[] };

interface RelationImage {
  ref: RelationRef;
  row: RelationRow | null;
  evidence: { doc: string; start: number; end: number }[];
}

export interface Snapshot {
  entities: EntityImage[];
  relations: RelationImage[];
  /** Hand-dated documents (absent in images older than that action). */
  dates?: DateImage[];
}

export interface Scope {
  full?: string[];
  fields?: string[];
  relations?: RelationRef[];
  dates?: { doc: string; start: number }[];
}

function relationImage(db: DB, ref: RelationRef): RelationImage {
  const row = relationByRef(db, ref) ?? null;
  const evidence = row
    ? db
        .prepare<[number], { doc: string; start: number; end: number }>(
          `SELECT d.sha256 AS doc, e.start, e."end" AS "end" FROM evidence e JOIN documents d ON d.id = e.document_id
           WHERE e.relation_id = ? ORDER BY e.id`,
        )
        .all(row.id)
    : [];
  return { ref, row, evidence };
}

const aliasesOf = (db: DB, id: number): string[] =>
  db.prepare<[number], string>("SELECT alias FROM aliases WHERE entity_id = ? ORDER BY id").pluck().all(id);

export function capture(db: DB, scope: Scope): Snapshot {
  const entities: EntityImage[] = [];
  const refs = new Map<string, RelationRef>();
  const addRef = (r: RelationRef) => refs.set(`${r.type}\u0000${r.source}\u0000${r.target}`, r);
  for (const key of scope.full ?? []) {
    const row = entityByKey(db, key) ?? null;
    if (!row) {
      entities.push({ key, mode: "full", row: null, aliases: [], mentions: [] });
      continue;
    }
    const mentions = db
      .prepare<[number], MentionImage>(
        `SELECT d.sha256 AS doc, m.start, m."end" AS "end", m.surface, m.rule, m.confidence
         FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.entity_id = ? ORDER BY m.id`,
      )
      .all(row.id);
    entities.push({ key, mode: "full", row, aliases: aliasesOf(db, row.id), mentions });
    const touching = db
      .prepare<[number, number], RelationRef>(
        `SELECT r.type, s.key AS source, t.key AS target FROM relations r
         JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id
         WHERE r.source_id = ? OR r.target_id = ? ORDER BY r.id`,
      )
      .all(row.id, row.id);
    for (const r of touching) addRef(r);
  }
  for (const key of scope.fields ?? []) {
    const row = entityByKey(db, key) ?? null;
    entities.push({ key, mode: "fields", row, aliases: row ? aliasesOf(db, row.id) : [] });
  }
  for (const r of scope.relations ?? []) addRef(r);
  const dates = (scope.dates ?? []).flatMap((d) => readDocumentDate(db, d.doc, d.start) ?? []);
  return {
    entities,
    relations: [...refs.values()].map((r) => relationImage(db, r)),
    ...(dates.length ? { dates } : {}),
  };
}

/** Every relation reference an image holds, so before and after cover the same relations. */
export function refsOf(s: Snapshot): RelationRef[] {
  return s.relations.map((r) => r.ref);
}

function docId(db: DB, sha: string): number | undefined {
  return db.prepare<[string], number>("SELECT id FROM documents WHERE sha256 = ?").pluck().get(sha);
}

function idFree(db: DB, table: "entities" | "relations", id: number): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined;
}

/** Puts the rows back as the image shows them. Mentions and evidence in documents no longer present are skipped. */
export function restore(db: DB, s: Snapshot): void {
  for (const d of s.dates ?? []) writeDocumentDate(db, d.doc, d.start, d.date);
  // 1. Clear what the image covers: the relations, then whole entities (cascading their rows).
  for (const r of s.relations) {
    const cur = relationByRef(db, r.ref);
    if (cur) db.prepare("DELETE FROM relations WHERE id = ?").run(cur.id);
  }
  for (const e of s.entities) {
    if (e.mode !== "full") continue;
    const cur = entityByKey(db, e.key);
    if (cur) db.prepare("DELETE FROM entities WHERE id = ?").run(cur.id);
  }
  // 2. Entities.
  for (const e of s.entities) {
    const row = e.row;
    if (e.mode === "fields") {
      const cur = entityByKey(db, e.key);
      if (!cur || !row) continue;
      db.prepare(
        `UPDATE entities SET name = ?, type = ?, resolution_key = ?, level = ?, status = ?, review = ?, note = ?, tags = ?,
           updated_at = ${NOW} WHERE id = ?`,
      ).run(row.name, row.type, row.resolution_key, row.level, row.status, row.review, row.note, row.tags, cur.id);
      db.prepare("DELETE FROM aliases WHERE entity_id = ?").run(cur.id);
      const add = db.prepare("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)");
      for (const a of e.aliases) add.run(cur.id, a);
      continue;
    }
    if (!row) continue;
    const id = idFree(db, "entities", row.id) ? row.id : null;
    db.prepare(
      `INSERT INTO entities (id, key, resolution_key, type, name, level, status, attributes, origin, review, note, tags,
         rule, confidence, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${NOW})`,
    ).run(
      id,
      row.key,
      row.resolution_key,
      row.type,
      row.name,
      row.level,
      row.status,
      row.attributes,
      row.origin,
      row.review,
      row.note,
      row.tags,
      row.rule,
      row.confidence,
      row.created_at,
    );
    const newId = entityByKey(db, row.key)?.id;
    if (newId === undefined) throw new Error(`entity ${row.key} was not restored`);
    const add = db.prepare("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)");
    for (const a of e.aliases) add.run(newId, a);
    const mention = db.prepare(
      `INSERT OR IGNORE INTO mentions (entity_id, document_id, start, "end", surface, rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const m of e.mentions) {
      const d = docId(db, m.doc);
      if (d !== undefined) mention.run(newId, d, m.start, m.end, m.surface, m.rule, m.confidence);
    }
  }
  // 3. Relations, once every endpoint is back.
  for (const r of s.relations) {
    const row = r.row;
    if (!row) continue;
    const src = entityByKey(db, r.ref.source);
    const tgt = entityByKey(db, r.ref.target);
    if (!src || !tgt || src.id === tgt.id) continue;
    if (relationByRef(db, r.ref)) continue;
    const id = idFree(db, "relations", row.id) ? row.id : null;
    const info = db
      .prepare(
        `INSERT INTO relations (id, type, source_id, target_id, origin, review, weight, rule, confidence, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${NOW})`,
      )
      .run(id, row.type, src.id, tgt.id, row.origin, row.review, row.weight, row.rule, row.confidence, row.created_at);
    const relId = Number(info.lastInsertRowid);
    const ev = db.prepare(
      `INSERT OR IGNORE INTO evidence (relation_id, document_id, start, "end") VALUES (?, ?, ?, ?)`,
    );
    for (const e of r.evidence) {
      const d = docId(db, e.doc);
      if (d !== undefined) ev.run(relId, d, e.start, e.end);
    }
  }
}
