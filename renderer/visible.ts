// The one place the graph's visible set is composed: the live filter (graph/visible.ts), then a
// shown saved view or "confirmed only" on stage (briefing/narrow.ts). Graph, legend, status bar
// and sidebar all read this hook, so they always agree. Last, a brushed time range or a comparison
// narrows it to what those documents state (time/visible.ts).
import { useMemo } from "react";
import { briefingVisible } from "./briefing/narrow.ts";
import { useBriefing } from "./briefing/state.ts";
import { overviewEdgeCap } from "./graph/overview.ts";
import { liveVisible, type Visible } from "./graph/visible.ts";
import { useStore } from "./store.ts";
import { useTime } from "./time/state.ts";
import { narrowToStated } from "./time/visible.ts";

export type { Visible };

/** The visible set, and whether a saved view (which owns its camera) is on screen. */
export interface Composed extends Visible {
  /** A saved view or the stage: the camera is theirs, the graph does not re-fit on its own. */
  held: boolean;
}

/**
 * liveVisible for the last inputs, shared: graph, legend, status bar and sidebar each call the
 * hook, and each computed the same set (a sort of thousands of relations at scale) on every change.
 */
const recent: { key: unknown[]; value: Visible }[] = [];
function sharedLive(input: Parameters<typeof liveVisible>[0]): Visible {
  const key = [input.sub, input.extras, input.focus, input.filter, input.selectedId, input.edgeCap];
  const hit = recent.find((r) => r.key.every((k, i) => k === key[i]));
  if (hit) return hit.value;
  const value = liveVisible(input);
  // two kept: the set without the selection and the one with it
  recent.unshift({ key, value });
  recent.length = Math.min(recent.length, 2);
  return value;
}

export function useVisible(): Composed | null {
  const sub = useStore((s) => s.sub);
  const extras = useStore((s) => s.extras);
  const focus = useStore((s) => s.focus);
  const filter = useStore((s) => s.filter);
  const selectedId = useStore((s) => s.selectedId);
  const shown = useBriefing((s) => s.shown);
  const presenting = useBriefing((s) => s.presenting);
  const confirmedOnly = useBriefing((s) => s.presenting && s.confirmedOnly);
  const stated = useTime((s) => s.stated);
  // A selection changes the visible set only when the chosen entity would not be shown without
  // it (filtered out, unlinked, pulled in as an extra): otherwise the set stays the same object,
  // and the graph, legend and lists are not recomputed on a click (a long task at scale).
  const plain = useMemo(
    () => (sub ? sharedLive({ sub, extras, focus, filter, selectedId: null, edgeCap: overviewEdgeCap() }) : null),
    [sub, extras, focus, filter],
  );
  const plainIds = useMemo(() => new Set(plain?.nodes.map((n) => n.id)), [plain]);
  const liveSel =
    selectedId !== null && (!plainIds.has(selectedId) || extras.nodes.some((n) => n.id === selectedId))
      ? selectedId
      : null;
  const live = useMemo(
    () =>
      sub && liveSel !== null
        ? sharedLive({ sub, extras, focus, filter, selectedId: liveSel, edgeCap: overviewEdgeCap() })
        : plain,
    [plain, liveSel, sub, extras, focus, filter],
  );
  // (a shown view keeps the chosen entity whatever the filters say)
  const viewSel = shown ? selectedId : null;
  return useMemo(() => {
    const v = narrowToStated(
      briefingVisible(live, shown, { filter, extras, selectedId: viewSel, confirmedOnly }),
      stated,
    );
    return v ? { ...v, isolated: shown ? [] : v.isolated, held: shown !== null || presenting } : null;
  }, [live, shown, filter, extras, viewSel, confirmedOnly, presenting, stated]);
}
