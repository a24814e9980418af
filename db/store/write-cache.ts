// Values derived from the whole knowledge base (the graph's adjacency, the dated units), kept
// per connection until the next write: keyed by this connection's total_changes() and the
// file's data_version (which moves when another connection commits). Reads between writes then
// cost what they return; the first read after a write pays for the rebuild.
import type { DB } from "./open.ts";

const caches = new WeakMap<DB, Map<string, { version: string; value: unknown }>>();

function version(db: DB): string {
  const changes = db.prepare<[], number>("SELECT total_changes()").pluck().get() ?? 0;
  return `${db.pragma("data_version", { simple: true })}:${changes}`;
}

export function untilWrite<T>(db: DB, key: string, build: () => T): T {
  const v = version(db);
  let byKey = caches.get(db);
  if (!byKey) caches.set(db, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit && hit.version === v) return hit.value as T;
  const value = build();
  byKey.set(key, { version: v, value });
  return value;
}

/**
 * Like untilWrite, but kept until a write moves the named counter (migration 006 keeps
 * change_counters by triggers): the timeline's units survive curation of entities and relations.
 * Before migration 006 (a read-only old file) it falls back to untilWrite.
 */
export function untilChanged<T>(db: DB, key: string, counter: string, build: () => T): T {
  let n: number | undefined;
  try {
    n = db.prepare<[string], number>("SELECT n FROM change_counters WHERE name = ?").pluck().get(counter);
  } catch {
    n = undefined;
  }
  if (n === undefined) return untilWrite(db, key, build);
  // The counter only grows once committed; inside a transaction it may yet be rolled back.
  if (db.inTransaction) return build();
  let byKey = caches.get(db);
  if (!byKey) caches.set(db, (byKey = new Map()));
  const v = `counter:${n}`;
  const hit = byKey.get(key);
  if (hit && hit.version === v) return hit.value as T;
  const value = build();
  byKey.set(key, { version: v, value });
  return value;
}
