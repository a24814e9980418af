// Greedy label placement: visit nodes by degree (hubs first) and label a node only where its
// label, as cytoscape draws it, covers no label already placed and no other node's body.
// Re-run after zoom/pan settles. Boxes are in model px (the camera scales them all alike).
import type cytoscape from "cytoscape";
import { LABEL_FONT } from "../../common/palette.ts";
import { LABEL_FONT_SIZE, LABEL_MARGIN, LABEL_MARGIN_SIDE, type ZoomBand, zoomBand } from "./cy-style.ts";

const MAX_LABELS = 400;
/** Up to this many nodes shown, every one is labelled. */
export const LABEL_ALL = 60;
/**
 * Up to this many nodes shown, each node's style is read as cytoscape resolved it (font, weight,
 * wrap width, outline, border); above, it comes from data, because resolving computes every
 * node's style (half a second for a few hundred nodes on a busy machine).
 */
const EXACT_UP_TO = 160;
/** Names of the best-linked nodes of a big picture kept even over small bodies. */
const HUBS = 10;
/** Breathing room around each drawn label box, model px (also absorbs sub-pixel rounding). */
const GAP = 1;

// Below, above, beside, then the four corners: the first place free of other labels and bodies.
type Side = "bottom" | "top" | "right" | "left" | "br" | "bl" | "tr" | "tl";
const SIDES: Side[] = ["bottom", "top", "right", "left", "br", "bl", "tr", "tl"];
const SIDE_CLASSES = "lbl-top lbl-right lbl-left lbl-br lbl-bl lbl-tr lbl-tl";
// Where cytoscape anchors each side's label (text-halign, text-valign) and its margins (cy-style.ts).
const ANCHOR: Record<Side, { h: -1 | 0 | 1; v: -1 | 0 | 1; mx: number; my: number }> = {
  bottom: { h: 0, v: 1, mx: 0, my: LABEL_MARGIN },
  top: { h: 0, v: -1, mx: 0, my: -LABEL_MARGIN },
  right: { h: 1, v: 0, mx: LABEL_MARGIN_SIDE, my: 0 },
  left: { h: -1, v: 0, mx: -LABEL_MARGIN_SIDE, my: 0 },
  br: { h: 1, v: 1, mx: 0, my: 0 },
  bl: { h: -1, v: 1, mx: 0, my: 0 },
  tr: { h: 1, v: -1, mx: 0, my: 0 },
  tl: { h: -1, v: -1, mx: 0, my: 0 },
};

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What decides a node's drawn label: text, font and wrap, outline; body size and border. */
interface Drawn {
  text: string;
  font: string;
  fs: number;
  maxW: number;
  outline: number;
  w: number;
  h: number;
  border: number;
}

/**
 * Gives `nodes` the class of the zoom band (font sizes for far and mid, cy-style.ts), changing
 * only the nodes whose class differs: a class change restyles the node and its relations, so
 * re-classing every node on each band change was a long task at scale. Nodes drawn a batch at a
 * time get the band as they are added (sync.ts), so the first placement changes none.
 */
export function setZoomBand(cy: cytoscape.Core, nodes: cytoscape.NodeCollection, band = zoomBand(cy.zoom())): void {
  const want = band === "near" ? "" : `zoom-${band}`;
  const other = band === "far" ? "zoom-mid" : "zoom-far";
  const stale = nodes.filter(
    (n) => (want !== "" && !n.hasClass(want)) || n.hasClass(other) || (want === "" && n.hasClass("zoom-mid")),
  );
  if (stale.empty()) return;
  cy.batch(() => {
    stale.removeClass("zoom-far zoom-mid");
    if (want) stale.addClass(want);
  });
}

/** A node that names itself whatever placement decides (the stylesheet's data(name) rules). */
const named = (n: cytoscape.NodeSingular) => n.selected() || n.hasClass("path") || n.hasClass("highlight");

function pf(n: cytoscape.NodeSingular, name: string, fallback: number): number {
  const v = (n as unknown as { pstyle(p: string): { pfValue?: number } }).pstyle(name).pfValue;
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}
function str(n: cytoscape.NodeSingular, name: string, fallback: string): string {
  const v = (n as unknown as { pstyle(p: string): { strValue?: string } }).pstyle(name).strValue;
  return typeof v === "string" && v !== "" ? v : fallback;
}

function drawn(n: cytoscape.NodeSingular, exact: boolean, band: ZoomBand, scale: number): Drawn {
  const text = String((named(n) ? n.data("name") : n.data("label")) ?? "");
  if (exact) {
    const fs = pf(n, "font-size", LABEL_FONT_SIZE);
    const font = `${str(n, "font-style", "normal")} ${str(n, "font-weight", "500")} ${fs}px ${str(n, "font-family", LABEL_FONT)}`;
    return {
      text,
      font,
      fs,
      maxW: pf(n, "text-max-width", 200),
      outline: pf(n, "text-outline-width", 2),
      w: pf(n, "width", 30),
      h: pf(n, "height", 30),
      border: pf(n, "border-width", 1.5),
    };
  }
  const base = band === "far" ? n.data("fontFar") : band === "mid" ? n.data("fontMid") : LABEL_FONT_SIZE;
  const fs = (base as number) * scale;
  const size = (n.data("size") as number | undefined) ?? 30;
  const sel = n.selected();
  return {
    text,
    font: `normal ${sel ? 700 : 500} ${fs}px ${LABEL_FONT}`,
    fs,
    maxW: sel ? 200 * scale : ((n.data("labelWidth") as number | undefined) ?? 200) * scale,
    outline: scale > 1 ? 3 : 2,
    w: size,
    h: size,
    border: named(n) ? 6 : 2.5,
  };
}

/** The box the label's text and outline cover on `side` of a node at (x, y), in model px. */
export function labelBox(d: Drawn, x: number, y: number, side: Side): Box {
  const { width, lines } = wrapped(d.text, d.font, d.maxW);
  const lh = lines * d.fs; // cytoscape's default line-height is 1
  const a = ANCHOR[side];
  const ax = x + (a.h * d.w) / 2 + a.mx;
  const ay = y + (a.v * d.h) / 2 + a.my;
  const x1 = a.h === 0 ? ax - width / 2 : a.h > 0 ? ax : ax - width;
  const y1 = a.v === 0 ? ay - lh / 2 : a.v > 0 ? ay : ay - lh;
  const pad = d.outline + GAP;
  return { x1: x1 - pad, y1: y1 - pad, x2: x1 + width + pad, y2: y1 + lh + pad };
}

/** The node's body with its border (drawn centred on the outline), in model px. */
function bodyBox(d: Drawn, x: number, y: number): Box {
  const rx = d.w / 2 + d.border / 2;
  const ry = d.h / 2 + d.border / 2;
  return { x1: x - rx, y1: y - ry, x2: x + rx, y2: y + ry };
}

/** A uniform grid of boxes: asks only the cells a box touches. */
class Grid {
  private cells = new Map<string, Box[]>();
  constructor(private step: number) {}
  private keys(b: Box): string[] {
    const out: string[] = [];
    const s = this.step;
    for (let i = Math.floor(b.x1 / s); i <= Math.floor(b.x2 / s); i++)
      for (let j = Math.floor(b.y1 / s); j <= Math.floor(b.y2 / s); j++) out.push(`${i},${j}`);
    return out;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const c = this.cells.get(k);
      if (c) c.push(b);
      else this.cells.set(k, [b]);
    }
  }
  /** How many boxes `b` overlaps (`except` aside). */
  count(b: Box, except?: Box): number {
    const seen = new Set<Box>();
    for (const k of this.keys(b))
      for (const o of this.cells.get(k) ?? []) if (o !== except && overlaps(o, b)) seen.add(o);
    return seen.size;
  }
  hits(b: Box, except?: Box): boolean {
    for (const k of this.keys(b))
      for (const o of this.cells.get(k) ?? []) if (o !== except && overlaps(o, b)) return true;
    return false;
  }
}

/** The camera and picture the last placement was for. */
const placedFor = new WeakMap<cytoscape.Core, string>();
const cameraKey = (cy: cytoscape.Core) => {
  const p = cy.pan();
  return `${cy.zoom()}|${p.x}|${p.y}|${cy.width()}|${cy.height()}|${cy.elements().length}`;
};

/** Whether the labels were placed at this very camera (nothing was added or removed since). */
export function labelsCurrent(cy: cytoscape.Core): boolean {
  return placedFor.get(cy) === cameraKey(cy);
}

/** Names newly drawn per frame when a big picture's placement is spread (see `spread`). */
const NEW_PER_FRAME = 12;
/** Counts placements per graph: a spread placement's later frames stop once a newer one began. */
const placements = new WeakMap<cytoscape.Core, number>();

/**
 * `spread`: in a big picture (more than EXACT_UP_TO nodes shown) the names new to the picture
 * are drawn NEW_PER_FRAME a frame, best-linked first, instead of all in the next frame: each new
 * name is a text texture cytoscape draws (glyphs and outline), and the first view's forty to a
 * hundred of them made that frame a long task without a GPU. Small pictures, exports and
 * presentations place every name at once.
 */
export function placeLabels(cy: cytoscape.Core, spread = false): void {
  const gen = (placements.get(cy) ?? 0) + 1;
  placements.set(cy, gen);
  placedFor.set(cy, cameraKey(cy));
  const zoom = cy.zoom();
  const band = zoomBand(zoom);
  setZoomBand(cy, cy.nodes(), band);
  // Group nodes (a cluster of many, drawn as one) carry their own label: neither placed nor obstacles.
  const shown = cy.nodes().not(".hidden, .group");
  const exact = shown.length <= EXACT_UP_TO;
  const ext = cy.extent();
  const margin = 50 / zoom;
  const { on, unplaced } = plan(
    cy,
    shown,
    zoom,
    exact,
    (p) => p.x > ext.x1 - margin && p.y > ext.y1 - margin && p.x < ext.x2 + margin && p.y < ext.y2 + margin,
  );
  // Only the nodes whose label changes get new classes: a class call restyles the node and its
  // relations, and clearing every label to set it again restyled the whole picture (seconds at
  // scale, on each selection and camera stop).
  const want = new Map<string, Side>();
  for (const { n, side } of on) want.set(n.id(), side);
  const label = (list: typeof on) =>
    cy.batch(() => {
      for (const { n, side } of list) {
        if (n.removed()) continue;
        if (!n.hasClass("labelled")) n.addClass("labelled");
        if (side !== "bottom" && !n.hasClass(`lbl-${side}`)) n.addClass(`lbl-${side}`);
      }
    });
  cy.batch(() => {
    cy.nodes(".labelled").forEach((n) => {
      const side = want.get(n.id());
      if (side === undefined) n.removeClass(`labelled ${SIDE_CLASSES}`);
      else if (sideOf(n) !== side) n.removeClass(SIDE_CLASSES);
    });
  });
  const fresh = on.filter(({ n }) => !n.hasClass("labelled"));
  if (spread && !exact && fresh.length > NEW_PER_FRAME) {
    label(on.filter(({ n }) => n.hasClass("labelled")));
    let i = 0;
    const step = () => {
      if (placements.get(cy) !== gen || cy.destroyed()) return;
      label(fresh.slice(i, i + NEW_PER_FRAME));
      i += NEW_PER_FRAME;
      if (i < fresh.length) requestAnimationFrame(() => setTimeout(step, 0));
    };
    step();
  } else label(on);
  // Written into the scratch object itself: cy.scratch(key, value) restyles every element.
  const scratch = cy.scratch() as Record<string, unknown>;
  scratch.kgLabelled = on.length;
  scratch.kgUnplaced = unplaced;
}

/**
 * How many names a placement at `zoom` would leave out with every shown node in view (as a fit
 * shows them), without touching the picture: whether the positions leave room for the names.
 * Fonts come from data here (the zoom band's classes are those of the current camera).
 */
export function namesLeftOut(cy: cytoscape.Core, zoom: number): number {
  return plan(cy, cy.nodes().not(".hidden, .group"), zoom, false, () => true).unplaced;
}

type Placed = { n: cytoscape.NodeSingular; side: Side };

/** Where each name goes (see placeLabels); `inView` says which node positions the camera shows. */
function plan(
  cy: cytoscape.Core,
  shown: cytoscape.NodeCollection,
  zoom: number,
  exact: boolean,
  inView: (p: cytoscape.Position) => boolean,
): { on: Placed[]; unplaced: number } {
  const band = zoomBand(zoom);
  // briefing/cy.ts scales labels up (label size, presentation) and says by how much here
  const scale = (cy.scratch("kgLabelScale") as number | undefined) ?? 1;
  const all = shown.length <= LABEL_ALL;
  // Every shown body is an obstacle, faded ones too: no label runs over a node.
  const looks = new Map<string, Drawn>();
  const bodies = new Grid(60);
  const bodyOf = new Map<string, Box>();
  shown.forEach((n: cytoscape.NodeSingular) => {
    const d = drawn(n, exact, band, scale);
    looks.set(n.id(), d);
    const p = n.position();
    const b = bodyBox(d, p.x, p.y);
    bodyOf.set(n.id(), b);
    bodies.add(b);
  });
  const nodes = shown
    .filter((n: cytoscape.NodeSingular) => inView(n.position()))
    .sort((a, b) => priority(b as cytoscape.NodeSingular) - priority(a as cytoscape.NodeSingular));
  const placed = new Grid(60);
  // In a big picture the best-linked names matter most (where to start): the HUBS best-linked
  // may cover small node bodies, never another label, when no side is free (as the SVG export does).
  const hubs = new Set(
    all
      ? []
      : shown
          .sort((a, b) => (b.data("degree") as number) - (a.data("degree") as number))
          .slice(0, HUBS)
          .map((n) => n.id()),
  );
  let count = 0;
  let unplaced = 0;
  const on: Placed[] = [];
  for (const n of nodes) {
    if (count >= MAX_LABELS) break;
    const d = looks.get(n.id()) as Drawn;
    const pinned = named(n);
    // Faded nodes are background while something is selected: they get no label.
    if (n.hasClass("faded") && !pinned) continue;
    if (d.fs * zoom < 7 && !pinned && !all) continue; // below min-zoomed-font-size: not drawn anyway
    if (!d.text) continue;
    const p = n.position();
    const own = bodyOf.get(n.id());
    const free = (box: Box) => !placed.hits(box) && !bodies.hits(box, own);
    // A small picture tries every side of each node; a big one below, above and beside.
    const sides = all ? SIDES : SIDES.slice(0, 4);
    let side = sides.find((k) => free(labelBox(d, p.x, p.y, k)));
    if (!side && hubs.has(n.id())) {
      const open = sides.filter((k) => !placed.hits(labelBox(d, p.x, p.y, k)));
      const cover = (k: Side) => bodies.count(labelBox(d, p.x, p.y, k), own);
      side = open.sort((a, b) => cover(a) - cover(b))[0];
    }
    if (!side) {
      unplaced++;
      // Fits nowhere: left to the hover rather than drawn over another label or a node; a
      // selected, path or highlighted node names itself below regardless, so it claims the space.
      if (pinned) placed.add(labelBox(d, p.x, p.y, "bottom"));
      continue;
    }
    placed.add(labelBox(d, p.x, p.y, side));
    count++;
    on.push({ n, side });
  }
  return { on, unplaced };
}

function sideOf(n: cytoscape.NodeSingular): Side {
  for (const k of SIDES) if (k !== "bottom" && n.hasClass(`lbl-${k}`)) return k;
  return "bottom";
}

/** Names the last placement found no free place for (drawn anyway when presenting labels all). */
export function unplacedLabels(cy: cytoscape.Core): number {
  return (cy.scratch("kgUnplaced") as number | undefined) ?? 0;
}

const wraps = new Map<string, { width: number; lines: number }>();
let ctx: CanvasRenderingContext2D | null | undefined;
/** The font last set on the context: setting it parses the font string, even when unchanged. */
let ctxFont = "";
/** Measured widths by font, then text: a placement measures the same few hundred names again. */
const widths = new Map<string, Map<string, number>>();

function measure(text: string, font: string): number {
  let byText = widths.get(font);
  if (!byText) {
    if (widths.size > 50) widths.clear();
    byText = new Map();
    widths.set(font, byText);
  }
  const hit = byText.get(text);
  if (hit !== undefined) return hit;
  if (ctx === undefined)
    ctx = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  let w: number;
  if (!ctx) {
    // Without a canvas: CJK a full em, everything else about half of one.
    const fs = Number.parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? "12");
    w = 0;
    for (const ch of text) w += ch === "\u200b" ? 0 : ch.charCodeAt(0) > 0x2e80 ? fs : fs * 0.55;
  } else {
    if (ctxFont !== font) {
      ctx.font = font;
      ctxFont = font;
    }
    w = ctx.measureText(text).width;
  }
  if (byText.size > 5000) byText.clear();
  byText.set(text, w);
  return w;
}

function textWidth(text: string, font: string): number {
  return Math.ceil(measure(text, font));
}

/**
 * The label's width and line count as cytoscape wraps it ("text-overflow-wrap: anywhere"): a
 * zero-width space between characters, each next character kept on the line while the line stays
 * within the wrap width. Where a line breaks is decided from the characters' widths added up
 * (each measured once per font: measuring every longer prefix was most of a placement's time);
 * each line's width is then measured whole, as cytoscape does.
 */
export function wrapped(text: string, font: string, maxW: number): { width: number; lines: number } {
  const key = `${font}|${maxW}|${text}`;
  const hit = wraps.get(key);
  if (hit) return hit;
  let out: { width: number; lines: number };
  const whole = textWidth(text, font);
  if (!text) out = { width: 0, lines: 0 };
  else if (whole <= maxW) out = { width: whole, lines: 1 };
  else {
    const lines: string[] = [];
    let line = "";
    let lineW = 0;
    for (const ch of text) {
      if (ch === "\u200b") continue;
      const w = measure(ch, font);
      if (line.length > 0 && Math.ceil(lineW + w) > maxW && !/^\s*$/.test(line)) {
        lines.push(line);
        line = "";
        lineW = 0;
      }
      line += ch;
      lineW += w;
    }
    if (!/^\s*$/.test(line)) lines.push(line);
    out = { width: Math.max(...lines.map((l) => textWidth(l, font))), lines: lines.length };
  }
  if (wraps.size > 5000) wraps.clear();
  wraps.set(key, out);
  return out;
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
