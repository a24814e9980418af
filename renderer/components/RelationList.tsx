import { RELATION_STYLE } from "../../common/palette.ts";
import type { RelationDetail, RelationType } from "../api-types.ts";
import { RelationCuration } from "../curation/RelationCuration.tsx";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { MarkedText } from "./MarkedText.tsx";
import { TypeIcon } from "./TypeIcon.tsx";

/** Relations grouped by type; each with the other entity and its evidence sentence(s). */
export function RelationList({
  relations,
  names,
  reviewing,
}: {
  relations: RelationDetail[];
  names: string[];
  reviewing: boolean;
}) {
  const t = useT();
  const select = useStore((s) => s.select);
  const openDocument = useStore((s) => s.openDocument);
  if (relations.length === 0) return <p className="muted">{t("details.noRelations")}</p>;
  const groups = new Map<RelationType, RelationDetail[]>();
  for (const r of relations) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  return (
    <div className="relations">
      {[...groups].map(([type, rels]) => (
        <section key={type} className="rel-group" data-testid={`relgroup-${type}`}>
          <h4>
            <span className="rel-swatch" style={{ background: RELATION_STYLE[type].color }} />
            {t(`rel.${type}`)} <span className="count">{rels.length}</span>
          </h4>
          <ul>
            {rels.map((r) => (
              <li key={r.id}>
                <button type="button" className="rel-other" onClick={() => void select(r.other.id, { centre: true })}>
                  <span className="rel-dir">{r.direction === "out" ? "→" : "←"}</span>
                  <TypeIcon type={r.other.type} size={12} />
                  {r.other.name}
                </button>
                {reviewing ? <RelationCuration r={r} /> : null}
                {r.evidence.slice(0, 2).map((ev) => (
                  <button
                    type="button"
                    key={`${ev.documentId}:${ev.start}`}
                    className="evidence"
                    onClick={() => void openDocument(ev.documentId, { start: ev.start, end: ev.end })}
                  >
                    <MarkedText text={ev.sentence} terms={[...names, r.other.name]} />
                    <cite className="citation">{ev.citation.text}</cite>
                  </button>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
