import { useMemo } from "react";
import { ENTITY_TYPES, type EntityType } from "../api-types.ts";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { useVisible } from "../visible.ts";
import { TypeIcon } from "./TypeIcon.tsx";
import "./Legend.css";

/** Colour/shape key with counts per type: shown now / in the knowledge base. */
export function Legend() {
  const t = useT();
  const visible = useVisible();
  const stats = useStore((s) => s.stats);
  const filter = useStore((s) => s.filter);
  const setFilter = useStore((s) => s.setFilter);
  const shown = useMemo(() => {
    const c = Object.fromEntries(ENTITY_TYPES.map((ty) => [ty, 0])) as Record<EntityType, number>;
    for (const n of visible?.nodes ?? []) c[n.type]++;
    return c;
  }, [visible]);
  return (
    <div className="legend" data-testid="legend">
      <div className="legend-title">{t("legend.title")}</div>
      {ENTITY_TYPES.map((ty) => (
        <button
          type="button"
          key={ty}
          className={`legend-row${filter.types.includes(ty) ? "" : " off"}`}
          data-testid={`legend-${ty}`}
          data-count={shown[ty]}
          title={t("legend.toggle")}
          onClick={() =>
            setFilter({
              types: filter.types.includes(ty) ? filter.types.filter((x) => x !== ty) : [...filter.types, ty],
            })
          }
        >
          <TypeIcon type={ty} size={13} />
          <span className="legend-label">{t(`type.${ty}`)}</span>
          <span className="legend-count">
            {shown[ty]}
            <span className="muted"> / {stats?.byType[ty] ?? 0}</span>
          </span>
        </button>
      ))}
      <div className="legend-note">
        <span className="planned-swatch" /> {t("status.planned")}
      </div>
    </div>
  );
}
