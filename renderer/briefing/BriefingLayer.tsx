// Everything saved views and presentation put over the graph: the export dialog, the stage
// overlay, the "showing view" chip; plus their keys and the look. The views panel itself is
// mounted in the side panel's Views tab (components/SidePanel.tsx).
import { useEffect } from "react";
import { useT } from "../i18n/index.ts";
import { ExportDialog } from "./ExportDialog.tsx";
import { Presentation } from "./Presentation.tsx";
import { useBriefingShortcuts } from "./shortcuts.ts";
import { closeView, loadViews, useBriefing } from "./state.ts";
import "./briefing.css";

export function BriefingLayer() {
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
