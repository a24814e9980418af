// The documents list comes in pages (issue 14): 10,000 documents are 2.6 MB of JSON the host
// takes a second to list, and the sidebar shows a hundred. The store keeps the pages loaded so
// far; "show more" appends the next; the filter's chosen documents are always loaded.
import type { DocumentSummary } from "./api-types.ts";
import { call } from "./client.ts";

/** Documents per page: 100, or `?documentsPage=N` in the address (tests use a small page). */
export function documentPage(): number {
  try {
    const n = Number(new URLSearchParams(window.location.search).get("documentsPage"));
    return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : 100;
  } catch {
    return 100;
  }
}

export interface DocumentPages {
  /** Documents in the knowledge base. */
  total: number;
  /** How many of the list (newest first) are loaded; documents the filter chose may come on top. */
  paged: number;
  /** The three largest (most entities), for the start bar. */
  largest: DocumentSummary[];
}

/** The first page, the chosen documents wherever they fall, and the largest three. */
export async function firstDocuments(
  chosen: number[],
): Promise<{ documents: DocumentSummary[]; documentPages: DocumentPages }> {
  const [page, largest] = await Promise.all([
    call("documentsPage", { limit: documentPage(), ...(chosen.length ? { ids: chosen.slice(0, 1000) } : {}) }),
    call("documentsPage", { limit: 3, order: "entities" }),
  ]);
  return {
    documents: page.items,
    documentPages: { total: page.total, paged: Math.min(documentPage(), page.total), largest: largest.items },
  };
}

/** The next page appended to what is loaded (no document twice). */
export async function moreDocuments(
  loaded: DocumentSummary[],
  pages: DocumentPages,
): Promise<{ documents: DocumentSummary[]; documentPages: DocumentPages }> {
  const page = await call("documentsPage", { offset: pages.paged, limit: documentPage() });
  const have = new Set(loaded.map((d) => d.id));
  return {
    documents: [...loaded, ...page.items.filter((d) => !have.has(d.id))],
    documentPages: { ...pages, total: page.total, paged: pages.paged + page.items.length },
  };
}

/** The chosen documents first, then the rest in list order. */
export function chosenFirst(documents: DocumentSummary[], chosen: number[]): DocumentSummary[] {
  if (chosen.length === 0) return documents;
  const picked = new Set(chosen);
  return [...documents.filter((d) => picked.has(d.id)), ...documents.filter((d) => !picked.has(d.id))];
}
