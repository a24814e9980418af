import { useDeferredValue } from "react";
import type { GraphNode } from "../api-types.ts";
import { EntityCuration } from "../curation/EntityCuration.tsx";
import { useT } from "../i18n/index.ts";
import { useLayout } from "../layout.ts";
import { useStore } from "../store.ts";
import { EntityHistory } from "../time/EntityHistory.tsx";
import { DetailMore } from "./DetailMore.tsx";
import { MentionList } from "./MentionList.tsx";
import { RelationList } from "./RelationList.tsx";
import { TypeIcon } from "./TypeIcon.tsx";
import "./DetailsPanel.css";

/** The picked entity as the drawn graph has it (the subgraph, then what was pulled in). */
function knownNode(id: number): GraphNode | null {
  const { sub, extras } = useStore.getState();
  return sub?.nodes.find((n) => n.id === id) ?? extras.nodes.find((n) => n.id === id) ?? null;
}

export function DetailsPanel() {
  const t = useT();
  const d = useStore((s) => s.detail);
  const selectedId = useStore((s) => s.selectedId);
  const select = useStore((s) => s.select);
  const expand = useStore((s) => s.expand);
  const setPathEnd = useStore((s) => s.setPathEnd);
  const openDocument = useStore((s) => s.openDocument);
  // Browsing shows the facts; confidence, rules and the editing controls are for review mode.
  const reviewing = useLayout((s) => s.mode === "review");
  // The long lists (up to 200 documents, 100 relations with their sentences) are rendered after
  // the panel with its mentions is painted, by React in slices that let input through: in the
  // same commit they made a selection a long task at scale. (The same entity again, after an
  // edit or "load more", keeps its lists in place.)
  const later = useDeferredValue(d);
  const full = later === d || (later !== null && later.id === d?.id);

  if (!d || d.id !== selectedId) {
    // What the graph already knows of the picked entity is painted at once; the details follow.
    const known = selectedId !== null ? knownNode(selectedId) : null;
    if (known) {
      return (
        <aside className="details" data-testid="details" data-preview={known.id}>
          <header className="details-head">
            <TypeIcon type={known.type} size={18} />
            {/* (its own test id: "details-name" means the details came) */}
            <h2 data-testid="details-preview-name">{known.name}</h2>
            <button
              type="button"
              className="btn icon close"
              title={t("details.close")}
              onClick={() => void select(null)}
            >
              ×
            </button>
          </header>
          <dl className="facts">
            <dt>{t("details.type")}</dt>
            <dd>{t(`type.${known.type}`)}</dd>
            <dt>{t("details.level")}</dt>
            <dd>{t(`level.${known.level ?? "none"}`)}</dd>
            <dt>{t("details.status")}</dt>
            <dd>
              <span className={`status-pill ${known.status}`}>{t(`status.${known.status}`)}</span>
            </dd>
            <dt>{t("details.degree")}</dt>
            <dd>{known.degree}</dd>
          </dl>
          <p className="muted">{t("loading")}</p>
        </aside>
      );
    }
    return (
      <aside className="details empty" data-testid="details">
        <p className="muted">{selectedId !== null ? t("loading") : t("details.empty")}</p>
      </aside>
    );
  }
  const end = { id: d.id, name: d.name };
  return (
    <aside className="details" data-testid="details" data-entity={d.id}>
      <header className="details-head">
        <TypeIcon type={d.type} size={18} />
        <h2 data-testid="details-name">{d.name}</h2>
        <button type="button" className="btn icon close" title={t("details.close")} onClick={() => void select(null)}>
          ×
        </button>
      </header>
      <dl className="facts">
        <dt>{t("details.type")}</dt>
        <dd>{t(`type.${d.type}`)}</dd>
        <dt>{t("details.level")}</dt>
        <dd>{t(`level.${d.level ?? "none"}`)}</dd>
        <dt>{t("details.status")}</dt>
        <dd>
          <span className={`status-pill ${d.status}`}>{t(`status.${d.status}`)}</span>
        </dd>
        <dt>{t("details.degree")}</dt>
        <dd>{d.degree}</dd>
        <dt>{t("details.mentionCount")}</dt>
        <dd>{d.mentionCount}</dd>
        <dt>{t("details.aliases")}</dt>
        <dd>{d.aliases.length ? d.aliases.join("、") : <span className="muted">{t("details.none")}</span>}</dd>
      </dl>
      <div className="details-actions">
        <button type="button" className="btn" onClick={() => void expand(d.id)} data-testid="expand">
          ✚ {t("details.expand")}
        </button>
        <button type="button" className="btn" onClick={() => setPathEnd("from", end)} data-testid="path-from">
          {t("details.pathFrom")}
        </button>
        <button type="button" className="btn" onClick={() => setPathEnd("to", end)} data-testid="path-to">
          {t("details.pathTo")}
        </button>
      </div>

      {reviewing ? <EntityCuration key={`curation-${d.id}`} d={d} /> : null}
      <EntityHistory id={d.id} />

      <h3>{t("details.documents")}</h3>
      {full ? (
        <ul className="doc-list">
          {d.documents.map((doc) => (
            <li key={doc.id}>
              <button type="button" className="link" onClick={() => void openDocument(doc.id)}>
                {doc.title}
              </button>
              <span className="count"> ×{doc.mentions}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("loading")}</p>
      )}

      <h3>
        {t("details.mentions")} <span className="count">{d.mentionTotal ?? d.mentions.length}</span>
      </h3>
      <MentionList key={`mentions-${d.id}`} mentions={d.mentions} />
      <DetailMore kind="mentions" />

      <h3>
        {t("details.relations")} <span className="count">{d.relationTotal ?? d.relations.length}</span>
      </h3>
      {full ? (
        <>
          <RelationList relations={d.relations} names={[d.name, ...d.aliases]} reviewing={reviewing} />
          <DetailMore kind="relations" />
        </>
      ) : (
        <p className="muted">{t("loading")}</p>
      )}
    </aside>
  );
}
