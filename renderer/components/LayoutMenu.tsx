import { useT } from "../i18n/index.ts";
import { type LayoutName, useStore } from "../store.ts";

const LAYOUTS: LayoutName[] = ["fcose", "concentric", "grid", "breadthfirst"];

/** Picking a layout (or ↻) re-lays out what is shown; filters only re-fit the camera. */
export function LayoutMenu() {
  const t = useT();
  const layout = useStore((s) => s.layout);
  const runLayout = useStore((s) => s.runLayout);
  return (
    <span className="layout-menu">
      <select
        className="btn"
        aria-label={t("toolbar.layout")}
        title={t("toolbar.layout")}
        value={layout}
        data-testid="layout"
        onChange={(e) => runLayout(e.target.value as LayoutName)}
      >
        {LAYOUTS.map((l) => (
          <option key={l} value={l}>
            {t(`layout.${l}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn"
        title={t("toolbar.relayoutHint")}
        onClick={() => runLayout()}
        data-testid="relayout"
      >
        ↻ {t("toolbar.relayout")}
      </button>
    </span>
  );
}
