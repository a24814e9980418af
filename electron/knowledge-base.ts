// The open knowledge base behind both hosts (desktop window and loopback web host):
// which file is open, first-run seeding from seeds/, imports (serialised), and progress.
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { DEFAULT_LIMITS, type ImportLimits, SUPPORTED_EXTENSIONS } from "../db/ingest/index.ts";
import { expandPaths, type ImportSummary, startSummary } from "../db/pipeline/index.ts";
import { backupDatabase, DEFAULT_KEEP, dailyBackupDue, restoreDatabase } from "../db/store/backup.ts";
import { type DB, isWritable, openDatabase } from "../db/store/open.ts";
import { type DocumentImporter, type ImportInput, inlineImporter, threadImporter } from "./off-thread.ts";

export type KbPhase = "ready" | "seeding" | "importing" | "error";

export interface KbStatus {
  phase: KbPhase;
  done: number;
  total: number;
  /** File being imported right now (base name). */
  file: string | null;
  /** Why the last seeding/import failed, when phase is "error". */
  message: string | null;
  dbFile: string;
  lastImport: ImportSummary | null;
}

export type KbEvent =
  | { type: "progress"; phase: KbPhase; done: number; total: number; file: string | null }
  | { type: "import-finished"; summary: ImportSummary }
  | { type: "db-changed"; dbFile: string };

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/** Files under `dir` that the importer reads, sorted so seeding order is stable. */
export function seedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const exts = new Set(SUPPORTED_EXTENSIONS.map((e: string) => (e.startsWith(".") ? e : `.${e}`).toLowerCase()));
  return readdirSync(dir)
    .filter((f) => exts.has(extname(f).toLowerCase()))
    .sort()
    .map((f) => join(dir, f));
}

export interface KbOptions {
  seedsDir?: string | null;
  /** Import limits (default: DEFAULT_LIMITS). */
  limits?: ImportLimits;
  /** Read and extract on a worker thread (default true), keeping the host responsive. */
  offThread?: boolean;
  /** Automatic backups kept (default 10); 0 turns automatic backups off. */
  keepBackups?: number;
  /** Open read-only even when the file could be written. */
  readOnly?: boolean;
}

export class KnowledgeBase {
  private current: DB;
  private file: string;
  private writable: boolean;
  private state: KbStatus;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(e: KbEvent) => void>();
  private readonly importer: DocumentImporter;
  private readonly keep: number;
  /** Settles when first-run seeding (if any) is over. */
  ready: Promise<void> = Promise.resolve();

  /**
   * Opens `dbFile`, creating it when missing (read-only when the file cannot be written).
   * When `seedsDir` is given and the file is new (or an earlier seeding was interrupted),
   * seeding starts in the background; watch it with onEvent/status or await `ready`.
   */
  constructor(dbFile: string, opts: KbOptions = {}) {
    this.file = dbFile;
    this.keep = opts.keepBackups ?? DEFAULT_KEEP;
    const limits = opts.limits ?? DEFAULT_LIMITS;
    this.importer =
      opts.offThread === false ? inlineImporter(() => this.current, limits) : threadImporter(() => this.file, limits);
    const opened = opts.readOnly
      ? { db: openDatabase(dbFile, { readonly: true }) }
      : openAndMaybeMark(dbFile, opts.seedsDir ?? null, this.keep);
    this.current = opened.db;
    this.writable = !opened.db.readonly;
    this.state = blankStatus(dbFile);
    if (this.writable) this.startSeedingIfMarked(opts.seedsDir ?? null);
    this.dailyBackup();
  }

  get db(): DB {
    return this.current;
  }

  get dbFile(): string {
    return this.file;
  }

  /** True when the file could only be opened read-only: browsing, search and export work. */
  get readOnly(): boolean {
    return !this.writable;
  }

  /** An online backup into <file>.backups/ (before re-extraction, daily, or on request). */
  backup(reason: string): Promise<string> {
    return backupDatabase(this.current, this.file, reason, Math.max(this.keep, 1));
  }

  /**
   * Replaces the open file with a backup (checked first); the replaced file is kept beside it.
   * Waits for running imports; reopens the restored file.
   */
  async restoreFrom(backupFile: string): Promise<{ keptAs: string | null }> {
    await this.queue.catch(() => undefined);
    await this.importer.close(); // its connection must not outlive the file it points at
    this.current.close();
    let result: { keptAs: string | null };
    try {
      result = restoreDatabase(this.file, backupFile);
    } finally {
      // Reopen whatever is there now: the restored copy, or the untouched original on failure.
      const db = openOrReadOnly(this.file, this.keep);
      this.current = db;
      this.writable = !db.readonly;
    }
    this.state = blankStatus(this.file);
    this.emit({ type: "db-changed", dbFile: this.file });
    return result;
  }

  status(): KbStatus {
    return { ...this.state };
  }

  onEvent(listener: (e: KbEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Switches to another file (created empty when missing; never seeded). */
  async switchTo(dbFile: string): Promise<void> {
    await this.queue.catch(() => undefined);
    await this.importer.close();
    const next = openOrReadOnly(dbFile, this.keep);
    this.current.close();
    this.current = next;
    this.writable = !next.readonly;
    this.file = dbFile;
    this.state = blankStatus(dbFile);
    this.emit({ type: "db-changed", dbFile });
  }

  /** Files and folders the main process chose (open dialog, seeding); never a path from a page. */
  importPaths(paths: string[]): Promise<ImportSummary> {
    const { files, rejected } = expandPaths(paths);
    return this.importAll(
      files.map((path) => ({ label: path, input: { kind: "path", path } })),
      rejected,
      "importing",
    );
  }

  /** Browser uploads (and renderer drag-and-drop): decoded the same way as files on disk. */
  importUploads(files: Upload[]): Promise<ImportSummary> {
    return this.importAll(
      files.map((f) => {
        // Only the base name: the upload's name is a label, never a path we act on.
        const name = basename(f.name.replaceAll("\\", "/"));
        return { label: name, input: { kind: "bytes", name, bytes: f.bytes } };
      }),
      [],
      "importing",
    );
  }

  /** Reading, extraction and storing (one transaction per file) on the import thread. */
  private importAll(
    items: { label: string; input: ImportInput }[],
    rejected: { file: string; reason: string }[],
    phase: KbPhase,
  ): Promise<ImportSummary> {
    return this.serialise(phase, items.length, async (progress) => {
      const summary = startSummary(() => this.current, rejected);
      let done = 0;
      for (const item of items) {
        progress(done, items.length, item.label);
        summary.add(item.label, { ...(await this.importer.import(item.input)), file: item.label });
        done++;
        progress(done, items.length, item.label);
      }
      return summary.finish();
    });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    await this.importer.close();
    this.current.close();
  }

  /** Once a day (on open): a backup when the newest one is older than 24 hours. */
  private dailyBackup(): void {
    if (this.keep <= 0 || !this.writable || !dailyBackupDue(this.file)) return;
    const db = this.current;
    void this.serialiseQuiet(() =>
      db.open && db === this.current ? this.backup("daily").then(() => undefined) : Promise.resolve(),
    );
  }

  /** Queues work behind imports without touching the progress status. */
  private serialiseQuiet(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work, work).catch((err) => {
      console.error(`[kb] ${errorMessage(err)}`);
    });
    this.queue = next;
    return next;
  }

  private startSeedingIfMarked(seedsDir: string | null): void {
    const marker = seedingMarker(this.file);
    if (!seedsDir || !existsSync(marker)) return;
    const files = seedFiles(seedsDir);
    this.ready = this.importAll(
      files.map((path) => ({ label: path, input: { kind: "path", path } })),
      [],
      "seeding",
    ).then(
      () => rmSync(marker, { force: true }),
      () => undefined, // status carries the message; the marker stays so the next start retries
    );
  }

  private serialise(
    phase: KbPhase,
    total: number,
    work: (progress: (done: number, total: number, file: string | null) => void) => Promise<ImportSummary>,
  ): Promise<ImportSummary> {
    const run = async (): Promise<ImportSummary> => {
      const progress = (done: number, t: number, file: string | null) => {
        this.state = { ...this.state, phase, done, total: t, file: file ? basename(file) : null, message: null };
        this.emit({ type: "progress", phase, done, total: t, file: this.state.file });
      };
      progress(0, total, null);
      try {
        const summary = await work(progress);
        this.state = { ...this.state, phase: "ready", file: null, done: this.state.total, lastImport: summary };
        this.emit({ type: "progress", phase: "ready", done: this.state.total, total: this.state.total, file: null });
        this.emit({ type: "import-finished", summary });
        return summary;
      } catch (err) {
        this.state = { ...this.state, phase: "error", file: null, message: errorMessage(err) };
        this.emit({ type: "progress", phase: "error", done: this.state.done, total: this.state.total, file: null });
        throw err;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private emit(e: KbEvent): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch {
        // a broken listener (closed window) must not stop an import
      }
    }
  }
}

function blankStatus(dbFile: string): KbStatus {
  return { phase: "ready", done: 0, total: 0, file: null, message: null, dbFile, lastImport: null };
}

function seedingMarker(dbFile: string): string {
  return `${dbFile}.seeding`;
}

/** A new file gets a marker before seeding starts; the marker goes only when seeding finished. */
function openAndMaybeMark(dbFile: string, seedsDir: string | null, keep: number): { db: DB } {
  const isNew = !existsSync(dbFile);
  const db = openOrReadOnly(dbFile, keep);
  if (isNew && seedsDir) writeFileSync(seedingMarker(dbFile), "seeding from seeds/ did not finish\n");
  return { db };
}

/** Read-write when this process may write the file; otherwise read-only (search, browse, export). */
function openOrReadOnly(dbFile: string, keep: number): DB {
  if (existsSync(dbFile) && !isWritable(dbFile)) return openDatabase(dbFile, { readonly: true });
  return openDatabase(dbFile, { keepBackups: keep });
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
