// Fault injection on real SQLite files: kill -9 of a real process during import, curation and
// migration, and a full disk (SQLITE_FULL through PRAGMA max_page_count, since this machine
// gives no small tmpfs). Everything a step confirmed survives and integrity_check passes.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as curate from "../../db/curate/index.ts";
import { search } from "../../db/graph/index.ts";
import { readDocument, readDocumentBytes } from "../../db/ingest/index.ts";
import { importDocument } from "../../db/pipeline/index.ts";
import { LATEST_VERSION } from "../../db/store/migrations/index.ts";
import { integrityCheck, openDatabase } from "../../db/store/open.ts";
import { createHandlers, dispatch } from "../../electron/api.ts";
import { KnowledgeBase } from "../../electron/knowledge-base.ts";
import { databaseAt } from "../unit/db/migrations/helpers.ts";
import { tempDir } from "./support/corpus.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const SEEDS = join(ROOT, "seeds");
const SEED_FILES = readdirSync(SEEDS)
  .sort()
  .map((f) => join(SEEDS, f));
const TSX = join(ROOT, "node_modules/tsx/dist/cli.mjs");
const CHILD = join(ROOT, "tests/support/store-child.ts");

let tmp: ReturnType<typeof tempDir>;
let seeded: string;

/**
 * Runs the store child; once `killAfter` lines are confirmed (plus a random few ms), kill -9.
 * Resolves with every line the child confirmed before it died.
 */
function runAndKill(args: string[], killAfter: number): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((done, fail) => {
    const child: ChildProcess = spawn(process.execPath, [TSX, CHILD, ...args], { cwd: ROOT });
    const lines: string[] = [];
    let buffer = "";
    let stderr = "";
    let armed = false;
    child.stdout?.on("data", (c: Buffer) => {
      buffer += c.toString();
      const parts = buffer.split("\n");
      buffer = parts.pop() ?? "";
      lines.push(...parts);
      if (!armed && lines.length >= killAfter) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), Math.floor(Math.random() * 40));
      }
    });
    child.stderr?.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.on("exit", (code, signal) => {
      if (signal !== "SIGKILL" && code !== 0) return fail(new Error(`child failed (${code}): ${stderr}`));
      done({ lines, killed: signal === "SIGKILL" });
    });
  });
}

function checked(file: string): Database.Database {
  const db = new Database(file);
  expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
  return db;
}

beforeAll(async () => {
  tmp = tempDir();
  seeded = join(tmp.dir, "seeded.db");
  const kb = new KnowledgeBase(seeded, { seedsDir: SEEDS, keepBackups: 0, offThread: false });
  await kb.ready;
  await kb.close();
}, 120_000);

afterAll(() => tmp?.cleanup());

describe("kill -9", () => {
  it("during an import: every document confirmed is there, whole; the database is sound", async () => {
    const file = join(tmp.dir, "import.db");
    const { lines } = await runAndKill(["import", file, ...SEED_FILES], 1);
    const confirmed = lines.filter((l) => l.startsWith("confirmed ")).map((l) => l.slice(10));
    expect(confirmed.length).toBeGreaterThanOrEqual(1);
    const db = checked(file);
    const stored = db.prepare("SELECT sha256 FROM documents").pluck().all() as string[];
    for (const sha of confirmed) expect(stored).toContain(sha);
    // No half-imported document: each stored one has its mentions (one transaction per document).
    const empty = db
      .prepare(
        "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = d.id)",
      )
      .pluck()
      .get();
    expect(empty).toBe(0);
    db.close();
    // And the next run completes the import.
    const again = await runAndKill(["import", file, ...SEED_FILES], Number.POSITIVE_INFINITY);
    expect(again.killed).toBe(false);
    const after = checked(file);
    expect(after.prepare("SELECT count(*) FROM documents").pluck().get()).toBe(SEED_FILES.length);
    after.close();
  }, 240_000);

  it("during curation: every confirmed edit is in the log and the entities agree with the log", async () => {
    const file = join(tmp.dir, "curate.db");
    cpSync(seeded, file);
    const { lines, killed } = await runAndKill(["curate", file, "100000"], 60);
    expect(killed).toBe(true);
    const confirmed = lines
      .filter((l) => l.startsWith("confirmed "))
      .map((l) => {
        const [, edit, entity, ...note] = l.split(" ");
        return { edit: Number(edit), entity: Number(entity), note: note.join(" ") };
      });
    expect(confirmed.length).toBeGreaterThanOrEqual(60);
    const db = checked(file);
    const edits = new Set(db.prepare("SELECT id FROM edits").pluck().all() as number[]);
    for (const c of confirmed) expect(edits.has(c.edit), `edit ${c.edit}`).toBe(true);
    // Each entity's note is its last logged edit's (a commit the child had no time to print counts too).
    const noteOf = db.prepare("SELECT note FROM entities WHERE id = ?").pluck();
    const lastLogged = db.prepare(
      "SELECT json_extract(payload, '$.decision.set.note') FROM edits WHERE id = (SELECT max(id) FROM edits WHERE action = 'editEntity' AND json_extract(payload, '$.decision.key') = (SELECT key FROM entities WHERE id = ?))",
    );
    for (const entity of new Set(confirmed.map((c) => c.entity))) {
      const note = noteOf.get(entity);
      const last = confirmed.filter((c) => c.entity === entity).at(-1);
      expect(note === last?.note || note === lastLogged.pluck().get(entity), `entity ${entity}`).toBe(true);
    }
    db.close();
    // Undo still works on the file the crash left.
    const reopened = openDatabase(file, { keepBackups: 0 });
    expect(curate.undo(reopened, "researcher")).not.toBeNull();
    reopened.close();
  }, 240_000);

  it("during migration: each file is at version 1 or the latest, sound, and migrates with nothing lost", async () => {
    const v1 = databaseAt(1);
    for (const f of SEED_FILES) importDocument(v1.db, await readDocument(f));
    const count = (db: Database.Database) =>
      ["documents", "entities", "mentions", "relations", "evidence"].map(
        (t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number,
      );
    const expected = count(v1.db);
    v1.db.close();
    const files = Array.from({ length: 6 }, (_, i) => join(tmp.dir, `migrate-${i}.db`));
    for (const f of files) cpSync(v1.file, f);
    v1.cleanup();
    const { lines } = await runAndKill(["migrate", ...files], 2);
    const migrated = new Set(lines.filter((l) => l.startsWith("migrated ")).map((l) => l.slice(9)));
    for (const f of files) {
      const db = checked(f);
      const version = db.pragma("user_version", { simple: true });
      expect([1, LATEST_VERSION]).toContain(version);
      if (migrated.has(f)) expect(version).toBe(LATEST_VERSION);
      db.close();
      const upgraded = openDatabase(f, { keepBackups: 0 });
      expect(count(upgraded)).toEqual(expected);
      expect(search(upgraded, "产业集群", 5).length).toBeGreaterThan(0);
      upgraded.close();
    }
  }, 240_000);
});

describe("a full disk (SQLITE_FULL)", () => {
  it("refuses an import and a curation edit with a message, keeps everything else, and recovers", async () => {
    const file = join(tmp.dir, "full.db");
    cpSync(seeded, file);
    const kb = new KnowledgeBase(file, { offThread: false, keepBackups: 0 });
    const db = kb.db;
    const table = createHandlers({ kb, host: "web", version: "0", getLocale: () => "en", setLocale: () => undefined });
    const before = count(db);
    // No free pages left to reuse, and not one page more: the disk is full.
    db.exec("VACUUM");
    const pages = db.pragma("page_count", { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);

    const text = `关于推进测试产业集群建设的通知\n\n${"市工业和信息化局负责推进测试产业集群建设，支持企业发展。\n".repeat(3000)}`;
    const upload = await dispatch(table, "importFiles", {
      files: [{ name: "large.txt", base64: Buffer.from(text).toString("base64") }],
    });
    expect(upload).toMatchObject({ ok: true, data: { documents: 0, rejected: [{ file: "large.txt" }] } });
    expect(JSON.stringify(upload)).toMatch(/full/);
    const entity = db.prepare("SELECT id FROM entities LIMIT 1").pluck().get() as number;
    const edit = await dispatch(table, "editEntity", { id: entity, note: "长".repeat(20_000) });
    expect(edit).toMatchObject({ ok: false, error: { message: expect.stringMatching(/full/) } });
    expect(count(db)).toEqual(before);
    expect(integrityCheck(db)).toEqual(["ok"]);

    db.pragma("max_page_count = 1073741823");
    const retry = importDocument(db, await readDocumentBytes("large.txt", Buffer.from(text)));
    expect(retry.status).toBe("imported");
    expect(integrityCheck(db)).toEqual(["ok"]);
    await kb.close();
  }, 120_000);
});

function count(db: Database.Database): number[] {
  return ["documents", "entities", "mentions", "relations", "edits"].map(
    (t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number,
  );
}
