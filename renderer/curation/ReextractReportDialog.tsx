import { useT } from "../i18n/index.ts";
import { useReextract } from "./reextract.ts";
import { useCuration } from "./state.ts";

/** What re-extraction did: documents, entities and relations before/after, orphaned decisions. */
export function ReextractReportDialog() {
  const t = useT();
  const r = useReextract((s) => s.report);
  if (!r) return null;
  const close = () => useReextract.setState({ report: null });
  return (
    <section
      className="cur-panel import-report"
      role="dialog"
      aria-label={t("cur.reextractTitle")}
      data-testid="reextract-report"
    >
      <header>
        <h3>{t("cur.reextractTitle")}</h3>
        <button type="button" className="btn icon close" onClick={close} aria-label={t("cur.close")}>
          ×
        </button>
      </header>
      <p data-testid="reextract-summary">
        {t("cur.reextractReport", {
          documents: r.documents,
          entitiesBefore: r.entities.before,
          entitiesAfter: r.entities.after,
          relationsBefore: r.relations.before,
          relationsAfter: r.relations.after,
          orphans: r.orphans.length,
        })}
      </p>
      {r.orphans.length ? (
        <button
          type="button"
          className="btn"
          onClick={() => {
            close();
            useCuration.getState().setPanel("orphans");
          }}
        >
          {t("cur.orphans")}
        </button>
      ) : null}{" "}
      <button type="button" className="btn" onClick={close} autoFocus>
        {t("dismiss")}
      </button>
    </section>
  );
}
