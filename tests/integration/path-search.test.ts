// shortestPath searches from both ends through the relation indexes (issue 14): on random
// graphs its paths are as short as a plain breadth-first search over every relation finds,
// they are real chains of allowed relations through allowed nodes, and "no path" agrees.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shortestPath } from "../../db/graph/index.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";
import type { EntityType } from "../../db/types.ts";
import { tempDir } from "./support/corpus.ts";

const TYPES: EntityType[] = ["cluster", "park", "platform", "enterprise", "department"];
const N = 300;

let tmp: ReturnType<typeof tempDir>;
let db: DB;
const edges: { id: number; type: string; s: number; t: number; review: string }[] = [];
const typeOf = new Map<number, EntityType>();

/** A small deterministic generator: the same graph on every run. */
function prng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

beforeAll(() => {
  tmp = tempDir();
  db = openDatabase(join(tmp.dir, "kb.sqlite"));
  const random = prng(11);
  const addEntity = db.prepare("INSERT INTO entities (id, key, resolution_key, type, name) VALUES (?, ?, ?, ?, ?)");
  const addRelation = db.prepare(
    "INSERT OR IGNORE INTO relations (type, source_id, target_id, review) VALUES (?, ?, ?, ?)",
  );
  db.transaction(() => {
    for (let id = 1; id <= N; id++) {
      const type = TYPES[Math.floor(random() * TYPES.length)] as EntityType;
      typeOf.set(id, type);
      addEntity.run(id, `${type}:实体${id}`, `实体${id}`, type, `实体${id}`);
    }
    // Sparse (a few components, long chains) with one hub, as a corpus graph is.
    for (let i = 0; i < N * 1.1; i++) {
      const s = random() < 0.1 ? 1 : 1 + Math.floor(random() * N);
      const t = 1 + Math.floor(random() * N);
      if (s === t) continue;
      const type = random() < 0.15 ? "co_mention" : "cluster_enterprise";
      const review = random() < 0.1 ? "rejected" : "unreviewed";
      const r = addRelation.run(type, s, t, review);
      if (r.changes) edges.push({ id: Number(r.lastInsertRowid), type, s, t, review });
    }
  })();
});
afterAll(() => {
  db?.close();
  tmp?.cleanup();
});

/** Hops of the shortest path by a plain BFS over every allowed relation (null: none). */
function reference(from: number, to: number, allowNode: (id: number) => boolean): number | null {
  const dist = new Map([[from, 0]]);
  let frontier = [from];
  while (frontier.length && !dist.has(to)) {
    const next: number[] = [];
    for (const at of frontier) {
      for (const e of edges) {
        if (e.type === "co_mention" || e.review === "rejected") continue;
        const other = e.s === at ? e.t : e.t === at ? e.s : null;
        if (other === null || dist.has(other) || (other !== to && !allowNode(other))) continue;
        dist.set(other, (dist.get(at) ?? 0) + 1);
        next.push(other);
      }
    }
    frontier = next;
  }
  return dist.get(to) ?? null;
}

describe("shortestPath from both ends", () => {
  const cases = (filter?: { types: EntityType[] }) => {
    const random = prng(5);
    const allow = (id: number) => !filter || filter.types.includes(typeOf.get(id) as EntityType);
    let found = 0;
    let none = 0;
    for (let i = 0; i < 150; i++) {
      const from = 1 + Math.floor(random() * N);
      const to = 1 + Math.floor(random() * N);
      const want = from === to ? 0 : reference(from, to, allow);
      const got = shortestPath(db, from, to, filter);
      expect(got === null ? null : got.edges.length, `${from} → ${to}`).toBe(want);
      if (!got) {
        none++;
        continue;
      }
      found++;
      // A chain from `from` to `to`: each edge joins the nodes either side of it.
      const ids = got.nodes.map((n) => n.id);
      expect(ids[0]).toBe(from);
      expect(ids[ids.length - 1]).toBe(to);
      got.edges.forEach((e, k) => {
        expect([e.source, e.target].sort()).toEqual([ids[k], ids[k + 1]].sort());
        expect(e.type).not.toBe("co_mention");
        expect(e.review).not.toBe("rejected");
      });
      for (const id of ids.slice(1, -1)) expect(allow(id)).toBe(true);
    }
    return { found, none };
  };

  it("finds paths as short as a full breadth-first search, and none where it finds none", () => {
    const { found, none } = cases();
    expect(found).toBeGreaterThan(30);
    expect(none).toBeGreaterThan(0);
  });

  it("passes only through nodes the filter allows", () => {
    const { found } = cases({ types: ["enterprise", "cluster", "park"] });
    expect(found).toBeGreaterThan(10);
  });

  it("returns null for an entity that does not exist", () => {
    expect(shortestPath(db, 1, N + 50)).toBeNull();
  });
});
