// The status bar's switch for the timeline strip (folded by default so the graph keeps its room).
import { useT } from "../i18n/index.ts";
import { setStripOpen, useTime } from "./state.ts";

export function TimelineToggle() {
  const t = useT();
  const open = useTime((s) => s.stripOpen);
  const range = useTime((s) => s.range);
  return (
    <button
      type="button"
      className={open ? "link status-timeline on" : "link status-timeline"}
      data-testid="timeline-toggle"
      aria-pressed={open}
      title={t("time.stripHint")}
      onClick={() => setStripOpen(!open)}
    >
      {open ? t("time.stripHide") : t("time.stripShow")}
      {range && !open ? ` (${range.from}–${range.to})` : ""}
    </button>
  );
}
