// Camera and layout controls in the canvas's bottom-right corner, away from every panel:
// layout choice, re-lay-out what is shown, zoom, fit, drawing (WebGL or canvas).
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { LayoutMenu } from "./LayoutMenu.tsx";
import { RendererMenu } from "./RendererMenu.tsx";

export function CanvasControls() {
  const t = useT();
  const fit = useStore((s) => s.fit);
  const zoom = useStore((s) => s.zoom);
  return (
    <div className="canvas-controls" role="toolbar" aria-label={t("toolbar.view")} data-testid="canvas-controls">
      <LayoutMenu />
      <button
        type="button"
        className="btn icon"
        title={t("toolbar.zoomOut")}
        aria-label={t("toolbar.zoomOut")}
        onClick={() => zoom(1 / 1.3)}
      >
        −
      </button>
      <button
        type="button"
        className="btn icon"
        title={t("toolbar.zoomIn")}
        aria-label={t("toolbar.zoomIn")}
        onClick={() => zoom(1.3)}
      >
        +
      </button>
      <button type="button" className="btn" title={`${t("toolbar.fit")} (F)`} onClick={fit} data-testid="fit">
        ⤢ {t("toolbar.fit")}
      </button>
      <RendererMenu />
    </div>
  );
}
