// The review table's label order: every item's label in Chinese (pinyin) order, ranked once and
// kept until a name or a relation's ends change (migration 007's "items" counter), so sorting a
// page by label is a numeric sort of the items passing, not ~47k collator compares per call.
import type { DB } from "../store/open.ts";
import { untilChanged } from "../store/write-cache.ts";

/** Chinese (pinyin) order: SQLite's BINARY collation compares stored bytes (UTF-16 would be meaningless). */
export const ZH = new Intl.Collator("zh-CN");

interface LabelOrder {
  /** Item count: positions are 0..n-1. */
  n: number;
  /** id → position in (label, kind, id) order, per kind (-1: no such item). */
  entities: Int32Array;
  relations: Int32Array;
  /** By position: the item's kind (0 entity, 1 relation), id, and its label group's first position. */
  kind: Uint8Array;
  id: Float64Array;
  group: Float64Array;
}

function labelOrder(db: DB): LabelOrder {
  return untilChanged(db, "review-label-order", "items", () => build(db));
}

function build(db: DB): LabelOrder {
  const rows = [
    ...db
      .prepare<[], { id: number; label: string }>("SELECT id, name AS label FROM entities")
      .all()
      .map((r) => ({ k: 0, ...r })),
    ...db
      .prepare<[], { id: number; label: string }>(
        `SELECT r.id, s.name || ' → ' || t.name AS label FROM relations r
         JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id`,
      )
      .all()
      .map((r) => ({ k: 1, ...r })),
  ];
  rows.sort((a, b) => ZH.compare(a.label, b.label) || a.k - b.k || a.id - b.id);
  const n = rows.length;
  const byId = (k: number) =>
    new Int32Array(rows.reduce((m, r) => (r.k === k ? Math.max(m, r.id) : m), 0) + 1).fill(-1);
  const out: LabelOrder = {
    n,
    entities: byId(0),
    relations: byId(1),
    kind: new Uint8Array(n),
    id: new Float64Array(n),
    group: new Float64Array(n),
  };
  let g = 0;
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    if (prev && ZH.compare(prev.label, r.label) !== 0) g = i;
    (r.k === 0 ? out.entities : out.relations)[r.id] = i;
    out.kind[i] = r.k;
    out.id[i] = r.id;
    out.group[i] = g;
  });
  return out;
}

/**
 * The page [offset, offset + limit) of these items in label order (`dir` -1: labels descending,
 * equal labels still entities first, then by id), as the collator would sort them.
 */
export function labelPage(
  db: DB,
  entities: number[],
  relations: number[],
  dir: 1 | -1,
  offset: number,
  limit: number | undefined,
): { k: number; id: number }[] {
  const keysOf = (o: LabelOrder): Float64Array | null => {
    const { n, group } = o;
    const keys = new Float64Array(entities.length + relations.length);
    let j = 0;
    for (const [ids, pos] of [
      [entities, o.entities],
      [relations, o.relations],
    ] as const)
      for (let i = 0; i < ids.length; i++) {
        const p = pos[ids[i] as number] ?? -1;
        if (p < 0) return null;
        // One number per item: its position ascending; descending, its group reversed then its place in the group.
        const g = group[p] as number;
        keys[j++] = dir === 1 ? p : (n - g) * n + (p - g);
      }
    return keys.sort();
  };
  let o = labelOrder(db);
  let keys = keysOf(o);
  if (!keys) {
    // an item the kept order does not know (inside an uncommitted write): rank what is there now
    o = build(db);
    keys = keysOf(o) ?? new Float64Array(0);
  }
  const { n } = o;
  const page = keys.subarray(offset, limit === undefined ? undefined : offset + limit);
  return Array.from(page, (k) => {
    const pos = dir === 1 ? k : n - Math.floor(k / n) + (k % n);
    return { k: o.kind[pos] ?? 0, id: o.id[pos] ?? 0 };
  });
}
