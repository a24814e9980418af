// Migration 3 (scale): degree and mention counts on each entity, filled for the rows a
// version-2 database holds and kept current by triggers; the document index rebuilt lighter.
import { afterEach, describe, expect, it } from "vitest";
import { databaseAt, runMigration } from "./helpers.ts";

let env: ReturnType<typeof databaseAt>;
afterEach(() => {
  env.db.close();
  env.cleanup();
});

function rowsAtVersion2(): void {
  const db = env.db;
  db.prepare(
    "INSERT INTO documents(id, sha256, file_name, title, encoding, format, text, chars) VALUES (1, 'a', 'a.txt', '园区通知', 'utf-8', 'txt', '某某产业园承载某某产业集群', 13)",
  ).run();
  const entity = db.prepare("INSERT INTO entities(id, key, resolution_key, type, name) VALUES (?, ?, ?, ?, ?)");
  entity.run(1, "park:某某产业园", "p", "park", "某某产业园");
  entity.run(2, "cluster:某某产业集群", "c", "cluster", "某某产业集群");
  entity.run(3, "enterprise:某某公司", "e", "enterprise", "某某公司");
  const mention = db.prepare(
    'INSERT INTO mentions(entity_id, document_id, start, "end", surface) VALUES (?, 1, ?, ?, ?)',
  );
  mention.run(1, 0, 5, "某某产业园");
  mention.run(2, 7, 13, "某某产业集群");
  mention.run(2, 2, 4, "产业");
  const relation = db.prepare("INSERT INTO relations(id, type, source_id, target_id, review) VALUES (?, ?, ?, ?, ?)");
  relation.run(1, "park_cluster", 1, 2, "unreviewed");
  relation.run(2, "co_mention", 1, 3, "unreviewed"); // not a typed relation: no degree
  relation.run(3, "park_cluster", 3, 2, "rejected"); // rejected: no degree
}

const counts = () =>
  env.db.prepare("SELECT id, degree, mention_count AS mentions FROM entities ORDER BY id").all() as {
    id: number;
    degree: number;
    mentions: number;
  }[];

describe("migration 003_scale", () => {
  it("fills degree and mention counts for the rows a version-2 database holds", () => {
    env = databaseAt(2);
    rowsAtVersion2();
    runMigration(env.db, 3);
    expect(env.db.pragma("user_version", { simple: true })).toBe(3);
    expect(counts()).toEqual([
      { id: 1, degree: 1, mentions: 1 },
      { id: 2, degree: 1, mentions: 2 },
      { id: 3, degree: 0, mentions: 0 },
    ]);
    // The rebuilt document index still finds the old document.
    expect(env.db.prepare("SELECT rowid FROM documents_fts WHERE text LIKE '%产业集群%'").pluck().all()).toEqual([1]);
  });

  it("keeps the counts current as relations are reviewed and mentions move or go", () => {
    env = databaseAt(2);
    rowsAtVersion2();
    runMigration(env.db, 3);
    const db = env.db;
    db.prepare("UPDATE relations SET review = 'confirmed' WHERE id = 3").run();
    db.prepare("UPDATE relations SET review = 'rejected' WHERE id = 1").run();
    db.prepare("UPDATE mentions SET entity_id = 3 WHERE entity_id = 1").run();
    db.prepare("DELETE FROM mentions WHERE entity_id = 2 AND rowid = (SELECT max(rowid) FROM mentions)").run();
    expect(counts()).toEqual([
      { id: 1, degree: 0, mentions: 0 },
      { id: 2, degree: 1, mentions: 1 },
      { id: 3, degree: 1, mentions: 1 },
    ]);
  });
});
