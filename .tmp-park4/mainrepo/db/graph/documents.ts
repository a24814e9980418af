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

export interface DocumentPage {
  /** Documents in the knowledge base. */
  total: number;
  items: DocumentSummary[];
}

/**
 * One page of the documents list, newest first ("date", as listDocuments) or largest first
 * ("entities"); `ids` adds those documents (the filter's chosen ones) wherever they fall. At
 * 10,000 documents the whole list is 2.6 MB of JSON; a page is what the sidebar shows.
 */
export function listDocumentsPage(
  db: DB,
  opts: { offset?: number; limit?: number; order?: "date" | "entities"; ids?: number[] } = {},
): DocumentPage {
  const total = db.prepare<[], number>("SELECT count(*) FROM documents").pluck().get() ?? 0;
  const order = opts.order === "entities" ? "entityCount DESC, d.id" : "d.issue_date IS NULL, d.issue_date DESC, d.id";
  const items = db
    .prepare<[number, number], DocumentSummary>(
      `${summarySql("documents d INDEXED BY documents_list")} ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(opts.limit ?? 100, opts.offset ?? 0);
  const have = new Set(items.map((d) => d.id));
  const extra = (opts.ids ?? []).filter((id) => !have.has(id));
  if (extra.length > 0) {
    items.push(
      ...db
        .prepare<[string], DocumentSummary>(
          `${summarySql("documents d INDEXED BY documents_list")} WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.id`,
        )
        .all(JSON.stringify(extra)),
    );
  }
  return { total, items };
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
