import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { TypeIcon } from "./TypeIcon.tsx";
import "./PathPanel.css";

/** Shortest path between two picked entities, listed step by step with evidence. */
export function PathPanel() {
  const t = useT();
  const from = useStore((s) => s.pathFrom);
  const to = useStore((s) => s.pathTo);
  const result = useStore((s) => s.pathResult);
  const findPath = useStore((s) => s.findPath);
  const clearPath = useStore((s) => s.clearPath);
  const select = useStore((s) => s.select);
  if (!from && !to) {
    return (
      <section className="path-panel" data-testid="path-panel">
        <h3>{t("path.title")}</h3>
        <p className="muted">{t("path.empty")}</p>
      </section>
    );
  }
  const names = new Map(result && result !== "none" ? result.nodes.map((n) => [n.id, n]) : []);
  return (
    <section className="path-panel" data-testid="path-panel">
      <header>
        <h3>{t("path.title")}</h3>
        <button type="button" className="link" onClick={clearPath}>
          {t("path.clear")}
        </button>
      </header>
      <div className="path-ends">
        <span className="path-label">{t("path.from")}</span>
        <span data-testid="path-from-name">{from?.name ?? <em className="muted">{t("path.pick")}</em>}</span>
        <span className="path-label">{t("path.to")}</span>
        <span data-testid="path-to-name">{to?.name ?? <em className="muted">{t("path.pick")}</em>}</span>
      </div>
      <button
        type="button"
        className="btn primary"
        disabled={!from || !to}
        onClick={() => void findPath()}
        data-testid="find-path"
      >
        {t("path.find")}
      </button>
      {result === "none" ? (
        <p className="muted" data-testid="path-none">
          {t("path.none")}
        </p>
      ) : null}
      {result && result !== "none" ? (
        <ol className="path-steps" data-testid="path-steps" data-steps={result.steps.length}>
          <li className="path-hops muted">{t("path.hops", { n: result.steps.length })}</li>
          {result.steps.map((s, i) => {
            // In path order (from → to), whatever the relation's own direction.
            const a = result.nodes[i] ?? names.get(s.edge.source);
            const b = result.nodes[i + 1] ?? names.get(s.edge.target);
            return (
              <li key={s.edge.id} data-testid="path-step">
                <div className="path-edge">
                  {a ? (
                    <button type="button" className="rel-other" onClick={() => void select(a.id, { centre: true })}>
                      <TypeIcon type={a.type} size={12} />
                      {a.name}
                    </button>
                  ) : null}
                  <span className="path-rel">— {t(`rel.${s.edge.type}`)} —</span>
                  {b ? (
                    <button type="button" className="rel-other" onClick={() => void select(b.id, { centre: true })}>
                      <TypeIcon type={b.type} size={12} />
                      {b.name}
                    </button>
                  ) : null}
                </div>
                {s.evidence ? <p className="path-evidence">{s.evidence}</p> : null}
                {s.citation ? <cite className="citation">{s.citation.text}</cite> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
