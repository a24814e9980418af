// The review table's state: rows from the backend with optimistic decisions laid over them
// (the screen changes at the key press; the store answers later, a refusal puts the row back),
// and the filters, sort and width, kept while the table moves between the tab and the wide view.
import { create } from "zustand";
import type { ApiOutput } from "../api-types.ts";
import { call } from "../client.ts";
import { refreshAfterCuration } from "../curation/refresh.ts";
import { fail, serial, useCuration } from "../curation/state.ts";
import { type Filters, NO_FILTERS, type Row, rowKey, type SortKey, type State } from "./rows.ts";

type Facets = NonNullable<ApiOutput<"reviewTable">["facets"]>;
type Counts = Record<State, number>;

/** Rows asked for at a time; a reload asks for at most this many (the cursor rarely goes deeper). */
export const PAGE = 200;
const MAX_RELOAD = 2000;

interface ReviewUi {
  /** The pages loaded so far, in the server's order (filtered and sorted there). */
  rows: Row[] | null;
  /** Items passing the filters (kept ones included) and their counts by stored state. */
  total: number;
  states: Counts;
  facets: Facets | null;
  documents: Map<number, string>;
  /** Stored state of the rows seen, so pending decisions can move the counts by state. */
  stored: Map<string, State>;
  /** Decisions shown before the store has answered (or before the next reload). */
  pending: Map<string, State>;
  filters: Filters;
  sort: { key: SortKey; dir: 1 | -1 };
  /** Decided since the filters last changed: they stay in the list so the cursor does not jump. */
  keep: Set<string>;
  cursor: number;
  wide: boolean;
  loading: boolean;
}

const NO_COUNTS: Counts = { unreviewed: 0, confirmed: 0, rejected: 0 };

export const useReview = create<ReviewUi>()(() => ({
  rows: null,
  total: 0,
  states: NO_COUNTS,
  facets: null,
  documents: new Map(),
  stored: new Map(),
  pending: new Map(),
  filters: NO_FILTERS,
  sort: { key: "confidence", dir: 1 },
  keep: new Set(),
  cursor: 0,
  wide: false,
  loading: false,
}));

const set = useReview.setState;
const get = useReview.getState;

/** The filters and kept items as the backend takes them. */
function shownSet(s: ReviewUi) {
  const f = s.filters;
  const keep = { entities: [] as number[], relations: [] as number[] };
  for (const k of s.keep) {
    const [kind, id] = k.split(":");
    (kind === "entity" ? keep.entities : keep.relations).push(Number(id));
  }
  return {
    filters: { ...f, document: f.document ? Number(f.document) : null },
    keep,
  };
}

let loadSeq = 0;
/** The first pages again (as many as were loaded, so the cursor keeps its row), with the menus' counts. */
export async function loadRows(reset = false): Promise<void> {
  const seq = ++loadSeq;
  const s = get();
  set(reset ? { loading: true, rows: null, cursor: 0 } : { loading: true });
  try {
    const limit = Math.min(MAX_RELOAD, Math.max(PAGE, reset ? 0 : (s.rows?.length ?? 0)));
    // The menus' counts cover every item, whatever the filters: read once per table opened.
    const facets = s.facets === null || !s.rows;
    const t = await call("reviewTable", { ...shownSet(s), sort: s.sort, offset: 0, limit, facets });
    if (seq !== loadSeq) return;
    set({
      rows: t.rows,
      total: t.total,
      states: t.states,
      facets: t.facets ?? get().facets,
      documents: new Map(t.documents.map((d) => [d.id, d.title])),
      stored: new Map(t.rows.map((r) => [rowKey(r), r.state])),
      pending: new Map(),
      loading: false,
    });
  } catch (e) {
    if (seq === loadSeq) set({ loading: false });
    fail(e);
  }
}

/** The next page, appended (scrolling near the end, the cursor walking off it, or "more"). */
export async function loadMore(): Promise<void> {
  const s = get();
  if (s.loading || !s.rows || s.rows.length >= s.total) return;
  const seq = ++loadSeq;
  set({ loading: true });
  try {
    const t = await call("reviewTable", { ...shownSet(s), sort: s.sort, offset: s.rows.length, limit: PAGE });
    if (seq !== loadSeq) return;
    set((now) => {
      const have = new Set((now.rows ?? []).map(rowKey));
      const add = t.rows.filter((r) => !have.has(rowKey(r)));
      const documents = new Map(now.documents);
      for (const d of t.documents) documents.set(d.id, d.title);
      const stored = new Map(now.stored);
      for (const r of add) stored.set(rowKey(r), r.state);
      return {
        rows: [...(now.rows ?? []), ...add],
        total: t.total,
        states: t.states,
        documents,
        stored,
        loading: false,
      };
    });
  } catch (e) {
    if (seq === loadSeq) set({ loading: false });
    fail(e);
  }
}

export function setFilters(patch: Partial<Filters>): void {
  set((s) => ({ filters: { ...s.filters, ...patch }, keep: new Set(), cursor: 0 }));
  void loadRows(true);
}

export function setSort(key: SortKey): void {
  set((s) => ({ sort: { key, dir: s.sort.key === key ? (-s.sort.dir as 1 | -1) : 1 }, cursor: 0 }));
  void loadRows(true);
}

/** Counts by state as the user sees them: the stored counts moved by the pending decisions. */
export function liveStates(s: Pick<ReviewUi, "states" | "stored" | "pending">): Counts {
  const c = { ...s.states };
  for (const [k, to] of s.pending) {
    const from = s.stored.get(k);
    if (from === undefined || from === to) continue;
    c[from]--;
    c[to]++;
  }
  return c;
}

export function setCursor(i: number): void {
  set({ cursor: i });
}

export function setWide(wide: boolean): void {
  set({ wide });
}

/** The row as the user sees it: the pending decision wins over the loaded state. */
export function stateOf(r: Row, pending: Map<string, State>): State {
  return pending.get(rowKey(r)) ?? r.state;
}

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
/** The graph and details catch up once the user pauses, not after every key. */
function refreshSoon(): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refreshAfterCuration({ focus: undefined }).catch(fail), 700);
}

function markPending(keys: string[], state: State | null): Map<string, State> {
  const before = new Map(get().pending);
  set((s) => {
    const pending = new Map(s.pending);
    const keep = new Set(s.keep);
    for (const k of keys) {
      if (state === null) pending.delete(k);
      else pending.set(k, state);
      keep.add(k);
    }
    return { pending, keep };
  });
  return before;
}

/** One row's decision: shown at once, sent in order behind any other change. */
export function decide(row: Row, state: State): void {
  if (stateOf(row, get().pending) === state) return;
  const before = markPending([rowKey(row)], state);
  void serial(async () => {
    try {
      // The stored state may differ from what is shown (an earlier decision still on its way).
      const out = await call("setReview", { kind: row.kind, id: row.id, state });
      useCuration.setState({ canUndo: out.canUndo, canRedo: out.canRedo });
      refreshSoon();
    } catch (e) {
      if (!/already/u.test(String((e as Error).message))) {
        set({ pending: before });
        fail(e);
      }
    }
  });
}

/** One decision for many items (one undo), shown at once; `was` holds stored states not yet seen. */
function decideKeys(ids: { entities: number[]; relations: number[] }, state: State, was?: Map<string, State>): void {
  if (was?.size)
    set((s) => {
      const stored = new Map(s.stored);
      for (const [k, v] of was) if (!stored.has(k)) stored.set(k, v);
      return { stored };
    });
  const keys = [...ids.entities.map((id) => `entity:${id}`), ...ids.relations.map((id) => `relation:${id}`)];
  const before = markPending(keys, state);
  void serial(async () => {
    try {
      const out = await call("setReviewBatch", { ...ids, state });
      useCuration.setState((s) => ({ canUndo: out.canUndo, canRedo: out.canRedo, rev: s.rev + 1 }));
      refreshSoon();
    } catch (e) {
      set({ pending: before });
      fail(e);
    }
  });
}

/** Every row given, one decision (one undo); shown at once. Returns how many changed. */
export function decideAll(rows: Row[], state: State): number {
  const change = rows.filter((r) => stateOf(r, get().pending) !== state);
  if (change.length === 0) return 0;
  decideKeys(
    {
      entities: change.filter((r) => r.kind === "entity").map((r) => r.id),
      relations: change.filter((r) => r.kind === "relation").map((r) => r.id),
    },
    state,
  );
  return change.length;
}

const LETTER: Record<string, State> = { u: "unreviewed", c: "confirmed", r: "rejected" };

/**
 * "Confirm/reject all shown": every item passing the filters, loaded or not. When every one is
 * loaded the screen changes at the click; otherwise the backend names them first.
 */
export function decideAllShown(state: State): void {
  const s = get();
  const rows = s.rows ?? [];
  if (rows.length >= s.total) {
    decideAll(rows, state);
    return;
  }
  void (async () => {
    try {
      const ids = await call("reviewKeys", { ...shownSet(s), state });
      const was = new Map<string, State>();
      [...ids.entities.map((id) => `entity:${id}`), ...ids.relations.map((id) => `relation:${id}`)].forEach((k, i) =>
        was.set(k, LETTER[ids.was[i] ?? "u"] ?? "unreviewed"),
      );
      // Items already shown with this decision pending are not sent again.
      const pending = get().pending;
      const todo = {
        entities: ids.entities.filter((id) => pending.get(`entity:${id}`) !== state),
        relations: ids.relations.filter((id) => pending.get(`relation:${id}`) !== state),
      };
      if (todo.entities.length + todo.relations.length > 0) decideKeys(todo, state, was);
    } catch (e) {
      fail(e);
    }
  })();
}
