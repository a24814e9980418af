// Node outlines as polygons for the pictures made outside the window (SVG, PDF); the colours
// and shapes per type are common/palette.ts.
import type { NodeShape } from "../../common/palette.ts";

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
