// A graph as a standalone SVG picture: shapes and colours per type (./palette.ts), labels
// as real <text> (selectable, searchable, sharp at any zoom). Pure: no I/O, no DOM.
import { xmlEscape } from "../export/formats.ts";
import type { EntityType, RelationType, Status } from "../types.ts";
import { LABEL_COLOR, LABEL_FONT, type NodeShape, nodeSize, RELATION_STYLE, TYPE_STYLE } from "./palette.ts";

export interface SvgNode {
  id: string | number;
  label: string;
  type: EntityType;
  /** Layout position (y down); nodes without one are placed on a ring around the rest. */
  x?: number | null;
  y?: number | null;
  /** Diameter; defaults to the window's size for `degree` (or 0). */
  size?: number;
  degree?: number;
  status?: Status;
}

export interface SvgEdge {
  source: string | number;
  target: string | number;
  type: RelationType;
}

export interface SvgStyle {
  /** Label font size in px (the window's default is 12). */
  labelSize?: number;
  background?: "white" | "transparent";
  padding?: number;
  /** Shown as the SVG <title> (for screen readers and file browsers). */
  title?: string;
}

interface Placed {
  node: SvgNode;
  x: number;
  y: number;
  size: number;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Nodes without a position go on a ring around the placed ones (all of them if none is placed). */
function place(nodes: SvgNode[]): Placed[] {
  const size = (n: SvgNode) => n.size ?? nodeSize(n.degree ?? 0);
  const fixed = nodes.filter((n) => Number.isFinite(n.x) && Number.isFinite(n.y));
  const loose = nodes.filter((n) => !(Number.isFinite(n.x) && Number.isFinite(n.y)));
  const out = new Map<SvgNode, Placed>();
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
    // Enough circumference for every node with room for its label.
    r = Math.max(r, (loose.length * 70) / (2 * Math.PI), loose.length > 1 ? 60 : 0);
    loose.forEach((n, i) => {
      const a = (2 * Math.PI * i) / loose.length - Math.PI / 2;
      out.set(n, { node: n, x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), size: size(n) });
    });
  }
  return nodes.map((n) => out.get(n) as Placed);
}

function polygon(points: [number, number][]): string {
  return points.map(([x, y]) => `${round(x)},${round(y)}`).join(" ");
}

function shape(kind: NodeShape, x: number, y: number, s: number, attrs: string): string {
  const h = s / 2;
  switch (kind) {
    case "ellipse":
      return `<circle cx="${round(x)}" cy="${round(y)}" r="${round(h)}" ${attrs}/>`;
    case "rectangle":
      return `<rect x="${round(x - h)}" y="${round(y - h)}" width="${round(s)}" height="${round(s)}" rx="${round(s / 8)}" ${attrs}/>`;
    case "diamond":
      return `<polygon points="${polygon([
        [x, y - h],
        [x + h, y],
        [x, y + h],
        [x - h, y],
      ])}" ${attrs}/>`;
    case "triangle":
      return `<polygon points="${polygon([
        [x, y - h],
        [x + h, y + h * 0.8],
        [x - h, y + h * 0.8],
      ])}" ${attrs}/>`;
    case "hexagon": {
      const pts: [number, number][] = [];
      for (let i = 0; i < 6; i++) pts.push([x + h * Math.cos((Math.PI / 3) * i), y + h * Math.sin((Math.PI / 3) * i)]);
      return `<polygon points="${polygon(pts)}" ${attrs}/>`;
    }
  }
}

export function graphToSvg(graph: { nodes: SvgNode[]; edges: SvgEdge[] }, style: SvgStyle = {}): string {
  const labelSize = style.labelSize ?? 12;
  const pad = style.padding ?? 24;
  const placed = place(graph.nodes);
  const at = new Map(placed.map((p) => [String(p.node.id), p]));

  // Bounds include each label's rough width (CJK glyphs are about one em wide).
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of placed) {
    const half = Math.max(p.size / 2, (p.node.label.length * labelSize) / 2);
    minX = Math.min(minX, p.x - half);
    maxX = Math.max(maxX, p.x + half);
    minY = Math.min(minY, p.y - p.size / 2);
    maxY = Math.max(maxY, p.y + p.size / 2 + labelSize * 1.6);
  }
  if (!placed.length) [minX, minY, maxX, maxY] = [0, 0, 100, 60];
  const vx = round(minX - pad);
  const vy = round(minY - pad);
  const width = round(maxX - minX + 2 * pad);
  const height = round(maxY - minY + 2 * pad);

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="${vx} ${vy} ${width} ${height}" font-family="${xmlEscape(LABEL_FONT)}">`,
  ];
  if (style.title) out.push(`<title>${xmlEscape(style.title)}</title>`);

  const arrowTypes = [...new Set(graph.edges.map((e) => e.type))].filter((t) => RELATION_STYLE[t].arrow);
  if (arrowTypes.length) {
    out.push("<defs>");
    for (const t of arrowTypes) {
      out.push(
        `<marker id="arrow-${t}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" fill="${RELATION_STYLE[t].color}"/></marker>`,
      );
    }
    out.push("</defs>");
  }
  if (style.background !== "transparent") {
    out.push(`<rect x="${vx}" y="${vy}" width="${width}" height="${height}" fill="#FFFFFF"/>`);
  }

  out.push('<g class="edges">');
  for (const e of graph.edges) {
    const s = at.get(String(e.source));
    const t = at.get(String(e.target));
    if (!s || !t) continue;
    const st = RELATION_STYLE[e.type];
    // Stop arrowed lines at the target's rim so the head stays visible.
    const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const cut = st.arrow ? t.size / 2 + 1 : 0;
    const x2 = t.x - ((t.x - s.x) / len) * cut;
    const y2 = t.y - ((t.y - s.y) / len) * cut;
    const dash =
      st.line === "dashed" ? ' stroke-dasharray="6 4"' : st.line === "dotted" ? ' stroke-dasharray="1.5 3"' : "";
    const marker = st.arrow ? ` marker-end="url(#arrow-${e.type})"` : "";
    out.push(
      `<line x1="${round(s.x)}" y1="${round(s.y)}" x2="${round(x2)}" y2="${round(y2)}" stroke="${st.color}" stroke-width="${st.width}" stroke-opacity="${e.type === "co_mention" ? 0.5 : 0.85}"${dash}${marker} data-type="${e.type}"/>`,
    );
  }
  out.push("</g>", '<g class="nodes">');
  for (const p of placed) {
    const st = TYPE_STYLE[p.node.type];
    const planned = p.node.status === "planned";
    const attrs = `fill="${st.color}" fill-opacity="${planned ? 0.55 : 1}" stroke="${st.border}" stroke-width="1.5"${planned ? ' stroke-dasharray="3 2"' : ""} data-type="${p.node.type}"`;
    out.push(shape(st.shape, p.x, p.y, p.size, attrs));
  }
  out.push("</g>", `<g class="labels" font-size="${labelSize}" fill="${LABEL_COLOR}" text-anchor="middle">`);
  for (const p of placed) {
    // White halo under the glyphs (paint-order) keeps labels legible over lines.
    out.push(
      `<text x="${round(p.x)}" y="${round(p.y + p.size / 2 + labelSize * 1.1)}" stroke="#FFFFFF" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${xmlEscape(p.node.label)}</text>`,
    );
  }
  out.push("</g>", "</svg>", "");
  return out.join("\n");
}
