// The documents list and one document in full (text, structure, mentions) for the viewer.
import type { DB } from "../store/open.ts";
import type { EntityType } from "../types.ts";
import type { DocumentFull, DocumentSummary } from "./types.ts";

const summarySql = (from: string) => `
  SELECT d.id, d.file_name AS fileName, d.title, d.doc_number AS docNumber, d.issue_date AS issueDate,
         d.issuer, d.encoding, d.format, d.imported_at AS importedAt, d.chars,
         coalesce(c.entities, 0) AS entityCount
  FROM ${from} LEFT JOIN document_counts c ON c.document_id = d.id`;

export function listDocuments(db: DB): DocumentSummary[] {
  // The covering index (migration 004) keeps the scan off the documents' text; the planner,
  // knowing nothing of how long that text is, would otherwise walk the sha256 index and the rows.
  const from = "documents d INDEXED BY documents_list";
  return db
    .prepare<[], DocumentSummary>(`${summarySql(from)} ORDER BY d.issue_date IS NULL, d.issue_date DESC, d.id`)
    .all();
}

export function getDocument(db: DB, id: number): DocumentFull | null {
  const summary = db.prepare<[number], DocumentSummary>(`${summarySql("documents d")} WHERE d.id = ?`).get(id);
  if (!summary) return null;
  const text = db.prepare<[number], string>("SELECT text FROM documents WHERE id = ?").pluck().get(id) ?? "";
  const sections = db
    .prepare<[number], DocumentFull["sections"][number]>(
      'SELECT start, "end", label, heading, path, kind FROM sections WHERE document_id = ? ORDER BY start, depth',
    )
    .all(id);
  const parts = db
    .prepare<[number], DocumentFull["parts"][number]>(
      'SELECT start, "end", title, doc_number AS docNumber FROM document_parts WHERE document_id = ? ORDER BY start',
    )
    .all(id);
  const mentions = db
    .prepare<[number], { id: number; entityId: number; type: EntityType; start: number; end: number }>(
      `SELECT m.id, m.entity_id AS entityId, e.type, m.start, m."end"
       FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.document_id = ? AND e.review <> 'rejected' ORDER BY m.start`,
    )
    .all(id);
  return { ...summary, text, sections, parts, mentions };
}
