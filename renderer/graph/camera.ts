// Fitting the camera to what matters: a drawn path, else everything shown. The canvas is only
// the space between the docked panels (cytoscape's container), so a fit never hides under them.
import type cytoscape from "cytoscape";
import { LABEL_FONT_SIZE } from "./cy-style.ts";
import { placeLabels } from "./labels.ts";
import { box } from "./node-box.ts";

/** The zoom at which a name of the smallest font is drawn at 7 px (cytoscape's min-zoomed-font-size). */
const LEGIBLE_ZOOM = 7 / LABEL_FONT_SIZE + 0.001;
/** Never closer than this: two nodes should not fill the screen. */
const MAX_FIT_ZOOM = 1.6;
const PADDING = 48;
/** Above this many elements drawn the camera jumps: each animation frame redraws every one. */
const ANIMATE_UP_TO = 1000;

export function fitTarget(cy: cytoscape.Core): cytoscape.Collection {
  const path = cy.nodes(".path").not(".hidden");
  return path.nonempty() ? path : cy.nodes().not(".hidden");
}

/** The zoom a fit of `eles` would take (labels need about 0.75 to be readable). */
export function fitZoom(cy: cytoscape.Core, eles = fitTarget(cy)): number {
  return cameraFor(cy, box(eles)).zoom;
}

type Box = { x1: number; y1: number; w: number; h: number };

/** The camera (zoom and pan) that fits `bb` into the canvas, room left under it for labels. */
function cameraFor(cy: cytoscape.Core, bb: Box): { zoom: number; pan: cytoscape.Position } {
  const w = cy.width();
  const h = cy.height();
  let zoom = Math.max(
    cy.minZoom(),
    Math.min(MAX_FIT_ZOOM, (w - 2 * PADDING) / Math.max(bb.w, 1), (h - 2 * PADDING - 24) / Math.max(bb.h, 1)),
  );
  // Just short of the zoom where the smallest names stay drawn (7 px): names over padding, when the
  // picture still fits the canvas at that zoom.
  if (
    zoom < LEGIBLE_ZOOM &&
    zoom >= 0.95 * LEGIBLE_ZOOM &&
    bb.w * LEGIBLE_ZOOM <= w - 16 &&
    bb.h * LEGIBLE_ZOOM <= h - 40
  )
    zoom = LEGIBLE_ZOOM;
  return { zoom, pan: { x: w / 2 - zoom * (bb.x1 + bb.w / 2), y: (h - 24) / 2 - zoom * (bb.y1 + bb.h / 2) + 4 } };
}

/**
 * `labels` false: the caller places the labels itself once the picture is complete (the first
 * view draws in batches; placing names on each partial picture was a long task each time).
 */
export function fitNow(cy: cytoscape.Core, eles = fitTarget(cy), animate = true, labels = true): void {
  if (eles.empty()) {
    if (labels) placeLabels(cy);
    return;
  }
  fitBox(cy, box(eles), animate, labels);
}

/** The camera onto the box `bb` (model px); see fitNow. */
export function fitBox(cy: cytoscape.Core, bb: Box, animate = true, labels = true): void {
  if (cy.width() < 10 || cy.height() < 10) {
    if (labels) placeLabels(cy);
    return;
  }
  const { zoom, pan } = cameraFor(cy, bb);
  cy.stop(true, true);
  if (!animate || cy.elements().not(".hidden").length > ANIMATE_UP_TO) {
    cy.viewport({ zoom, pan });
    if (labels) placeLabels(cy);
    return;
  }
  cy.animate({ zoom, pan }, { duration: 350, easing: "ease-in-out-cubic", complete: () => placeLabels(cy) });
}

/**
 * Fits onto `bb` only when it is not all in view or would be drawn much larger, and says whether
 * it did. At scale a camera move redraws every node's texture (at a new zoom level) and may
 * restyle every node (a new zoom band): a long task each without a GPU. The first view is fitted
 * once on the whole picture it is about to draw, so that its later fits move nothing.
 */
export function fitIfOff(cy: cytoscape.Core, bb: Box, animate = true, labels = true): boolean {
  if (bb.w <= 0 || cy.width() < 10 || cy.height() < 10) return false;
  const ext = cy.extent();
  const inside = bb.x1 >= ext.x1 && bb.y1 >= ext.y1 && bb.x1 + bb.w <= ext.x2 && bb.y1 + bb.h <= ext.y2;
  if (inside && cy.zoom() >= 0.85 * cameraFor(cy, bb).zoom) return false;
  fitBox(cy, bb, animate, labels);
  return true;
}

/** Keeps the centre of the picture where it was when the canvas changes size (a panel folds). */
export function watchSize(cy: cytoscape.Core, box: HTMLElement, held: () => boolean): () => void {
  let last = { w: box.clientWidth, h: box.clientHeight };
  const ro = new ResizeObserver(() => {
    const w = box.clientWidth;
    const h = box.clientHeight;
    if (w === last.w && h === last.h) return;
    const p = cy.pan();
    cy.resize();
    // A saved view or the stage places its own camera after a resize.
    if (!held()) cy.pan({ x: p.x + (w - last.w) / 2, y: p.y + (h - last.h) / 2 });
    last = { w, h };
    placeLabels(cy);
  });
  ro.observe(box);
  return () => ro.disconnect();
}
