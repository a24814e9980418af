import { BriefingLayer } from "./briefing/BriefingLayer.tsx";
import { CanvasControls } from "./components/CanvasControls.tsx";
import { EmptyState } from "./components/EmptyState.tsx";
import { FilterPanel } from "./components/FilterPanel.tsx";
import { Notice } from "./components/Notice.tsx";
import { usePanelBridge } from "./components/panel-bridge.ts";
import { SidePanel } from "./components/SidePanel.tsx";
import { StartCard } from "./components/StartCard.tsx";
import { StatusBar } from "./components/StatusBar.tsx";
import { Toolbar } from "./components/Toolbar.tsx";
import { CurationLayer } from "./curation/CurationLayer.tsx";
import { GraphView } from "./graph/GraphView.tsx";
import { useT } from "./i18n/index.ts";
import { usePanelWidths } from "./layout.ts";
import { useShortcuts } from "./shortcuts.ts";
import { useStore } from "./store.ts";
import { TimelineStrip } from "./time/TimelineStrip.tsx";
import "./App.css";
import "./styles/layout.css";

/**
 * Toolbar on top; below it, side by side and never on top of one another: the filter sidebar
 * (left, foldable), the canvas with the status bar under it, the tabbed side panel (right,
 * foldable). The canvas is cytoscape's container, so fitting uses only what is visible.
 */
export function App() {
  const t = useT();
  const ready = useStore((s) => s.ready);
  const progress = useStore((s) => s.progress);
  // The counts arrive before the documents list (store.init): either says there is something.
  const hasDocs = useStore((s) => s.documents.length > 0 || (s.stats?.documents ?? 0) > 0);
  useShortcuts();
  usePanelBridge();
  const widths = usePanelWidths();

  let main: React.ReactNode;
  if (!ready) {
    main = (
      <div className="app-loading" data-testid="loading">
        {progress ? t("import.busy", { n: progress.total }) : t("loading")}
        {progress ? <progress max={progress.total} value={progress.done} /> : null}
      </div>
    );
  } else if (!hasDocs) {
    main = <EmptyState />;
  } else {
    main = (
      <div
        className={`app-body${widths.compact ? " compact" : ""}`}
        style={{ "--filters-w": `${widths.filters}px`, "--panel-w": `${widths.panel}px` } as React.CSSProperties}
      >
        <FilterPanel />
        <main className="app-centre">
          <StartCard />
          <div className="canvas-area" data-testid="canvas-area">
            <GraphView />
            <CanvasControls />
            <CurationLayer />
            <BriefingLayer />
            <Notice />
          </div>
          <TimelineStrip />
          <StatusBar />
        </main>
        <SidePanel />
      </div>
    );
  }
  return (
    <div className="app">
      <Toolbar />
      {main}
      {!ready || !hasDocs ? <Notice /> : null}
    </div>
  );
}
