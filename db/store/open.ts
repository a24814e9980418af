import Database from "better-sqlite3";
import { LATEST_VERSION, MIGRATIONS } from "./migrations/index.ts";

export type DB = Database.Database;

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

export function schemaVersion(db: DB): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/** Applies every migration newer than the file's user_version, each in its own transaction. */
export function migrate(db: DB): number {
  const from = schemaVersion(db);
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return schemaVersion(db);
}

export function openDatabase(file: string, opts: { readonly?: boolean } = {}): DB {
  const readonly = opts.readonly ?? false;
  const db = new Database(file, { readonly, fileMustExist: readonly });
  try {
    const version = schemaVersion(db);
    if (version > LATEST_VERSION) throw new DatabaseVersionError(file, version);
    db.pragma("foreign_keys = ON");
    if (!readonly) {
      db.pragma("journal_mode = WAL");
      // NORMAL is safe with WAL (a crash loses at most the last transaction, never corrupts)
      // and avoids an fsync per imported document.
      db.pragma("synchronous = NORMAL");
      migrate(db);
    } else if (version < LATEST_VERSION) {
      throw new Error(
        `${file}: database schema version ${version} is older than ${LATEST_VERSION}; open it once read-write to upgrade`,
      );
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
