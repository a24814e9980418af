// The screen's arrangement, owned here and nowhere else: which side-panel tab is open, whether the
// filter sidebar is expanded, browse or review mode, and whether the start card was dismissed.
// Features ask for a tab with openTab(); panel-bridge.ts maps their own "panel open" flags to it.
import { create } from "zustand";

export type Tab = "details" | "path" | "review" | "views" | "history";
export type Mode = "browse" | "review";

export const TABS_BROWSE: Tab[] = ["details", "path", "views"];
export const TABS_REVIEW: Tab[] = ["details", "path", "review", "views", "history"];

/** Pixel sizes the CSS uses too (layout.css): kept in one place so the share check is exact. */
export const SIZES = {
  toolbar: 48,
  status: 28,
  rail: 36,
  filters: 248,
  panel: (w: number) => (w >= 1400 ? 380 : 340),
};

/** The graph keeps at least this share of the window whatever is open. */
export const MIN_GRAPH_SHARE = 0.6;

/** Whether the filter sidebar and the side panel fit open together at this window size. */
export function bothFit(w: number, h: number): boolean {
  const canvasH = h - SIZES.toolbar - SIZES.status;
  const canvasW = w - SIZES.filters - SIZES.panel(w);
  return canvasW * canvasH >= MIN_GRAPH_SHARE * w * h * 1.02;
}

interface LayoutState {
  tab: Tab | null;
  /** The tab last open, shown again when the panel is re-opened from the rail. */
  lastTab: Tab;
  filtersOpen: boolean;
  mode: Mode;
  startDismissed: boolean;
  openTab(tab: Tab): void;
  closePanel(): void;
  toggleFilters(open?: boolean): void;
  setMode(mode: Mode): void;
  dismissStart(): void;
}

const stored = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const store = (key: string, value: string): void => {
  try {
    localStorage.setItem(key, value);
  } catch {
    // a preference, not data
  }
};

const narrow = () => !bothFit(window.innerWidth, window.innerHeight);

export const useLayout = create<LayoutState>()((set, get) => ({
  tab: null,
  lastTab: "details",
  filtersOpen: true,
  mode: stored("kg.mode") === "review" ? "review" : "browse",
  startDismissed: stored("kg.startDismissed") === "yes",
  openTab(tab) {
    if (get().mode === "browse" && (tab === "review" || tab === "history")) set({ mode: "review" });
    // When both do not fit, the side panel takes the room of the filters (one click brings them back).
    set({ tab, lastTab: tab, ...(narrow() ? { filtersOpen: false } : {}) });
  },
  closePanel() {
    set({ tab: null });
  },
  toggleFilters(open) {
    const on = open ?? !get().filtersOpen;
    set({ filtersOpen: on, ...(on && narrow() ? { tab: null } : {}) });
  },
  setMode(mode) {
    store("kg.mode", mode);
    const tab = get().tab;
    const drop = mode === "browse" && (tab === "review" || tab === "history");
    set({ mode, ...(drop ? { tab: null } : {}) });
  },
  dismissStart() {
    store("kg.startDismissed", "yes");
    set({ startDismissed: true });
  },
}));

/** On a resize that no longer fits both, the side panel keeps its room and the filters fold. */
export function keepShare(): void {
  const s = useLayout.getState();
  if (s.tab !== null && s.filtersOpen && narrow()) useLayout.setState({ filtersOpen: false });
}
