// Where each node's label goes in a picture: below the node, else above, right or left,
// whichever touches no label already placed and no other node (hubs place first). With
// `all`, a node whose four places are all taken still gets the least crowded one (every
// name of a saved view is shown); without it such labels are culled, as on screen. Pure.

export interface LabelNode {
  id: string;
  text: string;
  x: number;
  y: number;
  size: number;
  /** Placement order: higher first. */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Anchor point of the text (its middle for below/above, its start or end for right/left). */
  x: number;
  /** Baseline. */
  y: number;
  anchor: "middle" | "start" | "end";
  /** The label's box, for tests and for drawing a halo. */
  box: Box;
  /** Placed over something because every place was taken (only with `all`). */
  crowded: boolean;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Rough text width: CJK glyphs are one em, Latin about 0.6. */
export function textWidth(text: string, font: number): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 1 : 0.6;
  return w * font;
}

const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

/** The best-linked nodes whose names survive culling when they only cover node bodies. */
const HUBS_KEPT = 10;

export function placeLabels(nodes: LabelNode[], font: number, all: boolean): PlacedLabel[] {
  const bodies = nodes.map((n) => ({
    id: n.id,
    box: { x1: n.x - n.size / 2, y1: n.y - n.size / 2, x2: n.x + n.size / 2, y2: n.y + n.size / 2 },
  }));
  const placed: PlacedLabel[] = [];
  const order = [...nodes].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  let rank = 0;
  for (const n of order) {
    const w = textWidth(n.text, font);
    const h = font * 1.2;
    const r = n.size / 2;
    const gap = font * 0.25;
    const candidates: Omit<PlacedLabel, "crowded">[] = [
      {
        anchor: "middle" as const,
        x: n.x,
        y: n.y + r + gap + font,
        box: { x1: n.x - w / 2, y1: n.y + r + gap, x2: n.x + w / 2, y2: n.y + r + gap + h },
      },
      {
        anchor: "middle" as const,
        x: n.x,
        y: n.y - r - gap - font * 0.2,
        box: { x1: n.x - w / 2, y1: n.y - r - gap - h, x2: n.x + w / 2, y2: n.y - r - gap },
      },
      {
        anchor: "start" as const,
        x: n.x + r + gap,
        y: n.y + font * 0.35,
        box: { x1: n.x + r + gap, y1: n.y - h / 2, x2: n.x + r + gap + w, y2: n.y + h / 2 },
      },
      {
        anchor: "end" as const,
        x: n.x - r - gap,
        y: n.y + font * 0.35,
        box: { x1: n.x - r - gap - w, y1: n.y - h / 2, x2: n.x - r - gap, y2: n.y + h / 2 },
      },
    ].map((c) => ({ ...c, id: n.id, text: n.text }));
    let best: Omit<PlacedLabel, "crowded"> | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const c of candidates) {
      let cost = 0;
      for (const p of placed) cost += overlap(c.box, p.box);
      for (const b of bodies) if (b.id !== n.id) cost += overlap(c.box, b.box);
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
      }
      if (cost === 0) break;
    }
    // Culling drops a label that would cover another label. Covering node bodies costs it only
    // when the node is not among the best-linked (HUBS_KEPT): a crowded centre keeps its hub names.
    const labelCost = best ? placed.reduce((c, p) => c + overlap(best.box, p.box), 0) : 0;
    const kept = rank < HUBS_KEPT && labelCost === 0;
    rank++;
    if (!best || (bestCost > 0 && !all && !kept)) continue;
    placed.push({ ...best, crowded: bestCost > 0 && !kept });
  }
  return placed;
}
