// The review table's state: rows from the backend with optimistic decisions laid over them
// (the screen changes at the key press; the store answers later, a refusal puts the row back),
// and the filters, sort and width, kept while the table moves between the tab and the wide view.
import { create } from "zustand";
import { call } from "../client.ts";
import { refreshAfterCuration } from "../curation/refresh.ts";
import { fail, serial, useCuration } from "../curation/state.ts";
import { type Filters, NO_FILTERS, type Row, rowKey, type SortKey, type State } from "./rows.ts";

interface ReviewUi {
  rows: Row[] | null;
  documents: Map<number, string>;
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

export const useReview = create<ReviewUi>()(() => ({
  rows: null,
  documents: new Map(),
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

let loadSeq = 0;
export async function loadRows(): Promise<void> {
  const seq = ++loadSeq;
  set({ loading: true });
  try {
    const t = await call("reviewTable", {});
    if (seq !== loadSeq) return;
    set({
      rows: t.rows,
      documents: new Map(t.documents.map((d) => [d.id, d.title])),
      pending: new Map(),
      loading: false,
    });
  } catch (e) {
    set({ loading: false });
    fail(e);
  }
}

export function setFilters(patch: Partial<Filters>): void {
  set((s) => ({ filters: { ...s.filters, ...patch }, keep: new Set(), cursor: 0 }));
}

export function setSort(key: SortKey): void {
  set((s) => ({ sort: { key, dir: s.sort.key === key ? (-s.sort.dir as 1 | -1) : 1 }, cursor: 0 }));
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

function markPending(rows: Row[], state: State | null): Map<string, State> {
  const before = new Map(get().pending);
  set((s) => {
    const pending = new Map(s.pending);
    const keep = new Set(s.keep);
    for (const r of rows) {
      const k = rowKey(r);
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
  const before = markPending([row], state);
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

/** Every row given, one decision (one undo); shown at once. Returns how many changed. */
export function decideAll(rows: Row[], state: State): number {
  const change = rows.filter((r) => stateOf(r, get().pending) !== state);
  if (change.length === 0) return 0;
  const before = markPending(change, state);
  void serial(async () => {
    try {
      const out = await call("setReviewBatch", {
        entities: change.filter((r) => r.kind === "entity").map((r) => r.id),
        relations: change.filter((r) => r.kind === "relation").map((r) => r.id),
        state,
      });
      useCuration.setState((s) => ({ canUndo: out.canUndo, canRedo: out.canRedo, rev: s.rev + 1 }));
      refreshSoon();
    } catch (e) {
      set({ pending: before });
      fail(e);
    }
  });
  return change.length;
}
