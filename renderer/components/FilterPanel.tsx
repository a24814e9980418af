import { RELATION_STYLE } from "../../common/palette.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../api-types.ts";
import { ReviewFilter } from "../curation/ReviewFilter.tsx";
import { useT } from "../i18n/index.ts";
import { useLayout } from "../layout.ts";
import { type Filter, useStore } from "../store.ts";
import { IsolatedList } from "./IsolatedList.tsx";
import { Legend } from "./Legend.tsx";
import { TypeIcon } from "./TypeIcon.tsx";
import "./FilterPanel.css";
import { chosenFirst, documentPage } from "../documents-page.ts";

const LEVELS = ["national", "provincial", "city", "none"] as const;
const STATUSES = ["existing", "planned"] as const;

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

export function FilterPanel() {
  const t = useT();
  const filter = useStore((s) => s.filter);
  const stats = useStore((s) => s.stats);
  const documents = useStore((s) => s.documents);
  const pages = useStore((s) => s.documentPages);
  const setFilter = useStore((s) => s.setFilter);
  const resetFilter = useStore((s) => s.resetFilter);
  const openDocument = useStore((s) => s.openDocument);
  const open = useLayout((s) => s.filtersOpen);
  const toggle_ = useLayout((s) => s.toggleFilters);
  const set = (patch: Partial<Filter>) => setFilter(patch);

  if (!open) {
    return (
      <nav className="filters-rail" data-testid="filters-rail" aria-label={t("filters.title")}>
        <button
          type="button"
          className="side-tab"
          title={t("filters.open")}
          aria-label={t("filters.open")}
          data-testid="filters-open"
          onClick={() => toggle_(true)}
        >
          ⟩
        </button>
        <span className="filters-rail-label">{t("filters.title")}</span>
      </nav>
    );
  }

  return (
    <aside className="filters" data-testid="filters">
      <div className="filters-head">
        <h2>{t("filters.title")}</h2>
        <button type="button" className="link" onClick={resetFilter} data-testid="filters-reset">
          {t("filters.reset")}
        </button>
        <button
          type="button"
          className="btn icon"
          title={t("filters.close")}
          aria-label={t("filters.close")}
          data-testid="filters-close"
          onClick={() => toggle_(false)}
        >
          ⟨
        </button>
      </div>

      <Legend />
      <IsolatedList />

      <section>
        <h3>{t("filters.types")}</h3>
        {ENTITY_TYPES.map((ty) => (
          <label key={ty} className="check">
            <input
              type="checkbox"
              checked={filter.types.includes(ty)}
              data-testid={`type-${ty}`}
              onChange={(e) => set({ types: toggle(filter.types, ty, e.target.checked) })}
            />
            <TypeIcon type={ty} />
            <span className="check-label type-name" title={t(`type.${ty}`)}>
              {t(`type.${ty}`)}
            </span>
            <span className="count">{stats?.byType[ty] ?? 0}</span>
            <button
              type="button"
              className="only"
              title={t("filters.onlyHint", { type: t(`type.${ty}`) })}
              data-testid={`only-${ty}`}
              onClick={(e) => {
                e.preventDefault();
                set({ types: [ty] });
              }}
            >
              {t("filters.only")}
            </button>
          </label>
        ))}
      </section>

      <section>
        <h3>{t("filters.relations")}</h3>
        {RELATION_TYPES.map((r) => (
          <label key={r} className="check">
            <input
              type="checkbox"
              checked={filter.relationTypes.includes(r)}
              data-testid={`rel-${r}`}
              onChange={(e) => set({ relationTypes: toggle(filter.relationTypes, r, e.target.checked) })}
            />
            <svg width="18" height="8" aria-hidden="true">
              <line
                x1="1"
                y1="4"
                x2="17"
                y2="4"
                stroke={RELATION_STYLE[r].color}
                strokeWidth={Math.max(1.2, RELATION_STYLE[r].width + 0.4)}
                strokeDasharray={
                  RELATION_STYLE[r].line === "dashed"
                    ? "4 2"
                    : RELATION_STYLE[r].line === "dotted"
                      ? "1.5 2"
                      : undefined
                }
              />
            </svg>
            <span className="check-label" title={t(`rel.${r}`)}>
              {t(`rel.${r}`)}
            </span>
            <span className="count">{stats?.byRelation[r] ?? 0}</span>
          </label>
        ))}
      </section>

      <section>
        <h3>{t("filters.level")}</h3>
        <div className="chips">
          {LEVELS.map((l) => (
            <label key={l} className={`chip${filter.levels.includes(l) ? " on" : ""}`}>
              <input
                type="checkbox"
                className="sr-only"
                checked={filter.levels.includes(l)}
                onChange={(e) => set({ levels: toggle(filter.levels, l, e.target.checked) })}
              />
              {t(`level.${l}`)}
            </label>
          ))}
        </div>
        <h3>{t("filters.status")}</h3>
        <div className="chips">
          {STATUSES.map((st) => (
            <label key={st} className={`chip${filter.status.includes(st) ? " on" : ""}`}>
              <input
                type="checkbox"
                className="sr-only"
                checked={filter.status.includes(st)}
                onChange={(e) => set({ status: toggle(filter.status, st, e.target.checked) })}
              />
              {t(`status.${st}`)}
            </label>
          ))}
        </div>
        <ReviewFilter />
      </section>

      <section>
        <h3>
          {t("filters.minDegree")} <span className="count">{filter.minDegree}</span>
        </h3>
        <input
          type="range"
          min={0}
          max={10}
          value={filter.minDegree}
          data-testid="min-degree"
          onChange={(e) => set({ minDegree: Number(e.target.value) })}
        />
      </section>

      <section>
        <h3>{t("filters.documents")}</h3>
        <label className="check">
          <input type="checkbox" checked={filter.documents.length === 0} onChange={() => set({ documents: [] })} />
          <span className="check-label">{t("filters.allDocuments")}</span>
        </label>
        {chosenFirst(documents, filter.documents).map((d) => (
          <div key={d.id} className="doc-row">
            <label className="check" title={`${d.title ?? d.fileName}\n${d.fileName}`}>
              <input
                type="checkbox"
                checked={filter.documents.includes(d.id)}
                data-testid="filter-document"
                data-document={d.id}
                onChange={(e) => set({ documents: toggle(filter.documents, d.id, e.target.checked) })}
              />
              <span className="check-label doc-title">{d.title ?? d.fileName}</span>
              <span className="count">{d.entityCount}</span>
            </label>
            <button
              type="button"
              className="doc-open"
              title={t("filters.openDocument")}
              aria-label={t("filters.openDocument")}
              data-testid="open-document"
              onClick={() => void openDocument(d.id)}
            >
              ▤
            </button>
          </div>
        ))}
        {pages.total > pages.paged ? (
          <p className="muted" data-testid="documents-more">
            {t("filters.moreDocuments", { n: pages.total - pages.paged })}{" "}
            <button
              type="button"
              className="link"
              data-testid="documents-load-more"
              onClick={() => void useStore.getState().moreDocuments()}
            >
              {t("filters.loadMoreDocuments", { n: Math.min(documentPage(), pages.total - pages.paged) })}
            </button>
          </p>
        ) : null}
      </section>
    </aside>
  );
}
