// The screen's arrangement, owned here and nowhere else: which side-panel tab is open, whether the
// filter sidebar is expanded, browse or review mode, and whether the start card was dismissed.
// Features ask for a tab with openTab(); panel-bridge.ts maps their own "panel open" flags to it.
import { useSyncExternalStore } from "react";
import { create } from "zustand";

export type Tab = "details" | "path" | "review" | "views" | "history" | "time";
export type Mode = "browse" | "review";

export const TABS_BROWSE: Tab[] = ["details", "path", "views", "time"];
export const TABS_REVIEW: Tab[] = ["details", "path", "review", "views", "history", "time"];

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

/** The narrowest either may get when both are open: below that, opening one folds the other. */
const MIN_PANEL = 236;
const MIN_FILTERS = 156;

export interface Widths {
  filters: number;
  panel: number;
  /** Both narrower than their full width, so that both fit beside a graph with its share. */
  compact: boolean;
}

/**
 * The widths of the filter sidebar and the side panel, both open, at this window size: full when
 * the graph keeps its share so, else both narrowed (the panel keeps ~60 % of the room left), or
 * null when even that would take the graph under its share (then one folds the other).
 */
export function bothWidths(w: number, h: number): Widths | null {
  const canvasH = h - SIZES.toolbar - SIZES.status;
  // 1 % spare for borders and rounding
  const room = Math.floor(w - (MIN_GRAPH_SHARE * 1.01 * w * h) / Math.max(canvasH, 1));
  const full = { filters: SIZES.filters, panel: SIZES.panel(w) };
  if (full.filters + full.panel <= room) return { ...full, compact: false };
  const panel = Math.min(full.panel, Math.max(MIN_PANEL, Math.round(room * 0.6)));
  const filters = Math.min(full.filters, room - panel);
  return filters >= MIN_FILTERS ? { filters, panel, compact: true } : null;
}

/** Whether the filter sidebar and the side panel fit open together at this window size. */
export function bothFit(w: number, h: number): boolean {
  return bothWidths(w, h) !== null;
}

/** The widths to draw now: compact ones only while both are open and the full ones do not fit. */
export function currentWidths(w: number, h: number, filtersOpen: boolean, panelOpen: boolean): Widths {
  const full = { filters: SIZES.filters, panel: SIZES.panel(w), compact: false };
  if (!filtersOpen || !panelOpen) return full;
  return bothWidths(w, h) ?? full;
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
    // Both fit (narrowed if need be) down to about 1100 px; below, the side panel takes the room
    // of the filters (one click brings them back).
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

const onResize = (cb: () => void) => {
  window.addEventListener("resize", cb);
  return () => window.removeEventListener("resize", cb);
};
const windowKey = () => `${window.innerWidth}x${window.innerHeight}`;

/** The widths the filter sidebar and side panel have now (CSS variables on the app body). */
export function usePanelWidths(): Widths {
  const size = useSyncExternalStore(onResize, windowKey);
  const filtersOpen = useLayout((s) => s.filtersOpen);
  const panelOpen = useLayout((s) => s.tab !== null);
  const [w, h] = size.split("x").map(Number) as [number, number];
  return currentWidths(w, h, filtersOpen, panelOpen);
}
