// Tidy positions for small saved views (pure, no cytoscape): a path as one row, a focus or a
// selection as rings around its centre, and a test for "nodes piled on each other" (a focus
// neighbourhood pulled in without a layout) so a view can be re-laid out before it is shown.
type Pos = { x: number; y: number };

/** Horizontal gap between path stops: room for an 8-character label at presentation size. */
export const PATH_GAP = 220;
const RING_GAP = 190;
/** Arc length per node on a ring, so neighbouring labels do not touch. */
const ARC_PER_NODE = 150;

/** The path's entities in order, left to right. */
export function pathRow(keys: string[]): Record<string, Pos> {
  const out: Record<string, Pos> = {};
  keys.forEach((k, i) => {
    out[k] = { x: i * PATH_GAP, y: i % 2 === 0 ? 0 : 40 };
  });
  return out;
}

/**
 * Rings by hop distance from `centre` (breadth-first over `edges`); entities not reached go on
 * an outer ring. Each ring is wide enough for its nodes' labels.
 */
export function rings(centre: string, keys: string[], edges: [string, string][]): Record<string, Pos> {
  const adj = new Map<string, string[]>();
  for (const [a, b] of edges) {
    adj.set(a, [...(adj.get(a) ?? []), b]);
    adj.set(b, [...(adj.get(b) ?? []), a]);
  }
  const inView = new Set(keys);
  const hop = new Map<string, number>([[centre, 0]]);
  const queue = [centre];
  while (queue.length) {
    const k = queue.shift() as string;
    for (const n of adj.get(k) ?? []) {
      if (!inView.has(n) || hop.has(n)) continue;
      hop.set(n, (hop.get(k) ?? 0) + 1);
      queue.push(n);
    }
  }
  const maxHop = Math.max(0, ...hop.values());
  const byRing = new Map<number, string[]>();
  for (const k of [...keys].sort()) {
    const h = hop.get(k) ?? maxHop + 1;
    byRing.set(h, [...(byRing.get(h) ?? []), k]);
  }
  const out: Record<string, Pos> = {};
  let radius = 0;
  for (const h of [...byRing.keys()].sort((a, b) => a - b)) {
    const ring = byRing.get(h) ?? [];
    if (h === 0 && ring.length === 1) {
      out[ring[0] as string] = { x: 0, y: 0 };
      continue;
    }
    radius = Math.max(radius + RING_GAP, (ring.length * ARC_PER_NODE) / (2 * Math.PI));
    ring.forEach((k, i) => {
      // Alternate rings start half a step apart so labels of neighbouring rings interleave.
      const a = (2 * Math.PI * (i + (h % 2) / 2)) / ring.length - Math.PI / 2;
      out[k] = { x: Math.round(radius * Math.cos(a)), y: Math.round(radius * Math.sin(a)) };
    });
  }
  return out;
}

/** True when more than a fifth of the nodes sit on top of another (closer than `minGap`). */
export function isPiled(positions: Pos[], minGap = 30): boolean {
  if (positions.length < 3) return false;
  const sorted = [...positions].sort((a, b) => a.x - b.x);
  let piled = 0;
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i] as Pos;
    for (let j = i + 1; j < sorted.length; j++) {
      const q = sorted[j] as Pos;
      if (q.x - p.x >= minGap) break;
      if (Math.hypot(q.x - p.x, q.y - p.y) < minGap) {
        piled++;
        break;
      }
    }
  }
  return piled > positions.length / 5;
}
