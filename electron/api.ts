// The one table of handlers the renderer may call, over IPC (desktop) or HTTP (web host).
// Every input is validated here with zod: the renderer is never trusted. Adding a handler
// (e.g. curation later) is one entry in createHandlers plus its name in api-names.ts.
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { z } from "zod";
import { EXPORT_FORMATS, exportGraph } from "../db/export/index.ts";
import {
  entityDetail,
  getDocument,
  listDocuments,
  neighbourhood,
  search,
  shortestPath,
  stats,
  subgraph,
} from "../db/graph/index.ts";
import { SUPPORTED_EXTENSIONS } from "../db/ingest/index.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../db/types.ts";
import { API_NAMES, type ApiName, isApiName } from "./api-names.ts";
import type { KbEvent, KnowledgeBase } from "./knowledge-base.ts";
import { LOCALES, type Locale } from "./locale.ts";

export { API_NAMES, type ApiName } from "./api-names.ts";
export type { KbEvent, KbStatus } from "./knowledge-base.ts";
export type { Locale } from "./locale.ts";

export type ApiErrorCode = "unknown_handler" | "invalid_input" | "not_allowed" | "forbidden" | "internal";

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
  /** Desktop only: exportGraph may write where the user chose (the web host never writes paths). */
  allowPathWrites: boolean;
}

// ---- input schemas -------------------------------------------------------------------------

const id = z.int().min(1);
const noInput = z.strictObject({});

export const graphFilterSchema = z.strictObject({
  types: z.array(z.enum(ENTITY_TYPES)).optional(),
  relationTypes: z.array(z.enum(RELATION_TYPES)).optional(),
  documents: z.array(id).optional(),
  levels: z.array(z.enum(["national", "provincial", "city", "none"])).optional(),
  status: z.array(z.enum(["existing", "planned"])).optional(),
  review: z.array(z.enum(["unreviewed", "confirmed", "rejected"])).optional(),
  minDegree: z.int().min(0).optional(),
  hideIsolated: z.boolean().optional(),
  text: z.string().max(200).optional(),
});

const uploadSchema = z.strictObject({
  name: z.string().min(1).max(260),
  base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64"),
});

const importSchema = z
  .strictObject({
    paths: z.array(z.string().min(1)).max(10_000).optional(),
    files: z.array(uploadSchema).max(1_000).optional(),
  })
  .refine((x) => (x.paths?.length ?? 0) + (x.files?.length ?? 0) > 0, "give paths or files");

// ---- the table -----------------------------------------------------------------------------

interface Handler<S extends z.ZodType, R> {
  input: S;
  run(input: z.output<S>): R | Promise<R>;
}

function handler<S extends z.ZodType, R>(input: S, run: (input: z.output<S>) => R | Promise<R>): Handler<S, R> {
  return { input, run };
}

export function createHandlers(ctx: ApiContext) {
  const db = () => ctx.kb.db;
  const table = {
    meta: handler(noInput, () => ({
      name: "Policy Atlas",
      title: "政策图谱",
      version: ctx.version,
      locale: ctx.getLocale(),
      host: ctx.host,
      dbFile: ctx.kb.dbFile,
      supportedExtensions: [...SUPPORTED_EXTENSIONS] as string[],
      handlers: [...API_NAMES] as string[],
    })),
    /** Poll while seeding/importing (the desktop also pushes progress events). */
    status: handler(noInput, () => ctx.kb.status()),
    setLocale: handler(z.strictObject({ locale: z.enum(LOCALES) }), ({ locale }) => {
      ctx.setLocale(locale);
      return { locale: ctx.getLocale() };
    }),
    stats: handler(noInput, () => stats(db())),
    subgraph: handler(graphFilterSchema, (filter) => subgraph(db(), filter)),
    neighbourhood: handler(
      z.strictObject({ id, depth: z.int().min(1).max(3).default(1), filter: graphFilterSchema.optional() }),
      ({ id, depth, filter }) => neighbourhood(db(), id, depth, filter),
    ),
    path: handler(z.strictObject({ from: id, to: id, filter: graphFilterSchema.optional() }), ({ from, to, filter }) =>
      shortestPath(db(), from, to, filter),
    ),
    /** null when there is no such entity (deleted or another knowledge base). */
    entity: handler(z.strictObject({ id }), ({ id }) => entityDetail(db(), id)),
    documents: handler(noInput, () => listDocuments(db())),
    document: handler(z.strictObject({ id }), ({ id }) => getDocument(db(), id)),
    search: handler(
      z.strictObject({ q: z.string().max(200), limit: z.int().min(1).max(500).optional() }),
      ({ q, limit }) => (q.trim() === "" ? [] : search(db(), q.trim(), limit)),
    ),
    importFiles: handler(importSchema, async ({ paths, files }) => {
      const total = {
        documents: 0,
        unchanged: 0,
        entities: 0,
        relations: 0,
        rejected: [] as { file: string; reason: string }[],
      };
      const add = (s: typeof total) => {
        total.documents += s.documents;
        total.unchanged += s.unchanged;
        total.entities += s.entities;
        total.relations += s.relations;
        total.rejected.push(...s.rejected);
      };
      if (paths?.length) add(await ctx.kb.importPaths(paths));
      if (files?.length) {
        add(await ctx.kb.importUploads(files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, "base64") }))));
      }
      return total;
    }),
    exportGraph: handler(
      z.strictObject({
        format: z.enum(EXPORT_FORMATS),
        filter: graphFilterSchema.optional(),
        /** Desktop only. A file for json/graphml/gexf; a folder for csv (nodes.csv + edges.csv). */
        path: z.string().min(1).optional(),
      }),
      ({ format, filter, path }) => {
        const files = exportGraph(db(), format, filter);
        if (path === undefined) return { files, written: [] as string[] };
        if (!ctx.allowPathWrites)
          throw new ApiFailure("not_allowed", "this host does not write files; save the returned contents instead");
        return { files, written: writeExport(files, path, format) };
      },
    ),
  } satisfies { [K in ApiName]: Handler<z.ZodType, unknown> };
  return table;
}

export type HandlerTable = ReturnType<typeof createHandlers>;

/** What the renderer sees: name → (input) → output. Import it as a type only. */
export type Api = {
  [K in ApiName]: (input: z.input<HandlerTable[K]["input"]>) => Promise<Awaited<ReturnType<HandlerTable[K]["run"]>>>;
};
export type ApiInput<K extends ApiName> = Parameters<Api[K]>[0];
export type ApiOutput<K extends ApiName> = Awaited<ReturnType<Api[K]>>;

/** The bridge the preload puts on window.kg. */
export interface KgBridge {
  call<K extends ApiName>(name: K, input: ApiInput<K>): Promise<ApiResult<ApiOutput<K>>>;
  /** The handler names, as the preload knows them. */
  handlers: readonly ApiName[];
  /** Desktop only: import progress, knowledge base switched, language switched. */
  onEvent(listener: (event: ShellEvent) => void): () => void;
}

export type ShellEvent = KbEvent | { type: "locale"; locale: Locale };

/** Validates and runs one call. Never throws: every failure becomes { ok: false, error }. */
export async function dispatch(table: HandlerTable, name: unknown, input: unknown): Promise<ApiResult<unknown>> {
  if (!isApiName(name)) {
    return { ok: false, error: { code: "unknown_handler", message: `unknown handler: ${String(name).slice(0, 80)}` } };
  }
  const h = table[name] as Handler<z.ZodType, unknown>;
  const parsed = h.input.safeParse(input ?? {});
  if (!parsed.success)
    return { ok: false, error: { code: "invalid_input", message: `${name}: ${describeIssues(parsed.error)}` } };
  try {
    return { ok: true, data: await h.run(parsed.data) };
  } catch (err) {
    if (err instanceof ApiFailure) return { ok: false, error: { code: err.code, message: err.message } };
    // Unexpected: keep the process alive, log the stack here, give the renderer the message only.
    console.error(`[api] ${name} failed:`, err);
    return { ok: false, error: { code: "internal", message: err instanceof Error ? err.message : String(err) } };
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
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
