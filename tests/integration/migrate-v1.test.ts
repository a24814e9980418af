// A version-1 knowledge base holding months of curation (renames, merges, reviews, aliases,
// an undone edit) is opened by this program: migrated to the latest version with nothing lost,
// a backup taken first, undo/redo still working, and the curated names searchable.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as curate from "../../db/curate/index.ts";
import { search } from "../../db/graph/index.ts";
import { readDocument } from "../../db/ingest/index.ts";
import { importDocument } from "../../db/pipeline/index.ts";
import { listBackups } from "../../db/store/backup.ts";
import { LATEST_VERSION } from "../../db/store/migrations/index.ts";
import { type DB, integrityCheck, openDatabase, schemaVersion } from "../../db/store/open.ts";
import { databaseAt } from "../unit/db/migrations/helpers.ts";

const SEEDS = resolve(import.meta.dirname, "../../seeds");
const V1_TABLES = [
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
];

let env: ReturnType<typeof databaseAt>;
let before: Record<string, unknown[]>;
let historyBefore: ReturnType<typeof curate.history>;
let renamedTo: string;

/** Version 1's columns of each table (later migrations may add columns; these must not change). */
const columns: Record<string, string> = {};

function dump(db: DB): Record<string, unknown[]> {
  for (const t of V1_TABLES) {
    columns[t] ??= (db.pragma(`table_info(${t})`) as { name: string }[]).map((c) => `"${c.name}"`).join(", ");
  }
  return Object.fromEntries(V1_TABLES.map((t) => [t, db.prepare(`SELECT ${columns[t]} FROM ${t} ORDER BY id`).all()]));
}

beforeAll(async () => {
  env = databaseAt(1);
  const db = env.db;
  for (const f of readdirSync(SEEDS).sort()) {
    const out = importDocument(db, await readDocument(join(SEEDS, f)));
    expect(out.status).toBe("imported");
  }
  const ids = (type: string) =>
    db.prepare("SELECT id FROM entities WHERE type = ? ORDER BY id").pluck().all(type) as number[];
  const [c1, c2, c3] = ids("cluster");
  const [e1, e2] = ids("enterprise");
  if (!c1 || !c2 || !c3 || !e1 || !e2) throw new Error("seeds lack clusters or enterprises");
  renamedTo = "测试更名产业集群";
  curate.editEntity(
    db,
    { id: c1, name: renamedTo, note: "checked against the 2021 plan", tags: ["重点"] },
    "researcher",
  );
  curate.addAlias(db, { id: c1, alias: "更名前的叫法" }, "researcher");
  curate.setReview(db, { kind: "entity", id: e1, state: "confirmed" }, "researcher");
  curate.setReview(db, { kind: "entity", id: e2, state: "rejected" }, "researcher");
  curate.mergeEntities(db, { into: c2, from: [c3] }, "researcher");
  curate.editEntity(db, { id: c2, note: "to be undone" }, "researcher");
  curate.undo(db, "researcher");
  db.prepare("INSERT INTO views(name, position, state) VALUES ('briefing', 0, '{\"entityKeys\":[]}')").run();
  before = dump(db);
  historyBefore = curate.history(db, { limit: 1000 });
  expect(historyBefore.total).toBeGreaterThanOrEqual(7);
  expect(historyBefore.canRedo).toBe(true);
  db.close();
}, 120_000);

afterAll(() => env?.cleanup());

describe("a version-1 knowledge base with curation", () => {
  it("migrates to the latest version with every row, decision and undo step kept, after a backup", () => {
    const db = openDatabase(env.file);
    try {
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(integrityCheck(db)).toEqual(["ok"]);
      expect(dump(db)).toEqual(before);
      expect(curate.history(db, { limit: 1000 })).toEqual(historyBefore);
      const backups = listBackups(env.file);
      expect(backups.map((b) => b.reason)).toEqual(["before-migration-v1"]);
      // The undone edit can be redone, and undone again, after the upgrade.
      expect(curate.redo(db, "researcher")).not.toBeNull();
      expect(curate.undo(db, "researcher")).not.toBeNull();
      // Rows from before the upgrade are found by the search the upgrade added.
      const hits = search(db, renamedTo, 10);
      expect(hits.some((h) => h.kind === "entity" && h.label === renamedTo)).toBe(true);
      expect(search(db, "更名前的叫法", 10).some((h) => h.kind === "entity")).toBe(true);
      expect(search(db, "产业集群", 50).some((h) => h.kind === "document")).toBe(true);
    } finally {
      db.close();
    }
  });

  it("the pre-migration backup is the version-1 file as it was", () => {
    const [backup] = listBackups(env.file);
    if (!backup) throw new Error("no backup");
    const old = new Database(backup.path, { readonly: true });
    try {
      expect(old.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(schemaVersion(old)).toBe(1);
      expect(dump(old)).toEqual(before);
    } finally {
      old.close();
    }
  });
});
