// Cut a document's text into pieces at mention and target boundaries, so each piece is plain text,
// part of one mention, and/or inside the target span (the passage opened from the details panel).
import type { DocumentFull, EntityType } from "../api-types.ts";

export interface PieceMention {
  id: number;
  entityId: number;
  type: EntityType;
  start: number;
  end: number;
}

export interface Piece {
  start: number;
  end: number;
  mention: PieceMention | null;
  inTarget: boolean;
}

export function segments(
  length: number,
  mentions: DocumentFull["mentions"],
  target: { start: number; end: number } | null,
): Piece[] {
  // Overlapping mentions (nested names) keep the earlier, longer one: one colour per character.
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PieceMention[] = [];
  let reach = 0;
  for (const m of sorted) {
    if (m.start < reach || m.end <= m.start || m.end > length) continue;
    kept.push(m);
    reach = m.end;
  }
  const cuts = new Set<number>([0, length]);
  for (const m of kept) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  if (target) {
    cuts.add(Math.max(0, Math.min(length, target.start)));
    cuts.add(Math.max(0, Math.min(length, target.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let mi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    while (mi < kept.length && (kept[mi] as PieceMention).end <= a) mi++;
    const m = kept[mi];
    const mention = m && m.start <= a && b <= m.end ? m : null;
    const inTarget = !!target && a >= target.start && b <= target.end && target.end > target.start;
    pieces.push({ start: a, end: b, mention, inTarget });
  }
  return pieces;
}
