// The box around some nodes, cheaply (camera fits, group rings).
import type cytoscape from "cytoscape";

/**
 * The nodes' box from their positions and sizes: cytoscape's boundingBox() computes every
 * element's style and edge geometry first (seconds at scale); edges lie between their nodes.
 */
export function box(eles: cytoscape.Collection): { x1: number; y1: number; w: number; h: number } {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  eles.nodes().forEach((n) => {
    const p = n.position();
    const r = ((n.data("size") as number | undefined) ?? 30) / 2;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  });
  return Number.isFinite(x1) ? { x1, y1, w: x2 - x1, h: y2 - y1 } : { x1: 0, y1: 0, w: 0, h: 0 };
}

type Box = { x1: number; y1: number; w: number; h: number };

/** The box of node definitions not added yet (their positions and sizes), joined to `with`. */
export function defsBox(defs: readonly cytoscape.ElementDefinition[], with_: Box): Box {
  let x1 = with_.w > 0 || with_.h > 0 ? with_.x1 : Number.POSITIVE_INFINITY;
  let y1 = with_.w > 0 || with_.h > 0 ? with_.y1 : Number.POSITIVE_INFINITY;
  let x2 = with_.w > 0 || with_.h > 0 ? with_.x1 + with_.w : Number.NEGATIVE_INFINITY;
  let y2 = with_.w > 0 || with_.h > 0 ? with_.y1 + with_.h : Number.NEGATIVE_INFINITY;
  for (const d of defs) {
    if (d.group !== "nodes" || !d.position) continue;
    const r = ((d.data.size as number | undefined) ?? 30) / 2;
    x1 = Math.min(x1, d.position.x - r);
    y1 = Math.min(y1, d.position.y - r);
    x2 = Math.max(x2, d.position.x + r);
    y2 = Math.max(y2, d.position.y + r);
  }
  return Number.isFinite(x1) ? { x1, y1, w: x2 - x1, h: y2 - y1 } : with_;
}
