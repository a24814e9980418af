// Sentences around offsets and official-style citations: 《title》（文号）二、5.
import type { DB } from "../store/open.ts";
import type { Citation } from "./types.ts";

const DELIMITERS = new Set(["。", "！", "？", "；", "\n"]);

/** The sentence holding [start, end): from after the previous delimiter through the next one. */
export function sentenceAround(text: string, start: number, end: number): { sentence: string; sentenceStart: number } {
  let from = start;
  while (from > 0 && !DELIMITERS.has(text[from - 1] ?? "")) from--;
  let to = Math.max(end, from);
  // A span that already ends with its sentence's punctuation (evidence often does) stops there.
  if (!(to > start && DELIMITERS.has(text[to - 1] ?? ""))) {
    while (to < text.length && !DELIMITERS.has(text[to] ?? "")) to++;
    if (to < text.length && text[to] !== "\n") to++; // keep the closing punctuation
  }
  while (from < to && /\s/u.test(text[from] ?? "")) from++;
  while (to > from && /\s/u.test(text[to - 1] ?? "")) to--;
  return { sentence: text.slice(from, to), sentenceStart: from };
}

/**
 * sentenceAround over a window of the text (`window` is text[offset, offset + window.length) of a
 * text `length` long), or null when the window cannot tell: the sentence's delimiters on both
 * sides must fall inside it, so the answer is the same as over the whole text.
 */
export function sentenceAroundIn(
  window: string,
  offset: number,
  length: number,
  start: number,
  end: number,
): { sentence: string; sentenceStart: number } | null {
  const s = start - offset;
  const e = end - offset;
  if (s < 0 || e > window.length) return null;
  let left = offset === 0;
  for (let i = s - 1; !left && i >= 0; i--) left = DELIMITERS.has(window[i] ?? "");
  let right = offset + window.length >= length || (e > s && DELIMITERS.has(window[e - 1] ?? ""));
  for (let i = e; !right && i < window.length; i++) right = DELIMITERS.has(window[i] ?? "");
  if (!left || !right) return null;
  const found = sentenceAround(window, s, e);
  return { sentence: found.sentence, sentenceStart: found.sentenceStart + offset };
}

/**
 * Reads text[start - margin, end + margin) of a document by bytes in a UTF-16 file (every new
 * one; 2 bytes per UTF-16 code unit, the unit JS offsets count); null in an older UTF-8 file (the
 * caller reads the whole text). A page of review rows or a hub's history names hundreds of
 * documents: converting their whole texts was most of the cost.
 */
export function textWindows(db: DB, margin = 400): (doc: number, start: number, end: number) => TextWindow | null {
  const utf16 = String(db.pragma("encoding", { simple: true })) === "UTF-16le";
  const part = db.prepare<[number, number, number], { w: Buffer; n: number }>(
    "SELECT substr(CAST(text AS BLOB), ?, ?) AS w, length(CAST(text AS BLOB)) AS n FROM documents WHERE id = ?",
  );
  return (doc, start, end) => {
    if (!utf16) return null;
    const from = Math.max(0, start - margin);
    const row = part.get(2 * from + 1, 2 * (end + margin - from), doc);
    return row ? { text: row.w.toString("utf16le"), offset: from, length: row.n / 2 } : null;
  };
}

/** text[offset, offset + text.length) of a document `length` long. */
export interface TextWindow {
  text: string;
  offset: number;
  length: number;
}

interface DocRow {
  id: number;
  title: string | null;
  file_name: string;
  doc_number: string | null;
  text: string;
}
interface PartRow {
  start: number;
  end: number;
  title: string;
  doc_number: string | null;
}
interface SectionRow {
  start: number;
  end: number;
  depth: number;
  path: string;
}

export interface DocContext {
  doc: DocRow;
  parts: PartRow[];
  sections: SectionRow[];
}

/** Loads documents once per request: an entity's mentions often share a few documents. */
export function docContexts(db: DB, opts: { text?: boolean } = {}): (documentId: number) => DocContext | null {
  const cache = new Map<number, DocContext | null>();
  // Without text (citations only need titles, parts and sections), doc.text is "".
  const getDoc = db.prepare<[number], DocRow>(
    `SELECT id, title, file_name, doc_number, ${opts.text === false ? "''" : "text"} AS text FROM documents WHERE id = ?`,
  );
  const getParts = db.prepare<[number], PartRow>(
    'SELECT start, "end", title, doc_number FROM document_parts WHERE document_id = ? ORDER BY start',
  );
  const getSections = db.prepare<[number], SectionRow>(
    'SELECT start, "end", depth, path FROM sections WHERE document_id = ? ORDER BY start',
  );
  return (id) => {
    if (!cache.has(id)) {
      const doc = getDoc.get(id);
      cache.set(id, doc ? { doc, parts: getParts.all(id), sections: getSections.all(id) } : null);
    }
    return cache.get(id) ?? null;
  };
}

function stripExtension(name: string): string {
  return name.replace(/\.[^.]+$/u, "");
}

/** Citation of an offset: the part holding it (gazettes) gives title/文号, the innermost section the path. */
export function citationAt(ctx: DocContext, offset: number): Citation {
  const part = ctx.parts.find((p) => p.start <= offset && offset < p.end);
  let section: SectionRow | null = null;
  for (const s of ctx.sections) {
    if (s.start > offset) break;
    if (offset < s.end && (!section || s.depth >= section.depth)) section = s;
  }
  const title = part?.title ?? ctx.doc.title ?? stripExtension(ctx.doc.file_name);
  const docNumber = part ? part.doc_number : ctx.doc.doc_number;
  const path = section?.path ?? null;
  return {
    documentId: ctx.doc.id,
    documentTitle: title,
    docNumber,
    section: path,
    text: `《${title}》${docNumber ? `（${docNumber}）` : ""}${path ?? ""}`,
  };
}
