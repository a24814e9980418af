// Everything curation puts over the graph: the bar (undo/redo, queue, history, export/import),
// the multi-selection bar (merge, new relation), the open panel and the import report.
import { useEffect } from "react";
import { CurationBar } from "./CurationBar.tsx";
import { HistoryPanel } from "./HistoryPanel.tsx";
import { ImportReportDialog } from "./ImportReportDialog.tsx";
import { MultiBar } from "./MultiBar.tsx";
import { ReviewQueue } from "./ReviewQueue.tsx";
import { useCurationShortcuts } from "./shortcuts.ts";
import { loadUndoState, useCuration } from "./state.ts";
import "./curation.css";

export function CurationLayer() {
  const panel = useCuration((s) => s.panel);
  useCurationShortcuts();
  useEffect(() => {
    void loadUndoState();
  }, []);
  return (
    <>
      <CurationBar />
      <MultiBar />
      {panel === "queue" ? <ReviewQueue /> : null}
      {panel === "history" ? <HistoryPanel /> : null}
      <ImportReportDialog />
    </>
  );
}
