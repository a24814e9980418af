// Everything saved views and presentation put over the graph: the views panel, the export
// dialog, the stage overlay; plus their keys and the look (label size, contrast, spotlight).
import { useEffect } from "react";
import { useT } from "../i18n/index.ts";
import { ExportDialog } from "./ExportDialog.tsx";
import { Presentation } from "./Presentation.tsx";
import { useBriefingShortcuts } from "./shortcuts.ts";
import { closeView, loadViews, useBriefing } from "./state.ts";
import { ViewsPanel } from "./ViewsPanel.tsx";
import "./briefing.css";

export function BriefingLayer() {
  const panelOpen = useBriefing((s) => s.panelOpen);
  const exportOpen = useBriefing((s) => s.exportOpen);
  const presenting = useBriefing((s) => s.presenting);
  const shown = useBriefing((s) => s.views.find((v) => v.id === s.shown?.id) ?? null);
  const t = useT();
  useBriefingShortcuts();
  useEffect(() => {
    void loadViews();
  }, []);
  return (
    <>
      {panelOpen && !presenting ? <ViewsPanel /> : null}
      {exportOpen && !presenting ? <ExportDialog /> : null}
      {presenting ? <Presentation /> : null}
      {shown && !presenting ? (
        <div className="brief-chip" data-testid="view-chip">
          <span>{t("brief.showing", { name: shown.name })}</span>
          <button type="button" className="link" onClick={closeView}>
            {t("brief.closeView")}
          </button>
        </div>
      ) : null}
    </>
  );
}
