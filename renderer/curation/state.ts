// Curation state: the multi-selection (for merge / new relation), the current text selection in
// the document viewer, undo/redo availability, which curation panel is open. Every action goes
// through `act`, which calls the API, then refreshes graph, details and viewer (refresh.ts).
import { create } from "zustand";
import type { ApiInput, ApiName, ApiOutput, GraphNode } from "../api-types.ts";
import { call, errorMessage } from "../client.ts";
import { type ChangeOptions, useStore } from "../store.ts";

export type ReviewState = GraphNode["review"];

export type CurationPanel = "queue" | "history" | "orphans" | null;

export interface DocSelection {
  documentId: number;
  start: number;
  end: number;
  text: string;
}

export type ImportReport = ApiOutput<"importAnnotations">;

interface CurationState {
  /** Entities picked with Shift/Ctrl-click or box select, in picking order. */
  picked: number[];
  docSelection: DocSelection | null;
  canUndo: boolean;
  canRedo: boolean;
  busy: boolean;
  panel: CurationPanel;
  importReport: ImportReport | null;
  /** Bumped after every change to the knowledge base: open panels reload. */
  rev: number;
  togglePick(id: number): void;
  addPicks(ids: number[]): void;
  setPicked(ids: number[]): void;
  setDocSelection(sel: DocSelection | null): void;
  setPanel(panel: CurationPanel): void;
  setImportReport(r: ImportReport | null): void;
}

export const useCuration = create<CurationState>()((set, get) => ({
  picked: [],
  docSelection: null,
  canUndo: false,
  canRedo: false,
  busy: false,
  panel: null,
  importReport: null,
  rev: 0,
  togglePick(id) {
    const { picked } = get();
    if (picked.includes(id)) {
      set({ picked: picked.filter((x) => x !== id) });
      return;
    }
    // The entity already open in the details panel counts as the first pick.
    const sel = useStore.getState().selectedId;
    const base = picked.length === 0 && sel !== null && sel !== id ? [sel] : picked;
    set({ picked: [...base, id] });
  },
  addPicks(ids) {
    const picked = [...get().picked];
    for (const id of ids) if (!picked.includes(id)) picked.push(id);
    set({ picked });
  },
  setPicked(ids) {
    set({ picked: ids });
  },
  setDocSelection(sel) {
    set({ docSelection: sel });
  },
  setPanel(panel) {
    set({ panel });
  },
  setImportReport(r) {
    set({ importReport: r });
  },
}));

type ActionName =
  | "editEntity"
  | "addAlias"
  | "removeAlias"
  | "mergeEntities"
  | "splitEntity"
  | "setReview"
  | "createEntity"
  | "createRelation"
  | "deleteUserItem"
  | "undo"
  | "redo";

export type RefreshOptions = ChangeOptions;

/**
 * After a curation action: the store brings graph, details and viewer up to date (its own
 * slices); the multi-selection here drops entities that no longer exist (merged away, deleted).
 */
export async function refreshAfterCuration(opts: RefreshOptions = {}): Promise<void> {
  const existing = await useStore.getState().afterChange({ ...opts, check: useCuration.getState().picked });
  if (!existing) return;
  const picked = useCuration.getState().picked;
  if (picked.some((id) => !existing.has(id))) useCuration.setState({ picked: picked.filter((id) => existing.has(id)) });
}

/** Reports a failure the way the rest of the app does (the Notice toast). */
export function fail(e: unknown): void {
  useStore.setState({ error: errorMessage(e) });
}

/**
 * Runs one curation action, then brings graph, details, viewer and panels up to date.
 * `opts.focus` picks the entity to show afterwards (default: the one the action names; pass
 * `focus: undefined` to keep the current selection).
 * Returns the action's output, or null when it was refused (the reason is shown).
 */
export function act<K extends ActionName>(
  name: K,
  input: ApiInput<K>,
  opts: RefreshOptions = {},
): Promise<ApiOutput<K> | null> {
  return serial(() => runAction(name, input, opts));
}

let queue: Promise<void> = Promise.resolve();
let pending = 0;

/** Changes run one at a time, in the order asked (a quick Ctrl+Z, Ctrl+Y is two steps, none dropped). */
export function serial<T>(fn: () => Promise<T>): Promise<T> {
  pending++;
  useCuration.setState({ busy: true });
  const run = queue.then(fn).finally(() => {
    pending--;
    useCuration.setState({ busy: pending > 0 });
  });
  queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

async function runAction<K extends ActionName>(
  name: K,
  input: ApiInput<K>,
  opts: RefreshOptions,
): Promise<ApiOutput<K> | null> {
  try {
    const out = await call(name, input);
    const { canUndo, canRedo } = out as { canUndo: boolean; canRedo: boolean };
    const named = (out as { entityId?: number }).entityId;
    useCuration.setState((s) => ({ canUndo, canRedo, rev: s.rev + 1 }));
    await refreshAfterCuration({ ...opts, focus: "focus" in opts ? opts.focus : named });
    return out;
  } catch (e) {
    fail(e);
    return null;
  }
}

/** Undo/redo availability, e.g. on start (the log survives restarts). */
export async function loadUndoState(): Promise<void> {
  try {
    const h = await call("history", { limit: 1 });
    useCuration.setState({ canUndo: h.canUndo, canRedo: h.canRedo });
  } catch {
    // Older hosts without curation: the buttons stay disabled.
  }
}

/** Typed pass-through for read-only curation calls (queue, history, export). */
export function read<K extends ApiName>(name: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
  return call(name, input);
}
