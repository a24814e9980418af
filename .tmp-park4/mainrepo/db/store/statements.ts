// Prepared statements for the import hot path, compiled once per connection.
import type { DB } from "./open.ts";

export interface EntityRow {
  id: number;
  name: string;
  level: string | null;
  status: string;
}

function build(db: DB) {
  return {
    documentBySha: db.prepare<[string], { id: number }>("SELECT id FROM documents WHERE sha256 = ?"),
    insertDocument: db.prepare(
      `INSERT INTO documents (sha256, file_name, title, doc_number, issue_date, issuer, encoding, format, text, chars)
       VALUES (@sha256, @fileName, @title, @docNumber, @issueDate, @issuer, @encoding, @format, @text, @chars)`,
    ),
    insertPart: db.prepare(
      `INSERT INTO document_parts (document_id, start, "end", title, doc_number, issue_date, issuer)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertSection: db.prepare(
      `INSERT INTO sections (document_id, start, "end", kind, label, heading, depth, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    entityByKey: db.prepare<[string], EntityRow>("SELECT id, name, level, status FROM entities WHERE key = ?"),
    entityByResolution: db.prepare<[string, string], EntityRow>(
      "SELECT id, name, level, status FROM entities WHERE type = ? AND resolution_key = ? ORDER BY id LIMIT 1",
    ),
    insertEntity: db.prepare(
      `INSERT INTO entities (key, resolution_key, type, name, level, status, rule, confidence)
       VALUES (@key, @resolutionKey, @type, @name, @level, @status, @rule, @confidence)`,
    ),
    // A later document may state what an earlier one left open: a level, or that a planned thing
    // now exists. Entities a user has curated are left alone.
    enrichEntity: db.prepare(
      `UPDATE entities SET level = coalesce(level, @level),
         status = CASE WHEN @status = 'existing' THEN 'existing' ELSE status END,
         confidence = max(coalesce(confidence, 0), @confidence)
       WHERE id = @id AND origin = 'extracted' AND review = 'unreviewed'
         AND ((level IS NULL AND @level IS NOT NULL) OR (status = 'planned' AND @status = 'existing')
              OR coalesce(confidence, 0) < @confidence)`,
    ),
    insertAlias: db.prepare<{ id: number; alias: string }>(
      "INSERT OR IGNORE INTO aliases (entity_id, alias) SELECT @id, @alias WHERE @alias <> (SELECT name FROM entities WHERE id = @id)",
    ),
    insertMention: db.prepare(
      `INSERT OR IGNORE INTO mentions (entity_id, document_id, start, "end", surface, rule, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    upsertRelation: db.prepare<[string, number, number, string, number], { id: number }>(
      `INSERT INTO relations (type, source_id, target_id, rule, confidence) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (type, source_id, target_id) DO UPDATE SET confidence = max(coalesce(confidence, 0), excluded.confidence)
       RETURNING id`,
    ),
    insertEvidence: db.prepare(
      `INSERT OR IGNORE INTO evidence (relation_id, document_id, start, "end") VALUES (?, ?, ?, ?)`,
    ),
    bumpWeight: db.prepare(
      "UPDATE relations SET weight = weight + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?",
    ),
  };
}

export type ImportStatements = ReturnType<typeof build>;

const cache = new WeakMap<DB, ImportStatements>();

export function importStatements(db: DB): ImportStatements {
  let s = cache.get(db);
  if (!s) {
    s = build(db);
    cache.set(db, s);
  }
  return s;
}
