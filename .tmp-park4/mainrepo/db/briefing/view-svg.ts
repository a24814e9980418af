// A saved view drawn as SVG at its saved positions (for the viewSvg handler and as the
// briefing pack's picture when the window sent none).
import type { DB } from "../store/open.ts";
import { viewGraph } from "../views/graph.ts";
import type { ViewGraph } from "../views/types.ts";
import { graphToSvg, type SvgStyle } from "./svg.ts";

export function viewToSvg(db: DB, viewId: number, resolved?: ViewGraph, style: SvgStyle = {}): string {
  const g = resolved ?? viewGraph(db, viewId);
  return graphToSvg(
    {
      nodes: g.nodes.map((n) => ({
        id: n.id,
        label: n.name,
        type: n.type,
        x: n.position?.x ?? null,
        y: n.position?.y ?? null,
        degree: n.degree,
        status: n.status,
      })),
      edges: g.edges.map((e) => ({ source: e.source, target: e.target, type: e.type })),
    },
    { labelSize: g.view.state.labelSize ?? undefined, title: g.view.state.caption.title || g.view.name, ...style },
  );
}
