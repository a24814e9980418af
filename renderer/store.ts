// App state (zustand). Actions call the API through client.ts; the cytoscape view reacts to this state.
// Over 400 lines: the explorer's actions share private sequencing state (subSeq, selectSeq, docCache).
import { create } from "zustand";
import {
  type DocumentFull,
  type DocumentSummary,
  ENTITY_TYPES,
  type EntityDetail,
  type GraphEdge,
  type GraphFilter,
  type GraphNode,
  type ImportSummary,
  type Meta,
  type PathResult,
  RELATION_TYPES,
  type Stats,
  type Subgraph,
  type UploadFile,
} from "./api-types.ts";
import { call, errorMessage } from "./client.ts";
import { type DocumentPages, firstDocuments, moreDocuments } from "./documents-page.ts";
import { loadGroupCounts, newReserve } from "./graph/groups.ts";
import { drawnPart, overviewLimit, overviewShown } from "./graph/overview.ts";
import { fetchPositions } from "./graph/position-memory.ts";
import type { Lang } from "./i18n/lang.ts";

export type LayoutName = "fcose" | "concentric" | "grid" | "breadthfirst";

export interface Filter extends GraphFilter {
  types: NonNullable<GraphFilter["types"]>;
  relationTypes: NonNullable<GraphFilter["relationTypes"]>;
  documents: number[];
  levels: NonNullable<GraphFilter["levels"]>;
  status: NonNullable<GraphFilter["status"]>;
  review: NonNullable<GraphFilter["review"]>;
  minDegree: number;
  hideIsolated: boolean;
}

export const defaultFilter = (): Filter => ({
  types: [...ENTITY_TYPES],
  // co_mention is the weakest signal, department_responsible the most numerous (four in five
  // relations, a knot around every department): both are a click away, off at first.
  relationTypes: RELATION_TYPES.filter((r) => !OFF_AT_FIRST.includes(r)),
  documents: [],
  levels: ["national", "provincial", "city", "none"],
  status: ["existing", "planned"],
  // Rejected entities and relations stay out of the picture until the review filter asks for them.
  review: ["unreviewed", "confirmed"],
  minDegree: 0,
  // Entities with no relation of the chosen kinds are listed in the sidebar, not drawn.
  hideIsolated: true,
});

const OFF_AT_FIRST: readonly string[] = ["co_mention", "department_responsible"];

/**
 * What the graph asks the API for: every type, isolated nodes kept. Types and isolation are
 * applied in visible.ts, so that a node linked only to a hidden type still counts as linked
 * (one type shown alone is a set of nodes, not an empty canvas) and type toggles need no round trip.
 */
export function graphRequest(f: Filter): GraphFilter {
  return { ...apiFilter(f), types: [...ENTITY_TYPES], hideIsolated: false };
}

/** Filter fields that change what the API returns (the rest is applied on the screen). */
const SERVER_KEYS: (keyof Filter)[] = ["relationTypes", "documents", "levels", "status", "review", "minDegree"];

/** What the API receives: empty document list means "all documents". */
export function apiFilter(f: Filter): GraphFilter {
  const out: GraphFilter = { ...f };
  if (f.documents.length === 0) delete out.documents;
  return out;
}

export interface ChangeOptions {
  /** Entity to show afterwards; null clears the selection; undefined keeps it. */
  focus?: number | null;
  /** Where the open document should scroll to (e.g. the span just turned into an entity). */
  viewerTarget?: { start: number; end: number };
  /** Entities whose existence the caller wants checked too (the curation multi-selection). */
  check?: number[];
}

const ALL_REVIEW = ["unreviewed", "confirmed", "rejected"] as const;

export interface PathEnd {
  id: number;
  name: string;
}

export interface Viewer {
  doc: DocumentFull;
  target: { start: number; end: number } | null;
  /** Bumped on every open so the viewer re-scrolls and re-flashes even for the same target. */
  nonce: number;
}

interface State {
  lang: Lang;
  ready: boolean;
  error: string | null;
  /** Result of the last import, shown (translated) by the Notice component, with the files sent. */
  notice: (ImportSummary & { files: string[] }) | null;
  meta: Meta | null;
  stats: Stats | null;
  /** The pages of the documents list loaded so far (documents-page.ts). */
  documents: DocumentSummary[];
  documentPages: DocumentPages;
  filter: Filter;
  sub: Subgraph | null;
  /** Nodes/edges shown on top of the filtered subgraph: expansions, path, picked search results. */
  extras: { nodes: GraphNode[]; edges: GraphEdge[] };
  focus: { on: boolean; depth: number; sub: Subgraph | null };
  selectedId: number | null;
  detail: EntityDetail | null;
  /** Bumped when the view should centre on the selection. */
  centreRun: number;
  viewer: Viewer | null;
  pathFrom: PathEnd | null;
  pathTo: PathEnd | null;
  pathResult: PathResult | "none" | null;
  layout: LayoutName;
  layoutRun: number;
  fitRun: number;
  zoomRun: { factor: number; n: number };
  importing: number | null;
  progress: { done: number; total: number; file: string | null } | null;
  searchFocusRun: number;

  init(): Promise<void>;
  setLang(lang: Lang): void;
  setFilter(patch: Partial<Filter>): void;
  resetFilter(): void;
  select(id: number | null, opts?: { centre?: boolean }): Promise<void>;
  expand(id: number): Promise<void>;
  setFocus(on: boolean, depth?: number): Promise<void>;
  openDocument(id: number, target?: { start: number; end: number }): Promise<void>;
  closeViewer(): void;
  setPathEnd(which: "from" | "to", end: PathEnd | null): void;
  findPath(): Promise<void>;
  clearPath(): void;
  runLayout(name?: LayoutName): void;
  fit(): void;
  zoom(factor: number): void;
  focusSearch(): void;
  importFiles(files: UploadFile[]): Promise<void>;
  /** The bundled sample documents, offered on an empty knowledge base. */
  loadSamples(): Promise<void>;
  dismiss(): void;
  /** The next page of the documents list. */
  moreDocuments(): Promise<void>;
  /** After an import done elsewhere (desktop menu): new counts, documents and graph. */
  refresh(): Promise<void>;
  /**
   * After a change to the knowledge base (curation, re-extraction): counts, graph, the nodes
   * pulled in by hand, details, the open document and the focus, all from fresh rows. Returns
   * the ids of the entities that still exist when it had to look (null when it did not).
   */
  afterChange(opts?: ChangeOptions): Promise<Set<number> | null>;
}

let subSeq = 0;
/** Until the user picks relation types, the default set may widen itself (see loadSubgraph). */
let relationsChosen = false;
let selectSeq = 0;
const docCache = new Map<number, DocumentFull>();

function mergeInto(extras: State["extras"], add: { nodes: GraphNode[]; edges: GraphEdge[] }): State["extras"] {
  const nodes = new Map(extras.nodes.map((n) => [n.id, n]));
  for (const n of add.nodes) nodes.set(n.id, n);
  const edges = new Map(extras.edges.map((e) => [e.id, e]));
  for (const e of add.edges) edges.set(e.id, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The node is in the subgraph or the extras with the same facts, and its type is shown. */
function drawnAsIs(s: State, n: GraphNode): boolean {
  if (!s.filter.types.includes(n.type)) return false;
  const had = s.extras.nodes.find((m) => m.id === n.id) ?? s.sub?.nodes.find((m) => m.id === n.id);
  return (
    had !== undefined &&
    had.name === n.name &&
    had.type === n.type &&
    had.status === n.status &&
    had.review === n.review &&
    had.degree === n.degree &&
    (had.level ?? null) === (n.level ?? null) &&
    had.key === n.key
  );
}

function asNode(d: EntityDetail): GraphNode {
  const { id, key, type, name, level, status, review, degree, mentionCount, confidence } = d;
  return { id, key, type, name, level, status, review, degree, mentionCount, confidence };
}

const initialLang = (): Lang => (localStorage.getItem("kg.lang") === "en" ? "en" : "zh-CN");

export const useStore = create<State>()((set, get) => ({
  lang: initialLang(),
  ready: false,
  error: null,
  notice: null,
  meta: null,
  stats: null,
  documents: [],
  documentPages: { total: 0, paged: 0, largest: [] },
  filter: defaultFilter(),
  sub: null,
  extras: { nodes: [], edges: [] },
  focus: { on: false, depth: 1, sub: null },
  selectedId: null,
  detail: null,
  centreRun: 0,
  viewer: null,
  pathFrom: null,
  pathTo: null,
  pathResult: null,
  layout: "fcose",
  layoutRun: 0,
  fitRun: 0,
  zoomRun: { factor: 1, n: 0 },
  importing: null,
  progress: null,
  searchFocusRun: 0,

  async init() {
    try {
      const meta = await call("meta", {});
      set({ meta });
      if (!localStorage.getItem("kg.lang") && meta.locale === "en") set({ lang: "en" });
      // First run: the main side may still be importing the bundled seeds.
      for (;;) {
        const st = await call("status", {});
        if (st.phase !== "seeding" && st.phase !== "importing") break;
        set({ progress: { done: st.done, total: st.total, file: st.file } });
        await new Promise((r) => setTimeout(r, 400));
      }
      set({ progress: null });
      // The graph first, the documents list after: at 10,000 documents the list is 2 MB of JSON
      // the host takes a second to build, and nothing in the first view needs it.
      const stats = await call("stats", {});
      set({ stats, ready: true, error: null });
      if (stats.documents > 0) await loadSubgraph();
      set(await firstDocuments(get().filter.documents));
    } catch (e) {
      set({ error: errorMessage(e), ready: true });
    }
  },

  setLang(lang) {
    localStorage.setItem("kg.lang", lang);
    document.documentElement.lang = lang;
    set({ lang });
    // Lets the desktop shell follow (menus); the UI does not wait for it.
    call("setLocale", { locale: lang }).catch(() => undefined);
  },

  setFilter(patch) {
    const before = get().filter;
    if (patch.relationTypes) relationsChosen = true;
    set({ filter: { ...before, ...patch } });
    if (SERVER_KEYS.some((k) => k in patch && patch[k] !== before[k])) void loadSubgraph();
    if (get().focus.on) void get().setFocus(true);
  },

  resetFilter() {
    relationsChosen = false;
    set({ filter: defaultFilter(), extras: { nodes: [], edges: [] } });
    void loadSubgraph();
  },

  async select(id, opts) {
    const seq = ++selectSeq;
    if (id === null) {
      set({ selectedId: null, detail: null });
      return;
    }
    // The request leaves before the selection re-renders the graph and panels (which takes a
    // while at scale), so the two overlap.
    const asked = call("entity", { id });
    set({ selectedId: id });
    try {
      const detail = await asked;
      if (seq !== selectSeq) return;
      if (!detail) {
        set({ selectedId: null, detail: null });
        return;
      }
      // The chosen entity is shown even when the filters would hide it. Already drawn as it is:
      // the extras stay (a new extras list recomputes the visible set and re-syncs the graph).
      set((s) => ({
        detail,
        ...(drawnAsIs(s, asNode(detail))
          ? {}
          : { extras: mergeInto(s.extras, { nodes: [asNode(detail)], edges: [] }) }),
        centreRun: opts?.centre ? s.centreRun + 1 : s.centreRun,
      }));
      if (get().focus.on) await get().setFocus(true);
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },

  async expand(id) {
    try {
      const { relationTypes } = get().filter;
      const nb = await call("neighbourhood", { id, depth: 1, filter: { relationTypes } });
      await fetchPositions(nb.nodes.map((n) => n.id));
      set((s) => ({ extras: mergeInto(s.extras, nb) }));
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },

  async setFocus(on, depth) {
    const d = depth ?? get().focus.depth;
    const id = get().selectedId;
    if (!on || id === null) {
      set({ focus: { on, depth: d, sub: null } });
      return;
    }
    set((s) => ({ focus: { ...s.focus, on, depth: d } }));
    try {
      const sub = await call("neighbourhood", { id, depth: d, filter: graphRequest(get().filter) });
      if (get().selectedId === id && get().focus.on) set({ focus: { on: true, depth: d, sub } });
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },

  async openDocument(id, target) {
    try {
      let doc = docCache.get(id);
      if (!doc) {
        const got = await call("document", { id });
        if (!got) return;
        doc = got;
        docCache.set(id, doc);
      }
      set((s) => ({ viewer: { doc, target: target ?? null, nonce: (s.viewer?.nonce ?? 0) + 1 } }));
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },

  closeViewer() {
    set({ viewer: null });
  },

  setPathEnd(which, end) {
    set(which === "from" ? { pathFrom: end, pathResult: null } : { pathTo: end, pathResult: null });
    // Both ends set: the path is drawn at once, no third click.
    if (get().pathFrom && get().pathTo) void get().findPath();
  },

  async findPath() {
    const { pathFrom, pathTo, filter } = get();
    if (!pathFrom || !pathTo) return;
    try {
      // Through what the filters show: a step over a hidden kind of relation (department_responsible
      // is off at first) would be found but not drawn, and the path would look broken.
      const { types, relationTypes, levels, status, review } = filter;
      const res = await call("path", {
        from: pathFrom.id,
        to: pathTo.id,
        filter: { types, relationTypes, levels, status, review },
      });
      if (!res) {
        set({ pathResult: "none" });
        return;
      }
      set((s) => ({ pathResult: res, extras: mergeInto(s.extras, res) }));
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },

  clearPath() {
    set({ pathFrom: null, pathTo: null, pathResult: null });
  },

  runLayout(name) {
    set((s) => ({ layout: name ?? s.layout, layoutRun: s.layoutRun + 1 }));
  },
  fit() {
    set((s) => ({ fitRun: s.fitRun + 1 }));
  },
  zoom(factor) {
    set((s) => ({ zoomRun: { factor, n: s.zoomRun.n + 1 } }));
  },
  focusSearch() {
    set((s) => ({ searchFocusRun: s.searchFocusRun + 1 }));
  },

  async importFiles(files) {
    if (files.length === 0) return;
    set({ importing: files.length, error: null });
    const stop = watchProgress();
    try {
      const res: ImportSummary = await call("importFiles", { files });
      docCache.clear();
      const [stats, documents] = await Promise.all([call("stats", {}), firstDocuments(get().filter.documents)]);
      set({ stats, ...documents, importing: null, notice: { ...res, files: files.map((f) => f.name) } });
      await loadSubgraph();
    } catch (e) {
      set({ importing: null, error: errorMessage(e) });
    } finally {
      stop();
    }
  },

  async loadSamples() {
    set({ importing: 0, error: null });
    const stop = watchProgress();
    try {
      const res = await call("loadSamples", {});
      docCache.clear();
      const [stats, documents] = await Promise.all([call("stats", {}), firstDocuments(get().filter.documents)]);
      set({ stats, ...documents, importing: null, notice: { ...res, files: [] } });
      await loadSubgraph();
    } catch (e) {
      set({ importing: null, error: errorMessage(e) });
    } finally {
      stop();
    }
  },

  dismiss() {
    set({ error: null, notice: null });
  },

  async moreDocuments() {
    try {
      set(await moreDocuments(get().documents, get().documentPages));
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },

  afterChange(opts) {
    return afterChange(opts);
  },

  async refresh() {
    try {
      docCache.clear();
      const [stats, documents] = await Promise.all([call("stats", {}), firstDocuments(get().filter.documents)]);
      set({ stats, ...documents, progress: null });
      if (documents.documents.length > 0) await loadSubgraph();
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },
}));

/**
 * The overview's "collapse": drops what double-clicks (and paths, picked results) pulled in on top
 * of the overview; the selected entity stays.
 */
export function collapseExpansions(): void {
  const { extras, selectedId } = useStore.getState();
  useStore.setState({
    extras: { nodes: extras.nodes.filter((n) => n.id === selectedId), edges: [] },
    pathFrom: null,
    pathTo: null,
    pathResult: null,
  });
}

/** Asks the host for the graph again with the same filter (the overview's "more" raised its limit). */
export function reloadGraph(): void {
  void loadSubgraph();
}

/** While an import runs, the host's per-file progress (the status bar shows it). */
function watchProgress(): () => void {
  const timer = setInterval(() => {
    call("status", {})
      .then((st) => {
        if (st.phase === "importing" && useStore.getState().importing !== null) {
          useStore.setState({ progress: { done: st.done, total: st.total, file: st.file } });
        }
      })
      .catch(() => undefined);
  }, 400);
  return () => {
    clearInterval(timer);
    useStore.setState({ progress: null });
  };
}

/** Cytoscape elements are never removed (sync.ts), so positions stay put through all this. */
async function afterChange(opts: ChangeOptions = {}): Promise<Set<number> | null> {
  const store = useStore.getState();
  await store.refresh();
  const { extras, filter, selectedId, viewer } = useStore.getState();
  const allowed = new Set<string>(filter.review ?? ["unreviewed", "confirmed"]);
  let existing: Set<number> | null = null;
  const check = opts.check ?? [];
  if (extras.nodes.length > 0 || extras.edges.length > 0 || check.length > 0) {
    // Only the entities in question (pulled in by hand, their edges' ends, the caller's): the
    // whole graph is megabytes at scale (issue 14).
    const ids = new Set([
      ...check,
      ...extras.nodes.map((n) => n.id),
      ...extras.edges.flatMap((e) => [e.source, e.target]),
    ]);
    const all: Subgraph = await call("subgraph", { review: [...ALL_REVIEW], ids: [...ids] });
    const nodes = new Map(all.nodes.map((n) => [n.id, n]));
    const edges = new Map(all.edges.map((e) => [e.id, e]));
    const keepNodes: GraphNode[] = [];
    for (const n of extras.nodes) {
      const fresh = nodes.get(n.id);
      if (fresh && allowed.has(fresh.review)) keepNodes.push(fresh);
    }
    const keepEdges: GraphEdge[] = [];
    for (const e of extras.edges) {
      const fresh = edges.get(e.id);
      if (fresh && allowed.has(fresh.review)) keepEdges.push(fresh);
    }
    useStore.setState({ extras: { nodes: keepNodes, edges: keepEdges } });
    existing = new Set(nodes.keys());
  }
  const focus = opts.focus;
  if (focus === null) {
    await store.select(null);
  } else if (focus !== undefined && focus !== selectedId) {
    await store.select(focus, { centre: true });
  } else if (selectedId !== null) {
    // The same entity: new details, without pulling it back into view if it was just rejected.
    const detail = await call("entity", { id: selectedId });
    if (useStore.getState().selectedId === selectedId) {
      if (detail) useStore.setState({ detail });
      else await store.select(null);
    }
  }
  if (viewer) {
    const doc = await call("document", { id: viewer.doc.id });
    const now = useStore.getState().viewer;
    if (now && now.doc.id === viewer.doc.id) {
      useStore.setState({ viewer: doc ? { ...now, doc, target: opts.viewerTarget ?? now.target } : null });
    }
  }
  if (useStore.getState().focus.on) await useStore.getState().setFocus(true);
  return existing;
}

async function loadSubgraph(): Promise<void> {
  const seq = ++subSeq;
  try {
    const t = performance.now();
    // At scale the first view is the top N by degree (graph/overview.ts); the status bar says so.
    const sub = await call("subgraph", { ...graphRequest(useStore.getState().filter), limit: overviewLimit() });
    window.__kgTimings ??= { subgraph: Math.round(performance.now() - t), subgraphAt: Math.round(performance.now()) };
    if (seq !== subSeq) return;
    const { filter } = useStore.getState();
    if (!relationsChosen && sub.edges.length === 0 && sub.nodes.length > 0) {
      const more = RELATION_TYPES.filter((r) => r !== "co_mention" && !filter.relationTypes.includes(r));
      if (more.length > 0) {
        // Documents that only name departments and their duties: without department_responsible
        // nothing would be linked, so the default set takes it in rather than show an empty canvas.
        relationsChosen = true;
        useStore.setState({ filter: { ...filter, relationTypes: [...filter.relationTypes, ...more] } });
        await loadSubgraph();
        return;
      }
    }
    const drawn = newReserve(sub);
    // Stored positions first: the graph then draws at once where it stood last time.
    await fetchPositions(drawn.nodes.map((n) => n.id));
    if (seq !== subSeq) return;
    useStore.setState({ sub: drawn });
    loadGroupCounts(graphRequest(filter));
  } catch (e) {
    useStore.setState({ error: errorMessage(e) });
  }
}
