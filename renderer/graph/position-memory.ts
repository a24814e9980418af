// Node positions survive a reload: stored in the knowledge base (migration 005, by entity id),
// so the picture is the same on every launch and a big overview is drawn at once from them
// instead of waiting for a force layout. Read for what is about to be drawn, written (only what
// moved) after a layout, a drag or newcomers being placed.
import type cytoscape from "cytoscape";
import { call } from "../client.ts";

export type Pos = { x: number; y: number };

const known = new Map<number, Pos>();
const asked = new Set<number>();

/** Fetches the stored positions of those of `ids` not asked for yet (failures: none known). */
export async function fetchPositions(ids: readonly number[]): Promise<void> {
  const want = ids.filter((id) => !asked.has(id));
  if (want.length === 0) return;
  for (const id of want) asked.add(id);
  try {
    for (const r of await call("positionsGet", { ids: want })) known.set(r.id, { x: r.x, y: r.y });
  } catch {
    for (const id of want) asked.delete(id);
  }
}

/** Positions known so far, by entity id. */
export function storedPositions(): ReadonlyMap<number, Pos> {
  return known;
}

/** Stores the positions of the nodes that moved since they were last read or stored. */
export function savePositions(cy: cytoscape.Core): void {
  const moved: (Pos & { id: number })[] = [];
  cy.nodes("[eid]").forEach((n) => {
    const id = n.data("eid") as number;
    const p = n.position();
    const at = { x: Math.round(p.x), y: Math.round(p.y) };
    const old = known.get(id);
    if (old && old.x === at.x && old.y === at.y) return;
    known.set(id, at);
    asked.add(id);
    moved.push({ id, ...at });
  });
  // A read-only knowledge base refuses: positions are a convenience, not data.
  if (moved.length > 0) call("positionsSave", { positions: moved }).catch(() => undefined);
}
