// The store on real SQLite files: migrations, import, re-import, rollback, cross-document merging.
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importDocument } from "../../db/pipeline/index.ts";
import { LATEST_VERSION, MIGRATIONS } from "../../db/store/migrations/index.ts";
import { type DB, openDatabase, schemaVersion } from "../../db/store/open.ts";
import { docA, docB, docC, entity, ingested, TABLES, tempDir } from "./support/corpus.ts";

let tmp: ReturnType<typeof tempDir>;
let db: DB;
beforeEach(() => {
  tmp = tempDir();
  db = openDatabase(join(tmp.dir, "kb.sqlite"));
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

function counts(d: DB): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((t) => [t, d.prepare<[], number>(`SELECT count(*) FROM ${t}`).pluck().get() ?? 0]),
  );
}

describe("migrations", () => {
  it("bring a fresh database to the latest version with WAL and foreign keys on", () => {
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(LATEST_VERSION).toBe(MIGRATIONS.at(-1)?.version);
    expect(MIGRATIONS.every((m, i) => i === 0 || m.version > (MIGRATIONS[i - 1]?.version ?? 0))).toBe(true);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    for (const t of TABLES) expect(tables).toContain(t);
  });

  it("reopening is idempotent and keeps the data", () => {
    const { doc, extraction } = docA();
    importDocument(db, doc, extraction);
    const before = counts(db);
    db.close();
    db = openDatabase(join(tmp.dir, "kb.sqlite"));
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(counts(db)).toEqual(before);
  });

  it("upgrades a database left at an older version", () => {
    const file = join(tmp.dir, "old.sqlite");
    const raw = new Database(file);
    raw.exec(MIGRATIONS[0]?.sql ?? "");
    raw.pragma("user_version = 1");
    raw.close();
    const upgraded = openDatabase(file);
    expect(schemaVersion(upgraded)).toBe(LATEST_VERSION);
    expect(upgraded.prepare("SELECT count(*) AS n FROM names_fts").get()).toEqual({ n: 0 });
    upgraded.close();
  });

  it("opens read-only for reading, refusing writes and missing files", () => {
    importDocument(db, docA().doc, docA().extraction);
    const ro = openDatabase(join(tmp.dir, "kb.sqlite"), { readonly: true });
    expect(ro.prepare("SELECT count(*) AS n FROM documents").get()).toEqual({ n: 1 });
    expect(() => ro.prepare("DELETE FROM documents").run()).toThrow(/readonly/);
    ro.close();
    expect(() => openDatabase(join(tmp.dir, "absent.sqlite"), { readonly: true })).toThrow();
  });

  it("refuses a database from a newer program instead of damaging it", () => {
    const file = join(tmp.dir, "future.sqlite");
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer than this program/);
  });
});

describe("import", () => {
  it("stores the document, its structure, entities, mentions, relations and evidence", () => {
    const { doc, extraction } = docA();
    const out = importDocument(db, doc, extraction);
    expect(out).toMatchObject({ status: "imported", entities: 6, relations: 6 });
    const c = counts(db);
    expect(c).toMatchObject({ documents: 1, document_parts: 1, sections: 4, entities: 6, relations: 6, evidence: 6 });
    expect(c.mentions).toBe(extraction.entities.reduce((n, e) => n + e.mentions.length, 0));
    const stored = db.prepare("SELECT title, doc_number, chars FROM documents").get();
    expect(stored).toEqual({ title: doc.title, doc_number: "威政发〔2018〕1号", chars: doc.text.length });
  });

  it("re-importing the same bytes is a no-op", () => {
    const { doc, extraction } = docA();
    const first = importDocument(db, doc, extraction);
    const before = counts(db);
    const again = importDocument(db, { ...doc, fileName: "copy-of-a.txt" }, extraction);
    expect(again).toEqual({ file: "copy-of-a.txt", status: "unchanged", documentId: first.documentId });
    expect(counts(db)).toEqual(before);
  });

  it("rejects a document that fails inside the transaction and writes nothing of it", () => {
    importDocument(db, docA().doc, docA().extraction);
    const before = counts(db);
    const { doc, extraction } = docB();
    // The last relation points outside the text: everything before it must be rolled back.
    const last = extraction.relations[extraction.relations.length - 1];
    if (last) last.evidence = { start: 5, end: doc.text.length + 10, surface: "?" };
    const out = importDocument(db, doc, extraction);
    expect(out.status).toBe("rejected");
    expect(out.reason).toMatch(/outside the text/);
    expect(counts(db)).toEqual(before);
    expect(db.prepare("SELECT count(*) AS n FROM aliases WHERE alias = '威高'").get()).toEqual({ n: 0 });
    // The same document, fixed, imports afterwards (the failed attempt left no sha256 behind).
    expect(importDocument(db, doc, docB().extraction).status).toBe("imported");
  });

  it("a later document completes what an earlier one left open, unless a user has reviewed the entity", () => {
    importDocument(db, docB().doc, docB().extraction); // the laboratory is only planned there
    const lab = "医用植入器械国家工程实验室";
    const text = `${lab}已建成并通过验收。`;
    const built = entity(text, "platform", lab, undefined, { level: "national", status: "existing" });
    importDocument(db, ingested("later.txt", text), { entities: [built], relations: [] });
    expect(db.prepare("SELECT status, level FROM entities WHERE name = ?").get(lab)).toEqual({
      status: "existing",
      level: "national",
    });

    db.prepare("UPDATE entities SET status = 'planned', review = 'confirmed' WHERE name = ?").run(lab);
    const again = `据报道，${text}`;
    importDocument(db, ingested("later-2.txt", again), {
      entities: [entity(again, "platform", lab, undefined, { status: "existing" })],
      relations: [],
    });
    expect(db.prepare("SELECT status FROM entities WHERE name = ?").get(lab)).toEqual({ status: "planned" });
  });

  it("the curation log is append-only", () => {
    db.prepare("INSERT INTO edits (action, payload) VALUES ('review', '{}')").run();
    expect(() => db.prepare("DELETE FROM edits").run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE edits SET action = 'x'").run()).toThrow(/append-only/);
    db.prepare("UPDATE edits SET undone = 1").run();
    expect(db.prepare("SELECT undone FROM edits").get()).toEqual({ undone: 1 });
  });
});

describe("cross-document resolution", () => {
  beforeEach(() => {
    for (const f of [docA, docB, docC]) {
      const { doc, extraction } = f();
      expect(importDocument(db, doc, extraction).status).toBe("imported");
    }
  });

  it("one stable key across documents is one entity with mentions in each", () => {
    const rows = db
      .prepare(
        "SELECT e.id, count(DISTINCT m.document_id) AS docs FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE e.key = 'cluster:碳纤维' GROUP BY e.id",
      )
      .all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ docs: 2 });
  });

  it("威高 in one document and 威高集团 in another are one enterprise; the other name is an alias", () => {
    const enterprises = db
      .prepare<[], string>("SELECT name FROM entities WHERE type = 'enterprise' AND name LIKE '威高%'")
      .pluck()
      .all();
    expect(enterprises).toEqual(["威高集团"]);
    const aliases = db
      .prepare<[], string>(
        "SELECT a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE e.name = '威高集团'",
      )
      .pluck()
      .all();
    expect(aliases).toContain("威高");
  });

  it("a relation stated in two documents is one relation with two evidence rows (weight 2)", () => {
    const rel = db
      .prepare(
        `SELECT r.weight, (SELECT count(*) FROM evidence v WHERE v.relation_id = r.id) AS evidence,
                (SELECT count(DISTINCT v.document_id) FROM evidence v WHERE v.relation_id = r.id) AS docs
         FROM relations r JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id
         WHERE r.type = 'cluster_enterprise' AND s.name = '碳纤维' AND t.name = '威高集团'`,
      )
      .all();
    expect(rel).toEqual([{ weight: 2, evidence: 2, docs: 2 }]);
  });
});
