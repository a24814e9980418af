// Every curation action on a knowledge base built from the real seeds: its effect, undo
// (back to exactly the state before, row ids included) and redo, the history, the review queue.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addAlias,
  CurationError,
  createEntity,
  createRelation,
  deleteUserItem,
  editEntity,
  history,
  mergeEntities,
  orphans,
  redo,
  removeAlias,
  reviewQueue,
  setReview,
  splitEntity,
  undo,
} from "../../db/curate/index.ts";
import { subgraph } from "../../db/graph/index.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";
import { ACTOR, curatedState, editCount, row, seededDb, tempDir } from "./curate-helpers.ts";

let tmp: ReturnType<typeof tempDir>;
let file: string;
let db: DB;

beforeAll(async () => {
  tmp = tempDir();
  file = join(tmp.dir, "kb.sqlite");
  db = await seededDb(file);
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

interface E {
  id: number;
  key: string;
  name: string;
  type: string;
}

/** Runs an action, checks undo gives back exactly the state before and redo the state after. */
function roundTrip(act: () => void): {
  before: ReturnType<typeof curatedState>;
  after: ReturnType<typeof curatedState>;
} {
  const before = curatedState(db);
  const idsBefore = db.prepare("SELECT id, key FROM entities ORDER BY id").all();
  act();
  const after = curatedState(db);
  expect(after).not.toEqual(before);
  expect(undo(db, ACTOR)).not.toBeNull();
  expect(curatedState(db)).toEqual(before);
  expect(db.prepare("SELECT id, key FROM entities ORDER BY id").all()).toEqual(idsBefore);
  expect(redo(db, ACTOR)).not.toBeNull();
  expect(curatedState(db)).toEqual(after);
  return { before, after };
}

function expectRefused(fn: () => unknown, code: string): void {
  const edits = editCount(db);
  const state = curatedState(db);
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(CurationError);
  expect((err as CurationError).code).toBe(code);
  expect(editCount(db)).toBe(edits);
  expect(curatedState(db)).toEqual(state);
}

describe("confidence", () => {
  it("every extracted entity and relation carries the extractor's confidence", () => {
    expect(row<{ n: number }>(db, "SELECT count(*) AS n FROM entities WHERE confidence IS NULL").n).toBe(0);
    expect(row<{ n: number }>(db, "SELECT count(*) AS n FROM relations WHERE confidence IS NULL").n).toBe(0);
  });
});

describe("edit an entity", () => {
  it("renames, retypes, sets level, status, note and tags; undo and redo", () => {
    const e = row<E>(
      db,
      `SELECT id, key, name, type FROM entities WHERE type = 'enterprise' AND review = 'unreviewed' ORDER BY id LIMIT 1`,
    );
    const { after } = roundTrip(() =>
      editEntity(
        db,
        {
          id: e.id,
          name: `${e.name}（更名）`,
          level: "city",
          status: "planned",
          note: "核实过",
          tags: ["重点", "重点", " 链主 "],
        },
        ACTOR,
      ),
    );
    const s = after.entities[e.key];
    expect(s).toMatchObject({ name: `${e.name}（更名）`, level: "city", status: "planned", note: "核实过" });
    expect(JSON.parse(s?.tags ?? "[]")).toEqual(["重点", "链主"]);
    // The old name stays findable as an alias.
    expect(s?.aliases).toContain(e.name);
    roundTrip(() => editEntity(db, { id: e.id, type: "platform" }, ACTOR));
    expect(row<{ type: string }>(db, "SELECT type FROM entities WHERE id = ?", e.id).type).toBe("platform");
  });

  it("refuses an empty name, an unknown id, nothing to change and a name another entity has", () => {
    const [a, b] = db
      .prepare<[], E>("SELECT id, key, name, type FROM entities WHERE type = 'department' ORDER BY id LIMIT 2")
      .all();
    if (!a || !b) throw new Error("seeds have departments");
    expectRefused(() => editEntity(db, { id: a.id, name: "  " }, ACTOR), "invalid");
    expectRefused(() => editEntity(db, { id: 99_999_999, name: "x" }, ACTOR), "not_found");
    expectRefused(() => editEntity(db, { id: a.id, name: a.name }, ACTOR), "invalid");
    expectRefused(() => editEntity(db, { id: a.id, name: b.name }, ACTOR), "conflict");
  });
});

describe("aliases", () => {
  it("adds and removes an alias; undo and redo", () => {
    const e = row<E>(db, "SELECT id, key, name, type FROM entities WHERE type = 'park' ORDER BY id LIMIT 1");
    const { after } = roundTrip(() => addAlias(db, { id: e.id, alias: "测试别名" }, ACTOR));
    expect(after.entities[e.key]?.aliases).toContain("测试别名");
    const { after: removed } = roundTrip(() => removeAlias(db, { id: e.id, alias: "测试别名" }, ACTOR));
    expect(removed.entities[e.key]?.aliases).not.toContain("测试别名");
    expectRefused(() => removeAlias(db, { id: e.id, alias: "从未有过的别名" }, ACTOR), "not_found");
    expectRefused(() => addAlias(db, { id: e.id, alias: e.name }, ACTOR), "invalid");
  });
});

describe("merge", () => {
  it("moves mentions, relations, aliases and notes; duplicate relations collapse; names become aliases", () => {
    // Two entities of one type that the same source relates to by the same relation type.
    const pair = row<{ type: string; s: number; a: number; b: number }>(
      db,
      `SELECT r1.type, r1.source_id AS s, r1.target_id AS a, r2.target_id AS b FROM relations r1
       JOIN relations r2 ON r2.type = r1.type AND r2.source_id = r1.source_id AND r2.target_id > r1.target_id
       JOIN entities ea ON ea.id = r1.target_id JOIN entities eb ON eb.id = r2.target_id
       WHERE r1.type <> 'co_mention' AND ea.type = eb.type ORDER BY r1.id LIMIT 1`,
    );
    const a = row<E>(db, "SELECT id, key, name, type FROM entities WHERE id = ?", pair.a);
    const b = row<E>(db, "SELECT id, key, name, type FROM entities WHERE id = ?", pair.b);
    const src = row<E>(db, "SELECT id, key, name, type FROM entities WHERE id = ?", pair.s);
    editEntity(db, { id: b.id, note: "乙的备注", tags: ["乙"] }, ACTOR);
    const pre = curatedState(db);
    const bMentions = pre.entities[b.key]?.mentions ?? [];
    const aMentions = pre.entities[a.key]?.mentions ?? [];
    const dupA = pre.relations[`${pair.type} ${src.key} → ${a.key}`];
    const dupB = pre.relations[`${pair.type} ${src.key} → ${b.key}`];

    const { after } = roundTrip(() => mergeEntities(db, { into: a.id, from: [b.id] }, ACTOR));
    expect(after.entities[b.key]).toBeUndefined();
    const merged = after.entities[a.key];
    expect(merged?.mentions).toEqual([...new Set([...aMentions, ...bMentions])].sort());
    expect(merged?.aliases).toContain(b.name);
    expect(merged?.note).toBe("乙的备注");
    expect(JSON.parse(merged?.tags ?? "[]")).toContain("乙");
    // The two relations from the shared source are one now, with the evidence of both.
    const collapsed = after.relations[`${pair.type} ${src.key} → ${a.key}`];
    expect(collapsed?.evidence).toEqual([...new Set([...(dupA?.evidence ?? []), ...(dupB?.evidence ?? [])])].sort());
    expect(collapsed?.weight).toBe(collapsed?.evidence.length);
    expect(Object.keys(after.relations).some((r) => r.includes(`${b.key} `) || r.endsWith(b.key))).toBe(false);
    undo(db, ACTOR); // leave the seeds unmerged for the tests that follow
    undo(db, ACTOR);
  });

  it("refuses a merge with nothing to merge", () => {
    const e = row<E>(db, "SELECT id, key, name, type FROM entities ORDER BY id LIMIT 1");
    expectRefused(() => mergeEntities(db, { into: e.id, from: [e.id] }, ACTOR), "invalid");
    expectRefused(() => mergeEntities(db, { into: e.id, from: [99_999_999] }, ACTOR), "not_found");
  });
});

describe("split", () => {
  it("moves the chosen mentions into a new entity; undo and redo", () => {
    const e = row<E & { doc: number }>(
      db,
      `SELECT e.id, e.key, e.name, e.type, min(m.document_id) AS doc FROM entities e JOIN mentions m ON m.entity_id = e.id
       GROUP BY e.id HAVING count(DISTINCT m.document_id) >= 2 ORDER BY count(*) DESC LIMIT 1`,
    );
    const chosen = db
      .prepare<[number, number], number>("SELECT id FROM mentions WHERE entity_id = ? AND document_id = ?")
      .pluck()
      .all(e.id, e.doc);
    let newId: number | undefined;
    const { before, after } = roundTrip(() => {
      newId = splitEntity(db, { id: e.id, mentionIds: chosen, name: `${e.name}（另一）` }, ACTOR).entityId;
    });
    const created = Object.entries(after.entities).find(([, s]) => s.name === `${e.name}（另一）`)?.[1];
    expect(created?.mentions.length).toBe(chosen.length);
    expect(created?.origin).toBe("user");
    expect(after.entities[e.key]?.mentions.length).toBe((before.entities[e.key]?.mentions.length ?? 0) - chosen.length);
    expect(newId).toBeGreaterThan(0);
    undo(db, ACTOR);
    expectRefused(() => splitEntity(db, { id: e.id, mentionIds: [1e9], name: "x" }, ACTOR), "not_found");
  });
});

describe("review states", () => {
  it("a rejected entity is hidden by default and shown with the review filter; undo and redo", () => {
    const e = row<E>(
      db,
      `SELECT e.id, e.key, e.name, e.type FROM entities e WHERE review = 'unreviewed'
         AND EXISTS (SELECT 1 FROM relations r WHERE r.source_id = e.id AND r.type <> 'co_mention') ORDER BY id LIMIT 1`,
    );
    roundTrip(() => setReview(db, { kind: "entity", id: e.id, state: "rejected" }, ACTOR));
    expect(subgraph(db, {}).nodes.some((n) => n.id === e.id)).toBe(false);
    expect(subgraph(db, { review: ["rejected"] }).nodes.some((n) => n.id === e.id)).toBe(true);
    undo(db, ACTOR);
    expect(subgraph(db, {}).nodes.some((n) => n.id === e.id)).toBe(true);
  });

  it("confirms and rejects a relation; rejected relations are hidden by default", () => {
    const r = row<{ id: number }>(db, "SELECT id FROM relations WHERE type <> 'co_mention' ORDER BY id LIMIT 1");
    roundTrip(() => setReview(db, { kind: "relation", id: r.id, state: "confirmed" }, ACTOR));
    expect(row<{ review: string }>(db, "SELECT review FROM relations WHERE id = ?", r.id).review).toBe("confirmed");
    roundTrip(() => setReview(db, { kind: "relation", id: r.id, state: "rejected" }, ACTOR));
    expect(subgraph(db, {}).edges.some((x) => x.id === r.id)).toBe(false);
    expect(subgraph(db, { review: ["rejected", "confirmed", "unreviewed"] }).edges.some((x) => x.id === r.id)).toBe(
      true,
    );
    undo(db, ACTOR);
    undo(db, ACTOR);
    expectRefused(() => setReview(db, { kind: "relation", id: r.id, state: "unreviewed" }, ACTOR), "invalid");
  });
});

describe("manual entities and relations", () => {
  it("creates an entity from a selection, a relation with evidence, and deletes them; undo and redo each", () => {
    const doc = row<{ id: number; text: string }>(db, "SELECT id, text FROM documents ORDER BY id LIMIT 1");
    const start = doc.text.indexOf("。") + 1;
    let manual = 0;
    const { after } = roundTrip(() => {
      manual =
        createEntity(db, { documentId: doc.id, start, end: start + 4, type: "enterprise", name: "手工测试企业" }, ACTOR)
          .entityId ?? 0;
    });
    const made = after.entities["enterprise:手工测试企业"];
    expect(made).toMatchObject({ name: "手工测试企业", origin: "user", review: "confirmed" });
    expect(made?.mentions).toHaveLength(1);
    expect(manual).toBeGreaterThan(0);

    const other = row<E>(db, "SELECT id, key, name, type FROM entities WHERE type = 'cluster' ORDER BY id LIMIT 1");
    let relId = 0;
    const { after: withRel } = roundTrip(() => {
      relId =
        createRelation(
          db,
          {
            type: "cluster_enterprise",
            source: other.id,
            target: manual,
            evidence: { documentId: doc.id, start: 0, end: start },
          },
          ACTOR,
        ).relationId ?? 0;
    });
    const rel = withRel.relations[`cluster_enterprise ${other.key} → enterprise:手工测试企业`];
    expect(rel).toMatchObject({ origin: "user", review: "confirmed", weight: 1 });
    expectRefused(
      () => createRelation(db, { type: "cluster_enterprise", source: other.id, target: manual }, ACTOR),
      "conflict",
    );

    roundTrip(() => deleteUserItem(db, { kind: "relation", id: relId }, ACTOR));
    const { after: gone } = roundTrip(() => deleteUserItem(db, { kind: "entity", id: manual }, ACTOR));
    expect(gone.entities["enterprise:手工测试企业"]).toBeUndefined();
    undo(db, ACTOR); // entity back

    const extracted = row<{ id: number }>(db, "SELECT id FROM entities WHERE origin = 'extracted' LIMIT 1");
    expectRefused(() => deleteUserItem(db, { kind: "entity", id: extracted.id }, ACTOR), "invalid");
    expectRefused(() => createEntity(db, { documentId: doc.id, start: 5, end: 2, type: "park" }, ACTOR), "invalid");
    expectRefused(
      () =>
        createEntity(
          db,
          { documentId: doc.id, start, end: start + 2, type: "enterprise", name: "手工测试企业" },
          ACTOR,
        ),
      "conflict",
    );
  });
});

describe("history, undo and redo across a restart", () => {
  it("lists who did what when, in order, and undoes after reopening the file", () => {
    const h = history(db);
    expect(h.edits.length).toBe(h.total);
    expect(h.edits.map((x) => x.id)).toEqual([...h.edits.map((x) => x.id)].sort((a, b) => a - b));
    expect(h.edits.every((x) => x.actor === ACTOR && x.at.length > 0)).toBe(true);
    expect(h.edits.some((x) => x.action === "undo" && x.target !== undefined)).toBe(true);
    expect(h.edits.find((x) => x.action === "mergeEntities")?.subjects.length).toBe(2);

    const e = row<E>(db, "SELECT id, key, name, type FROM entities WHERE type = 'platform' ORDER BY id LIMIT 1");
    const before = curatedState(db);
    editEntity(db, { id: e.id, name: "重启前的新名字" }, "另一位研究员");
    const after = curatedState(db);
    db.close();
    db = openDatabase(file);
    expect(history(db, { newestFirst: true, limit: 1 }).edits[0]).toMatchObject({
      actor: "另一位研究员",
      action: "editEntity",
    });
    expect(undo(db, ACTOR)?.action).toBe("editEntity");
    expect(curatedState(db)).toEqual(before);
    db.close();
    db = openDatabase(file);
    expect(redo(db, ACTOR)?.action).toBe("editEntity");
    expect(curatedState(db)).toEqual(after);
    expect(redo(db, ACTOR)).toBeNull();
  });

  it("a new action clears the redo stack", () => {
    const e = row<E>(db, "SELECT id, key, name, type FROM entities WHERE type = 'park' ORDER BY id DESC LIMIT 1");
    editEntity(db, { id: e.id, note: "一" }, ACTOR);
    undo(db, ACTOR);
    expect(history(db).canRedo).toBe(true);
    editEntity(db, { id: e.id, note: "二" }, ACTOR);
    expect(history(db).canRedo).toBe(false);
    expect(redo(db, ACTOR)).toBeNull();
    expect(row<{ note: string }>(db, "SELECT note FROM entities WHERE id = ?", e.id).note).toBe("二");
  });

  it("has no orphans while every target exists", () => {
    expect(orphans(db)).toEqual([]);
  });
});

describe("review queue", () => {
  it("lists unreviewed entities, doubtful and central ones first, and pages", () => {
    const q = reviewQueue(db, { limit: 500 });
    const unreviewed = row<{ n: number }>(db, "SELECT count(*) AS n FROM entities WHERE review = 'unreviewed'").n;
    expect(q.total).toBe(unreviewed);
    const scores = q.items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Among entities with no relations, the least confident comes before the most confident.
    const isolated = q.items.filter((i) => i.degree === 0 && i.confidence !== null);
    const lo = Math.min(...isolated.map((i) => i.confidence ?? 1));
    const hi = Math.max(...isolated.map((i) => i.confidence ?? 0));
    expect(lo).toBeLessThan(hi);
    const firstLo = isolated.findIndex((i) => i.confidence === lo);
    const firstHi = isolated.findIndex((i) => i.confidence === hi);
    expect(firstLo).toBeLessThan(firstHi);
    // The hub with the highest degree scores above an isolated entity of equal confidence.
    const top = [...q.items].sort((a, b) => b.degree - a.degree)[0];
    const peer = isolated.find((i) => i.confidence === top?.confidence);
    if (top && peer) expect(top.score).toBeGreaterThan(peer.score);
    expect(top?.reasons).toContain("hub");
    const page = reviewQueue(db, { limit: 5, offset: 5 });
    expect(page.items.map((i) => i.id)).toEqual(q.items.slice(5, 10).map((i) => i.id));
    const confirmed = q.items[0];
    if (!confirmed) throw new Error("queue is empty");
    setReview(db, { kind: "entity", id: confirmed.id, state: "confirmed" }, ACTOR);
    expect(reviewQueue(db, { limit: 500 }).items.some((i) => i.id === confirmed.id)).toBe(false);
  });
});
