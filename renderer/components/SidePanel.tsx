// The one docked panel on the right: tabs for Details, Path, Review, Views, History; an open
// document takes its lower half. Closed, it folds to a rail of the same tabs. Each tab mounts a
// feature's own panel.
import { ViewsPanel } from "../briefing/ViewsPanel.tsx";
import { ReviewTools } from "../curation/CurationBar.tsx";
import { HistoryPanel } from "../curation/HistoryPanel.tsx";
import { ImportReportDialog } from "../curation/ImportReportDialog.tsx";
import { MultiBar } from "../curation/MultiBar.tsx";
import { OrphansPanel } from "../curation/OrphansPanel.tsx";
import { ReextractReportDialog } from "../curation/ReextractReportDialog.tsx";
import { ReviewQueue } from "../curation/ReviewQueue.tsx";
import { useReextract } from "../curation/reextract.ts";
import { useCuration } from "../curation/state.ts";
import { type MessageKey, useT } from "../i18n/index.ts";
import { TABS_BROWSE, TABS_REVIEW, type Tab, useLayout } from "../layout.ts";
import { useStore } from "../store.ts";
import { TimePanel } from "../time/TimePanel.tsx";
import { DetailsPanel } from "./DetailsPanel.tsx";
import { DocumentViewer } from "./DocumentViewer.tsx";
import { PathPanel } from "./PathPanel.tsx";
import { PickedChips } from "./PickedChips.tsx";

const ICON: Record<Tab, string> = {
  details: "ⓘ",
  path: "⇄",
  review: "☑",
  views: "▤",
  history: "☰",
  time: "◷",
};

// The review and history tabs keep the ids their toolbar buttons had.
const TESTID: Record<Tab, string> = {
  details: "tab-details",
  path: "tab-path",
  review: "open-queue",
  views: "tab-views",
  history: "open-history",
  time: "tab-time",
};

export function SidePanel() {
  const t = useT();
  const tab = useLayout((s) => s.tab);
  const lastTab = useLayout((s) => s.lastTab);
  const mode = useLayout((s) => s.mode);
  const openTab = useLayout((s) => s.openTab);
  const closePanel = useLayout((s) => s.closePanel);
  const hasDoc = useStore((s) => s.viewer !== null);
  const hasSelection = useStore((s) => s.selectedId !== null);
  const tabs: Tab[] = mode === "review" ? TABS_REVIEW : TABS_BROWSE;

  const strip = (vertical: boolean) => (
    <div
      className={vertical ? "side-rail-tabs" : "side-tabs"}
      role="tablist"
      aria-orientation={vertical ? "vertical" : "horizontal"}
    >
      {tabs.map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          aria-selected={tab === k}
          className={`side-tab${tab === k ? " on" : ""}`}
          title={t(`tab.${k}` as MessageKey)}
          aria-label={t(`tab.${k}` as MessageKey)}
          data-testid={TESTID[k]}
          onClick={() => (tab === k ? closePanel() : openTab(k))}
        >
          <span aria-hidden="true">{ICON[k]}</span>
          {vertical ? null : <span className="side-tab-label">{t(`tab.${k}` as MessageKey)}</span>}
        </button>
      ))}
      {vertical ? null : (
        <button
          type="button"
          className="side-close"
          title={t("tab.close")}
          aria-label={t("tab.close")}
          data-testid="side-close"
          onClick={closePanel}
        >
          ⟩
        </button>
      )}
    </div>
  );

  if (tab === null) {
    return (
      <nav className="side-rail" data-testid="side-rail" aria-label={t("tab.panel")}>
        <button
          type="button"
          className="side-tab"
          title={t("tab.open")}
          aria-label={t("tab.open")}
          data-testid="side-open"
          onClick={() => openTab(tabs.includes(lastTab) ? lastTab : "details")}
        >
          ⟨
        </button>
        {strip(true)}
      </nav>
    );
  }
  return (
    <aside className={`side-panel${hasDoc ? " with-doc" : ""}`} data-testid="side-panel" data-tab={tab}>
      {strip(false)}
      <div className="side-body" role="tabpanel">
        <TabBody tab={tab} />
      </div>
      {/* Working the review queue, the current entity's details (evidence, buttons) stay in view. */}
      {tab === "review" && hasSelection ? (
        <div className="side-doc">
          <DetailsPanel />
        </div>
      ) : null}
      {/* An open document shares the panel with the tab (evidence and details side by side). */}
      {hasDoc ? (
        <div className="side-doc">
          <DocumentViewer />
        </div>
      ) : null}
    </aside>
  );
}

function TabBody({ tab }: { tab: Tab }) {
  const panel = useCuration((s) => s.panel);
  const setPanel = useCuration((s) => s.setPanel);
  const orphanCount = useReextract((s) => s.orphans?.length ?? 0);
  const t = useT();
  switch (tab) {
    case "details":
      return (
        <>
          <PickedChips />
          <MultiBar />
          <DetailsPanel />
        </>
      );
    case "path":
      return <PathPanel />;
    case "review":
      return (
        <>
          <ReviewTools />
          <ImportReportDialog />
          <ReextractReportDialog />
          <ReviewQueue />
        </>
      );
    case "views":
      return <ViewsPanel />;
    case "time":
      return <TimePanel />;
    case "history":
      return (
        <>
          <ReviewTools />
          <ImportReportDialog />
          <ReextractReportDialog />
          <div className="side-seg" role="group">
            <button
              type="button"
              className={`btn${panel !== "orphans" ? " active" : ""}`}
              onClick={() => setPanel("history")}
              data-testid="show-history"
            >
              ☰ {t("cur.history")}
            </button>
            <button
              type="button"
              className={`btn${panel === "orphans" ? " active" : ""}`}
              onClick={() => setPanel("orphans")}
              data-testid="open-orphans"
            >
              {t("cur.orphans")}{" "}
              <span className={`count-badge${orphanCount ? " warn" : ""}`} data-testid="orphans-count">
                {orphanCount}
              </span>
            </button>
          </div>
          {panel === "orphans" ? <OrphansPanel /> : <HistoryPanel />}
        </>
      );
  }
}
