// The status bar's overview notice: shown when the filter matched more entities than the
// overview draws (see ./overview.ts).
import { useT } from "../i18n/index.ts";
import { reloadGraph, useStore } from "../store.ts";
import { raiseOverviewLimit } from "./overview.ts";

export function OverviewStatus() {
  const t = useT();
  const sub = useStore((s) => s.sub);
  if (!sub || sub.matchedNodes === undefined || sub.matchedNodes <= sub.nodes.length) return null;
  return (
    <span
      className="status-overview"
      data-testid="status-overview"
      data-shown={sub.nodes.length}
      data-matched={sub.matchedNodes}
    >
      {t("status.overview", { n: sub.nodes.length, m: sub.matchedNodes })}{" "}
      <button
        type="button"
        className="link"
        data-testid="overview-more"
        onClick={() => {
          raiseOverviewLimit();
          reloadGraph();
        }}
      >
        {t("status.overviewMore")}
      </button>
    </span>
  );
}
