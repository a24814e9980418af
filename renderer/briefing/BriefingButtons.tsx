// Toolbar entries for briefings: the views panel, presentation and the export dialog.
import { useT } from "../i18n/index.ts";
import { startPresenting, toggleExport, togglePanel, useBriefing } from "./state.ts";

export function BriefingButtons() {
  const t = useT();
  const panelOpen = useBriefing((s) => s.panelOpen);
  return (
    <>
      <button
        type="button"
        className={`btn${panelOpen ? " active" : ""}`}
        onClick={() => togglePanel()}
        title={t("brief.viewsHint")}
        data-testid="views-toggle"
      >
        ▤ {t("brief.views")}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => void startPresenting()}
        title={t("brief.presentHint")}
        data-testid="present-start"
      >
        ▶ {t("brief.present")}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => toggleExport(true)}
        title="Ctrl+Shift+E"
        data-testid="export-toggle"
      >
        ⇩ {t("brief.export")}
      </button>
    </>
  );
}
