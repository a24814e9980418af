// The one place where other features' "something to show" becomes a side-panel tab: a selection
// opens Details (except while reviewing or in the views), an opened document the panel, a found path the Path tab, the views panel
// (Ctrl+S, toolbar) the Views tab, the review queue / history the Review / History tabs. Leaving
// a tab tells the feature its panel is closed, so the two never disagree.
import { useEffect } from "react";
import { togglePanel, useBriefing } from "../briefing/state.ts";
import { useReextract } from "../curation/reextract.ts";
import { useCuration } from "../curation/state.ts";
import { overviewThreshold } from "../graph/overview.ts";
import { bothFit, keepShare, type Tab, useLayout } from "../layout.ts";
import { useStore } from "../store.ts";
import { setCompareOpen, setUndatedOpen, useTime } from "../time/state.ts";

/**
 * At scale (the first view is an overview) the Details tab is open from the start, so that a
 * selection never resizes the canvas: at 10k documents each resize redrew the whole picture
 * several times (long tasks of 0.3–1 s, a selection answering in ~0.9 s instead of ~0.2 s).
 * Once per page load, only if the panel is folded then and fits beside the open filters (a
 * small window keeps its filters open at the start).
 */
let reserved = false;
function reserveDetails(entities: number | undefined): void {
  if (reserved || entities === undefined || entities <= overviewThreshold()) return;
  reserved = true;
  const { tab, filtersOpen, openTab } = useLayout.getState();
  if (tab === null && (!filtersOpen || bothFit(window.innerWidth, window.innerHeight))) openTab("details");
}

export function usePanelBridge(): void {
  useEffect(() => {
    reserveDetails(useStore.getState().stats?.entities);
    const offs = [
      useStore.subscribe((s, p) => {
        if (s.stats !== p.stats) reserveDetails(s.stats?.entities);
        const { openTab, tab } = useLayout.getState();
        // The review queue and a restored view select entities themselves: their tab stays.
        const keep = tab === "details" || tab === "review" || tab === "views";
        if (s.selectedId !== null && s.selectedId !== p.selectedId && !keep) openTab("details");
        // A document opens in the lower half of the side panel, under the tab it shares it with.
        if (s.viewer && s.viewer.nonce !== p.viewer?.nonce && tab === null) {
          openTab(s.selectedId !== null ? "details" : useLayout.getState().lastTab);
        }
        if (s.pathResult && s.pathResult !== p.pathResult) openTab("path");
      }),
      useBriefing.subscribe((s, p) => {
        const { openTab, closePanel, tab } = useLayout.getState();
        if (s.panelOpen && (!p.panelOpen || s.nameFocusRun !== p.nameFocusRun) && tab !== "views") openTab("views");
        if (!s.panelOpen && p.panelOpen && tab === "views") closePanel();
      }),
      // Reports show in the Review or History tab (both carry the tools that produce them).
      useReextract.subscribe((s, p) => {
        const { tab, openTab } = useLayout.getState();
        if (s.report && s.report !== p.report && tab !== "review" && tab !== "history") openTab("review");
      }),
      useCuration.subscribe((s, p) => {
        const { tab, openTab, closePanel } = useLayout.getState();
        if (s.importReport && s.importReport !== p.importReport && tab !== "review" && tab !== "history") {
          openTab("review");
        }
        if (s.panel === p.panel) return;
        const want: Tab | null = s.panel === "queue" ? "review" : s.panel ? "history" : null;
        if (want && tab !== want) openTab(want);
        if (!want && (tab === "review" || tab === "history")) closePanel();
      }),
      // The comparison and the undated list show in the Time tab.
      useTime.subscribe((s, p) => {
        const { tab, openTab, closePanel } = useLayout.getState();
        const want = s.compareOpen || s.undatedOpen;
        if (want && (!p.compareOpen || s.undatedOpen !== p.undatedOpen) && tab !== "time") openTab("time");
        if (!want && (p.compareOpen || p.undatedOpen) && tab === "time") closePanel();
      }),
      useLayout.subscribe((s, p) => {
        if (s.tab === p.tab) return;
        const time = useTime.getState();
        if (s.tab === "time" && !time.compareOpen) setCompareOpen(true);
        if (s.tab !== "time" && p.tab === "time") {
          if (time.compareOpen) setCompareOpen(false);
          if (time.undatedOpen) setUndatedOpen(false);
        }
        if (s.tab !== "views" && useBriefing.getState().panelOpen) togglePanel(false);
        if (s.tab === "views" && !useBriefing.getState().panelOpen) togglePanel(true);
        const cur = useCuration.getState();
        if (s.tab === "review" && cur.panel !== "queue") cur.setPanel("queue");
        if (s.tab === "history" && cur.panel !== "history" && cur.panel !== "orphans") cur.setPanel("history");
        if (s.tab !== "review" && s.tab !== "history" && cur.panel !== null) cur.setPanel(null);
      }),
    ];
    const onResize = () => keepShare();
    window.addEventListener("resize", onResize);
    return () => {
      for (const off of offs) off();
      window.removeEventListener("resize", onResize);
    };
  }, []);
}
