// A gazette (公报) or compilation holds many documents in one file. We split it
// with its own table of contents: each entry is a title followed by its
// bracketed 文号 (and page); the body repeats the 文号 on a line of its own
// under each document's heading, which is where that document starts.

import type { DocPart, Span } from "../types.ts";
import {
  type DocMetadata,
  headingLinesBefore,
  isDocNumberLine,
  type Line,
  parseDocNumber,
  readMetadata,
  splitLines,
} from "./metadata.ts";

interface TocEntry {
  title: string;
  docNumber: string;
}

export interface DocumentLayout {
  /** Metadata of the file as a whole (for a gazette: its masthead). */
  meta: DocMetadata;
  parts: DocPart[];
}

/** Split `text` into its documents and read the metadata of the file and of each part. */
export function layoutDocument(text: string, fallbackTitle: string): DocumentLayout {
  const lines = splitLines(text).filter((l) => l.text !== "");
  const toc = readToc(lines);
  const starts = toc ? locateTocEntries(lines, toc.entries, toc.end) : [];
  if (starts.length >= 2 && toc) {
    const parts = starts.map((s, i) => {
      const next = starts[i + 1];
      const partLines = lines.filter((l) => l.start >= s.start && (next === undefined || l.start < next.start));
      const meta = readMetadata(partLines);
      const last = partLines[partLines.length - 1] as Line;
      return {
        start: s.start,
        end: next === undefined ? text.length : last.end,
        title: s.entry.title,
        docNumber: meta.docNumber ?? s.entry.docNumber,
        issueDate: meta.issueDate,
        issuer: meta.issuer,
      } satisfies DocPart;
    });
    return { meta: mastheadMetadata(lines, toc.start), parts };
  }
  const meta = readMetadata(lines);
  return {
    meta,
    parts: [
      {
        start: 0,
        end: text.length,
        title: meta.title ?? fallbackTitle,
        docNumber: meta.docNumber,
        issueDate: meta.issueDate,
        issuer: meta.issuer,
      },
    ],
  };
}

/**
 * The documents' spans alone, as layoutDocument splits them, without reading their metadata (the
 * extractor needs only where each document of a gazette starts and ends).
 */
export function partSpans(text: string): Span[] {
  // No table of contents without its heading (readToc): most files are not split into lines at all.
  if (!TOC_WORD.test(text)) return [{ start: 0, end: text.length }];
  const lines = splitLines(text).filter((l) => l.text !== "");
  const toc = readToc(lines);
  const starts = toc ? locateTocEntries(lines, toc.entries, toc.end) : [];
  if (starts.length < 2 || !toc) return [{ start: 0, end: text.length }];
  return starts.map((s, i) => {
    const next = starts[i + 1];
    if (next === undefined) return { start: s.start, end: text.length };
    const partLines = lines.filter((l) => l.start >= s.start && l.start < next.start);
    return { start: s.start, end: (partLines[partLines.length - 1] as Line).end };
  });
}

/** What a table of contents' heading line holds (readToc's test, on the whole text). */
const TOC_WORD = /目\s*录/u;

/** A TOC 文号 line is bracketed and/or carries a page number: "（威政发〔2023〕5号）\t（3）". */
function isTocNumberLine(t: string): boolean {
  return isDocNumberLine(t) && (/^[（(]/u.test(t) || /[（(]\s*\d{1,4}\s*[）)]$/u.test(t));
}

function readToc(lines: Line[]): { entries: TocEntry[]; start: number; end: number } | null {
  const at = lines.slice(0, 60).findIndex((l) => /^目\s*录$/u.test(l.text.trim()));
  if (at < 0) return null;
  const entries: TocEntry[] = [];
  let pending: string[] = [];
  let end = at + 1;
  for (let i = at + 1; i < lines.length; i++) {
    const t = (lines[i] as Line).text.trim();
    if (/^【.*】$/u.test(t)) {
      pending = [];
      end = i + 1;
      continue;
    }
    if (isTocNumberLine(t)) {
      const docNumber = parseDocNumber(t);
      if (pending.length > 0 && docNumber) entries.push({ title: pending.join("").replace(/\s+/g, ""), docNumber });
      pending = [];
      end = i + 1;
      continue;
    }
    // A bare 文号 line or prose means the body has begun.
    if (isDocNumberLine(t) || /[。；]/u.test(t) || pending.length >= 3) break;
    pending.push(t.replace(/\t.*$/u, ""));
  }
  return entries.length > 0 ? { entries, start: at, end } : null;
}

/** Where each TOC entry's document starts in the body (entries not found are dropped). */
function locateTocEntries(lines: Line[], entries: TocEntry[], bodyFrom: number): { start: number; entry: TocEntry }[] {
  const numberLines: number[] = [];
  for (let i = bodyFrom; i < lines.length; i++) {
    const t = (lines[i] as Line).text;
    if (isDocNumberLine(t) && !isTocNumberLine(t)) numberLines.push(i);
  }
  const found: { start: number; entry: TocEntry }[] = [];
  let cursor = 0;
  for (const entry of entries) {
    let k = numberLines.findIndex(
      (idx, j) => j >= cursor && parseDocNumber((lines[idx] as Line).text) === entry.docNumber,
    );
    // The TOC may misprint a 文号; then accept the next document whose heading is in the TOC title.
    if (k < 0 && cursor < numberLines.length && headingMatches(lines, numberLines[cursor] as number, entry.title))
      k = cursor;
    if (k < 0) continue;
    const idx = numberLines[k] as number;
    const block = headingLinesBefore(lines, idx);
    found.push({ start: (block[0] ?? (lines[idx] as Line)).start, entry });
    cursor = k + 1;
  }
  return found;
}

function headingMatches(lines: Line[], numberIdx: number, tocTitle: string): boolean {
  const heading = headingLinesBefore(lines, numberIdx)
    .map((l) => l.text)
    .join("")
    .replace(/\s+/g, "");
  const at = heading.indexOf("关于");
  const core = at >= 0 ? heading.slice(at) : heading;
  return core.length >= 6 && tocTitle.includes(core);
}

/** The gazette's own name, issue and sponsor from its cover lines. */
function mastheadMetadata(lines: Line[], tocStart: number): DocMetadata {
  const cover = lines.slice(0, tocStart).map((l) => l.text.trim());
  const name = cover.find((t) => /公报|汇编|文件选编/u.test(t)) ?? cover[0] ?? null;
  const issue = cover.find((t) => /第\s*\d+\s*期/u.test(t));
  const sponsor = cover.map((t) => /^(?:主管主办|主办单位|主管|主办)[：:]\s*(.+)$/u.exec(t)?.[1]).find((s) => s);
  return {
    title: name ? (issue ? `${name} ${issue}` : name) : null,
    docNumber: null,
    issueDate: null,
    issuer: sponsor ?? null,
  };
}
