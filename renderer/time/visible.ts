// The time filter on the graph: while a range is brushed (or a comparison shown), only what
// its documents state is drawn — entities they mention, relations they give evidence for.
import { useMemo } from "react";
import type { Visible } from "../graph/visible.ts";
import { useTime } from "./state.ts";

export function narrowToStated(base: Visible | null, stated: ReturnType<typeof useTime.getState>["stated"]) {
  if (!base || !stated) return base;
  const nodes = base.nodes.filter((n) => stated.entityIds.has(n.id));
  const edges = base.edges.filter((e) => stated.relationIds.has(e.id));
  return { ...base, nodes, edges };
}

/** Wraps useVisible's result (graph/visible.ts), after the briefing narrowing. */
export function useTimeVisible(base: Visible | null): Visible | null {
  const stated = useTime((s) => s.stated);
  return useMemo(() => narrowToStated(base, stated), [base, stated]);
}
