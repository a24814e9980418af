// Backups of a knowledge base in <file>.backups/, newest kept, oldest pruned. The online
// backup API (better-sqlite3's db.backup) copies a live database page by page without
// blocking readers; the synchronous path (before a migration, inside a synchronous open)
// uses VACUUM INTO, which also writes a consistent, self-contained copy.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import Database from "better-sqlite3";

type DB = Database.Database;

export const DEFAULT_KEEP = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupInfo {
  path: string;
  /** When it was taken (from its name). */
  at: Date;
  reason: string;
}

export function backupDir(file: string): string {
  return join(dirname(file), `${basename(file)}.backups`);
}

const NAME = /^(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)-([a-z0-9-]+)\.db$/;

function stamp(d: Date): string {
  return d.toISOString().replaceAll(":", "-").replace(".", "-");
}

function parseStamp(s: string): Date {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/.exec(s);
  return m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : new Date(Number.NaN);
}

/** Backups of `file`, newest first. */
export function listBackups(file: string): BackupInfo[] {
  const dir = backupDir(file);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .map(({ name, m }) => ({ path: join(dir, name), at: parseStamp(m[1] ?? ""), reason: m[2] ?? "" }))
    .sort((a, b) => (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
}

export function latestBackup(file: string): string | null {
  return listBackups(file)[0]?.path ?? null;
}

/** True when the newest backup is older than a day (or there is none). */
export function dailyBackupDue(file: string, now = new Date()): boolean {
  const newest = listBackups(file)[0];
  return !newest || now.getTime() - newest.at.getTime() >= DAY_MS;
}

function target(file: string, reason: string): { tmp: string; final: string } {
  const dir = backupDir(file);
  mkdirSync(dir, { recursive: true });
  let at = new Date();
  let final = join(dir, `${stamp(at)}-${reason}.db`);
  // Two backups in the same millisecond: nudge the stamp rather than overwrite.
  while (existsSync(final)) {
    at = new Date(at.getTime() + 1);
    final = join(dir, `${stamp(at)}-${reason}.db`);
  }
  return { tmp: `${final}.partial`, final };
}

function prune(file: string, keep: number): void {
  for (const old of listBackups(file).slice(Math.max(keep, 1))) rmSync(old.path, { force: true });
}

const safeReason = (r: string) =>
  r
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .slice(0, 40) || "manual";

/** Online backup (SQLite backup API) into <file>.backups/; keeps the newest `keep`. */
export async function backupDatabase(db: DB, file: string, reason: string, keep = DEFAULT_KEEP): Promise<string> {
  const { tmp, final } = target(file, safeReason(reason));
  try {
    await db.backup(tmp);
    renameSync(tmp, final);
  } finally {
    rmSync(tmp, { force: true });
  }
  prune(file, keep);
  return final;
}

/** Synchronous backup (VACUUM INTO) for code that cannot wait, e.g. before a migration. */
export function backupDatabaseSync(db: DB, file: string, reason: string, keep = DEFAULT_KEEP): string {
  const { tmp, final } = target(file, safeReason(reason));
  try {
    db.prepare("VACUUM INTO ?").run(tmp);
    renameSync(tmp, final);
  } finally {
    rmSync(tmp, { force: true });
  }
  prune(file, keep);
  return final;
}

/** `kg backup --out PATH`: an online backup to a place the user chose. */
export async function backupTo(db: DB, out: string): Promise<void> {
  if (existsSync(out)) throw new Error(`${out} exists; choose a new file name for the backup`);
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.partial`;
  try {
    await db.backup(tmp);
    renameSync(tmp, out);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Checks that `from` is a sound knowledge base; the problem in words otherwise. */
export function checkBackup(from: string): string | null {
  if (!existsSync(from) || !statSync(from).isFile()) return `${from}: no such file`;
  let db: DB | null = null;
  try {
    db = new Database(from, { readonly: true, fileMustExist: true });
    const rows = db.pragma("integrity_check(5)") as { integrity_check: string }[];
    const result = rows.map((r) => r.integrity_check).join("; ");
    if (result !== "ok") return `${from} is damaged too (${result})`;
    const hasDocuments = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'documents'").get();
    if (!hasDocuments) return `${from} is not a Policy Atlas knowledge base`;
    return null;
  } catch (err) {
    return `${from} cannot be read (${err instanceof Error ? err.message : String(err)})`;
  } finally {
    db?.close();
  }
}

/**
 * Replaces `file` with the backup `from` (which must pass integrity_check). The file being
 * replaced is kept beside it as <file>.replaced-<stamp> (never deleted: it may be the only
 * copy of something). The caller must have closed every connection to `file`.
 */
export function restoreDatabase(file: string, from: string): { keptAs: string | null } {
  const problem = checkBackup(from);
  if (problem) throw new Error(problem);
  let keptAs: string | null = null;
  if (existsSync(file)) {
    keptAs = `${file}.replaced-${stamp(new Date())}`;
    renameSync(file, keptAs);
  }
  // A stale write-ahead log would be replayed onto the restored pages.
  for (const side of ["-wal", "-shm", "-journal"]) {
    if (existsSync(file + side)) {
      if (keptAs) renameSync(file + side, keptAs + side);
      else rmSync(file + side, { force: true });
    }
  }
  const tmp = `${file}.restoring`;
  copyFileSync(from, tmp);
  renameSync(tmp, file);
  return { keptAs };
}
