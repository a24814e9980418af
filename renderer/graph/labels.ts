// Greedy label placement: visit nodes by degree (hubs first) and label a node only when its
// label box does not overlap one already placed. Re-run after zoom/pan settles.
import type cytoscape from "cytoscape";
import { LABEL_FONT_SIZE, LABEL_LINE_CHARS } from "./cy-style.ts";

const MAX_LABELS = 400;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function placeLabels(cy: cytoscape.Core): void {
  const zoom = cy.zoom();
  const fs = LABEL_FONT_SIZE * zoom;
  const w = cy.width();
  const h = cy.height();
  const nodes = cy
    .nodes()
    .not(".hidden")
    .filter((n: cytoscape.NodeSingular) => {
      const p = n.renderedPosition();
      return p.x > -50 && p.y > -50 && p.x < w + 50 && p.y < h + 50;
    })
    .sort((a, b) => (b.data("degree") as number) - (a.data("degree") as number));
  // Every node body on screen is an obstacle: a label must not cover another node.
  const bodies = new Map<string, Box>();
  for (const n of nodes) {
    const p = n.renderedPosition();
    const r = n.renderedWidth() / 2;
    bodies.set(n.id(), { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r });
  }
  const placed: Box[] = [];
  const on: cytoscape.NodeSingular[] = [];
  if (fs >= 6) {
    for (const n of nodes) {
      if (placed.length >= MAX_LABELS) break;
      const label = String(n.data("label") ?? "");
      const chars = Math.min(label.length, LABEL_LINE_CHARS);
      const lines = Math.ceil(label.length / LABEL_LINE_CHARS);
      const p = n.renderedPosition();
      const half = (chars * fs) / 2 + 3;
      const top = p.y + (n.renderedHeight() / 2);
      const box = { x1: p.x - half, y1: top, x2: p.x + half, y2: top + lines * fs * 1.25 + 4 };
      if (placed.some((b) => overlaps(b, box))) continue;
      let hitsBody = false;
      for (const [id, b] of bodies) {
        if (id !== n.id() && overlaps(b, box)) {
          hitsBody = true;
          break;
        }
      }
      if (hitsBody) continue;
      placed.push(box);
      on.push(n);
    }
  }
  cy.batch(() => {
    cy.nodes(".labelled").removeClass("labelled");
    for (const n of on) n.addClass("labelled");
  });
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}
