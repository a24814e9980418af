import { OverviewStatus } from "../graph/OverviewStatus.tsx";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { TimelineToggle } from "../time/TimelineToggle.tsx";
import { useVisible } from "../visible.ts";
import "./StatusBar.css";

export function StatusBar() {
  const t = useT();
  const visible = useVisible();
  const focus = useStore((s) => s.focus);
  const detail = useStore((s) => s.detail);
  const importing = useStore((s) => s.importing);
  const progress = useStore((s) => s.progress);
  if (!visible) {
    return <footer className="statusbar">{t("status.loading")}</footer>;
  }
  const n = visible.nodes.length;
  const k = visible.edges.length;
  return (
    <footer className="statusbar">
      <span
        data-testid="status"
        data-nodes={n}
        data-total-nodes={visible.totalNodes}
        data-edges={k}
        data-total-edges={visible.totalEdges}
      >
        {t("status.bar", { n, m: visible.totalNodes, k, l: visible.totalEdges })}
      </span>
      <TimelineToggle />
      {importing !== null ? (
        <span className="status-import" data-testid="import-progress">
          <span className="spinner" />{" "}
          {progress
            ? t("import.progress", { done: progress.done, total: progress.total, file: progress.file ?? "" })
            : t("import.busy", { n: importing })}
        </span>
      ) : null}
      <OverviewStatus />
      {focus.on && detail ? (
        <span className="status-focus" title={t("status.focus", { name: detail.name, depth: focus.depth })}>
          {t("status.focus", { name: detail.name, depth: focus.depth })}
        </span>
      ) : null}
      {/* Each hint whole or not at all: those that do not fit wrap out of sight; the tooltip has them all. */}
      <span className="status-hints" title={t("shortcuts.hint")} data-testid="status-hints">
        {t("shortcuts.hint")
          .split(" · ")
          .map((h) => (
            <span key={h} className="status-hint">
              {h}
            </span>
          ))}
      </span>
    </footer>
  );
}
