// Saved views and presentation (zustand, apart from the explorer's store): the list, the view
// on screen, save/restore, and stepping through views on stage. Views live in the database
// (viewSave & co.), so they survive restarts; nothing here is kept in localStorage.
// Over 400 lines: save, restore and the stage are one state machine over the same view (restoreSeq).
import { create } from "zustand";
import type { ApiInput, ApiOutput, GraphEdge, GraphFilter, GraphNode } from "../api-types.ts";
import { call, errorMessage } from "../client.ts";
import { LABEL_FONT_SIZE } from "../graph/cy-style.ts";
import { LABEL_ALL, unplacedLabels } from "../graph/labels.ts";
import { apiFilter, defaultFilter, type Filter, useStore } from "../store.ts";
import { applyViewTime, timeSnapshot } from "../time/state.ts";
import {
  applyLook,
  applyPicture,
  type Camera,
  capturePicture,
  fitCamera,
  getCy,
  type Look,
  setLocked,
  waitForNodes,
} from "./cy.ts";
import { highlighted } from "./highlight.ts";
import { briefingVisible } from "./narrow.ts";
import { isPiled, rings } from "./tidy.ts";

export type ViewSummary = ApiOutput<"viewsList">[number];
export type SavedView = NonNullable<ApiOutput<"viewGet">>;

export interface ShownView {
  id: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Saved entities/relations that no longer exist (merged or deleted since). */
  missing: { entities: number; relations: number };
  /** Where the camera goes back to after presenting (null: fit what is shown). */
  camera?: Camera | null;
  viewport?: { w: number; h: number } | null;
}

/** What views keep in their free-form `spotlight` field. */
interface SpotlightSettings {
  on: boolean;
  /** The canvas size when saved, so the camera can be re-centred on another canvas. */
  viewport: { w: number; h: number } | null;
}

interface BriefingState {
  views: ViewSummary[];
  /** The view last saved or restored: "save over", captions and presenting start from it. */
  activeId: number | null;
  /** The view on screen; null shows the live, filtered graph. */
  shown: ShownView | null;
  panelOpen: boolean;
  exportOpen: boolean;
  presenting: boolean;
  confirmedOnly: boolean;
  labelSize: number;
  spotlight: boolean;
  /** A long task in progress (briefing pack), with its progress. */
  busy: { done: number; total: number } | null;
  error: string | null;
  /** Bumped to move keyboard focus into the name field. */
  nameFocusRun: number;
  /** Bumped when a restored view has settled (positions and camera in place). */
  restored: number;
}

export const useBriefing = create<BriefingState>()(() => ({
  views: [],
  activeId: null,
  shown: null,
  panelOpen: false,
  exportOpen: false,
  presenting: false,
  confirmedOnly: false,
  labelSize: LABEL_FONT_SIZE,
  spotlight: false,
  busy: null,
  error: null,
  nameFocusRun: 0,
  restored: 0,
}));

const set = useBriefing.setState;
const get = useBriefing.getState;

async function guarded<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    const out = await fn();
    if (get().error) set({ error: null });
    return out;
  } catch (e) {
    set({ error: errorMessage(e) });
    return undefined;
  }
}

/** Presenting labels every node of a view up to this size (past it, labels are culled as in the explorer). */
export const LABEL_ALL_MAX = 150;

export function lookNow(): Look {
  const s = get();
  const shownCount = getCy()?.nodes().not(".hidden").length ?? 0;
  return {
    presenting: s.presenting,
    labelSize: s.labelSize,
    spotlight: s.spotlight,
    labelAll: s.presenting && shownCount <= LABEL_ALL_MAX,
  };
}

export function refreshLook(): void {
  const cy = getCy();
  if (cy) applyLook(cy, lookNow());
}

export async function loadViews(): Promise<void> {
  await guarded(async () => {
    const views = await call("viewsList", {});
    const { activeId } = get();
    set({ views, activeId: views.some((v) => v.id === activeId) ? activeId : null });
  });
}

export interface SaveOptions {
  /** Keep only the highlighted part (the path, the focus, the selection's neighbourhood), tidily laid out. */
  keepHighlighted?: boolean;
}

/** Everything about the picture on screen, as viewSave takes it. */
function currentState(o: SaveOptions = {}): Omit<ApiInput<"viewSave">, "id" | "name" | "caption"> | null {
  const cy = getCy();
  if (!cy) return null;
  const pic = capturePicture(cy);
  const part = o.keepHighlighted ? highlighted(cy) : null;
  if (part) {
    pic.entityKeys = part.entityKeys;
    pic.relationIds = part.relationIds;
    pic.positions = part.positions;
  }
  const s = useStore.getState();
  const key = (id: number | undefined) => (id === undefined ? undefined : pic.keyOf.get(id));
  const selectedKey = key(s.selectedId ?? undefined);
  let focus: ApiInput<"viewSave">["focus"] = null;
  if (s.pathResult && s.pathResult !== "none" && s.pathFrom && s.pathTo) {
    const from = key(s.pathFrom.id);
    const to = key(s.pathTo.id);
    const keys = s.pathResult.nodes.map((n) => n.key);
    if (from && to) focus = { kind: "path", from, to, keys };
  } else if (s.focus.on && selectedKey) {
    focus = { kind: "entity", key: selectedKey, depth: s.focus.depth };
  }
  const b = get();
  const spotlight: SpotlightSettings = { on: b.spotlight, viewport: pic.viewport };
  return {
    filter: apiFilter(s.filter),
    entityKeys: pic.entityKeys,
    relationIds: pic.relationIds,
    selection: selectedKey ? [selectedKey] : [],
    focus,
    positions: pic.positions,
    // A kept part is re-laid out: fit it wherever it is shown.
    camera: part ? null : pic.camera,
    labelSize: b.labelSize,
    spotlight: { ...spotlight },
    time: timeSnapshot(),
  };
}

/** Saves what is on screen as a new view at the end of the list. */
export async function saveNewView(
  name: string,
  caption?: { title: string; note: string },
  o: SaveOptions = {},
): Promise<boolean> {
  const state = currentState(o);
  if (!state || name.trim() === "") return false;
  const saved = await guarded(() => call("viewSave", { name: name.trim(), ...state, ...(caption ? { caption } : {}) }));
  if (!saved) return false;
  set({ activeId: saved.id });
  await loadViews();
  return true;
}

/** "Save over": the view keeps its name, caption and place in the list. */
export async function saveOverView(id: number, o: SaveOptions = {}): Promise<boolean> {
  const state = currentState(o);
  if (!state) return false;
  const saved = await guarded(() => call("viewSave", { id, ...state }));
  if (!saved) return false;
  set({ activeId: id });
  await loadViews();
  return true;
}

export async function renameView(id: number, name: string): Promise<void> {
  if (name.trim() === "") return;
  await guarded(() => call("viewRename", { id, name: name.trim() }));
  await loadViews();
}

export async function moveView(id: number, to: number): Promise<void> {
  const ids = get().views.map((v) => v.id);
  const from = ids.indexOf(id);
  if (from < 0 || to < 0 || to >= ids.length || from === to) return;
  ids.splice(from, 1);
  ids.splice(to, 0, id);
  await guarded(async () => set({ views: await call("viewReorder", { ids }) }));
}

export async function duplicateView(id: number, name?: string): Promise<void> {
  const copy = await guarded(() => call("viewDuplicate", { id, ...(name ? { name } : {}) }));
  if (copy) set({ activeId: copy.id });
  await loadViews();
}

export async function deleteView(id: number): Promise<void> {
  await guarded(() => call("viewDelete", { id }));
  if (get().shown?.id === id) closeView();
  if (get().activeId === id) set({ activeId: null });
  await loadViews();
}

export async function saveCaption(id: number, caption: { title: string; note: string }): Promise<void> {
  const view = get().views.find((v) => v.id === id);
  if (view && view.caption.title === caption.title && view.caption.note === caption.note) return;
  await guarded(() => call("viewSave", { id, caption }));
  await loadViews();
}

export function setLabelSize(px: number): void {
  set({ labelSize: px });
  refreshLook();
}

export function setSpotlight(on: boolean): void {
  set({ spotlight: on });
  refreshLook();
}

/** Back to the live, filtered graph (the nodes stay where the view put them). */
export function closeView(): void {
  set({ shown: null });
}

function fullFilter(f: GraphFilter): Filter {
  const d = defaultFilter();
  return {
    ...d,
    ...f,
    types: f.types ?? d.types,
    relationTypes: f.relationTypes ?? d.relationTypes,
    documents: f.documents ?? [],
    levels: f.levels ?? d.levels,
    status: f.status ?? d.status,
    review: f.review ?? d.review,
    minDegree: f.minDegree ?? 0,
    hideIsolated: f.hideIsolated ?? false,
  };
}

function spotlightOf(v: SavedView): SpotlightSettings {
  const raw = v.state.spotlight as Partial<SpotlightSettings> | null;
  const vp = raw?.viewport;
  const viewport = vp && typeof vp.w === "number" && typeof vp.h === "number" ? { w: vp.w, h: vp.h } : null;
  return { on: raw?.on === true, viewport };
}

let restoreSeq = 0;

/**
 * Puts a saved view back on screen: its entities and relations at their saved positions,
 * its filters in the filter panel, its selection or path, its camera and label size.
 */
export async function restoreView(id: number, opts: { animate?: boolean } = {}): Promise<boolean> {
  const seq = ++restoreSeq;
  const graph = await guarded(() => call("viewGraph", { id }));
  if (!graph || seq !== restoreSeq) return false;
  const st = graph.view.state;
  const explorer = useStore.getState();
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));

  // The view's own node set replaces focus and pulled-in extras.
  useStore.setState({
    focus: { on: false, depth: explorer.focus.depth, sub: null },
    extras: { nodes: [], edges: [] },
    pathFrom: null,
    pathTo: null,
    pathResult: null,
  });
  const spot = spotlightOf(graph.view);
  set({
    shown: {
      id,
      nodes: graph.nodes,
      edges: graph.edges,
      missing: { entities: graph.missing.entities.length, relations: graph.missing.relations.length },
      camera: st.camera ?? null,
      viewport: spot.viewport,
    },
    activeId: id,
    labelSize: st.labelSize ?? LABEL_FONT_SIZE,
    spotlight: spot.on,
  });
  useStore.getState().setFilter(fullFilter(st.filter));
  void applyViewTime(st.time);

  const selected = st.selection.map((k) => byKey.get(k)).find((n) => n !== undefined);
  void useStore.getState().select(selected ? selected.id : null);
  if (st.focus?.kind === "path") {
    const from = byKey.get(st.focus.from);
    const to = byKey.get(st.focus.to);
    if (from && to) {
      useStore.getState().setPathEnd("from", { id: from.id, name: from.name });
      useStore.getState().setPathEnd("to", { id: to.id, name: to.name });
      await useStore.getState().findPath();
    }
  }

  const expected = briefingVisible(null, get().shown, {
    filter: useStore.getState().filter,
    extras: { nodes: [], edges: [] },
    selectedId: selected?.id ?? null,
    confirmedOnly: get().presenting && get().confirmedOnly,
  });
  const cy = await waitForNodes(expected?.nodes.map((n) => n.id) ?? []);
  if (!cy || seq !== restoreSeq) return false;
  refreshLook();
  const positions = new Map<number, { x: number; y: number }>();
  for (const n of graph.nodes) if (n.position) positions.set(n.id, n.position);
  let camera: Camera | null = st.camera ? fitCamera(cy, st.camera, spot.viewport, get().presenting) : null;
  // A focus neighbourhood saved before it was laid out piles up: lay it out as rings and fit.
  const onScreen = (expected?.nodes ?? []).filter((n) => positions.has(n.id));
  const toRings = () => {
    const centre = pickCentre(st, onScreen);
    const keyToId = new Map(onScreen.map((n) => [n.key, n.id]));
    const idToKey = new Map(onScreen.map((n) => [n.id, n.key]));
    const edges = (expected?.edges ?? []).flatMap((e) => {
      const a = idToKey.get(e.source);
      const b = idToKey.get(e.target);
      return a && b ? [[a, b] as [string, string]] : [];
    });
    const tidy = rings(centre, [...keyToId.keys()], edges);
    // An ellipse as wide as the canvas, no longer round: the same arc per name in less height,
    // so the fitted picture (and every name) is drawn larger on a wide stage.
    const a = Math.min(1.8, Math.max(1, cy.width() / Math.max(cy.height(), 1)));
    const k = Math.sqrt((a * a + 1) / 2);
    for (const [key, p] of Object.entries(tidy))
      positions.set(keyToId.get(key) as number, { x: (p.x * a) / k, y: p.y / k });
  };
  const forgetCamera = () => {
    const sv = get().shown;
    if (sv?.id === id) set({ shown: { ...sv, camera: null } });
  };
  beforeRings = null;
  const ringed = isPiled(onScreen.map((n) => positions.get(n.id) as { x: number; y: number }));
  if (ringed) {
    toRings();
    forgetCamera();
    camera = null;
  }
  await applyPicture(cy, positions, camera, opts.animate ?? false, () => get().presenting);
  // Presented, every name is drawn: in a small picture where a tenth of the names found no free
  // place (a star of long names at stage size) they would pile up, so it goes to rings instead.
  const names = cy.nodes().not(".hidden").length;
  const piling = names <= LABEL_ALL && unplacedLabels(cy) >= Math.max(2, names / 10);
  if (seq === restoreSeq && get().presenting && !ringed && piling) {
    // for the stage only: leaving it puts the view's own picture back
    beforeRings = { id, positions: new Map(positions) };
    toRings();
    await applyPicture(cy, positions, null, false, () => get().presenting);
  }
  if (seq !== restoreSeq) return false;
  set((s) => ({ restored: s.restored + 1 }));
  return true;
}

/** The focus entity, else the selection, else the best-connected node. */
function pickCentre(st: SavedView["state"], nodes: GraphNode[]): string {
  const keys = new Set(nodes.map((n) => n.key));
  if (st.focus?.kind === "entity" && keys.has(st.focus.key)) return st.focus.key;
  const sel = st.selection.find((k) => keys.has(k));
  if (sel) return sel;
  return [...nodes].sort((a, b) => b.degree - a.degree)[0]?.key ?? "";
}

/** The shown view's own camera again (after presenting moved it), or a fit when it has none. */
/** The shown view's positions before the stage laid it out in rings (presenting only). */
let beforeRings: { id: number; positions: Map<number, { x: number; y: number }> } | null = null;

async function restoreCamera(): Promise<void> {
  const cy = getCy();
  const sv = get().shown;
  if (!cy || !sv) return;
  const camera = sv.camera ? fitCamera(cy, sv.camera, sv.viewport ?? null, false) : null;
  const back = beforeRings?.id === sv.id ? beforeRings.positions : new Map<number, { x: number; y: number }>();
  beforeRings = null;
  await applyPicture(cy, back, camera, false, () => get().presenting);
}

// ---- presentation ----------------------------------------------------------------------------

export async function showSlide(index: number): Promise<void> {
  const { views } = get();
  const v = views[index];
  if (!v) return;
  await restoreView(v.id, { animate: true });
}

export function slideIndex(): number {
  const { views, activeId } = get();
  return views.findIndex((v) => v.id === activeId);
}

export async function step(delta: number): Promise<void> {
  const { views } = get();
  if (views.length === 0) return;
  const at = slideIndex();
  const to = Math.max(0, Math.min(views.length - 1, at < 0 ? 0 : at + delta));
  if (to === at) return;
  await showSlide(to);
}

export async function startPresenting(): Promise<void> {
  if (get().presenting) return;
  await loadViews();
  // The views panel is hidden on stage and comes back as it was.
  set({ presenting: true, exportOpen: false });
  document.documentElement.classList.add("presenting");
  // Full screen needs the key press or click that got us here; refusals are fine (the panels still hide).
  document.documentElement.requestFullscreen?.().catch(() => undefined);
  await afterResize();
  const cy = getCy();
  if (cy) setLocked(cy, true);
  refreshLook();
  const { views } = get();
  const at = slideIndex();
  if (views.length > 0) await showSlide(at < 0 ? 0 : at);
  else cy?.animate({ fit: { eles: cy.elements().not(".hidden"), padding: 40 } }, { duration: 400 });
}

export async function stopPresenting(): Promise<void> {
  if (!get().presenting) return;
  set({ presenting: false });
  document.documentElement.classList.remove("presenting");
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
  const cy = getCy();
  if (cy) setLocked(cy, false);
  refreshLook();
  await afterResize();
  await restoreCamera();
}

export function setConfirmedOnly(on: boolean): void {
  set({ confirmedOnly: on });
  // The node count decides whether every label is drawn: look again once the graph has synced.
  requestAnimationFrame(() => requestAnimationFrame(refreshLook));
}

/** The graph's box changes when panels hide/show: let the layout settle and tell cytoscape. */
async function afterResize(): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  getCy()?.resize();
}

export function togglePanel(open?: boolean): void {
  set((s) => ({ panelOpen: open ?? !s.panelOpen }));
}

export function toggleExport(open?: boolean): void {
  set((s) => ({ exportOpen: open ?? !s.exportOpen }));
}

export function focusNameField(): void {
  set((s) => ({ panelOpen: true, nameFocusRun: s.nameFocusRun + 1 }));
}

export function setBusy(busy: BriefingState["busy"]): void {
  set({ busy });
}

export function setError(error: string | null): void {
  set({ error });
}
