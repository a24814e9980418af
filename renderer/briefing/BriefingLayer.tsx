// Everything saved views and presentation put over the graph: the views panel, the export
// dialog, the stage overlay; plus their keys and the look (label size, contrast, spotlight).
import { useEffect } from "react";
import { ExportDialog } from "./ExportDialog.tsx";
import { Presentation } from "./Presentation.tsx";
import { useBriefingShortcuts } from "./shortcuts.ts";
import { loadViews, useBriefing } from "./state.ts";
import { ViewsPanel } from "./ViewsPanel.tsx";
import "./briefing.css";

export function BriefingLayer() {
  const panelOpen = useBriefing((s) => s.panelOpen);
  const exportOpen = useBriefing((s) => s.exportOpen);
  const presenting = useBriefing((s) => s.presenting);
  useBriefingShortcuts();
  useEffect(() => {
    void loadViews();
  }, []);
  return (
    <>
      {panelOpen && !presenting ? <ViewsPanel /> : null}
      {exportOpen && !presenting ? <ExportDialog /> : null}
      {presenting ? <Presentation /> : null}
    </>
  );
}
