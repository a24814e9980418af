// Migration 2 (search): full-text indexes over documents and names, including the rows a
// version-1 database already holds.
import { afterEach, describe, expect, it } from "vitest";
import { databaseAt, runMigration } from "./helpers.ts";

let env: ReturnType<typeof databaseAt>;
afterEach(() => {
  env.db.close();
  env.cleanup();
});

function rowsAtVersion1(): void {
  const db = env.db;
  db.prepare(
    "INSERT INTO documents(id, sha256, file_name, title, encoding, format, text, chars) VALUES (1, 'a', 'a.txt', '海洋产业通知', 'utf-8', 'txt', '推进海洋生物医药产业集群建设', 14)",
  ).run();
  db.prepare(
    "INSERT INTO entities(id, key, resolution_key, type, name) VALUES (7, 'cluster:海洋生物医药产业集群', 'x', 'cluster', '海洋生物医药产业集群')",
  ).run();
  db.prepare("INSERT INTO aliases(id, entity_id, alias) VALUES (3, 7, '蓝色药谷集群')").run();
}

describe("migration 002_search", () => {
  it("indexes the documents, names and aliases a version-1 database already holds", () => {
    env = databaseAt(1);
    rowsAtVersion1();
    runMigration(env.db, 2);
    const db = env.db;
    expect(db.pragma("user_version", { simple: true })).toBe(2);
    expect(db.prepare("SELECT rowid FROM documents_fts WHERE documents_fts MATCH '生物医药'").pluck().all()).toEqual([
      1,
    ]);
    expect(db.prepare("SELECT entity_id FROM names_fts WHERE names_fts MATCH '生物医药'").pluck().all()).toEqual([7]);
    expect(db.prepare("SELECT entity_id FROM names_fts WHERE names_fts MATCH '蓝色药谷'").pluck().all()).toEqual([7]);
  });

  it("keeps the indexes in step with later changes (triggers)", () => {
    env = databaseAt(1);
    rowsAtVersion1();
    runMigration(env.db, 2);
    const db = env.db;
    db.prepare("UPDATE entities SET name = '蓝海医药产业集群' WHERE id = 7").run();
    expect(db.prepare("SELECT entity_id FROM names_fts WHERE names_fts MATCH '蓝海医药'").pluck().all()).toEqual([7]);
    expect(db.prepare("SELECT entity_id FROM names_fts WHERE names_fts MATCH '生物医药'").pluck().all()).toEqual([]);
    db.prepare("DELETE FROM aliases WHERE id = 3").run();
    expect(db.prepare("SELECT entity_id FROM names_fts WHERE names_fts MATCH '蓝色药谷'").pluck().all()).toEqual([]);
    db.prepare("DELETE FROM documents WHERE id = 1").run();
    expect(db.prepare("SELECT rowid FROM documents_fts WHERE documents_fts MATCH '生物医药'").pluck().all()).toEqual(
      [],
    );
  });
});
