// What every handler group shares: the result and error shapes, the context a host gives the
// table, the `handler` helper, the few schemas every domain uses, and the scope (db, actor,
// dialogs) a group's handlers close over. No handler lives here.
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { dirname, extname, join } from "node:path";
import { z } from "zod";
import type { DB } from "../../db/store/open.ts";
import type { KnowledgeBase } from "../knowledge-base.ts";
import type { Locale } from "../locale.ts";

export type ApiErrorCode =
  | "unknown_handler"
  | "invalid_input"
  | "not_allowed"
  | "forbidden"
  | "internal"
  /** Curation: the entity/relation/document named does not exist (any more). */
  | "not_found"
  /** Curation: the change clashes with what is there (a name taken, a relation that exists). */
  | "conflict"
  /** This host lacks the capability (e.g. PDF rendering on the web host). */
  | "not_available";

export interface ApiError {
  code: ApiErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Thrown by a handler for an expected failure; dispatch turns it into { ok: false }. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ApiFailure";
  }
}

export interface ApiContext {
  kb: KnowledgeBase;
  host: "desktop" | "web";
  version: string;
  getLocale(): Locale;
  setLocale(locale: Locale): void;
  /**
   * Desktop only: the main process's own file dialogs. The page never names a path: it gets an
   * opaque handle for what the user chose to import, and saving always asks the user where.
   */
  dialogs?: HostDialogs;
  /** Who curation edits are recorded as; the OS user name (or "researcher") when not given. */
  actor?: string;
  /** Desktop only: renders HTML to PDF with the browser engine (the web host has none). */
  renderPdf?: (html: string) => Promise<Uint8Array>;
  /** The bundled sample documents (seeds/), offered on an empty knowledge base; none: not offered. */
  samplesDir?: string | null;
}

export interface HostDialogs {
  /** The open dialog for documents (several files, or one folder); [] when cancelled. */
  chooseDocuments(opts: { folder: boolean }): Promise<string[]>;
  /** The save dialog for an export (a folder for csv); null when cancelled. */
  chooseExportTarget(opts: { format: string; defaultName: string }): Promise<string | null>;
}

export const NO_PATHS =
  "the page may not name file paths: upload the files, or choose them with the import dialog (chooseImport)";
export const NO_WRITES = "this host does not write files; save the returned contents (download) instead";

// ---- schemas every domain uses -------------------------------------------------------------

export const id = z.int().min(1);
export const noInput = z.strictObject({});
export const offset = z.int().min(0);
export const nameSchema = z.string().trim().min(1).max(200);

// ---- handlers --------------------------------------------------------------------------------

export interface Handler<S extends z.ZodType, R> {
  input: S;
  run(input: z.output<S>): R | Promise<R>;
}

export function handler<S extends z.ZodType, R>(input: S, run: (input: z.output<S>) => R | Promise<R>): Handler<S, R> {
  return { input, run };
}

function defaultActor(): string {
  try {
    return userInfo().username || "researcher";
  } catch {
    return "researcher";
  }
}

/** What a group's handlers close over: built once per table from the host's context. */
export interface Scope {
  ctx: ApiContext;
  db: () => DB;
  /** Who curation edits are recorded as. */
  actor: string;
  /** Desktop: asks where to save (the page never names the place) and writes there; null when cancelled. */
  saveWithDialog(
    files: { name: string; content: string }[],
    format: string,
    defaultName: string,
  ): Promise<string[] | null>;
}

export function createScope(ctx: ApiContext): Scope {
  const dialogs = (): HostDialogs => {
    if (!ctx.dialogs) throw new ApiFailure("not_allowed", NO_WRITES);
    return ctx.dialogs;
  };
  return {
    ctx,
    db: () => ctx.kb.db,
    actor: ctx.actor?.trim() || defaultActor(),
    saveWithDialog: async (files, format, defaultName) => {
      const target = await dialogs().chooseExportTarget({ format, defaultName });
      return target === null ? null : writeExport(files, target, format);
    },
  };
}

/**
 * Writes an export where the user chose. Only export-shaped targets: a folder (csv, or any
 * format into an existing folder) or a file ending in the format's extension, so a confused
 * or compromised page cannot overwrite arbitrary files through this handler.
 */
function writeExport(files: { name: string; content: string }[], path: string, format: string): string[] {
  const existing = statSync(path, { throwIfNoEntry: false });
  if (files.length > 1 || existing?.isDirectory()) {
    if (existing && !existing.isDirectory())
      throw new ApiFailure("not_allowed", `${path} is a file; ${format} export needs a folder`);
    mkdirSync(path, { recursive: true });
    return files.map((f) => {
      const target = join(path, f.name);
      writeFileSync(target, f.content, "utf8");
      return target;
    });
  }
  if (extname(path).toLowerCase() !== `.${format}`) {
    throw new ApiFailure("not_allowed", `${path}: a ${format} export must end in .${format}`);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, files[0]?.content ?? "", "utf8");
  return [path];
}
