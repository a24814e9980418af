// A text file that joins a few separate pages (news items, a zone's profile and
// a report on it), each set off by a blank line where no paragraph runs on,
// keeps one blank line between them: the extractor asks "which zone is this
// about" per page (db/extract/relations-pages.ts). Anything else is one page,
// its paragraphs one per line as before.

import type { Span } from "../types.ts";

/** A page's worth of text: shorter blocks are a page's own paragraphs set off by blank lines. */
const MIN_PAGE = 300;
/** More blocks than this are one page's paragraphs (or a PDF's pages), not joined items. */
const MAX_PAGES = 4;

/** Paragraphs joined by line breaks, with a blank line between joined pages. */
export function joinPages(paragraphs: string[], afterBlank: boolean[]): string {
  const pages: string[][] = [];
  paragraphs.forEach((p, i) => {
    if (p === "") return;
    const cur = pages[pages.length - 1];
    if (!cur || afterBlank[i]) pages.push([p]);
    else cur.push(p);
  });
  const size = (page: string[]) => page.reduce((n, p) => n + p.length, 0);
  const joined = pages.length >= 2 && pages.length <= MAX_PAGES && pages.every((p) => size(p) >= MIN_PAGE);
  if (!joined) return pages.map((p) => p.join("\n")).join("\n");
  return pages.map((p) => p.join("\n")).join("\n\n");
}

/** The pages of a text joinPages wrote (2–4 blocks between blank lines, each a page's worth), else none. */
export function pageSpans(s: string): Span[] {
  const pages: Span[] = [];
  const gap = /\n[ \t\u3000]*\n\s*/gu;
  let start = 0;
  for (let m = gap.exec(s); m; m = gap.exec(s)) {
    if (s.slice(start, m.index).trim()) pages.push({ start, end: m.index });
    // More blocks than pages can be: one page's paragraphs (no need to read on through every blank line).
    if (pages.length > MAX_PAGES) return [];
    start = m.index + m[0].length;
  }
  if (s.slice(start).trim()) pages.push({ start, end: s.length });
  if (pages.length < 2 || pages.length > MAX_PAGES) return [];
  return pages.every((p) => p.end - p.start >= MIN_PAGE) ? pages : [];
}
