// The time filter on the graph: while a range is brushed (or a comparison shown), only what
// its documents state is drawn — entities they mention, relations they give evidence for.
// renderer/visible.ts applies it last, after a shown view's narrowing.
import type { Visible } from "../graph/visible.ts";
import type { useTime } from "./state.ts";

export function narrowToStated<V extends Visible>(
  base: V | null,
  stated: ReturnType<typeof useTime.getState>["stated"],
): V | null {
  if (!base || !stated) return base;
  const nodes = base.nodes.filter((n) => stated.entityIds.has(n.id));
  const edges = base.edges.filter((e) => stated.relationIds.has(e.id));
  return { ...base, nodes, edges };
}
