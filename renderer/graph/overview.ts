// Level of detail at scale (issue 14): the explorer asks the subgraph for the top N entities by
// degree, and the status bar says "showing N of M"; "more" raises N, a double-click on a node
// brings in its neighbours. N comes from ?overview=N in the address, else localStorage
// kg.overviewLimit, else OVERVIEW_LIMIT. Cytoscape's WebGL renderer is opt-in (?webgl=1 or
// kg.webgl=1): headless Chromium has no GPU, and the canvas renderer is what the tests measure.

/**
 * Above this many entities the first view is the top-N overview. At 25k entities the top 1,000
 * hubs already bring ~6k relations; 2,000 bring 17k (2 MB of JSON, seconds of drawing).
 */
export const OVERVIEW_LIMIT = 1000;

let raisedBy = 0;

function setting(param: string, key: string): string | null {
  try {
    const fromUrl = new URLSearchParams(window.location.search).get(param);
    return fromUrl ?? window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function baseLimit(): number {
  const n = Number(setting("overview", "kg.overviewLimit"));
  return Number.isInteger(n) && n > 0 ? n : OVERVIEW_LIMIT;
}

/** How many nodes the explorer asks for now. */
export function overviewLimit(): number {
  return baseLimit() + raisedBy;
}

/** "Show more": one more overview's worth of nodes on the next load. */
export function raiseOverviewLimit(): void {
  raisedBy += baseLimit();
}

export function webglEnabled(): boolean {
  return setting("webgl", "kg.webgl") === "1";
}

/** Extra cytoscape options for the renderer setting. */
export function rendererOptions(): Record<string, unknown> {
  return webglEnabled() ? { renderer: { name: "canvas", webgl: true } } : {};
}

/**
 * The filter panel lists this many documents (the chosen ones first): ten thousand checkboxes
 * kept the page busy for seconds; the search box finds any document.
 */
export const DOCUMENTS_LISTED = 300;

export function listedDocuments<T extends { id: number }>(documents: T[], chosen: number[]): T[] {
  if (documents.length <= DOCUMENTS_LISTED) return documents;
  const picked = new Set(chosen);
  const first = documents.filter((d) => picked.has(d.id));
  return [
    ...first,
    ...documents.filter((d) => !picked.has(d.id)).slice(0, Math.max(0, DOCUMENTS_LISTED - first.length)),
  ];
}
