// Degree and mention counts are stored on the entity (migration 003), each document's count
// of entities beside it (migration 004, shown as negative ids) and the review items by state
// (migration 008), all kept by triggers; the review table's Chinese label order is kept by the
// connection from migration 008's change log: after import, curation (merge, split, reject,
// create/delete, undo/redo) and re-extraction the stored figures equal the ones recomputed from
// the rows and the kept order pages as a fresh ranking would; a version-2 file is upgraded with
// counts filled in and its document search intact; the top-N subgraph says how many matched.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createEntity,
  createRelation,
  deleteUserItem,
  exportAnnotations,
  importAnnotations,
  mergeEntities,
  redo,
  setReview,
  setReviewBatch,
  splitEntity,
  undo,
} from "../../db/curate/index.ts";
import { type ReviewQuery, reviewItems } from "../../db/curate/review-query.ts";
import { search, subgraph } from "../../db/graph/index.ts";
import { importPaths, reextractAll } from "../../db/pipeline/index.ts";
import { MIGRATIONS } from "../../db/store/migrations/index.ts";
import { type DB, openDatabase, schemaVersion } from "../../db/store/open.ts";
import { ACTOR, row, SEEDS, seededDb, tempDir } from "./curate-helpers.ts";

interface Drift {
  id: number;
  degree: number;
  recomputedDegree: number;
  mentions: number;
  recomputedMentions: number;
}

/** Everything stored or kept that differs from what the rows say (nothing when the triggers and the log hold). */
function drift(db: DB): unknown[] {
  return [...entityDrift(db), ...documentDrift(db), ...reviewCountDrift(db), ...labelOrderDrift(db)];
}

/** Entities whose stored counts differ from the rows. */
function entityDrift(db: DB): Drift[] {
  return db
    .prepare<[], Drift>(
      `SELECT id, degree, mention_count AS mentions,
         (SELECT count(*) FROM relations r WHERE (r.source_id = e.id OR r.target_id = e.id)
            AND r.type <> 'co_mention' AND r.review <> 'rejected') AS recomputedDegree,
         (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS recomputedMentions
       FROM entities e`,
    )
    .all()
    .filter((d) => d.degree !== d.recomputedDegree || d.mentions !== d.recomputedMentions);
}

/** Documents whose stored count of distinct entities (migration 004) differs from the rows, as Drift rows. */
function documentDrift(db: DB): Drift[] {
  return db
    .prepare<[], Drift>(
      `SELECT -d.id AS id, 0 AS degree, 0 AS recomputedDegree, coalesce(c.entities, -1) AS mentions,
         (SELECT count(DISTINCT m.entity_id) FROM mentions m WHERE m.document_id = d.id) AS recomputedMentions
       FROM documents d LEFT JOIN document_counts c ON c.document_id = d.id`,
    )
    .all()
    .filter((d) => d.mentions !== d.recomputedMentions);
}

/** Review items by side and state (migration 008) that differ from a count of the rows. */
function reviewCountDrift(db: DB): unknown[] {
  if (schemaVersion(db) < 8) return [];
  return db
    .prepare<[], { kind: number; state: string; n: number; counted: number }>(
      `SELECT c.kind, c.state, c.n, CASE c.kind
         WHEN 0 THEN (SELECT count(*) FROM entities WHERE review = c.state)
         ELSE (SELECT count(*) FROM relations WHERE review = c.state AND type <> 'co_mention') END AS counted
       FROM review_counts c`,
    )
    .all()
    .filter((c) => c.n !== c.counted);
}

const zh = new Intl.Collator("zh-CN").compare;

/**
 * Pages of the review table sorted by label, read through this connection's kept order, that
 * differ from every item ranked afresh by the collator: the first pages either way (walked
 * through the order) and every relation (the ids passing ranked by it).
 */
function labelOrderDrift(db: DB): unknown[] {
  const items = db
    .prepare<[], { k: number; id: number; label: string }>(
      `SELECT 0 AS k, id, name AS label FROM entities
       UNION ALL SELECT 1, r.id, s.name || ' → ' || t.name FROM relations r
         JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id WHERE r.type <> 'co_mention'`,
    )
    .all();
  const tie = (a: { k: number; id: number }, b: { k: number; id: number }) => a.k - b.k || a.id - b.id;
  const up = [...items].sort((a, b) => zh(a.label, b.label) || tie(a, b)).map((x) => `${x.k}:${x.id}`);
  const down = [...items].sort((a, b) => -zh(a.label, b.label) || tie(a, b)).map((x) => `${x.k}:${x.id}`);
  const keys = (q: ReviewQuery) => reviewItems(db, q).map((r) => `${r.kind === "entity" ? 0 : 1}:${r.id}`);
  const checks: [string, string[], string[]][] = [
    ["first page", keys({ sort: { key: "label", dir: 1 }, limit: 40 }), up.slice(0, 40)],
    ["a later page", keys({ sort: { key: "label", dir: 1 }, offset: 200, limit: 40 }), up.slice(200, 240)],
    ["first page descending", keys({ sort: { key: "label", dir: -1 }, limit: 40 }), down.slice(0, 40)],
    [
      "every relation",
      keys({ filters: { kind: "relation" }, sort: { key: "label", dir: 1 } }),
      up.filter((k) => k.startsWith("1:")),
    ],
  ];
  return checks.filter(([, got, want]) => got.join() !== want.join()).map(([what, got, want]) => ({ what, got, want }));
}

const stored = (db: DB, id: number) =>
  row<{ degree: number; mentions: number }>(
    db,
    "SELECT degree, mention_count AS mentions FROM entities WHERE id = ?",
    id,
  );

let tmp: ReturnType<typeof tempDir>;
let db: DB;

beforeAll(async () => {
  tmp = tempDir();
  db = await seededDb(join(tmp.dir, "kb.sqlite"));
});
afterAll(() => {
  db?.close();
  tmp?.cleanup();
});

describe("stored counts", () => {
  it("are right after a bulk import, and non-trivial", () => {
    expect(drift(db)).toEqual([]);
    const top = row<{ degree: number; mentions: number }>(
      db,
      "SELECT max(degree) AS degree, max(mention_count) AS mentions FROM entities",
    );
    expect(top.degree).toBeGreaterThan(5);
    expect(top.mentions).toBeGreaterThan(20);
  });

  it("follow a merge, its undo and redo", () => {
    const [a, b] = db
      .prepare<[], { id: number }>(
        "SELECT id FROM entities WHERE type = 'enterprise' AND degree > 0 ORDER BY mention_count DESC LIMIT 2",
      )
      .all();
    if (!a || !b) throw new Error("seeds lack two connected enterprises");
    const before = { a: stored(db, a.id), b: stored(db, b.id) };
    mergeEntities(db, { into: a.id, from: [b.id] }, ACTOR);
    expect(stored(db, a.id).mentions).toBe(before.a.mentions + before.b.mentions);
    expect(drift(db)).toEqual([]);
    undo(db, ACTOR);
    expect(drift(db)).toEqual([]);
    redo(db, ACTOR);
    expect(drift(db)).toEqual([]);
  });

  it("follow a split", () => {
    const e = row<{ id: number; mentions: number }>(
      db,
      "SELECT id, mention_count AS mentions FROM entities WHERE mention_count >= 3 AND type = 'park' ORDER BY id LIMIT 1",
    );
    const chosen = db
      .prepare<[number], number>("SELECT id FROM mentions WHERE entity_id = ? ORDER BY id LIMIT 1")
      .pluck()
      .all(e.id);
    const newId = splitEntity(db, { id: e.id, mentionIds: chosen, name: "计数测试分出园区" }, ACTOR).entityId;
    expect(stored(db, e.id).mentions).toBe(e.mentions - 1);
    expect(stored(db, newId ?? 0).mentions).toBe(1);
    expect(drift(db)).toEqual([]);
    undo(db, ACTOR);
    expect(stored(db, e.id).mentions).toBe(e.mentions);
    expect(drift(db)).toEqual([]);
    redo(db, ACTOR);
    expect(stored(db, e.id).mentions).toBe(e.mentions - 1);
    expect(drift(db)).toEqual([]);
  });

  it("follow a batch rejection from the review table and its one undo", () => {
    const hub = row<{ id: number; degree: number }>(
      db,
      "SELECT id, degree FROM entities ORDER BY degree DESC, id LIMIT 1",
    );
    const relations = db
      .prepare<[number, number], number>(
        `SELECT id FROM relations WHERE (source_id = ? OR target_id = ?) AND type <> 'co_mention'
           AND review <> 'rejected' ORDER BY id LIMIT 5`,
      )
      .pluck()
      .all(hub.id, hub.id);
    const entities = db
      .prepare<[], number>(
        "SELECT id FROM entities WHERE degree > 0 AND review = 'unreviewed' ORDER BY id DESC LIMIT 5",
      )
      .pluck()
      .all();
    expect(relations).toHaveLength(5);
    setReviewBatch(db, { entities, relations, state: "rejected" }, ACTOR);
    expect(stored(db, hub.id).degree).toBe(hub.degree - 5);
    expect(drift(db)).toEqual([]);
    undo(db, ACTOR);
    expect(stored(db, hub.id).degree).toBe(hub.degree);
    expect(drift(db)).toEqual([]);
  });

  it("follow rejecting a relation and an entity, and taking it back", () => {
    const r = row<{ id: number; source: number }>(
      db,
      "SELECT id, source_id AS source FROM relations WHERE type <> 'co_mention' AND review = 'unreviewed' ORDER BY id LIMIT 1",
    );
    const degree = stored(db, r.source).degree;
    setReview(db, { kind: "relation", id: r.id, state: "rejected" }, ACTOR);
    expect(stored(db, r.source).degree).toBe(degree - 1);
    expect(drift(db)).toEqual([]);
    setReview(db, { kind: "relation", id: r.id, state: "confirmed" }, ACTOR);
    expect(stored(db, r.source).degree).toBe(degree);
    const e = row<{ id: number }>(db, "SELECT id FROM entities WHERE degree > 2 ORDER BY id LIMIT 1");
    setReview(db, { kind: "entity", id: e.id, state: "rejected" }, ACTOR);
    expect(drift(db)).toEqual([]);
    undo(db, ACTOR);
    expect(drift(db)).toEqual([]);
  });

  it("follow creating and deleting an entity and a relation", () => {
    const doc = row<{ id: number }>(db, "SELECT id FROM documents ORDER BY id LIMIT 1");
    const made = createEntity(
      db,
      { documentId: doc.id, start: 0, end: 4, type: "enterprise", name: "计数测试手工企业" },
      ACTOR,
    ).entityId;
    const other = row<{ id: number }>(db, "SELECT id FROM entities WHERE type = 'cluster' ORDER BY id LIMIT 1");
    const rel = createRelation(
      db,
      { type: "cluster_enterprise", source: other.id, target: made ?? 0 },
      ACTOR,
    ).relationId;
    expect(stored(db, made ?? 0)).toEqual({ degree: 1, mentions: 1 });
    expect(drift(db)).toEqual([]);
    deleteUserItem(db, { kind: "relation", id: rel ?? 0 }, ACTOR);
    deleteUserItem(db, { kind: "entity", id: made ?? 0 }, ACTOR);
    expect(drift(db)).toEqual([]);
  });

  it("stay right through re-extraction with the curation replayed", () => {
    reextractAll(db, ACTOR);
    expect(drift(db)).toEqual([]);
  });

  it("stay right when another import (on the extraction thread) adds mentions to curated entities", async () => {
    // New versions of the seeds: new documents naming the same entities, so existing counts grow.
    const dir = join(tmp.dir, "more");
    mkdirSync(dir);
    for (const f of readdirSync(SEEDS).filter((f) => f.endsWith(".txt"))) {
      writeFileSync(join(dir, f), `${readFileSync(join(SEEDS, f), "utf8")}\n（计数测试附页）\n`);
    }
    const top = row<{ id: number; mentions: number }>(
      db,
      "SELECT id, mention_count AS mentions FROM entities ORDER BY mention_count DESC LIMIT 1",
    );
    const summary = await importPaths(db, [dir], undefined, undefined, { thread: true });
    expect(summary.documents).toBeGreaterThan(0);
    expect(stored(db, top.id).mentions).toBeGreaterThan(top.mentions);
    expect(drift(db)).toEqual([]);
  });

  it("are right in another knowledge base that imports these decisions", async () => {
    const other = await seededDb(join(tmp.dir, "other.sqlite"));
    try {
      importAnnotations(other, exportAnnotations(db).content, ACTOR);
      const applied = other.prepare<[], number>("SELECT count(*) FROM edits").pluck().get() ?? 0;
      expect(applied).toBeGreaterThan(0);
      expect(drift(other)).toEqual([]);
    } finally {
      other.close();
    }
  });

  it("give the top N by degree with how many matched", () => {
    const all = subgraph(db, {});
    const top = subgraph(db, { limit: 10 });
    expect(top.nodes).toHaveLength(10);
    expect(top.order).toBe("degree");
    expect(top.matchedNodes).toBe(all.nodes.length);
    const degrees = all.nodes.map((n) => n.degree).sort((x, y) => y - x);
    expect(top.nodes.map((n) => n.degree)).toEqual(degrees.slice(0, 10));
    const ids = new Set(top.nodes.map((n) => n.id));
    for (const e of top.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const within = all.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
    expect(top.edges.map((e) => e.id)).toEqual(within.map((e) => e.id));
  });
});

describe("migration 003", () => {
  it("fills the counts of a version-2 knowledge base and keeps its document search", async () => {
    const file = join(tmp.dir, "v2.sqlite");
    const raw = new Database(file);
    for (const m of MIGRATIONS.filter((x) => x.version <= 2)) raw.exec(m.sql);
    raw.pragma("user_version = 2");
    const seeds = readdirSync(SEEDS)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .slice(0, 6)
      .map((f) => join(SEEDS, f));
    const summary = await importPaths(raw, seeds);
    expect(summary.rejected).toEqual([]);
    expect(summary.documents).toBeGreaterThan(3);
    // What the documents hold, read straight from their text (the search's limit is 20).
    const holding = raw
      .prepare<[], number>("SELECT id FROM documents WHERE instr(text, '碳纤维') > 0 OR instr(title, '碳纤维') > 0")
      .pluck()
      .all();
    expect(holding.length).toBeGreaterThan(0);
    raw.close();

    const upgraded = openDatabase(file);
    try {
      expect(schemaVersion(upgraded)).toBeGreaterThanOrEqual(3);
      expect(drift(upgraded)).toEqual([]);
      const max = row<{ d: number; m: number }>(
        upgraded,
        "SELECT max(degree) AS d, max(mention_count) AS m FROM entities",
      );
      expect(max.d).toBeGreaterThan(0);
      expect(max.m).toBeGreaterThan(0);
      const after = search(upgraded, "碳纤维", 500).filter((h) => h.kind === "document");
      expect(new Set(after.map((h) => h.id))).toEqual(new Set(holding));
      // The index keeps no positions: a document holding every trigram of a phrase, but never the
      // phrase itself, must not be found by it.
      const id = Number(
        upgraded
          .prepare(
            `INSERT INTO documents (sha256, file_name, encoding, format, text, chars)
             VALUES ('x', 'x.txt', 'utf-8', 'txt', '丙丁戊己。甲乙丙丁。', 10)`,
          )
          .run().lastInsertRowid,
      );
      const docHits = (q: string) =>
        search(upgraded, q)
          .filter((h) => h.kind === "document")
          .map((h) => h.id);
      expect(docHits("甲乙丙丁")).toEqual([id]);
      expect(docHits("甲乙丙丁戊")).toEqual([]);
    } finally {
      upgraded.close();
    }
  });
});
