// Greedy label placement: visit nodes by degree (hubs first) and label a node only when its
// label box does not overlap one already placed. Re-run after zoom/pan settles.
import type cytoscape from "cytoscape";
import { LABEL_FONT } from "../../common/palette.ts";
import { LABEL_FONT_SIZE, type ZoomBand, zoomBand } from "./cy-style.ts";

const MAX_LABELS = 400;
/** Up to this many nodes shown, every one is labelled. */
export const LABEL_ALL = 60;

// Below, above, beside, then the four corners: the first place free of other labels and bodies.
type Side = "bottom" | "top" | "right" | "left" | "br" | "bl" | "tr" | "tl";
const SIDES: Side[] = ["bottom", "top", "right", "left", "br", "bl", "tr", "tl"];
const SIDE_CLASSES = "lbl-top lbl-right lbl-left lbl-br lbl-bl lbl-tr lbl-tl";

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
    .not(".hidden, .group")
    .filter((n: cytoscape.NodeSingular) => {
      const p = n.renderedPosition();
      return p.x > -50 && p.y > -50 && p.x < w + 50 && p.y < h + 50;
    })
    .sort((a, b) => priority(b as cytoscape.NodeSingular) - priority(a as cytoscape.NodeSingular));
  // Every node body on screen is an obstacle: a label must not cover another node.
  const bodies = new Map<string, Box>();
  const shownCount = cy.nodes().not(".hidden, .group").length;
  // A picture of up to ~120 nodes is measured as drawn (border, selection size included);
  // above that, radii come from data, because measuring computes every node's style.
  const exact = shownCount <= EXACT_UP_TO;
  // Zoomed far out the bodies are specks: only labels must not collide then (a small picture
  // keeps its bodies as obstacles at any zoom, so no label runs under a node).
  for (const n of zoom >= 0.7 || shownCount <= LABEL_ALL ? nodes : []) {
    if (n.hasClass("faded")) continue;
    const p = n.renderedPosition();
    const r = exact ? n.renderedOuterWidth() / 2 + 1 : radius(n, zoom);
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
    // The label as cytoscape draws it: its font size and wrap width (zoom band, presentation
    // scale and selection included), wrapped at any character as the stylesheet says.
    const label = String((n.selected() ? n.data("name") : n.data("label")) ?? "");
    const wrap = parsedStyle(n, "text-max-width") * zoom;
    const { width: lw0, lines } = measure(label, fs, wrap);
    const p = n.renderedPosition();
    const r = exact ? n.renderedHeight() / 2 : radius(n, zoom);
    const rx = exact ? n.renderedWidth() / 2 : r;
    const lw = lw0 + 6;
    const lh = lines * fs * 1.25 + 4;
    const boxes: Record<Side, Box> = {
      bottom: { x1: p.x - lw / 2, y1: p.y + r, x2: p.x + lw / 2, y2: p.y + r + lh },
      top: { x1: p.x - lw / 2, y1: p.y - r - lh, x2: p.x + lw / 2, y2: p.y - r },
      right: { x1: p.x + rx + 2, y1: p.y - lh / 2, x2: p.x + rx + 2 + lw, y2: p.y + lh / 2 },
      left: { x1: p.x - rx - 2 - lw, y1: p.y - lh / 2, x2: p.x - rx - 2, y2: p.y + lh / 2 },
      br: { x1: p.x + rx, y1: p.y + r, x2: p.x + rx + lw, y2: p.y + r + lh },
      bl: { x1: p.x - rx - lw, y1: p.y + r, x2: p.x - rx, y2: p.y + r + lh },
      tr: { x1: p.x + rx, y1: p.y - r - lh, x2: p.x + rx + lw, y2: p.y - r },
      tl: { x1: p.x - rx - lw, y1: p.y - r - lh, x2: p.x - rx, y2: p.y - r },
    };
    const free = (box: Box) =>
      !placed.some((b) => overlaps(b, box)) && ![...bodies].some(([id, b]) => id !== n.id() && overlaps(b, box));
    // A label that fits nowhere is left off (hover still names it) rather than drawn over
    // another label or a node; a selected or path node keeps its name below it regardless.
    const side = (all ? SIDES : (["bottom"] as Side[])).find((k) => free(boxes[k]));
    if (!side) {
      if (n.selected() || n.hasClass("path") || n.hasClass("highlight")) placed.push(boxes.bottom);
      continue;
    }
    placed.push(boxes[side]);
    on.push({ n, side });
  }
  cy.batch(() => {
    cy.nodes(".labelled").removeClass(`labelled ${SIDE_CLASSES}`);
    for (const { n, side } of on) {
      n.addClass("labelled");
      if (side !== "bottom") n.addClass(`lbl-${side}`);
    }
  });
  cy.scratch("kgLabelled", on.length);
}

const charWidths = new Map<string, number>();
let ctx: CanvasRenderingContext2D | null | undefined;

/** Width of one character at 100 px in the label font (measured once, then scaled). */
function charWidth(ch: string): number {
  let w = charWidths.get(ch);
  if (w === undefined) {
    if (ctx === undefined) {
      ctx = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
      if (ctx) ctx.font = `500 100px ${LABEL_FONT}`;
    }
    // Without a canvas: CJK a full em, everything else about half of one.
    w = ctx ? ctx.measureText(ch).width : ch.charCodeAt(0) > 0x2e80 ? 100 : 55;
    charWidths.set(ch, w);
  }
  return w;
}

/** The label's drawn width and line count, wrapped at `wrap` px (at any character). */
export function measure(label: string, fs: number, wrap: number): { width: number; lines: number } {
  let width = 0;
  let line = 0;
  let lines = label ? 1 : 0;
  for (const ch of label) {
    const w = (charWidth(ch) * fs) / 100;
    if (line > 0 && line + w > wrap) {
      lines++;
      width = Math.max(width, line);
      line = 0;
    }
    line += w;
  }
  return { width: Math.max(width, line), lines };
}

/** A style property in model px as cytoscape resolved it (pstyle is missing from the typings). */
function parsedStyle(n: cytoscape.NodeSingular, name: string): number {
  const v = (n as unknown as { pstyle(p: string): { pfValue?: number } }).pstyle(name).pfValue;
  return typeof v === "number" && Number.isFinite(v) ? v : 200;
}

/**
 * A node's radius on screen from its data: renderedWidth() computes the node's style first,
 * half a second for a few hundred nodes on a busy machine.
 */
const EXACT_UP_TO = 120;

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
