// Migration 004 (issue 14, the documents list at scale): a version-3 knowledge base gets each
// document's entity count filled in, the triggers keep it equal to the rows through import,
// curation and re-extraction, and the list reads it without touching the documents' text.
// New files are laid out smaller (UTF-16 text, free pages given back); old files keep theirs.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeEntities, splitEntity, undo } from "../../db/curate/index.ts";
import { getDocument, listDocuments, search } from "../../db/graph/index.ts";
import { importPaths, reextractAll } from "../../db/pipeline/index.ts";
import { LATEST_VERSION } from "../../db/store/migrations/index.ts";
import { compactFreePages, type DB, openDatabase, schemaVersion } from "../../db/store/open.ts";
import { databaseAt, runMigration } from "../unit/db/store/migrations/helpers.ts";
import { ACTOR, row, SEEDS, tempDir } from "./curate-helpers.ts";

const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => join(SEEDS, f));

/** Documents whose stored entity count differs from the rows (none when the triggers hold). */
function drift(db: DB): { id: number; stored: number; counted: number }[] {
  return db
    .prepare<[], { id: number; stored: number | null; counted: number }>(
      `SELECT d.id, c.entities AS stored,
         (SELECT count(DISTINCT m.entity_id) FROM mentions m WHERE m.document_id = d.id) AS counted
       FROM documents d LEFT JOIN document_counts c ON c.document_id = d.id`,
    )
    .all()
    .filter((d) => d.stored !== d.counted) as { id: number; stored: number; counted: number }[];
}

let env: ReturnType<typeof databaseAt>;
let db: DB;
let countsAtV3: Record<number, number>;

beforeAll(async () => {
  env = databaseAt(3);
  // Rows written the way version 3 wrote them: the same import, before the side table existed.
  const first = await importPaths(env.db, seedFiles.slice(0, 3));
  expect(first.rejected).toEqual([]);
  countsAtV3 = Object.fromEntries(
    env.db
      .prepare<[], { id: number; n: number }>(
        "SELECT document_id AS id, count(DISTINCT entity_id) AS n FROM mentions GROUP BY document_id",
      )
      .all()
      .map((r) => [r.id, r.n]),
  );
  runMigration(env.db, 4);
  db = env.db;
}, 120_000);

afterAll(() => env?.cleanup());

describe("migration 004", () => {
  it("fills each document's entity count from the version-3 rows", () => {
    expect(Object.keys(countsAtV3).length).toBe(3);
    const listed = listDocuments(db);
    expect(listed).toHaveLength(3);
    for (const d of listed) expect(d.entityCount).toBe(countsAtV3[d.id]);
    expect(Math.min(...listed.map((d) => d.entityCount))).toBeGreaterThan(5);
    expect(getDocument(db, listed[0]?.id ?? 0)?.entityCount).toBe(listed[0]?.entityCount);
  });

  it("keeps the counts through import, merge, split, undo and re-extraction", async () => {
    const more = await importPaths(db, seedFiles.slice(3));
    expect(more.documents).toBeGreaterThan(0);
    expect(drift(db)).toEqual([]);
    // A merge of two entities named in the same document drops that document's count by one.
    const pair = row<{ a: number; b: number; doc: number }>(
      db,
      `SELECT m1.entity_id AS a, m2.entity_id AS b, m1.document_id AS doc FROM mentions m1
       JOIN mentions m2 ON m2.document_id = m1.document_id AND m2.entity_id > m1.entity_id
       JOIN entities e1 ON e1.id = m1.entity_id JOIN entities e2 ON e2.id = m2.entity_id
       WHERE e1.type = 'enterprise' AND e2.type = 'enterprise' ORDER BY m1.id LIMIT 1`,
    );
    const before = listDocuments(db).find((d) => d.id === pair.doc)?.entityCount ?? 0;
    mergeEntities(db, { into: pair.a, from: [pair.b] }, ACTOR);
    expect(listDocuments(db).find((d) => d.id === pair.doc)?.entityCount).toBe(before - 1);
    expect(drift(db)).toEqual([]);
    undo(db, ACTOR);
    expect(drift(db)).toEqual([]);
    const e = row<{ id: number }>(db, "SELECT id FROM entities WHERE mention_count >= 3 ORDER BY id LIMIT 1");
    const chosen = db
      .prepare<[number], number>("SELECT id FROM mentions WHERE entity_id = ? ORDER BY id LIMIT 1")
      .pluck()
      .all(e.id);
    splitEntity(db, { id: e.id, mentionIds: chosen, name: "计数测试分出实体" }, ACTOR);
    expect(drift(db)).toEqual([]);
    reextractAll(db, ACTOR);
    expect(drift(db)).toEqual([]);
    db.prepare("DELETE FROM documents WHERE id = (SELECT min(id) FROM documents)").run();
    expect(drift(db)).toEqual([]);
    expect(row<{ n: number }>(db, "SELECT count(*) AS n FROM document_counts").n).toBe(listDocuments(db).length);
  });

  it("lists the documents from the covering index, never reading their text", () => {
    const plan = db
      .prepare<[], { detail: string }>(
        "EXPLAIN QUERY PLAN SELECT d.id, d.chars, d.imported_at FROM documents d INDEXED BY documents_list",
      )
      .all()
      .map((r) => r.detail)
      .join("\n");
    expect(plan).toContain("COVERING INDEX documents_list");
  });
});

describe("the file format of a new knowledge base", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir();
  });
  afterAll(() => tmp?.cleanup());

  it("stores text as UTF-16 and gives free pages back; search finds the same documents", async () => {
    const file = join(tmp.dir, "new.sqlite");
    const fresh = openDatabase(file);
    try {
      expect(fresh.pragma("encoding", { simple: true })).toBe("UTF-16le");
      expect(fresh.pragma("auto_vacuum", { simple: true })).toBe(2);
      expect((await importPaths(fresh, seedFiles)).rejected).toEqual([]);
      const holding = fresh
        .prepare<[], number>("SELECT id FROM documents WHERE instr(text, '产业集群') > 0")
        .pluck()
        .all();
      expect(holding.length).toBeGreaterThan(0);
      const found = search(fresh, "产业集群", 500).filter((h) => h.kind === "document");
      expect(new Set(found.map((h) => h.id))).toEqual(new Set(holding));
      fresh.prepare("DELETE FROM documents WHERE id = ?").run(holding[0]);
      expect(fresh.pragma("freelist_count", { simple: true })).toBeGreaterThan(0);
      compactFreePages(fresh);
      expect(fresh.pragma("freelist_count", { simple: true })).toBe(0);
    } finally {
      fresh.close();
    }
  });

  it("leaves an existing UTF-8 file as it is, upgraded and searchable", async () => {
    const old = databaseAt(3);
    try {
      expect((await importPaths(old.db, seedFiles.slice(0, 2))).rejected).toEqual([]);
      old.db.close();
      const reopened = openDatabase(old.file, { keepBackups: 0 });
      try {
        expect(schemaVersion(reopened)).toBe(LATEST_VERSION);
        expect(reopened.pragma("encoding", { simple: true })).toBe("UTF-8");
        expect(drift(reopened)).toEqual([]);
        expect(search(reopened, "产业集群", 50).some((h) => h.kind === "document")).toBe(true);
      } finally {
        reopened.close();
      }
    } finally {
      old.cleanup();
    }
  });
});
