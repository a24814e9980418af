// Who did what when: the curation log, newest first, with undo/redo entries and undone edits marked.
import { useEffect, useState } from "react";
import type { ApiOutput } from "../api-types.ts";
import { type MessageKey, useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { fail, read, useCuration } from "./state.ts";

type History = ApiOutput<"history">;
type Edit = History["edits"][number];

function when(at: string, lang: string): string {
  // SQLite's datetime('now') is UTC without a zone mark.
  const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(at) ? at : `${at.replace(" ", "T")}Z`);
  return Number.isNaN(d.getTime()) ? at : d.toLocaleString(lang);
}

export function HistoryPanel() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const rev = useCuration((s) => s.rev);
  const setPanel = useCuration((s) => s.setPanel);
  const [h, setH] = useState<History | null>(null);
  useEffect(() => {
    read("history", { newestFirst: true, limit: 300 })
      .then((res) => {
        setH(res);
        useCuration.setState({ canUndo: res.canUndo, canRedo: res.canRedo });
      })
      .catch(fail);
  }, [rev]);

  const label = (e: Edit) => {
    // An action this build has no name for (a newer log) shows as recorded.
    let s = t(`cur.action.${e.action}` as MessageKey) || e.action;
    const d = e.decision;
    if (d?.kind === "setReview") s += `：${t(`cur.review.${d.state}`)}`;
    return s;
  };
  return (
    <section className="cur-panel history-panel" data-testid="history" aria-label={t("cur.history")}>
      <header>
        <h3>{t("cur.history")}</h3>
        <button type="button" className="btn icon close" onClick={() => setPanel(null)} aria-label={t("cur.close")}>
          ×
        </button>
      </header>
      <p className="muted keys">{t("cur.shortcuts")}</p>
      {h && h.edits.length === 0 ? <p className="muted">{t("cur.historyEmpty")}</p> : null}
      <ol className="history-list">
        {h?.edits.map((e) => (
          <li key={e.id} className={e.undone ? "undone" : ""} data-testid="history-item" data-action={e.action}>
            <div className="history-line">
              <span className="history-action">{label(e)}</span>
              {e.target !== undefined ? (
                <span className="muted">{t("cur.historyTarget", { id: e.target })}</span>
              ) : null}
              {e.undone ? <span className="undone-tag">{t("cur.historyUndone")}</span> : null}
            </div>
            {e.subjects.length ? <div className="history-subjects">{e.subjects.join(" · ")}</div> : null}
            <div className="history-meta muted">
              #{e.id} · {e.actor} · <time dateTime={e.at}>{when(e.at, lang)}</time>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
