// The dated units of the corpus: a document, or each part of a gazette (公报) with its own
// title, 文号 and date. Everything on the timeline and in a comparison is counted per unit;
// a mention or a relation's evidence belongs to the unit whose span holds it.
import type { DB } from "../store/open.ts";
import { untilChanged } from "../store/write-cache.ts";

export interface TimeUnit {
  /** "d3" (whole document) or "d3@895" (the gazette part starting at offset 895). */
  id: string;
  documentId: number;
  /** documents.sha256: hand-set dates are keyed by it (survives re-import). */
  sha256: string;
  fileName: string;
  kind: "document" | "part";
  /** For a part: the gazette's title. */
  partOf: string | null;
  start: number;
  end: number;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  /** ISO date (YYYY-MM-DD) or null when none could be read or set. */
  date: string | null;
  /** The date was set by hand (a curation decision in force). */
  handDated: boolean;
}

interface DocRow {
  id: number;
  sha256: string;
  file_name: string;
  title: string | null;
  doc_number: string | null;
  issue_date: string | null;
  issuer: string | null;
  chars: number;
}
interface PartRow {
  document_id: number;
  start: number;
  end: number;
  title: string;
  doc_number: string | null;
  issue_date: string | null;
  issuer: string | null;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const stem = (f: string) => f.replace(/\.[^.]+$/u, "");

/** Hand dates in force, as "sha256@start". */
function handDated(db: DB): Set<string> {
  const out = new Set<string>();
  const rows = db
    .prepare<[], string>("SELECT payload FROM edits WHERE action = 'setDocumentDate' AND undone = 0")
    .pluck()
    .all();
  for (const p of rows) {
    const d = (JSON.parse(p) as { decision?: { doc?: string; start?: number } }).decision;
    if (d?.doc !== undefined) out.add(`${d.doc}@${d.start ?? 0}`);
  }
  return out;
}

/**
 * Every unit, ordered by date (undated last), then document and offset. Kept until the next
 * write (the timeline, every range brushed and every comparison start from it); callers get
 * their own array over shared, never-mutated units.
 */
export function listUnits(db: DB): TimeUnit[] {
  return untilChanged(db, "time-units", "documents", () => readUnits(db)).slice();
}

/** A value made from the units, kept as long as they are (until a document or its date changes). */
export function fromUnits<T>(db: DB, key: string, make: (units: TimeUnit[]) => T): T {
  return untilChanged(db, `time-units:${key}`, "documents", () => make(listUnits(db)));
}

function readUnits(db: DB): TimeUnit[] {
  // The covering index (migration 004) keeps the scan off the documents' text.
  const docs = db
    .prepare<[], DocRow>(
      "SELECT id, sha256, file_name, title, doc_number, issue_date, issuer, chars FROM documents INDEXED BY documents_list",
    )
    .all();
  const parts = db
    .prepare<[], PartRow>(
      'SELECT document_id, start, "end", title, doc_number, issue_date, issuer FROM document_parts ORDER BY document_id, start',
    )
    .all();
  return buildUnits(db, docs, parts);
}

/** The units of the given documents, in full (an entity history's listed points). */
export function unitsOfDocuments(db: DB, ids: number[]): TimeUnit[] {
  if (ids.length === 0) return [];
  const list = JSON.stringify(ids);
  const docs = db
    .prepare<[string], DocRow>(
      // The covering index (migration 004) keeps the lookups off the rows and their text.
      `SELECT id, sha256, file_name, title, doc_number, issue_date, issuer, chars
       FROM documents INDEXED BY documents_list WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(list);
  const parts = db
    .prepare<[string], PartRow>(
      `SELECT document_id, start, "end", title, doc_number, issue_date, issuer FROM document_parts
       WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id, start`,
    )
    .all(list);
  return buildUnits(db, docs, parts);
}

/** What places a mention in a unit and dates it: a unit without its titles and names. */
export type UnitSpan = Pick<TimeUnit, "id" | "documentId" | "kind" | "start" | "end" | "date">;

/**
 * The spans of the units of the documents an entity is mentioned in. A hub is named in most documents: turning their titles, file names and hashes
 * into strings was most of an entity history's cost (issue 14), so those are read only for
 * the units it lists (unitsOfDocuments). In document order (the history orders its groups).
 */
export function unitSpansOfEntity(db: DB, entityId: number): UnitSpan[] {
  const docs = db
    .prepare<[number], [number, string | null, number]>(
      `SELECT id, issue_date, chars FROM documents INDEXED BY documents_list
       WHERE id IN (SELECT DISTINCT document_id FROM mentions WHERE entity_id = ?)`,
    )
    .raw()
    .all(entityId) as unknown as [number, string | null, number][];
  const parts = db
    .prepare<[number], [number, number, number, string | null]>(
      `SELECT document_id, start, "end", issue_date FROM document_parts
       WHERE document_id IN (SELECT DISTINCT document_id FROM mentions WHERE entity_id = ?) ORDER BY document_id, start`,
    )
    .raw()
    .all(entityId) as unknown as [number, number, number, string | null][];
  const byDoc = new Map<number, [number, number, number, string | null][]>();
  for (const p of parts) {
    const list = byDoc.get(p[0]);
    if (list) list.push(p);
    else byDoc.set(p[0], [p]);
  }
  const units: UnitSpan[] = [];
  for (const [id, issueDate, chars] of docs) {
    const ps = byDoc.get(id) ?? [];
    if (ps.length <= 1) {
      units.push({
        id: `d${id}`,
        documentId: id,
        kind: "document",
        start: 0,
        end: chars,
        date: ps[0]?.[3] ?? issueDate,
      });
      continue;
    }
    for (const [, start, end, date] of ps) {
      units.push({ id: `d${id}@${start}`, documentId: id, kind: "part", start, end, date });
    }
  }
  return units;
}

function buildUnits(db: DB, docs: DocRow[], parts: PartRow[]): TimeUnit[] {
  const byDoc = new Map<number, PartRow[]>();
  for (const p of parts) {
    const list = byDoc.get(p.document_id);
    if (list) list.push(p);
    else byDoc.set(p.document_id, [p]);
  }
  const hand = handDated(db);
  const units: TimeUnit[] = [];
  for (const d of docs) {
    const ps = byDoc.get(d.id) ?? [];
    const base = { documentId: d.id, sha256: d.sha256, fileName: d.file_name };
    if (ps.length <= 1) {
      const p = ps[0];
      units.push({
        ...base,
        id: `d${d.id}`,
        kind: "document",
        partOf: null,
        start: 0,
        end: d.chars,
        title: d.title ?? p?.title ?? stem(d.file_name),
        docNumber: d.doc_number ?? p?.doc_number ?? null,
        issuer: d.issuer ?? p?.issuer ?? null,
        date: p?.issue_date ?? d.issue_date,
        handDated: hand.has(`${d.sha256}@0`),
      });
      continue;
    }
    for (const p of ps) {
      units.push({
        ...base,
        id: `d${d.id}@${p.start}`,
        kind: "part",
        partOf: d.title ?? stem(d.file_name),
        start: p.start,
        end: p.end,
        title: p.title,
        docNumber: p.doc_number,
        issuer: p.issuer,
        date: p.issue_date,
        handDated: hand.has(`${d.sha256}@${p.start}`),
      });
    }
  }
  return units.sort(byDate);
}

/** Dated first, oldest first; then document and offset. */
function byDate(a: UnitSpan, b: UnitSpan): number {
  return (
    (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
    // ISO dates order as plain strings; localeCompare (ICU) costs a tenth of the whole listing.
    cmp(a.date ?? "", b.date ?? "") ||
    a.documentId - b.documentId ||
    a.start - b.start
  );
}

/** Finds the unit holding an offset of a document (null in a gazette's masthead). */
export function unitLocator<U extends UnitSpan>(units: U[]): (documentId: number, offset: number) => U | null {
  const byDoc = new Map<number, U[]>();
  for (const u of units) {
    const list = byDoc.get(u.documentId);
    if (list) list.push(u);
    else byDoc.set(u.documentId, [u]);
  }
  return (documentId, offset) => {
    const list = byDoc.get(documentId);
    if (!list) return null;
    if (list.length === 1 && list[0]?.kind === "document") return list[0];
    return list.find((u) => u.start <= offset && offset < u.end) ?? null;
  };
}
