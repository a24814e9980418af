// Level of detail at scale (issue 14): the explorer asks the subgraph for the top N entities by
// degree, draws the first OVERVIEW_DRAWN of them with at most OVERVIEW_EDGES relations, and the
// status bar says "showing N of M"; "more" draws more, a double-click on a node brings in its
// neighbours, and the entities left out stand as group nodes per type (./groups.ts). The threshold comes from ?overview=N in the address, else localStorage
// kg.overviewLimit, else OVERVIEW_LIMIT. Cytoscape's WebGL renderer is on where a hardware GPU
// draws WebGL, else canvas (headless Chromium has none: the tests measure canvas); ?webgl=1/0 or
// kg.webgl (the canvas controls' renderer menu) forces either.

import type { EntityType, Subgraph } from "../api-types.ts";

/**
 * Above this many entities the first view is the top-N overview. At 25k entities the top 1,000
 * hubs already bring ~6k relations; 2,000 bring 17k (2 MB of JSON, seconds of drawing).
 */
export const OVERVIEW_LIMIT = 1000;

/**
 * The overview draws at most this many of the relations among its nodes (the heaviest, each
 * node keeping at least its own heaviest): a canvas frame of 6,000 edges took ~1 s on a busy
 * 2-core machine. ?overviewEdges=N / kg.overviewEdges changes it.
 */
export const OVERVIEW_EDGES = 800;

/**
 * How many of the top entities the overview draws at first, and adds per "more": the threshold
 * (what the host is asked for) stays at OVERVIEW_LIMIT, but a first frame of 1,000 hubs and
 * their relations kept the page busy for seconds on this 2-core machine.
 */
export const OVERVIEW_DRAWN = 300;

let raises = 0;

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

/** Above this many matched entities the first view is an overview. */
export function overviewThreshold(): number {
  return baseLimit();
}

/** Entities a group node brings in per click (from what the host already sent). */
export const GROUP_STEP = 50;

/** How many entities the overview draws now. */
export function overviewShown(): number {
  return Math.min(baseLimit(), OVERVIEW_DRAWN) * (1 + raises);
}

/**
 * How many nodes the explorer asks the host for now: what is drawn and a reserve behind it (the
 * group nodes open into it without another round trip); at scale the threshold, 1,000.
 */
export function overviewLimit(): number {
  return Math.max(baseLimit(), overviewShown() * 3);
}

/** How many of the overview's relations are drawn. */
export function overviewEdgeCap(): number {
  const n = Number(setting("overviewEdges", "kg.overviewEdges"));
  return (Number.isInteger(n) && n > 0 ? n : OVERVIEW_EDGES) * (1 + raises);
}

/** "Show more": one more overview's worth of nodes (and relations) on the next load. */
export function raiseOverviewLimit(): void {
  raises++;
}

/**
 * An overview from the host (cut to its top N by degree) cut further to what is drawn: the
 * first `shown` nodes (the host orders them by degree), then for each opened group the next
 * `opened[type]` of that type, and the relations among them. Left whole when no more than
 * `threshold` entities matched.
 */
export function drawnPart<S extends Subgraph>(
  sub: S,
  shown: number,
  opened: Partial<Record<EntityType, number>> = {},
  threshold = sub.nodes.length,
  /** Entities of opened cluster/park groups (./hub-groups.ts), drawn whatever their rank. */
  openedIds: ReadonlySet<number> = new Set(),
): S {
  if ((sub.matchedNodes ?? 0) <= threshold || sub.nodes.length <= shown) return sub;
  const nodes = sub.nodes.slice(0, shown);
  const more = { ...opened };
  for (const n of sub.nodes.slice(shown)) {
    const left = more[n.type] ?? 0;
    if (openedIds.has(n.id)) nodes.push(n);
    else if (left > 0) {
      nodes.push(n);
      more[n.type] = left - 1;
    }
  }
  const ids = new Set(nodes.map((n) => n.id));
  return { ...sub, nodes, edges: sub.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

/**
 * The overview's relations cut to `cap`: first each node's heaviest relation (so no drawn node
 * loses its last line), then the heaviest of the rest. Order of the input is kept.
 */
export function capEdges<E extends { id: number; source: number; target: number; weight: number }>(
  edges: E[],
  cap: number,
): E[] {
  if (edges.length <= cap) return edges;
  const byWeight = [...edges].sort((a, b) => b.weight - a.weight || a.id - b.id);
  const keep = new Set<number>();
  const covered = new Set<number>();
  for (const e of byWeight) {
    if (covered.has(e.source) && covered.has(e.target)) continue;
    keep.add(e.id);
    covered.add(e.source);
    covered.add(e.target);
  }
  for (const e of byWeight) {
    if (keep.size >= cap) break;
    keep.add(e.id);
  }
  return edges.filter((e) => keep.has(e.id));
}

/** How the overview groups what it leaves out: ?groupBy= / kg.groupBy, else by type. */
export function groupBySetting(): "type" | "cluster" | "park" {
  const v = setting("groupBy", "kg.groupBy");
  return v === "cluster" || v === "park" ? v : "type";
}

export type RendererChoice = "auto" | "webgl" | "canvas";

/** The renderer the user chose: kg.webgl "1" WebGL, "0" canvas, unset automatic. */
export function rendererChoice(): RendererChoice {
  const v = setting("webgl", "kg.webgl");
  return v === "1" ? "webgl" : v === "0" ? "canvas" : "auto";
}

let probed: { context: boolean; gpu: boolean } | undefined;

/**
 * Whether WebGL runs here, and on a hardware GPU: a context that refuses a major performance
 * caveat, and no software rasteriser named (SwiftShader, llvmpipe), which draws slower than canvas.
 */
function probeWebgl(): { context: boolean; gpu: boolean } {
  if (probed) return probed;
  probed = { context: false, gpu: false };
  try {
    const canvas = document.createElement("canvas");
    const any = canvas.getContext("webgl") as WebGLRenderingContext | null;
    if (!any) return probed;
    probed.context = true;
    const fast = document.createElement("canvas").getContext("webgl", { failIfMajorPerformanceCaveat: true });
    const info = any.getExtension("WEBGL_debug_renderer_info");
    const name = info ? String(any.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
    probed.gpu = fast !== null && !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
    any.getExtension("WEBGL_lose_context")?.loseContext();
  } catch {
    // no WebGL at all: canvas
  }
  return probed;
}

/** WebGL where the user asked for it and a context exists, or automatically on a hardware GPU. */
export function webglEnabled(): boolean {
  const choice = rendererChoice();
  if (choice === "canvas") return false;
  const { context, gpu } = probeWebgl();
  return choice === "webgl" ? context : gpu;
}

/** Stores the choice; it applies when the page is loaded again (cytoscape picks its renderer once). */
export function setRendererChoice(choice: RendererChoice): void {
  try {
    if (choice === "auto") window.localStorage.removeItem("kg.webgl");
    else window.localStorage.setItem("kg.webgl", choice === "webgl" ? "1" : "0");
  } catch {
    // storage refused: nothing to keep
  }
}

/** Extra cytoscape options for the renderer setting. */
export function rendererOptions(): Record<string, unknown> {
  return webglEnabled() ? { renderer: { name: "canvas", webgl: true } } : {};
}
