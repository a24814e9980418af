// Issue dates set by hand: the document's (or gazette part's) row carries the date, the
// decision in the log carries the parsed one in its before-image, so undo gives it back and
// replay after re-import sets it again. A document is named by its hash, a part by its start.
import type { DB } from "../store/open.ts";

export interface DateImage {
  doc: string;
  start: number;
  /** The date the part (or the document without parts) had; null when it had none. */
  date: string | null;
}

interface Target {
  documentId: number;
  /** The document_parts row, when the document has parts. */
  partId: number | null;
  /** The whole document is this one part (or has none): documents.issue_date follows. */
  whole: boolean;
  date: string | null;
}

function target(db: DB, doc: string, start: number): Target | null {
  const d = db
    .prepare<[string], { id: number; issue_date: string | null }>(
      "SELECT id, issue_date FROM documents WHERE sha256 = ?",
    )
    .get(doc);
  if (!d) return null;
  const parts = db
    .prepare<[number], { id: number; start: number; issue_date: string | null }>(
      "SELECT id, start, issue_date FROM document_parts WHERE document_id = ? ORDER BY start",
    )
    .all(d.id);
  if (parts.length === 0)
    return start === 0 ? { documentId: d.id, partId: null, whole: true, date: d.issue_date } : null;
  const part = parts.find((p) => p.start === start);
  if (!part) return null;
  const whole = parts.length === 1;
  return {
    documentId: d.id,
    partId: part.id,
    whole,
    date: whole ? (part.issue_date ?? d.issue_date) : part.issue_date,
  };
}

export function readDocumentDate(db: DB, doc: string, start: number): DateImage | null {
  const t = target(db, doc, start);
  return t ? { doc, start, date: t.date } : null;
}

/** Sets (or, with null, clears) the date; false when the document or part is not here. */
export function writeDocumentDate(db: DB, doc: string, start: number, date: string | null): boolean {
  const t = target(db, doc, start);
  if (!t) return false;
  if (t.partId !== null) db.prepare("UPDATE document_parts SET issue_date = ? WHERE id = ?").run(date, t.partId);
  if (t.whole) db.prepare("UPDATE documents SET issue_date = ? WHERE id = ?").run(date, t.documentId);
  return true;
}
