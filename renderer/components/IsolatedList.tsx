// Entities with no relation of the chosen kinds are kept off the canvas (a grid of loose dots
// says nothing) and listed here instead; a click shows one in the graph and its details.

import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { useVisible } from "../visible.ts";
import { TypeIcon } from "./TypeIcon.tsx";

const SHOW = 200;

export function IsolatedList() {
  const t = useT();
  const visible = useVisible();
  const hide = useStore((s) => s.filter.hideIsolated);
  const setFilter = useStore((s) => s.setFilter);
  const select = useStore((s) => s.select);
  const isolated = visible?.isolated ?? [];
  return (
    <details className="isolated" data-testid="isolated" data-count={isolated.length}>
      <summary>
        {t("filters.isolated", { n: isolated.length })}
        {hide ? null : <span className="muted"> · {t("filters.isolatedShown")}</span>}
      </summary>
      <label className="check">
        <input
          type="checkbox"
          checked={!hide}
          data-testid="show-isolated"
          onChange={(e) => setFilter({ hideIsolated: !e.target.checked })}
        />
        <span className="check-label">{t("filters.showIsolated")}</span>
      </label>
      <ul>
        {[...isolated]
          .sort((a, b) => b.mentionCount - a.mentionCount)
          .slice(0, SHOW)
          .map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className="link"
                title={n.name}
                data-testid="isolated-item"
                onClick={() => void select(n.id, { centre: true })}
              >
                <TypeIcon type={n.type} size={10} /> {n.name}
              </button>
            </li>
          ))}
      </ul>
      {isolated.length > SHOW ? (
        <p className="muted">{t("filters.isolatedMore", { n: isolated.length - SHOW })}</p>
      ) : null}
    </details>
  );
}
