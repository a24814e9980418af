// On stage: the caption of the current view, where we are in the list, and a few quiet
// controls (previous/next, confirmed only, leave) for those without a clicker.
import { useEffect } from "react";
import { type MessageKey, useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { setConfirmedOnly, step, stopPresenting, useBriefing } from "./state.ts";

/** Why the stage is empty, as an i18n key (null when something is drawn). */
function useEmptyReason(): MessageKey | null {
  const shown = useBriefing((s) => s.shown);
  const confirmedOnly = useBriefing((s) => s.confirmedOnly);
  const live = useStore((s) => s.sub?.nodes ?? null);
  const nodes = shown ? shown.nodes : live;
  if (!nodes) return null;
  if (nodes.length === 0) return shown ? "brief.emptyView" : "brief.emptyGraph";
  if (confirmedOnly && !nodes.some((n) => n.review === "confirmed")) return "brief.emptyConfirmed";
  return null;
}

export function Presentation() {
  const t = useT();
  const views = useBriefing((s) => s.views);
  const activeId = useBriefing((s) => s.activeId);
  const confirmedOnly = useBriefing((s) => s.confirmedOnly);
  const restored = useBriefing((s) => s.restored);
  const error = useBriefing((s) => s.error);
  const at = views.findIndex((v) => v.id === activeId);
  const view = at >= 0 ? views[at] : undefined;

  // Leaving full screen with the browser's own Esc (it does not reach the page) ends the show.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) void stopPresenting();
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  const emptyReason = useEmptyReason();
  const title = view ? view.caption.title || view.name : "";
  return (
    <>
      {view ? (
        <div className="stage-caption" data-testid="stage-caption" data-view={view.id}>
          <h2 data-testid="stage-title">{title}</h2>
          {view.caption.note ? <p data-testid="stage-note">{view.caption.note}</p> : null}
        </div>
      ) : null}
      {emptyReason ? (
        <p className="stage-empty" role="status" data-testid="stage-empty">
          {t(emptyReason)}
        </p>
      ) : null}
      {error ? (
        <p className="brief-error stage-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="stage-controls" data-testid="stage-controls">
        <button
          type="button"
          className="btn icon"
          onClick={() => void step(-1)}
          aria-label={t("brief.prev")}
          disabled={at <= 0}
        >
          ‹
        </button>
        <span className="stage-count" data-testid="stage-count" data-restored={restored}>
          {views.length > 0 ? `${Math.max(at, 0) + 1} / ${views.length}` : t("brief.noViews")}
        </span>
        <button
          type="button"
          className="btn icon"
          onClick={() => void step(1)}
          aria-label={t("brief.next")}
          disabled={at >= views.length - 1}
        >
          ›
        </button>
        <label className="check" title="C">
          <input
            type="checkbox"
            checked={confirmedOnly}
            onChange={(e) => setConfirmedOnly(e.target.checked)}
            data-testid="confirmed-only"
          />
          <span className="check-label">{t("brief.confirmedOnly")}</span>
        </label>
        <button type="button" className="btn" onClick={() => void stopPresenting()} data-testid="present-exit">
          {t("brief.leave")}
        </button>
      </div>
    </>
  );
}
