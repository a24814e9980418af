// The open knowledge base behind both hosts (desktop window and loopback web host):
// which file is open, first-run seeding from seeds/, imports (serialised), and progress.
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { readDocumentBytes, SUPPORTED_EXTENSIONS } from "../db/ingest/index.ts";
import { type ImportSummary, importDocument, importPaths } from "../db/store/import.ts";
import { type DB, openDatabase } from "../db/store/open.ts";

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

export class KnowledgeBase {
  private current: DB;
  private file: string;
  private state: KbStatus;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(e: KbEvent) => void>();
  /** Settles when first-run seeding (if any) is over. */
  ready: Promise<void> = Promise.resolve();

  /**
   * Opens `dbFile`, creating it when missing. When `seedsDir` is given and the file is new
   * (or an earlier seeding was interrupted), seeding starts in the background; watch it with
   * onEvent/status or await `ready`.
   */
  constructor(dbFile: string, opts: { seedsDir?: string | null } = {}) {
    this.file = dbFile;
    this.current = openAndMaybeMark(dbFile, opts.seedsDir ?? null);
    this.state = blankStatus(dbFile);
    this.startSeedingIfMarked(opts.seedsDir ?? null);
  }

  get db(): DB {
    return this.current;
  }

  get dbFile(): string {
    return this.file;
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
    const next = openDatabase(dbFile);
    this.current.close();
    this.current = next;
    this.file = dbFile;
    this.state = blankStatus(dbFile);
    this.emit({ type: "db-changed", dbFile });
  }

  importPaths(paths: string[]): Promise<ImportSummary> {
    return this.serialise("importing", paths.length, (progress) =>
      importPaths(this.current, paths, (p) => progress(p.done, p.total, p.file)),
    );
  }

  /** Browser uploads (and renderer drag-and-drop): decoded the same way as files on disk. */
  importUploads(files: Upload[]): Promise<ImportSummary> {
    return this.serialise("importing", files.length, async (progress) => {
      const summary: ImportSummary = { documents: 0, unchanged: 0, entities: 0, relations: 0, rejected: [] };
      let done = 0;
      for (const f of files) {
        // Only the base name: the upload's name is a label, never a path we act on.
        const name = basename(f.name.replaceAll("\\", "/"));
        progress(done, files.length, name);
        try {
          const doc = await readDocumentBytes(name, f.bytes);
          const out = importDocument(this.current, doc);
          if (out.status === "imported") {
            summary.documents++;
            summary.entities += out.entities ?? 0;
            summary.relations += out.relations ?? 0;
          } else if (out.status === "unchanged") summary.unchanged++;
          else summary.rejected.push({ file: name, reason: out.reason ?? "rejected" });
        } catch (err) {
          summary.rejected.push({ file: name, reason: errorMessage(err) });
        }
        done++;
        progress(done, files.length, name);
      }
      return summary;
    });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    this.current.close();
  }

  private startSeedingIfMarked(seedsDir: string | null): void {
    const marker = seedingMarker(this.file);
    if (!seedsDir || !existsSync(marker)) return;
    const files = seedFiles(seedsDir);
    this.ready = this.serialise("seeding", files.length, (progress) =>
      importPaths(this.current, files, (p) => progress(p.done, p.total, p.file)),
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
function openAndMaybeMark(dbFile: string, seedsDir: string | null): DB {
  const isNew = !existsSync(dbFile);
  const db = openDatabase(dbFile);
  if (isNew && seedsDir) writeFileSync(seedingMarker(dbFile), "seeding from seeds/ did not finish\n");
  return db;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
