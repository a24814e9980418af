// A graph as a standalone SVG picture: the frame of ./frame.ts (graph, labels placed without
// overlap, and when framed a title, legend and source line) with shapes and colours per type
// (common/palette.ts) and labels as real <text> (selectable, searchable, sharp at any zoom). Pure.

import { LABEL_COLOR, LABEL_FONT, type NodeShape, RELATION_STYLE, TYPE_STYLE } from "../../common/palette.ts";
import { xmlEscape } from "../xml.ts";
import { type Frame, type FrameEdge, type FrameNode, type FrameOptions, layoutFrame } from "./frame.ts";
import { shapePoints } from "./shapes.ts";

export type SvgNode = FrameNode;
export type SvgEdge = FrameEdge;

export interface SvgStyle extends FrameOptions {
  background?: "white" | "transparent";
}

const round = (n: number): number => Math.round(n * 100) / 100;

function shape(kind: NodeShape, x: number, y: number, s: number, attrs: string): string {
  const h = s / 2;
  if (kind === "rectangle")
    return `<rect x="${round(x - h)}" y="${round(y - h)}" width="${round(s)}" height="${round(s)}" rx="${round(s / 8)}" ${attrs}/>`;
  const pts = shapePoints(kind, x, y, s);
  if (!pts) return `<circle cx="${round(x)}" cy="${round(y)}" r="${round(h)}" ${attrs}/>`;
  return `<polygon points="${pts.map(([a, b]) => `${round(a)},${round(b)}`).join(" ")}" ${attrs}/>`;
}

function dashOf(line: "solid" | "dashed" | "dotted"): string {
  return line === "dashed" ? ' stroke-dasharray="6 4"' : line === "dotted" ? ' stroke-dasharray="1.5 3"' : "";
}

export function frameToSvg(f: Frame, o: { background?: "white" | "transparent"; title?: string } = {}): string {
  const [vx, vy, width, height] = [round(f.x), round(f.y), round(f.width), round(f.height)];
  const at = new Map(f.nodes.map((p) => [String(p.node.id), p]));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="${vx} ${vy} ${width} ${height}" font-family="${xmlEscape(LABEL_FONT)}">`,
  ];
  if (o.title) out.push(`<title>${xmlEscape(o.title)}</title>`);
  const arrowTypes = [...new Set(f.edges.map((e) => e.type))].filter((t) => RELATION_STYLE[t].arrow);
  if (arrowTypes.length) {
    out.push("<defs>");
    for (const t of arrowTypes) {
      out.push(
        `<marker id="arrow-${t}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" fill="${RELATION_STYLE[t].color}"/></marker>`,
      );
    }
    out.push("</defs>");
  }
  if (o.background !== "transparent") {
    out.push(`<rect x="${vx}" y="${vy}" width="${width}" height="${height}" fill="#FFFFFF"/>`);
  }
  out.push('<g class="edges">');
  for (const e of f.edges) {
    const s = at.get(String(e.source));
    const t = at.get(String(e.target));
    if (!s || !t) continue;
    const st = RELATION_STYLE[e.type];
    // Stop arrowed lines at the target's rim so the head stays visible.
    const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const cut = st.arrow ? t.size / 2 + 1 : 0;
    const x2 = t.x - ((t.x - s.x) / len) * cut;
    const y2 = t.y - ((t.y - s.y) / len) * cut;
    const marker = st.arrow ? ` marker-end="url(#arrow-${e.type})"` : "";
    const opacity = e.faded ? 0.08 : e.type === "co_mention" ? 0.5 : 0.85;
    out.push(
      `<line x1="${round(s.x)}" y1="${round(s.y)}" x2="${round(x2)}" y2="${round(y2)}" stroke="${st.color}" stroke-width="${st.width}" stroke-opacity="${opacity}"${dashOf(st.line)}${marker} data-type="${e.type}"/>`,
    );
  }
  out.push("</g>", '<g class="nodes">');
  for (const p of f.nodes) {
    const st = TYPE_STYLE[p.node.type];
    const planned = p.node.status === "planned";
    const fill = p.node.faded ? 0.12 : planned ? 0.55 : 1;
    const attrs = `fill="${st.color}" fill-opacity="${fill}" stroke="${st.border}" stroke-width="1.5"${p.node.faded ? ' stroke-opacity="0.15"' : ""}${planned ? ' stroke-dasharray="3 2"' : ""} data-type="${p.node.type}"`;
    out.push(shape(st.shape, p.x, p.y, p.size, attrs));
  }
  out.push("</g>", `<g class="labels" font-size="${round(f.labelSize)}" fill="${LABEL_COLOR}">`);
  for (const l of f.labels) {
    // White halo under the glyphs (paint-order) keeps labels legible over lines.
    out.push(
      `<text x="${round(l.x)}" y="${round(l.y)}" text-anchor="${l.anchor}" data-id="${xmlEscape(l.id)}" stroke="#FFFFFF" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${xmlEscape(l.text)}</text>`,
    );
  }
  out.push("</g>");
  if (f.texts.length || f.legend.items.length) {
    out.push(`<g class="frame" fill="${LABEL_COLOR}">`);
    for (const t of f.texts) {
      out.push(
        `<text x="${round(t.x)}" y="${round(t.y)}" font-size="${t.size}"${t.weight ? ` font-weight="${t.weight}"` : ""}>${xmlEscape(t.text)}</text>`,
      );
    }
    const s = f.legend.size;
    for (const it of f.legend.items) {
      if (it.kind === "type") {
        const st = TYPE_STYLE[it.key as keyof typeof TYPE_STYLE];
        out.push(shape(st.shape, it.x + s * 0.6, it.y - s * 0.35, s, `fill="${st.color}" stroke="${st.border}"`));
      } else {
        const st = RELATION_STYLE[it.key as keyof typeof RELATION_STYLE];
        out.push(
          `<line x1="${round(it.x)}" y1="${round(it.y - s * 0.35)}" x2="${round(it.x + s * 1.6)}" y2="${round(it.y - s * 0.35)}" stroke="${st.color}" stroke-width="${Math.max(2, st.width * 1.5)}"${dashOf(st.line)}/>`,
        );
      }
      out.push(
        `<text class="legend" x="${round(it.x + s * 2.2)}" y="${round(it.y)}" font-size="${s}">${xmlEscape(it.text)}</text>`,
      );
    }
    out.push("</g>");
  }
  out.push("</svg>", "");
  return out.join("\n");
}

export function graphToSvg(graph: { nodes: SvgNode[]; edges: SvgEdge[] }, style: SvgStyle = {}): string {
  return frameToSvg(layoutFrame(graph, style), { background: style.background, title: style.title });
}
