import { BriefingLayer } from "./briefing/BriefingLayer.tsx";
import { DetailsPanel } from "./components/DetailsPanel.tsx";
import { DocumentViewer } from "./components/DocumentViewer.tsx";
import { EmptyState } from "./components/EmptyState.tsx";
import { FilterPanel } from "./components/FilterPanel.tsx";
import { Legend } from "./components/Legend.tsx";
import { Notice } from "./components/Notice.tsx";
import { PathPanel } from "./components/PathPanel.tsx";
import { StatusBar } from "./components/StatusBar.tsx";
import { Toolbar } from "./components/Toolbar.tsx";
import { CurationLayer } from "./curation/CurationLayer.tsx";
import { GraphView } from "./graph/GraphView.tsx";
import { useT } from "./i18n/index.ts";
import { useShortcuts } from "./shortcuts.ts";
import { useStore } from "./store.ts";
import { TimelineStrip } from "./time/TimelineStrip.tsx";
import "./App.css";

export function App() {
  const t = useT();
  const ready = useStore((s) => s.ready);
  const progress = useStore((s) => s.progress);
  const hasDocs = useStore((s) => s.documents.length > 0);
  useShortcuts();

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
      <div className="app-body">
        <FilterPanel />
        <main className="app-centre">
          <GraphView />
          <Legend />
          <PathPanel />
          <DocumentViewer />
          <CurationLayer />
          <BriefingLayer />
          <TimelineStrip />
          <StatusBar />
        </main>
        <DetailsPanel />
      </div>
    );
  }
  return (
    <div className="app">
      <Toolbar />
      {main}
      <Notice />
    </div>
  );
}
