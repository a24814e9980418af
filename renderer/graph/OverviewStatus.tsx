// The status bar's overview notice: shown when the filter matched more entities than the
// overview draws (see ./overview.ts), with "more" and, after a group was opened (./groups.ts) or
// a double-click expanded a node, "collapse" (both back to the first view).
import { useT } from "../i18n/index.ts";
import { collapseExpansions, reloadGraph, useStore } from "../store.ts";
import { closeGroupsNow, setGroupByNow } from "./group-actions.ts";
import { anyGroupOpen, useGroups } from "./groups.ts";
import { GROUP_BY, type GroupBy } from "./hub-groups.ts";
import { raiseOverviewLimit } from "./overview.ts";

function collapse(): void {
  collapseExpansions();
  closeGroupsNow();
}

export function OverviewStatus() {
  const t = useT();
  const sub = useStore((s) => s.sub);
  const pulled = useStore((s) => s.extras.nodes.some((n) => n.id !== s.selectedId));
  const opened = useGroups((s) => anyGroupOpen(s.opened, s.openHubs));
  const by = useGroups((s) => s.by);
  const expanded = pulled || opened;
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
      <label className="status-groupby">
        {t("status.groupBy")}{" "}
        <select data-testid="overview-group-by" value={by} onChange={(e) => setGroupByNow(e.target.value as GroupBy)}>
          {GROUP_BY.map((k) => (
            <option key={k} value={k}>
              {t(`status.groupBy.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {expanded ? (
        <>
          {" "}
          <button type="button" className="link" data-testid="overview-collapse" onClick={collapse}>
            {t("status.overviewCollapse")}
          </button>
        </>
      ) : null}
    </span>
  );
}
