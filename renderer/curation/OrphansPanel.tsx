// Decisions in force that found nothing to apply to (their entity, relation or document is gone):
// what was decided, on what, when and by whom, and why it is orphaned.
import type { MessageKey } from "../i18n/index.ts";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { type Orphan, useReextract } from "./reextract.ts";
import { useCuration } from "./state.ts";

/** What a decision names: entity keys, relation ends, the new name. */
function subject(d: Orphan["decision"]): string {
  switch (d.kind) {
    case "mergeEntities":
      return `${d.from.join("、")} → ${d.into}`;
    case "setReview":
      return "entity" in d ? d.entity : `${d.relation.source} → ${d.relation.target}`;
    case "createRelation":
    case "deleteRelation":
      return `${d.relation.source} → ${d.relation.target}`;
    case "createEntity":
    case "splitEntity":
      return `${d.key} → ${d.name}`;
    case "editEntity":
      return d.set.name !== undefined ? `${d.key} → ${d.set.name}` : d.key;
    case "reviewBatch":
      return [...d.entities, ...d.relations.map((r) => `${r.source} → ${r.target}`)].slice(0, 3).join("、");
    case "setDocumentDate":
      return `${d.doc.slice(0, 12)}… @${d.start} → ${d.date}`;
    default:
      return d.key;
  }
}

function when(at: string, lang: string): string {
  // SQLite's datetime('now') is UTC without a zone mark.
  const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(at) ? at : `${at.replace(" ", "T")}Z`);
  return Number.isNaN(d.getTime()) ? at : d.toLocaleString(lang);
}

export function OrphansPanel() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const orphans = useReextract((s) => s.orphans);
  const setPanel = useCuration((s) => s.setPanel);
  return (
    <section className="cur-panel history-panel" data-testid="orphans" aria-label={t("cur.orphans")}>
      <header>
        <h3>
          {t("cur.orphans")} <span data-testid="orphans-total">{orphans?.length ?? 0}</span>
        </h3>
        <button type="button" className="btn icon close" onClick={() => setPanel(null)} aria-label={t("cur.close")}>
          ×
        </button>
      </header>
      {orphans && orphans.length === 0 ? <p className="muted">{t("cur.orphansEmpty")}</p> : null}
      <ol className="history-list">
        {orphans?.map((o) => (
          <li key={o.editId} data-testid="orphan-item" data-action={o.action}>
            <div className="history-line">
              <span className="history-action">{t(`cur.action.${o.action}` as MessageKey) || o.action}</span>
            </div>
            <div className="history-subjects">{subject(o.decision)}</div>
            <div className="muted">
              {o.reason}
              {o.missing.length ? ` · ${t("cur.orphansMissing", { keys: o.missing.join("、") })}` : ""}
            </div>
            <div className="history-meta muted">
              #{o.editId} · {o.actor} · <time dateTime={o.at}>{when(o.at, lang)}</time>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
