// Migration tests in Signal's style: a database built with the migrations up to N−1 and rows
// written the way that version wrote them, then migration N, then assertions.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS } from "../../../../../db/store/migrations/index.ts";

export type DB = Database.Database;

/** A real file at schema `version` (raw migrations, no later ones), with its cleanup. */
export function databaseAt(version: number): { db: DB; file: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "kg-migration-"));
  const file = join(dir, "kb.db");
  const db = new Database(file);
  db.pragma("foreign_keys = ON");
  for (const m of MIGRATIONS.filter((m) => m.version <= version)) {
    db.exec(m.sql);
    db.pragma(`user_version = ${m.version}`);
  }
  return { db, file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs exactly migration `version` as openDatabase would (inside one transaction). */
export function runMigration(db: DB, version: number): void {
  const m = MIGRATIONS.find((x) => x.version === version);
  if (!m) throw new Error(`no migration ${version}`);
  db.transaction(() => {
    db.exec(m.sql);
    db.pragma(`user_version = ${m.version}`);
  })();
}

export function tables(db: DB): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}
