// Opening a knowledge base safely: a busy timeout (another process may be writing), an
// integrity check before anything is trusted, migrations under BEGIN IMMEDIATE with the
// version read inside the lock, a backup before any migration, read-only files read-only.
import { accessSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { backupDatabaseSync, latestBackup } from "./backup.ts";
import { LATEST_VERSION, MIGRATIONS } from "./migrations/index.ts";

export type DB = Database.Database;

/** How long a connection waits for another process's write lock before giving up. */
export const BUSY_TIMEOUT_MS = 10_000;

export class DatabaseVersionError extends Error {
  constructor(
    readonly file: string,
    readonly version: number,
  ) {
    super(
      `${file}: database schema version ${version} is newer than this program (${LATEST_VERSION}); update Policy Atlas`,
    );
    this.name = "DatabaseVersionError";
  }
}

/** The file failed SQLite's integrity check (or is not a database at all): it is not used. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    /** The newest automatic backup, when there is one. */
    readonly backup: string | null,
  ) {
    super(
      `${file} is damaged (${detail}); it was not opened. ` +
        (backup
          ? `The latest backup is ${backup}: restore it with \`kg restore --db ${file} --from ${backup}\` (or File → Restore from backup).`
          : "No backup of it was found."),
    );
    this.name = "DatabaseDamagedError";
  }
}

export function schemaVersion(db: DB): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/**
 * Applies every migration newer than the file's user_version in one BEGIN IMMEDIATE
 * transaction. The version is read after the write lock is taken, so two processes opening
 * the same new file cannot both create its tables.
 */
export function migrate(db: DB): number {
  db.exec("BEGIN IMMEDIATE");
  try {
    const from = schemaVersion(db);
    for (const m of MIGRATIONS) {
      if (m.version <= from) continue;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
    db.exec("COMMIT");
  } catch (err) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw err;
  }
  return schemaVersion(db);
}

/** SQLite's quick_check ("ok" when sound): catches damaged pages without reading every index entry. */
export function quickCheck(db: DB): string[] {
  return (db.pragma("quick_check(20)") as { quick_check: string }[]).map((r) => r.quick_check);
}

/** SQLite's full integrity_check: slower, for on-demand checks and after a crash. */
export function integrityCheck(db: DB): string[] {
  return (db.pragma("integrity_check(20)") as { integrity_check: string }[]).map((r) => r.integrity_check);
}

export interface OpenOptions {
  readonly?: boolean;
  /** "quick" (default) on every open; "full" runs integrity_check; "none" skips it. */
  check?: "quick" | "full" | "none";
  /** Backups kept per database (default 10); 0 turns the pre-migration backup off. */
  keepBackups?: number;
}

const DAMAGED_CODES = new Set(["SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_INDEX", "SQLITE_CORRUPT_VTAB"]);

function isDamage(err: unknown): err is Error & { code: string } {
  const code = (err as { code?: unknown })?.code;
  return typeof code === "string" && DAMAGED_CODES.has(code);
}

export function openDatabase(file: string, opts: OpenOptions = {}): DB {
  const readonly = opts.readonly ?? false;
  const existed = existsSync(file) && statSync(file).size > 0;
  let db: DB;
  try {
    db = new Database(file, { readonly, fileMustExist: readonly, timeout: BUSY_TIMEOUT_MS });
    if (readonly) db = readableOrSnapshot(db, file);
  } catch (err) {
    if (isDamage(err)) throw new DatabaseDamagedError(file, err.message, latestBackup(file));
    throw err;
  }
  try {
    const version = schemaVersion(db);
    if (version > LATEST_VERSION) throw new DatabaseVersionError(file, version);
    if (existed && (opts.check ?? "quick") !== "none") {
      const problems = opts.check === "full" ? integrityCheck(db) : quickCheck(db);
      if (problems.join() !== "ok")
        throw new DatabaseDamagedError(file, problems.slice(0, 3).join("; "), latestBackup(file));
    }
    db.pragma("foreign_keys = ON");
    if (!readonly) {
      if (!existed && version === 0) newFileFormat(db);
      db.pragma("journal_mode = WAL");
      // NORMAL is safe with WAL (a crash loses at most the last transaction, never corrupts)
      // and avoids an fsync per imported document.
      db.pragma("synchronous = NORMAL");
      // Months of curation live in this file: copy it before changing its schema.
      const keep = opts.keepBackups ?? 10;
      if (existed && version >= 1 && version < LATEST_VERSION && keep > 0) {
        backupDatabaseSync(db, file, `before-migration-v${version}`, keep);
      }
      migrate(db);
    } else if (version < LATEST_VERSION) {
      throw new Error(
        `${file}: database schema version ${version} is older than ${LATEST_VERSION}; open it once read-write to upgrade`,
      );
    }
    return db;
  } catch (err) {
    db.close();
    if (isDamage(err)) throw new DatabaseDamagedError(file, err.message, latestBackup(file));
    throw err;
  }
}

/**
 * How a new knowledge base is laid out, fixed before its first table (neither can change later
 * without rewriting the file): text as UTF-16, two bytes per Chinese character where UTF-8 takes
 * three (the documents' text is half the file), and pages freed by a bulk import's index merge
 * returned to the file system (compactFreePages) rather than kept. Existing files keep theirs.
 */
function newFileFormat(db: DB): void {
  db.pragma("encoding = 'UTF-16le'");
  db.pragma("auto_vacuum = INCREMENTAL");
}

/** Gives the free pages back (files made with auto_vacuum = INCREMENTAL; a no-op otherwise). */
export function compactFreePages(db: DB): void {
  if (db.pragma("auto_vacuum", { simple: true }) === 2) db.pragma("incremental_vacuum");
}

/**
 * A WAL-mode file in a folder this process cannot write cannot be opened read-only in place
 * (SQLite needs its -shm file). Such a file, with no pending -wal beside it, is read into memory
 * instead: a read-only snapshot, enough for stats, search and export.
 */
function readableOrSnapshot(db: DB, file: string): DB {
  try {
    schemaVersion(db);
    return db;
  } catch (err) {
    const code = (err as { code?: string }).code ?? "";
    if (!code.startsWith("SQLITE_READONLY") && code !== "SQLITE_CANTOPEN") throw err;
    db.close();
  }
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new Error(
      `${file} is read-only and ${wal} holds changes not yet written into it; open it once where it can be written`,
    );
  }
  const bytes = readFileSync(file);
  // Header bytes 18-19 (2 = WAL): an in-memory copy uses the rollback journal.
  if (bytes.length > 19 && bytes[18] === 2) bytes[18] = bytes[19] = 1;
  return new Database(bytes, { readonly: true });
}

/** Whether this process may write `file` and create its journal files beside it. */
export function isWritable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(resolve(file)), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The message for any write to a read-only knowledge base. */
export function readOnlyMessage(file: string): string {
  return `${file} is read-only: searching, browsing and exporting work; importing and curating need a writable copy`;
}
