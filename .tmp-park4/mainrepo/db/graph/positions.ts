// Stored layout positions (migration 005): read for the entities about to be drawn, written
// after a layout or a drag. Positions are a convenience, not data: ids that no longer exist are
// skipped, never an error.
import type { DB } from "../store/open.ts";

export interface StoredPosition {
  id: number;
  x: number;
  y: number;
}

/** Read in slices: SQLite binds at most 32,766 variables per statement. */
const SLICE = 5000;

export function getPositions(db: DB, ids: readonly number[]): StoredPosition[] {
  const out: StoredPosition[] = [];
  for (let i = 0; i < ids.length; i += SLICE) {
    const part = ids.slice(i, i + SLICE);
    const rows = db
      .prepare(
        `SELECT entity_id AS id, x, y FROM entity_positions WHERE entity_id IN (${part.map(() => "?").join(",")})`,
      )
      .all(...part) as StoredPosition[];
    out.push(...rows);
  }
  return out;
}

/** Upserts in one transaction; returns how many were stored (gone entities are skipped). */
export function savePositions(db: DB, positions: readonly StoredPosition[]): number {
  const put = db.prepare(
    `INSERT INTO entity_positions (entity_id, x, y)
     SELECT @id, @x, @y WHERE EXISTS (SELECT 1 FROM entities WHERE id = @id)
     ON CONFLICT (entity_id) DO UPDATE SET x = excluded.x, y = excluded.y`,
  );
  return db.transaction(() => {
    let n = 0;
    for (const p of positions) n += put.run(p).changes;
    return n;
  })();
}

/** Forgets every stored position (the next launch lays the graph out afresh). */
export function clearPositions(db: DB): number {
  return db.prepare("DELETE FROM entity_positions").run().changes;
}
