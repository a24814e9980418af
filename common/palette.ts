// One colour and one shape per entity type, one line style per relation type: the window's graph
// and legend (renderer/) and the pictures made outside it (db/briefing SVG/PDF, GEXF viz) draw
// with these same values. Pure data and arithmetic: imports only the vocabulary.
import type { EntityType, RelationType } from "./vocabulary.ts";

/** The outline; the window draws the rounded cytoscape variant of each (renderer/graph/cy-style.ts). */
export type NodeShape = "hexagon" | "rectangle" | "diamond" | "ellipse" | "triangle";

export const TYPE_STYLE: Record<EntityType, { color: string; border: string; shape: NodeShape }> = {
  cluster: { color: "#E0525E", border: "#A8323D", shape: "hexagon" },
  park: { color: "#3C7DD9", border: "#24569E", shape: "rectangle" },
  platform: { color: "#8C62C7", border: "#613E96", shape: "diamond" },
  enterprise: { color: "#23A094", border: "#16736A", shape: "ellipse" },
  department: { color: "#E8A33D", border: "#B07520", shape: "triangle" },
};

export const RELATION_STYLE: Record<
  RelationType,
  { color: string; line: "solid" | "dashed" | "dotted"; width: number; arrow: boolean }
> = {
  cluster_enterprise: { color: "#E59AA0", line: "solid", width: 1.6, arrow: false },
  cluster_platform: { color: "#B9A0DC", line: "solid", width: 1.6, arrow: false },
  enterprise_platform: { color: "#7FC8C0", line: "dashed", width: 1.4, arrow: false },
  department_cluster: { color: "#EFC27F", line: "dashed", width: 1.4, arrow: true },
  department_responsible: { color: "#D99A3E", line: "solid", width: 1.8, arrow: true },
  park_cluster: { color: "#8DB3EA", line: "solid", width: 1.6, arrow: false },
  park_enterprise: { color: "#8DB3EA", line: "dashed", width: 1.4, arrow: false },
  co_mention: { color: "#C9CED6", line: "dotted", width: 0.7, arrow: false },
};

export const LABEL_COLOR = "#1F2933";
export const LABEL_FONT =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Node diameter from whole-graph degree, as the window draws it. */
export function nodeSize(degree: number): number {
  return Math.min(60, 14 + 7 * Math.sqrt(degree));
}

export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
