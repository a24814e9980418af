// Migration 1 (core): from an empty file to the knowledge base's tables and constraints.
import { afterEach, describe, expect, it } from "vitest";
import { databaseAt, runMigration, tables } from "./helpers.ts";

let env: ReturnType<typeof databaseAt>;
afterEach(() => {
  env.db.close();
  env.cleanup();
});

describe("migration 001_core", () => {
  it("creates every core table on an empty database", () => {
    env = databaseAt(0);
    expect(tables(env.db)).toEqual([]);
    runMigration(env.db, 1);
    expect(env.db.pragma("user_version", { simple: true })).toBe(1);
    for (const t of [
      "documents",
      "document_parts",
      "sections",
      "entities",
      "aliases",
      "mentions",
      "relations",
      "evidence",
      "edits",
      "views",
    ]) {
      expect(tables(env.db)).toContain(t);
    }
  });

  it("enforces its constraints: the curation log is append-only, types are checked, deletes cascade", () => {
    env = databaseAt(0);
    runMigration(env.db, 1);
    const db = env.db;
    db.prepare(
      "INSERT INTO documents(id, sha256, file_name, encoding, format, text, chars) VALUES (1, 'a', 'a.txt', 'utf-8', 'txt', '甲乙', 2)",
    ).run();
    db.prepare(
      "INSERT INTO entities(id, key, resolution_key, type, name) VALUES (1, 'park:甲', '甲', 'park', '甲')",
    ).run();
    db.prepare("INSERT INTO mentions(entity_id, document_id, start, \"end\", surface) VALUES (1, 1, 0, 1, '甲')").run();
    expect(() =>
      db.prepare("INSERT INTO entities(key, resolution_key, type, name) VALUES ('x:y', 'y', 'city', 'y')").run(),
    ).toThrow(/CHECK/);
    db.prepare("INSERT INTO edits(action, payload) VALUES ('editEntity', '{}')").run();
    expect(() => db.prepare("DELETE FROM edits").run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE edits SET payload = '{\"x\":1}'").run()).toThrow(/append-only/);
    db.prepare("UPDATE edits SET undone = 1").run(); // the one field that may change
    db.prepare("DELETE FROM documents WHERE id = 1").run();
    expect(db.prepare("SELECT count(*) FROM mentions").pluck().get()).toBe(0);
  });
});
