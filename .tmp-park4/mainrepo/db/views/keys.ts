// Between row ids (what the live graph uses) and stable keys (what a view stores).
import type { DB } from "../store/open.ts";
import type { RelationType } from "../types.ts";
import type { RelationRef } from "./types.ts";

/** Entity key → current row id, for the keys that exist. */
export function entityIdsByKey(db: DB, keys: readonly string[]): Map<string, number> {
  if (keys.length === 0) return new Map();
  const rows = db
    .prepare<[string], { id: number; key: string }>(
      "SELECT id, key FROM entities WHERE key IN (SELECT value FROM json_each(?))",
    )
    .all(JSON.stringify(keys));
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** Entity row id → key, for the ids that exist. */
export function entityKeysById(db: DB, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare<[string], { id: number; key: string }>(
      "SELECT id, key FROM entities WHERE id IN (SELECT value FROM json_each(?))",
    )
    .all(JSON.stringify(ids));
  return new Map(rows.map((r) => [r.id, r.key]));
}

export interface RelationRow extends RelationRef {
  id: number;
  sourceId: number;
  targetId: number;
}

const RELATION_SQL = `
  SELECT r.id, r.type, r.source_id AS sourceId, r.target_id AS targetId, s.key AS source, t.key AS target
  FROM relations r JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id`;

/** Relation row id → its stable identity, for the ids that exist. */
export function relationsById(db: DB, ids: readonly number[]): Map<number, RelationRow> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare<[string], RelationRow>(`${RELATION_SQL} WHERE r.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Every relation whose two ends are among `entityIds`. */
export function relationsAmong(db: DB, entityIds: readonly number[]): RelationRow[] {
  if (entityIds.length === 0) return [];
  const set = JSON.stringify(entityIds);
  return db
    .prepare<[string, string], RelationRow>(
      `${RELATION_SQL} WHERE r.source_id IN (SELECT value FROM json_each(?))
         AND r.target_id IN (SELECT value FROM json_each(?)) ORDER BY r.id`,
    )
    .all(set, set);
}

export function refKey(r: { type: RelationType; source: string; target: string }): string {
  // JSON, not a separator: entity keys may hold any character.
  return JSON.stringify([r.type, r.source, r.target]);
}
