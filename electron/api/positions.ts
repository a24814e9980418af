// Stored layout positions (db/graph/positions.ts): the explorer reads them for what it is about
// to draw and writes them after a layout or a drag, so the picture is the same on every launch.
import { z } from "zod";
import { getPositions, savePositions } from "../../db/graph/positions.ts";
import { handler, id, type Scope } from "./core.ts";

/** A coordinate as cytoscape gives it: finite, and far inside what a canvas can show. */
const coord = z.number().finite().min(-1e7).max(1e7);

export function positionHandlers({ db }: Scope) {
  return {
    /** The stored positions of these entities (those without one are left out). */
    positionsGet: handler(z.strictObject({ ids: z.array(id).max(100_000) }), ({ ids }) => getPositions(db(), ids)),
    /** Stores these positions; returns how many were stored (ids gone since are skipped). */
    positionsSave: handler(
      z.strictObject({ positions: z.array(z.strictObject({ id, x: coord, y: coord })).max(100_000) }),
      ({ positions }) => ({ saved: savePositions(db(), positions) }),
    ),
  };
}
