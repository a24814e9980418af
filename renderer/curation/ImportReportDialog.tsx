import { useT } from "../i18n/index.ts";
import { useCuration } from "./state.ts";

/** What importing an annotations file did: applied / unchanged / conflicts / orphans, with reasons. */
export function ImportReportDialog() {
  const t = useT();
  const r = useCuration((s) => s.importReport);
  const close = useCuration((s) => s.setImportReport);
  if (!r) return null;
  return (
    <section
      className="cur-panel import-report"
      role="dialog"
      aria-label={t("cur.importTitle")}
      data-testid="import-report"
    >
      <header>
        <h3>{t("cur.importTitle")}</h3>
        <button type="button" className="btn icon close" onClick={() => close(null)} aria-label={t("cur.close")}>
          ×
        </button>
      </header>
      <p data-testid="import-summary">
        {t("cur.importReport", {
          total: r.total,
          applied: r.applied,
          unchanged: r.unchanged,
          conflicts: r.conflicts.length,
          orphans: r.orphans.length,
        })}
      </p>
      {r.conflicts.length ? (
        <>
          <h4>{t("cur.importConflicts")}</h4>
          <ul className="report-list">
            {r.conflicts.map((c) => (
              <li key={c.index}>
                {t(`cur.action.${c.decision.kind}`)}：{c.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.orphans.length ? (
        <>
          <h4>{t("cur.importOrphans")}</h4>
          <ul className="report-list">
            {r.orphans.map((o) => (
              <li key={o.index}>
                {t(`cur.action.${o.decision.kind}`)}：{o.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" className="btn" onClick={() => close(null)} autoFocus>
        {t("dismiss")}
      </button>
    </section>
  );
}
