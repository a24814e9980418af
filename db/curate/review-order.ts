// The review table's label order: every item's label in Chinese (pinyin) order, ranked once per
// connection and then kept current from migration 008's label_changes log: a write's added,
// removed, renamed or re-ended items are taken out and put back by binary search (a rename also
// moves its entity's relations), so the first label sort after an import or a rename costs the
// items changed, not ~47k collator compares per 10k documents. A page then walks the order and
// asks SQLite which of the items walked pass the filters, stopping when the page is full; a
// filter passing few items reads their ids and ranks them by position instead.
import type { DB } from "../store/open.ts";
import { untilChanged } from "../store/write-cache.ts";

/** Chinese (pinyin) order: SQLite's BINARY collation compares stored bytes (UTF-16 would be meaningless). */
export const ZH = new Intl.Collator("zh-CN");

/** Entities 0, relations 1: equal labels sort entities first, then by id. */
type Kind = 0 | 1;

interface Item {
  k: Kind;
  id: number;
  label: string;
}

interface LabelOrder {
  /** The last label_changes row applied (-1: a file without the log; kept by the items counter). */
  seq: number;
  /** Item count: positions are 0..n-1. */
  n: number;
  /** By position: the label, kind, id, whether the label equals the previous one, and the first position of its label group. */
  label: string[];
  kind: Uint8Array;
  id: Float64Array;
  eqPrev: Uint8Array;
  group: Float64Array;
  /** id → position, per kind (-1: no such item). */
  entities: Int32Array;
  relations: Int32Array;
}

const compare = (a: Item, b: Item): number => ZH.compare(a.label, b.label) || a.k - b.k || a.id - b.id;

/** Every item with its label, or (with ids) only those items that still exist. */
function readItems(db: DB, only?: { entities: number[]; relations: number[] }): Item[] {
  const ids = (side: string, list: number[] | undefined) =>
    list ? `AND ${side}.id IN (SELECT value FROM json_each(?))` : "";
  const items: Item[] = [];
  const args = (list: number[] | undefined) => (list ? [JSON.stringify(list)] : []);
  if (!only || only.entities.length)
    for (const r of db
      .prepare<unknown[], { id: number; label: string }>(
        `SELECT e.id, e.name AS label FROM entities e WHERE 1 ${ids("e", only?.entities)}`,
      )
      .all(...args(only?.entities)))
      items.push({ k: 0, id: r.id, label: r.label });
  if (!only || only.relations.length)
    for (const r of db
      .prepare<unknown[], { id: number; label: string }>(
        `SELECT r.id, s.name || ' → ' || t.name AS label FROM relations r
         JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id
         WHERE r.type <> 'co_mention' ${ids("r", only?.relations)}`,
      )
      .all(...args(only?.relations)))
      items.push({ k: 1, id: r.id, label: r.label });
  return items;
}

/** An order's columns in their final sequence: eqPrev[i] is computed where `known` gives none (-1). */
function assemble(
  seq: number,
  label: string[],
  kind: Uint8Array,
  id: Float64Array,
  known?: (i: number) => number,
): LabelOrder {
  const n = label.length;
  let maxE = 0;
  let maxR = 0;
  for (let i = 0; i < n; i++) {
    if (kind[i] === 0) maxE = Math.max(maxE, id[i] as number);
    else maxR = Math.max(maxR, id[i] as number);
  }
  const o: LabelOrder = {
    seq,
    n,
    label,
    kind,
    id,
    eqPrev: new Uint8Array(n),
    group: new Float64Array(n),
    entities: new Int32Array(maxE + 1).fill(-1),
    relations: new Int32Array(maxR + 1).fill(-1),
  };
  let g = 0;
  for (let i = 0; i < n; i++) {
    const k = i === 0 ? 0 : (known?.(i) ?? -1);
    const eq = k >= 0 ? k : ZH.compare(label[i - 1] as string, label[i] as string) === 0 ? 1 : 0;
    o.eqPrev[i] = eq;
    if (!eq) g = i;
    o.group[i] = g;
    (kind[i] === 0 ? o.entities : o.relations)[id[i] as number] = i;
  }
  return o;
}

function build(db: DB, seq: number): LabelOrder {
  const items = readItems(db).sort(compare);
  return assemble(
    seq,
    items.map((it) => it.label),
    Uint8Array.from(items, (it) => it.k),
    Float64Array.from(items, (it) => it.id),
  );
}

/** Where `it` goes in the order (by the labels it was ranked with): the first position sorting after it. */
function insertionPoint(o: LabelOrder, it: Item): number {
  let lo = 0;
  let hi = o.n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c =
      ZH.compare(o.label[mid] as string, it.label) || (o.kind[mid] as number) - it.k || (o.id[mid] as number) - it.id;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The order with the logged items re-placed: taken out where they were, put back where their
 * label now sorts (found in the old order: what is kept is a subsequence of it, still sorted).
 */
function apply(db: DB, o: LabelOrder, seq: number, changed: { kind: number; id: number }[]): LabelOrder {
  const entityIds = [...new Set(changed.filter((c) => c.kind === 0).map((c) => c.id))];
  const relationIds = new Set(changed.filter((c) => c.kind === 1).map((c) => c.id));
  // A renamed entity's relations are relabelled too.
  if (entityIds.length)
    for (const id of db
      .prepare<[string, string], number>(
        `SELECT r.id FROM json_each(?) x CROSS JOIN relations r ON r.source_id = x.value WHERE r.type <> 'co_mention'
         UNION SELECT r.id FROM json_each(?) x CROSS JOIN relations r ON r.target_id = x.value WHERE r.type <> 'co_mention'`,
      )
      .pluck()
      .all(JSON.stringify(entityIds), JSON.stringify(entityIds)))
      relationIds.add(id);
  const out = new Uint8Array(o.n);
  let removed = 0;
  for (const [ids, pos] of [
    [entityIds, o.entities],
    [relationIds, o.relations],
  ] as const)
    for (const id of ids) {
      const p = pos[id] ?? -1;
      if (p >= 0 && !out[p]) {
        out[p] = 1;
        removed++;
      }
    }
  const fresh = readItems(db, { entities: entityIds, relations: [...relationIds] }).sort(compare);
  const at = fresh.map((it) => insertionPoint(o, it));
  const m = o.n - removed + fresh.length;
  const label: string[] = [];
  const kind = new Uint8Array(m);
  const id = new Float64Array(m);
  const from = new Int32Array(m);
  let i = 0;
  let j = 0;
  for (let p = 0; p <= o.n; p++) {
    for (; j < fresh.length && at[j] === p; j++, i++) {
      const it = fresh[j] as Item;
      label.push(it.label);
      kind[i] = it.k;
      id[i] = it.id;
      from[i] = -1;
    }
    if (p < o.n && !out[p]) {
      label.push(o.label[p] as string);
      kind[i] = o.kind[p] as number;
      id[i] = o.id[p] as number;
      from[i++] = p;
    }
  }
  // Two items next to each other before keep their equality; only new neighbours are compared.
  return assemble(seq, label, kind, id, (i) => {
    const a = from[i - 1] as number;
    const b = from[i] as number;
    return a >= 0 && b === a + 1 ? (o.eqPrev[b] as number) : -1;
  });
}

const kept = new WeakMap<DB, LabelOrder>();

/** Whether the file logs label changes (migration 008; an older file opened read-only does not). */
function logged(db: DB): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'label_changes'").get();
}

/**
 * The label order as of now, updated from the log (or re-ranked when the log cannot tell).
 * `keep`: false inside the caller's write transaction, whose log rows may yet be rolled back.
 */
function labelOrder(db: DB, keep: boolean): LabelOrder {
  const head = db.prepare<[], number>("SELECT coalesce(max(seq), 0) FROM label_changes").pluck().get() ?? 0;
  const o = kept.get(db);
  let next: LabelOrder;
  if (o && o.seq === head) return o;
  if (!o || o.seq < 0 || head < o.seq) next = build(db, head);
  else {
    const oldest = db.prepare<[], number>("SELECT coalesce(min(seq), 0) FROM label_changes").pluck().get() ?? 0;
    if (oldest > o.seq + 1) next = build(db, head);
    else
      next = apply(
        db,
        o,
        head,
        db
          .prepare<[number, number], { kind: number; id: number }>(
            "SELECT kind, id FROM label_changes WHERE seq > ? AND seq <= ?",
          )
          .all(o.seq, head),
      );
  }
  if (keep) kept.set(db, next);
  return next;
}

/** What a page needs from the filters: how many pass, their ids, and which of some ids pass. */
export interface Passing {
  total: number;
  ids: () => { entities: number[]; relations: number[] };
  test: (entities: number[], relations: number[]) => { entities: Set<number>; relations: Set<number> };
}

/**
 * The page [offset, offset + limit) of the items passing in label order (`dir` -1: labels
 * descending, equal labels still entities first, then by id), as the collator would sort them.
 * Read in one snapshot, so the order and the filters see the same rows.
 */
export function labelPage(
  db: DB,
  passing: Passing,
  dir: 1 | -1,
  offset: number,
  limit: number | undefined,
): { k: number; id: number }[] {
  if (!logged(db)) {
    // A file without the log: re-ranked whenever an item changed (counter of migration 007).
    const o = untilChanged(db, "review-label-order", "items", () => build(db, -1));
    return rankPage(db, o, passing, dir, offset, limit);
  }
  const keep = !db.inTransaction;
  const page = () => {
    const o = labelOrder(db, keep);
    // A walk tests about (offset + limit) · n / total items; reading the ids passing costs
    // about a quarter of a test each.
    const walk =
      limit !== undefined && passing.total > 0 && ((offset + limit) * o.n) / passing.total < passing.total / 4;
    return walk ? walkPage(o, passing, dir, offset, limit) : rankPage(db, o, passing, dir, offset, limit);
  };
  return db.inTransaction ? page() : db.transaction(page)();
}

/** Positions in label order, or in reversed label groups (each group still in its own order). */
function* positions(o: LabelOrder, dir: 1 | -1): Generator<number> {
  if (dir === 1) {
    for (let p = 0; p < o.n; p++) yield p;
    return;
  }
  for (let end = o.n - 1; end >= 0; ) {
    const g = o.group[end] as number;
    for (let p = g; p <= end; p++) yield p;
    end = g - 1;
  }
}

function walkPage(
  o: LabelOrder,
  passing: Passing,
  dir: 1 | -1,
  offset: number,
  limit: number,
): { k: number; id: number }[] {
  const out: { k: number; id: number }[] = [];
  let skip = offset;
  const walked = positions(o, dir);
  let done = false;
  while (!done && out.length < limit) {
    // Enough items to fill what is left of the page at the share that passes, and some.
    const want = Math.ceil((((skip + limit - out.length) * o.n) / Math.max(1, passing.total)) * 1.2) + 32;
    const batch: number[] = [];
    while (batch.length < Math.min(want, 20_000)) {
      const next = walked.next();
      if (next.done) {
        done = true;
        break;
      }
      batch.push(next.value);
    }
    const ids = (k: Kind) => batch.filter((p) => o.kind[p] === k).map((p) => o.id[p] as number);
    const pass = passing.test(ids(0), ids(1));
    for (const p of batch) {
      const id = o.id[p] as number;
      if (!(o.kind[p] === 0 ? pass.entities : pass.relations).has(id)) continue;
      if (skip > 0) skip--;
      else if (out.length < limit) out.push({ k: o.kind[p] as number, id });
    }
  }
  return out;
}

function rankPage(
  db: DB,
  o: LabelOrder,
  passing: Passing,
  dir: 1 | -1,
  offset: number,
  limit: number | undefined,
): { k: number; id: number }[] {
  const { entities, relations } = passing.ids();
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
  let keys = keysOf(o);
  if (!keys) {
    // an item the order does not know (inside an uncommitted write): rank what is there now
    o = build(db, -1);
    keys = keysOf(o) ?? new Float64Array(0);
  }
  const { n } = o;
  const page = keys.subarray(offset, limit === undefined ? undefined : offset + limit);
  return Array.from(page, (k) => {
    const pos = dir === 1 ? k : n - Math.floor(k / n) + (k % n);
    return { k: o.kind[pos] ?? 0, id: o.id[pos] ?? 0 };
  });
}
