// Everything curation puts over the graph: the bar (undo/redo, queue, history, export/import),
// the multi-selection bar (merge, new relation), the open panel and the import and re-extraction reports.
import { useEffect } from "react";
import { CurationBar } from "./CurationBar.tsx";
import { HistoryPanel } from "./HistoryPanel.tsx";
import { ImportReportDialog } from "./ImportReportDialog.tsx";
import { MultiBar } from "./MultiBar.tsx";
import { OrphansPanel } from "./OrphansPanel.tsx";
import { ReextractReportDialog } from "./ReextractReportDialog.tsx";
import { ReviewQueue } from "./ReviewQueue.tsx";
import { loadOrphans } from "./reextract.ts";
import { useCurationShortcuts } from "./shortcuts.ts";
import { loadUndoState, useCuration } from "./state.ts";
import "./curation.css";

export function CurationLayer() {
  const panel = useCuration((s) => s.panel);
  const rev = useCuration((s) => s.rev);
  useCurationShortcuts();
  useEffect(() => {
    void loadUndoState();
  }, []);
  // On start and after every change (action, undo, import, re-extraction): the orphan count.
  useEffect(() => {
    void rev;
    void loadOrphans();
  }, [rev]);
  return (
    <>
      <CurationBar />
      <MultiBar />
      {panel === "queue" ? <ReviewQueue /> : null}
      {panel === "history" ? <HistoryPanel /> : null}
      {panel === "orphans" ? <OrphansPanel /> : null}
      <ImportReportDialog />
      <ReextractReportDialog />
    </>
  );
}
