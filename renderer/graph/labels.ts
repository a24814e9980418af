// Greedy label placement: visit nodes by degree (hubs first) and label a node only when its
// label box does not overlap one already placed. Re-run after zoom/pan settles.
import type cytoscape from "cytoscape";
import { LABEL_FONT_SIZE, LABEL_LINE_CHARS, type ZoomBand, zoomBand } from "./cy-style.ts";

const MAX_LABELS = 400;
/** Up to this many nodes shown, every one is labelled. */
export const LABEL_ALL = 60;

type Side = "bottom" | "top" | "right" | "left";
const SIDES: Side[] = ["bottom", "top", "right", "left"];

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const bandOf = new WeakMap<cytoscape.Core, ZoomBand>();

function modelFont(n: cytoscape.NodeSingular, band: ZoomBand): number {
  if (band === "far") return n.data("fontFar") as number;
  if (band === "mid") return n.data("fontMid") as number;
  return LABEL_FONT_SIZE;
}

export function placeLabels(cy: cytoscape.Core): void {
  const zoom = cy.zoom();
  const band = zoomBand(zoom);
  cy.batch(() => {
    if (bandOf.get(cy) !== band) {
      bandOf.set(cy, band);
      cy.nodes().removeClass("zoom-far zoom-mid");
    }
    // also catches nodes added since the band was set
    if (band !== "near") cy.nodes().not(`.zoom-${band}`).addClass(`zoom-${band}`);
  });
  const w = cy.width();
  const h = cy.height();
  const nodes = cy
    .nodes()
    .not(".hidden")
    .filter((n: cytoscape.NodeSingular) => {
      const p = n.renderedPosition();
      return p.x > -50 && p.y > -50 && p.x < w + 50 && p.y < h + 50;
    })
    .sort((a, b) => priority(b as cytoscape.NodeSingular) - priority(a as cytoscape.NodeSingular));
  // Every node body on screen is an obstacle: a label must not cover another node.
  const bodies = new Map<string, Box>();
  const shownCount = cy.nodes().not(".hidden").length;
  // Zoomed far out the bodies are specks: only labels must not collide then (a small picture
  // keeps its bodies as obstacles at any zoom, so no label runs under a node).
  for (const n of zoom >= 0.7 || shownCount <= LABEL_ALL ? nodes : []) {
    if (n.hasClass("faded")) continue;
    const p = n.renderedPosition();
    const r = radius(n, zoom);
    bodies.set(n.id(), { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r });
  }
  const placed: Box[] = [];
  const on: { n: cytoscape.NodeSingular; side: Side }[] = [];
  // A small picture names every node: each label tries below, above, right, left of its node and
  // takes the first place free of other labels and node bodies (below when none is).
  const all = shownCount <= LABEL_ALL;
  for (const n of nodes) {
    if (placed.length >= MAX_LABELS) break;
    // Faded nodes are background while something is selected: they get no label.
    if (n.hasClass("faded")) continue;
    // briefing/cy.ts scales labels up (label size, presentation) and says by how much here
    const fs = modelFont(n, band) * zoom * ((cy.scratch("kgLabelScale") as number | undefined) ?? 1);
    if (fs < 7 && !n.selected() && !all) continue; // below min-zoomed-font-size: not drawn anyway
    const label = String(n.data("label") ?? "");
    const chars = Math.min(label.length, LABEL_LINE_CHARS);
    const lines = Math.ceil(label.length / LABEL_LINE_CHARS);
    const p = n.renderedPosition();
    const r = radius(n, zoom);
    const lw = chars * fs + 6;
    const lh = lines * fs * 1.25 + 4;
    const boxes: Record<Side, Box> = {
      bottom: { x1: p.x - lw / 2, y1: p.y + r, x2: p.x + lw / 2, y2: p.y + r + lh },
      top: { x1: p.x - lw / 2, y1: p.y - r - lh, x2: p.x + lw / 2, y2: p.y - r },
      right: { x1: p.x + r + 2, y1: p.y - lh / 2, x2: p.x + r + 2 + lw, y2: p.y + lh / 2 },
      left: { x1: p.x - r - 2 - lw, y1: p.y - lh / 2, x2: p.x - r - 2, y2: p.y + lh / 2 },
    };
    const free = (box: Box) =>
      !placed.some((b) => overlaps(b, box)) && ![...bodies].some(([id, b]) => id !== n.id() && overlaps(b, box));
    const side = (all ? SIDES : (["bottom"] as Side[])).find((k) => free(boxes[k]));
    if (!side && !all) continue;
    const chosen = side ?? "bottom";
    placed.push(boxes[chosen]);
    on.push({ n, side: chosen });
  }
  cy.batch(() => {
    cy.nodes(".labelled").removeClass("labelled lbl-top lbl-right lbl-left");
    for (const { n, side } of on) {
      n.addClass("labelled");
      if (side !== "bottom") n.addClass(`lbl-${side}`);
    }
  });
  cy.scratch("kgLabelled", on.length);
}

/**
 * A node's radius on screen from its data: renderedWidth() computes the node's style first,
 * half a second for a few hundred nodes on a busy machine.
 */
function radius(n: cytoscape.NodeSingular, zoom: number): number {
  return (((n.data("size") as number | undefined) ?? 30) * zoom) / 2 + 1.5 * zoom;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Selected, path and neighbour nodes claim label space first, then hubs by degree. */
function priority(n: cytoscape.NodeSingular): number {
  let p = n.data("degree") as number;
  if (n.hasClass("neighbour")) p += 1e4;
  if (n.hasClass("path")) p += 1e5;
  if (n.selected()) p += 1e6;
  return p;
}
