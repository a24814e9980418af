// One frame for every picture of a graph (SVG, PDF, and the window's PNG, which is this SVG
// rasterised): the graph's own extent rather than the window's, a title and note on top,
// every node labelled (./label-layout.ts), a legend of the types and relations drawn and a
// source line underneath. Coordinates are frame units (y down); the SVG and PDF writers
// only draw what is computed here. Pure.

import { nodeSize } from "../../common/palette.ts";
import type { EntityType, RelationType, Status } from "../types.ts";
import { type PackLocale, packWords } from "./i18n.ts";
import { type Box, type PlacedLabel, placeLabels, textWidth } from "./label-layout.ts";

export interface FrameNode {
  id: string | number;
  label: string;
  type: EntityType;
  /** Layout position (y down); nodes without one are placed on a ring around the rest. */
  x?: number | null;
  y?: number | null;
  size?: number;
  degree?: number;
  status?: Status;
  /** Dimmed by the spotlight. */
  faded?: boolean;
}

export interface FrameEdge {
  source: string | number;
  target: string | number;
  type: RelationType;
  faded?: boolean;
}

export interface FrameOptions {
  /** Label font size in the graph's units (the window's default is 12). */
  labelSize?: number;
  padding?: number;
  /** Title, note, legend and source line around the graph, and a presenter's scale. */
  framed?: boolean;
  title?: string;
  note?: string;
  source?: string;
  locale?: PackLocale;
  /** Label every node (default: up to 150 nodes); otherwise labels that would overlap are left out. */
  labelAll?: boolean;
}

export interface FrameShape {
  node: FrameNode;
  x: number;
  y: number;
  size: number;
}

export interface FrameText {
  text: string;
  x: number;
  y: number;
  size: number;
  weight?: number;
  anchor?: "start" | "middle";
}

export interface LegendItem {
  kind: "type" | "relation";
  key: EntityType | RelationType;
  text: string;
  x: number;
  y: number;
}

export interface Frame {
  /** The drawing's box (frame units); x/y may be negative when not framed. */
  x: number;
  y: number;
  width: number;
  height: number;
  labelSize: number;
  nodes: FrameShape[];
  edges: FrameEdge[];
  labels: PlacedLabel[];
  texts: FrameText[];
  legend: { items: LegendItem[]; size: number };
}

/** The graph area a framed picture fits into: a 16:9 slide at presenter scale. */
const AREA = { w: 1600, h: 860 };
export const LABEL_ALL_MAX = 150;
/** Label size in a framed picture: 18 units on a 1600-unit-wide slide stays legible projected. */
const FRAMED_LABEL = 18;

function place(nodes: FrameNode[]): { node: FrameNode; x: number; y: number; size: number }[] {
  const size = (n: FrameNode) => n.size ?? nodeSize(n.degree ?? 0);
  const ok = (n: FrameNode) => Number.isFinite(n.x) && Number.isFinite(n.y);
  const fixed = nodes.filter(ok);
  const loose = nodes.filter((n) => !ok(n));
  const out = new Map<FrameNode, FrameShape>();
  for (const n of fixed) out.set(n, { node: n, x: n.x as number, y: n.y as number, size: size(n) });
  if (loose.length) {
    let cx = 0;
    let cy = 0;
    let r = 0;
    if (fixed.length) {
      const xs = fixed.map((n) => n.x as number);
      const ys = fixed.map((n) => n.y as number);
      cx = (Math.min(...xs) + Math.max(...xs)) / 2;
      cy = (Math.min(...ys) + Math.max(...ys)) / 2;
      r = Math.hypot(Math.max(...xs) - cx, Math.max(...ys) - cy) + 80;
    }
    r = Math.max(r, (loose.length * 70) / (2 * Math.PI), loose.length > 1 ? 60 : 0);
    loose.forEach((n, i) => {
      const a = (2 * Math.PI * i) / loose.length - Math.PI / 2;
      out.set(n, { node: n, x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), size: size(n) });
    });
  }
  return nodes.map((n) => out.get(n) as FrameShape);
}

/** Scales positions (not sizes) so a small view spreads over the slide and a large one fits it. */
function fitToArea(shapes: FrameShape[]): FrameShape[] {
  if (shapes.length < 2) return shapes;
  const xs = shapes.map((s) => s.x);
  const ys = shapes.map((s) => s.y);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  const k = Math.min(AREA.w / Math.max(w, 1), AREA.h / Math.max(h, 1), 2.5);
  // A big graph squeezed into the slide also gets smaller nodes (never below half size).
  const ks = Math.min(1, Math.max(k, 0.5));
  return shapes.map((s) => ({ ...s, x: s.x * k, y: s.y * k, size: s.size * ks }));
}

function bounds(shapes: FrameShape[], labels: PlacedLabel[]): Box {
  const b = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const add = (x1: number, y1: number, x2: number, y2: number) => {
    b.x1 = Math.min(b.x1, x1);
    b.y1 = Math.min(b.y1, y1);
    b.x2 = Math.max(b.x2, x2);
    b.y2 = Math.max(b.y2, y2);
  };
  for (const s of shapes) add(s.x - s.size / 2, s.y - s.size / 2, s.x + s.size / 2, s.y + s.size / 2);
  for (const l of labels) add(l.box.x1, l.box.y1, l.box.x2, l.box.y2);
  return Number.isFinite(b.x1) ? b : { x1: 0, y1: 0, x2: 100, y2: 60 };
}

export function layoutFrame(graph: { nodes: FrameNode[]; edges: FrameEdge[] }, o: FrameOptions = {}): Frame {
  const framed = o.framed ?? false;
  const pad = o.padding ?? (framed ? 40 : 24);
  const font = framed ? Math.max(o.labelSize ?? 12, FRAMED_LABEL) : (o.labelSize ?? 12);
  let shapes = place(graph.nodes);
  if (framed) shapes = fitToArea(shapes);
  const all = o.labelAll ?? graph.nodes.length <= LABEL_ALL_MAX;
  const labels = placeLabels(
    shapes
      .filter((s) => !s.node.faded)
      .map((s) => ({
        id: String(s.node.id),
        text: s.node.label,
        x: s.x,
        y: s.y,
        size: s.size,
        priority: s.node.degree ?? s.size,
      })),
    font,
    all,
  );
  const b = bounds(shapes, labels);
  const edges = graph.edges;
  if (!framed) {
    return {
      x: b.x1 - pad,
      y: b.y1 - pad,
      width: b.x2 - b.x1 + 2 * pad,
      height: b.y2 - b.y1 + 2 * pad,
      labelSize: font,
      nodes: shapes,
      edges,
      labels,
      texts: [],
      legend: { items: [], size: 0 },
    };
  }

  // Framed: header, the graph, legend and source, all from (0, 0).
  const words = packWords(o.locale);
  const width = Math.max(1280, b.x2 - b.x1 + 2 * pad);
  const texts: FrameText[] = [];
  let y = pad;
  const title = (o.title ?? "").trim();
  if (title) {
    texts.push({ text: title, x: pad, y: y + 34, size: 34, weight: 700 });
    y += 34 * 1.35;
  }
  const note = (o.note ?? "").trim().replace(/\s+/gu, " ");
  if (note) {
    const max = Math.floor((width - 2 * pad) / 20);
    texts.push({ text: note.length > max ? `${note.slice(0, max - 1)}…` : note, x: pad, y: y + 20 + 6, size: 20 });
    y += 20 * 1.6;
  }
  y += title || note ? 16 : 0;
  const dx = pad + (width - 2 * pad - (b.x2 - b.x1)) / 2 - b.x1;
  const dy = y - b.y1;
  const move = (s: FrameShape) => ({ ...s, x: s.x + dx, y: s.y + dy });
  const moved = shapes.map(move);
  const movedLabels = labels.map((l) => ({
    ...l,
    x: l.x + dx,
    y: l.y + dy,
    box: { x1: l.box.x1 + dx, y1: l.box.y1 + dy, x2: l.box.x2 + dx, y2: l.box.y2 + dy },
  }));
  y += b.y2 - b.y1 + 24;

  // Legend: the types and relation types drawn, in a row that wraps.
  const size = 17;
  const items: LegendItem[] = [];
  const types = [...new Set(graph.nodes.map((n) => n.type))];
  const rels = [...new Set(edges.map((e) => e.type))];
  let x = pad;
  y += size;
  const entries = [
    ...types.map((t) => ({ kind: "type" as const, key: t, text: words.type_[t] })),
    ...rels.map((r) => ({ kind: "relation" as const, key: r, text: words.rel[r] })),
  ];
  for (const e of entries) {
    const w = size * 2.2 + textWidth(e.text, size) + size * 1.2;
    if (x + w > width - pad && x > pad) {
      x = pad;
      y += size * 1.7;
    }
    items.push({ ...e, x, y });
    x += w;
  }
  if (items.length) y += size * 1.2;
  if (o.source) {
    y += 14 + 8;
    texts.push({ text: o.source, x: pad, y, size: 14 });
  }
  return {
    x: 0,
    y: 0,
    width,
    height: y + pad,
    labelSize: font,
    nodes: moved,
    edges,
    labels: movedLabels,
    texts,
    legend: { items, size },
  };
}
