// Colours and shapes per entity type and line styles per relation type for pictures made
// outside the window (SVG, briefing pack, GEXF viz). Same values as renderer/graph/palette.ts
// (the renderer may not import db/): change both together.
import type { EntityType, RelationType } from "../types.ts";

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

/** A node's outline as points (y down), or null for the circle; the rectangle is a polygon too. */
export function shapePoints(kind: NodeShape, x: number, y: number, s: number): [number, number][] | null {
  const h = s / 2;
  switch (kind) {
    case "ellipse":
      return null;
    case "rectangle":
      return [
        [x - h, y - h],
        [x + h, y - h],
        [x + h, y + h],
        [x - h, y + h],
      ];
    case "diamond":
      return [
        [x, y - h],
        [x + h, y],
        [x, y + h],
        [x - h, y],
      ];
    case "triangle":
      return [
        [x, y - h],
        [x + h, y + h * 0.8],
        [x - h, y + h * 0.8],
      ];
    case "hexagon": {
      const pts: [number, number][] = [];
      for (let i = 0; i < 6; i++) pts.push([x + h * Math.cos((Math.PI / 3) * i), y + h * Math.sin((Math.PI / 3) * i)]);
      return pts;
    }
  }
}
