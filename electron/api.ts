// The one table of handlers the renderer may call, over IPC (desktop) or HTTP (web host).
// Every input is validated here with zod: the renderer is never trusted. Adding a handler
// (e.g. curation later) is one entry in createHandlers plus its name in api-names.ts.
import { randomBytes } from "node:crypto";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { basename, dirname, extname, join } from "node:path";
import { z } from "zod";
import * as briefing from "../db/briefing/index.ts";
import { PngError, pngFromDataUrl, pngToPdf } from "../db/briefing/png-pdf.ts";
import * as curate from "../db/curate/index.ts";
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
import { readOnlyMessage } from "../db/store/open.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../db/types.ts";
import * as views from "../db/views/index.ts";
import { API_NAMES, type ApiName, isApiName } from "./api-names.ts";
import { timeHandlers, timeSelectorSchema } from "./api-time.ts";
import type { KbEvent, KnowledgeBase } from "./knowledge-base.ts";
import { LOCALES, type Locale } from "./locale.ts";

export { API_NAMES, type ApiName } from "./api-names.ts";
export type { KbEvent, KbStatus } from "./knowledge-base.ts";
export type { Locale } from "./locale.ts";

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

/** What the user chose in an open dialog, by handle; each handle is good for one import. */
class Grants {
  private readonly granted = new Map<string, string[]>();
  add(paths: string[]): string {
    const handle = randomBytes(16).toString("hex");
    this.granted.set(handle, paths);
    // Unused handles (the page asked but never imported) do not pile up.
    while (this.granted.size > 16) this.granted.delete(this.granted.keys().next().value as string);
    return handle;
  }
  take(handle: string): string[] | undefined {
    const paths = this.granted.get(handle);
    this.granted.delete(handle);
    return paths;
  }
}

const NO_PATHS =
  "the page may not name file paths: upload the files, or choose them with the import dialog (chooseImport)";
const NO_WRITES = "this host does not write files; save the returned contents (download) instead";

/** Handlers that change the knowledge base: refused with a clear message when it is read-only. */
const WRITES: readonly ApiName[] = [
  "importFiles",
  "loadSamples",
  "setReviewBatch",
  "setDocumentDate",
  "editEntity",
  "addAlias",
  "removeAlias",
  "mergeEntities",
  "splitEntity",
  "setReview",
  "createEntity",
  "createRelation",
  "deleteUserItem",
  "undo",
  "redo",
  "importAnnotations",
  "reextract",
  "viewSave",
  "viewRename",
  "viewReorder",
  "viewDuplicate",
  "viewDelete",
];

/** Control characters (NUL included) mean nothing in a search and upset FTS5. */
export function cleanQuery(q: string): string {
  return q.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
}

// ---- input schemas -------------------------------------------------------------------------

const id = z.int().min(1);
const noInput = z.strictObject({});

/** First page of an entity's details: a hub's every sentence would be megabytes (issue 14). */
export const ENTITY_PAGE = { mentionLimit: 50, relationLimit: 100, evidenceLimit: 3, documentLimit: 200 } as const;

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
  /** At most this many nodes, by degree (the overview at scale); totals say how many matched. */
  limit: z.int().min(1).max(1_000_000).optional(),
});

const uploadSchema = z.strictObject({
  name: z.string().min(1).max(260),
  base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64"),
});

const importSchema = z.strictObject({
  /** Refused: named only so the refusal can say why. */
  paths: z.unknown().optional(),
  /** From chooseImport (desktop): the files or folder the user picked. */
  handle: z
    .string()
    .regex(/^[0-9a-f]{32}$/, "not an import handle")
    .optional(),
  files: z.array(uploadSchema).max(1_000).optional(),
});

const entityTypeSchema = z.enum(ENTITY_TYPES);
const reviewStateSchema = z.enum(["unreviewed", "confirmed", "rejected"]);
const nameSchema = z.string().trim().min(1).max(200);
const offset = z.int().min(0);
const selectionSchema = z
  .strictObject({ documentId: id, start: offset, end: z.int().min(1) })
  .refine((s) => s.start < s.end, "start must come before end");

const editEntitySchema = z
  .strictObject({
    id,
    name: nameSchema.optional(),
    type: entityTypeSchema.optional(),
    level: z.enum(["national", "provincial", "city"]).nullable().optional(),
    status: z.enum(["existing", "planned"]).optional(),
    note: z.string().max(20_000).nullable().optional(),
    tags: z.array(z.string().max(100)).max(100).optional(),
  })
  .refine((x) => Object.keys(x).length > 1, "give at least one field to change");
const aliasSchema = z.strictObject({ id, alias: nameSchema });
const targetSchema = z.strictObject({ kind: z.enum(["entity", "relation"]), id });

function defaultActor(): string {
  try {
    return userInfo().username || "researcher";
  } catch {
    return "researcher";
  }
}

/** Curation refusals are expected outcomes: they reach the renderer as codes, not as internal errors. */
function curating<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof curate.CurationError) {
      throw new ApiFailure(err.code === "invalid" ? "invalid_input" : err.code, err.message);
    }
    throw err;
  }
}

// ---- saved views and briefing (db/views, db/briefing) ----------------------------------------

const viewName = z.string().trim().min(1).max(200);
const entityKey = z.string().min(1).max(400);
const point = z.strictObject({ x: z.number(), y: z.number() });
const entityKeys = z.array(entityKey).max(20_000);
const smallJson = (max: number) => (x: unknown) => JSON.stringify(x).length <= max;

const viewSaveSchema = z
  .strictObject({
    /** Update this view; without it a new view is appended. */
    id: id.optional(),
    name: viewName.optional(),
    filter: graphFilterSchema.optional(),
    /** The entities shown; without it the view freezes what `filter` shows now. */
    entityKeys: entityKeys.optional(),
    relationIds: z.array(id).max(100_000).optional(),
    relations: z
      .array(z.strictObject({ type: z.enum(RELATION_TYPES), source: entityKey, target: entityKey }))
      .max(100_000)
      .optional(),
    selection: entityKeys.optional(),
    focus: z
      .discriminatedUnion("kind", [
        z.strictObject({ kind: z.literal("entity"), key: entityKey, depth: z.int().min(0).max(3) }),
        z.strictObject({ kind: z.literal("path"), from: entityKey, to: entityKey, keys: entityKeys }),
      ])
      .nullable()
      .optional(),
    /** By entity key, not row id, so positions survive re-import. */
    positions: z.record(entityKey, point).optional(),
    camera: z.strictObject({ zoom: z.number().positive(), pan: point }).nullable().optional(),
    labelSize: z.number().min(4).max(96).nullable().optional(),
    caption: z
      .strictObject({ title: z.string().max(200).optional(), note: z.string().max(2000).optional() })
      .optional(),
    spotlight: z
      .record(z.string().max(100), z.json())
      .refine(smallJson(100_000), "spotlight settings are too large")
      .nullable()
      .optional(),
    /** The timeline's range and a comparison (renderer/time). */
    time: z
      .strictObject({
        range: z.strictObject({ from: z.string().max(10).optional(), to: z.string().max(10).optional() }).nullable(),
        compare: z.strictObject({ a: timeSelectorSchema, b: timeSelectorSchema }).nullable(),
      })
      .nullable()
      .optional(),
  })
  .refine((x) => x.id !== undefined || x.name !== undefined, "a new view needs a name")
  .refine((x) => !(x.relationIds && x.relations), "give relationIds or relations, not both");

const svgNodeId = z.union([z.string().min(1).max(400), z.int()]);
const viewSvgSchema = z.union([
  z.strictObject({ viewId: id, background: z.enum(["white", "transparent"]).optional() }),
  z.strictObject({
    nodes: z
      .array(
        z.strictObject({
          id: svgNodeId,
          label: z.string().max(500),
          type: z.enum(ENTITY_TYPES),
          x: z.number().nullable().optional(),
          y: z.number().nullable().optional(),
          size: z.number().positive().max(500).optional(),
          degree: z.int().min(0).optional(),
          status: z.enum(["existing", "planned"]).optional(),
        }),
      )
      .max(20_000),
    edges: z.array(z.strictObject({ source: svgNodeId, target: svgNodeId, type: z.enum(RELATION_TYPES) })).max(100_000),
    labelSize: z.number().min(4).max(96).optional(),
    background: z.enum(["white", "transparent"]).optional(),
    title: z.string().max(200).optional(),
  }),
]);

const frameSchema = z.strictObject({
  nodes: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(400),
        label: z.string().max(500),
        type: z.enum(ENTITY_TYPES),
        x: z.number().nullable().optional(),
        y: z.number().nullable().optional(),
        size: z.number().positive().max(500).optional(),
        degree: z.int().min(0).optional(),
        status: z.enum(["existing", "planned"]).optional(),
        faded: z.boolean().optional(),
      }),
    )
    .max(20_000),
  edges: z
    .array(
      z.strictObject({
        source: z.string().max(400),
        target: z.string().max(400),
        type: z.enum(RELATION_TYPES),
        faded: z.boolean().optional(),
      }),
    )
    .max(100_000),
  format: z.enum(["svg", "pdf"]),
  title: z.string().max(200).optional(),
  note: z.string().max(2000).optional(),
  labelSize: z.number().min(4).max(96).optional(),
  background: z.enum(["white", "transparent"]).optional(),
  locale: z.enum(LOCALES).optional(),
  paper: z.enum(["a4", "letter"]).optional(),
  /** The window's raster of the same frame: the PDF's picture when the machine has no CJK font. */
  png: z.string().startsWith("data:image/png;base64,", "must be a PNG data URL").max(80_000_000).optional(),
});

const briefingPackSchema = z.strictObject({
  /** One picture per view as the window drew it; views without one are drawn as SVG. */
  images: z
    .array(
      z.strictObject({ viewId: id, png: z.string().startsWith("data:image/png;base64,", "must be a PNG data URL") }),
    )
    .max(500)
    .refine((a) => a.reduce((n, i) => n + i.png.length, 0) <= 60_000_000, "images are larger than 60 MB in all")
    .default([]),
  title: z.string().max(200).optional(),
  locale: z.enum(LOCALES).optional(),
});

/** View refusals are expected outcomes: they reach the renderer as codes, not as internal errors. */
function viewing<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof views.ViewError) {
      throw new ApiFailure(err.code === "not_found" ? "not_found" : "invalid_input", err.message);
    }
    throw err;
  }
}

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
  const grants = new Grants();
  const dialogs = (): HostDialogs => {
    if (!ctx.dialogs) throw new ApiFailure("not_allowed", NO_WRITES);
    return ctx.dialogs;
  };
  /** Desktop: asks where to save (the page never names the place) and writes there. */
  const saveWithDialog = async (files: { name: string; content: string }[], format: string, defaultName: string) => {
    const target = await dialogs().chooseExportTarget({ format, defaultName });
    return target === null ? null : writeExport(files, target, format);
  };
  const actor = ctx.actor?.trim() || defaultActor();
  /** A curation action's result, with what the undo/redo buttons need. */
  const act = (fn: () => curate.ActionResult) => {
    const result = curating(fn);
    return { ...result, ...curate.canUndoRedo(db()) };
  };
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
      samples: Boolean(ctx.samplesDir),
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
    entity: handler(
      z.strictObject({
        id,
        /** Details come in pages (ENTITY_PAGE): the panel asks for more mentions or relations by offset. */
        mentionOffset: z.int().min(0).optional(),
        relationOffset: z.int().min(0).optional(),
      }),
      ({ id, mentionOffset, relationOffset }) =>
        entityDetail(db(), id, { ...ENTITY_PAGE, mentionOffset, relationOffset }),
    ),
    documents: handler(noInput, () => listDocuments(db())),
    document: handler(z.strictObject({ id }), ({ id }) => getDocument(db(), id)),
    search: handler(
      z.strictObject({
        q: z.string().max(200),
        limit: z.int().min(1).max(500).optional(),
        includeRejected: z.boolean().optional(),
      }),
      ({ q, limit, includeRejected }) => {
        const query = cleanQuery(q);
        return query === "" ? [] : search(db(), query, limit, { includeRejected });
      },
    ),
    /** Desktop only: the open dialog; the page gets a handle for importFiles, never the paths. */
    chooseImport: handler(z.strictObject({ folder: z.boolean().optional() }), async ({ folder }) => {
      if (!ctx.dialogs) throw new ApiFailure("not_available", "this host imports uploads only");
      const paths = await ctx.dialogs.chooseDocuments({ folder: folder ?? false });
      if (paths.length === 0) return null;
      return { handle: grants.add(paths), names: paths.map((p) => basename(p)) };
    }),
    importFiles: handler(importSchema, async ({ paths, handle, files }) => {
      if (paths !== undefined) throw new ApiFailure("not_allowed", NO_PATHS);
      if (handle === undefined && !files?.length)
        throw new ApiFailure("invalid_input", "importFiles: give files or a handle");
      const total = {
        documents: 0,
        unchanged: 0,
        entities: 0,
        relations: 0,
        rejected: [] as Awaited<ReturnType<KnowledgeBase["importPaths"]>>["rejected"],
      };
      const add = (s: typeof total) => {
        total.documents += s.documents;
        total.unchanged += s.unchanged;
        total.entities += s.entities;
        total.relations += s.relations;
        total.rejected.push(...s.rejected);
      };
      if (handle !== undefined) {
        const chosen = grants.take(handle);
        if (!chosen) throw new ApiFailure("not_found", "that import handle was used already or never given");
        add(await ctx.kb.importPaths(chosen));
      }
      if (files?.length) {
        add(await ctx.kb.importUploads(files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, "base64") }))));
      }
      return total;
    }),
    /** Imports the bundled sample documents (the empty-knowledge-base card offers it). */
    loadSamples: handler(noInput, async () => {
      if (!ctx.samplesDir) throw new ApiFailure("not_allowed", "no sample documents with this host");
      return ctx.kb.importPaths([ctx.samplesDir]);
    }),
    exportGraph: handler(
      z
        .strictObject({
          format: z.enum(EXPORT_FORMATS),
          filter: graphFilterSchema.optional(),
          /** A saved view's exact graph, with its positions (x/y in GraphML, viz:position in GEXF). */
          viewId: id.optional(),
          /** Explicit entities; relations among them default to all non-rejected ones. */
          entityIds: z.array(id).max(20_000).optional(),
          relationIds: z.array(id).max(100_000).optional(),
          /** Desktop only: ask the user where to save (a folder for csv) and write there. */
          saveAs: z.boolean().optional(),
          /** Refused: named only so the refusal can say why. */
          path: z.unknown().optional(),
        })
        .refine(
          (x) => [x.filter, x.viewId, x.entityIds].filter((v) => v !== undefined).length <= 1,
          "give one of filter, viewId or entityIds",
        )
        .refine((x) => !x.relationIds || x.entityIds, "relationIds need entityIds"),
      async ({ format, filter, viewId, entityIds, relationIds, saveAs, path }) => {
        if (path !== undefined) throw new ApiFailure("not_allowed", `${NO_WRITES}; on the desktop use saveAs`);
        const source = viewId !== undefined ? { viewId } : entityIds ? { entityIds, relationIds } : (filter ?? {});
        const files = viewing(() => exportGraph(db(), format, source));
        if (!saveAs) return { files, written: [] as string[], cancelled: false };
        const written = await saveWithDialog(files, format, `policy-atlas.${format}`);
        return { files, written: written ?? [], cancelled: written === null };
      },
    ),

    // ---- curation: every action validated here, applied in one transaction, logged in `edits`
    editEntity: handler(editEntitySchema, (input) => act(() => curate.editEntity(db(), input, actor))),
    addAlias: handler(aliasSchema, (input) => act(() => curate.addAlias(db(), input, actor))),
    removeAlias: handler(aliasSchema, (input) => act(() => curate.removeAlias(db(), input, actor))),
    mergeEntities: handler(z.strictObject({ into: id, from: z.array(id).min(1).max(500) }), (input) =>
      act(() => curate.mergeEntities(db(), input, actor)),
    ),
    splitEntity: handler(
      z.strictObject({
        id,
        mentionIds: z.array(id).min(1).max(10_000),
        name: nameSchema,
        type: entityTypeSchema.optional(),
      }),
      (input) => act(() => curate.splitEntity(db(), input, actor)),
    ),
    setReview: handler(targetSchema.extend({ state: reviewStateSchema }), (input) =>
      act(() => curate.setReview(db(), input, actor)),
    ),
    /** From a selection in the document viewer; the name defaults to the selected text. */
    createEntity: handler(
      z
        .strictObject({
          documentId: id,
          start: offset,
          end: z.int().min(1),
          type: entityTypeSchema,
          name: nameSchema.optional(),
        })
        .refine((s) => s.start < s.end, "start must come before end"),
      (input) => act(() => curate.createEntity(db(), input, actor)),
    ),
    createRelation: handler(
      z.strictObject({ type: z.enum(RELATION_TYPES), source: id, target: id, evidence: selectionSchema.optional() }),
      (input) => act(() => curate.createRelation(db(), input, actor)),
    ),
    /** Only what a user created; extracted items are rejected instead. */
    deleteUserItem: handler(targetSchema, (input) => act(() => curate.deleteUserItem(db(), input, actor))),
    undo: handler(noInput, () => ({ edit: curate.undo(db(), actor), ...curate.canUndoRedo(db()) })),
    redo: handler(noInput, () => ({ edit: curate.redo(db(), actor), ...curate.canUndoRedo(db()) })),
    history: handler(
      z.strictObject({
        limit: z.int().min(1).max(1000).optional(),
        offset: offset.optional(),
        newestFirst: z.boolean().optional(),
      }),
      (input) => curate.history(db(), input),
    ),
    reviewQueue: handler(
      z.strictObject({ limit: z.int().min(1).max(500).optional(), offset: offset.optional() }),
      (input) => curate.reviewQueue(db(), input),
    ),
    /** Every entity and stated relation with its sentence, for the review table (it sorts and filters). */
    reviewTable: handler(noInput, () => curate.reviewTable(db())),
    /** One review decision for many items: one transaction, one edits row, one undo. */
    setReviewBatch: handler(
      z
        .strictObject({
          entities: z.array(id).max(50_000).default([]),
          relations: z.array(id).max(200_000).default([]),
          state: reviewStateSchema,
        })
        .refine((x) => x.entities.length + x.relations.length > 0, "name at least one item"),
      (input) => {
        const result = curating(() => curate.setReviewBatch(db(), input, actor));
        return { ...result, ...curate.canUndoRedo(db()) };
      },
    ),
    /** Decisions in force whose entity/relation/document is not in this knowledge base. */
    orphans: handler(noInput, () => curate.orphans(db())),
    exportAnnotations: handler(
      z.strictObject({
        /** Desktop only: ask the user where to save the .json file. */
        saveAs: z.boolean().optional(),
        /** Refused: named only so the refusal can say why. */
        path: z.unknown().optional(),
      }),
      async ({ saveAs, path }) => {
        if (path !== undefined) throw new ApiFailure("not_allowed", `${NO_WRITES}; on the desktop use saveAs`);
        const file = curate.exportAnnotations(db());
        if (!saveAs) return { ...file, written: [] as string[], cancelled: false };
        const written = await saveWithDialog([file], "json", file.name);
        return { ...file, written: written ?? [], cancelled: written === null };
      },
    ),
    importAnnotations: handler(
      z.strictObject({ content: z.string().min(1).max(50_000_000), source: z.string().max(260).optional() }),
      ({ content, source }) => curating(() => curate.importAnnotations(db(), content, actor, source)),
    ),
    /** Re-runs the extractor over every stored document, keeping every decision (backed up first). */
    reextract: handler(noInput, async () => {
      await ctx.kb.backup("before-reextract");
      return curate.reextractAll(db(), actor);
    }),

    // ---- saved views and the briefing pack (db/views, db/briefing)
    viewsList: handler(noInput, () => views.listViews(db())),
    /** Create (no id) or update (id; fields left out keep their saved values). */
    viewSave: handler(viewSaveSchema, (input) => viewing(() => views.saveView(db(), input))),
    /** null when there is no such view. */
    viewGet: handler(z.strictObject({ id }), ({ id }) => views.getView(db(), id)),
    viewRename: handler(z.strictObject({ id, name: viewName }), ({ id, name }) =>
      viewing(() => views.renameView(db(), id, name)),
    ),
    /** `ids`: every view exactly once, in the new order. */
    viewReorder: handler(z.strictObject({ ids: z.array(id).max(10_000) }), ({ ids }) =>
      viewing(() => views.reorderViews(db(), ids)),
    ),
    viewDuplicate: handler(z.strictObject({ id, name: viewName.optional() }), ({ id, name }) =>
      viewing(() => views.duplicateView(db(), id, name)),
    ),
    viewDelete: handler(z.strictObject({ id }), ({ id }) => viewing(() => views.deleteView(db(), id))),
    /** Exactly the saved entities/relations with their positions; keys gone since are listed in `missing`. */
    viewGraph: handler(z.strictObject({ id }), ({ id }) => viewing(() => views.viewGraph(db(), id))),
    viewSvg: handler(viewSvgSchema, (input) =>
      viewing(() =>
        "viewId" in input
          ? { svg: briefing.viewToSvg(db(), input.viewId, undefined, { background: input.background }) }
          : {
              svg: briefing.graphToSvg(input, {
                labelSize: input.labelSize,
                background: input.background,
                title: input.title,
              }),
            },
      ),
    ),
    /** Every saved view in order as one self-contained HTML file (print it, or render it to PDF). */
    briefingPack: handler(briefingPackSchema, ({ images, title, locale }) =>
      viewing(() => ({ html: briefing.briefingHtml(db(), { images, title, locale }) })),
    ),
    /** The briefing pack rendered to PDF; desktop only (the browser prints the HTML instead). */
    briefingPdf: handler(briefingPackSchema, async ({ images, title, locale }) => {
      const render = ctx.renderPdf;
      if (!render) {
        throw new ApiFailure("not_available", "PDF needs the desktop app; use print to PDF in the browser");
      }
      const html = viewing(() => briefing.briefingHtml(db(), { images, title, locale }));
      return { base64: (await briefing.briefingPdf(html, render)).toString("base64") };
    }),
    /**
     * The presenter's picture of what is drawn: the graph's whole extent with title, legend,
     * source line and every name placed (SVG; the window rasterises it for PNG), or the same
     * frame as a vector PDF on A4/Letter landscape with selectable text. `labels` lists the
     * names drawn, in drawing order.
     */
    framePicture: handler(frameSchema, async (input) => {
      const locale = input.locale ?? ctx.getLocale();
      const frame = briefing.layoutFrame(input, {
        framed: true,
        labelSize: input.labelSize,
        title: input.title,
        note: input.note,
        locale,
        source: briefing.sourceLine(
          db(),
          input.nodes.map((n) => n.id),
          locale,
        ),
      });
      const labels = frame.labels.map((l) => ({ id: l.id, text: l.text }));
      const size = { width: frame.width, height: frame.height };
      if (input.format === "svg") {
        return {
          ...size,
          labels,
          svg: briefing.frameToSvg(frame, { background: input.background, title: input.title }),
        };
      }
      try {
        const png = input.png ? pngFromDataUrl(input.png) : undefined;
        const out = await briefing.frameToPdf(frame, { paper: input.paper, title: input.title, png });
        return { ...size, labels, text: out.text, base64: Buffer.from(out.pdf).toString("base64") };
      } catch (err) {
        if (err instanceof PngError) throw new ApiFailure("invalid_input", `framePicture: ${err.message}`);
        throw err;
      }
    }),
    /** One picture (the window's PNG export) as a one-page PDF, for "export as PDF". */
    imagePdf: handler(
      z.strictObject({
        png: z.string().startsWith("data:image/png;base64,", "must be a PNG data URL").max(80_000_000),
        title: z.string().max(200).optional(),
      }),
      ({ png, title }) => {
        try {
          return { base64: pngToPdf(pngFromDataUrl(png), { title }).toString("base64") };
        } catch (err) {
          if (err instanceof PngError) throw new ApiFailure("invalid_input", `imagePdf: ${err.message}`);
          throw err;
        }
      },
    ),
    ...timeHandlers(db, actor, (code, message) => new ApiFailure(code, message), curate.canUndoRedo),
  } satisfies { [K in ApiName]: Handler<z.ZodType, unknown> };
  for (const name of WRITES) {
    const h = table[name] as Handler<z.ZodType, unknown>;
    const run = h.run;
    h.run = (input) => {
      if (ctx.kb.readOnly) throw new ApiFailure("not_allowed", readOnlyMessage(ctx.kb.dbFile));
      return run(input);
    };
  }
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

/** Deeper input than any handler takes is refused before validation walks it. */
export const MAX_INPUT_DEPTH = 32;

/** Whether `value` nests objects/arrays deeper than `max` (iterative: no stack to overflow). */
export function tooDeep(value: unknown, max = MAX_INPUT_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== "object") continue;
    if (d >= max) return true;
    for (const child of Object.values(v)) if (child !== null && typeof child === "object") stack.push([child, d + 1]);
  }
  return false;
}

/** Validates and runs one call. Never throws: every failure, validation included, becomes { ok: false, error }. */
export async function dispatch(table: HandlerTable, name: unknown, input: unknown): Promise<ApiResult<unknown>> {
  if (!isApiName(name)) {
    return { ok: false, error: { code: "unknown_handler", message: `unknown handler: ${String(name).slice(0, 80)}` } };
  }
  try {
    if (tooDeep(input)) throw new ApiFailure("invalid_input", `${name}: input nested deeper than ${MAX_INPUT_DEPTH}`);
    const h = table[name] as Handler<z.ZodType, unknown>;
    const parsed = h.input.safeParse(input ?? {});
    if (!parsed.success) throw new ApiFailure("invalid_input", `${name}: ${describeIssues(parsed.error)}`);
    return { ok: true, data: await h.run(parsed.data) };
  } catch (err) {
    if (err instanceof ApiFailure) return { ok: false, error: { code: err.code, message: err.message } };
    const known = knownFailure(err);
    if (known) return { ok: false, error: known };
    // Unexpected: keep the process alive, log the stack here, give the renderer the message only.
    console.error(`[api] ${name} failed:`, err);
    return { ok: false, error: { code: "internal", message: err instanceof Error ? err.message : String(err) } };
  }
}

/** SQLite failures a user can act on, in words. */
function knownFailure(err: unknown): ApiError | null {
  const code = (err as { code?: unknown })?.code;
  if (code === "SQLITE_READONLY" || code === "SQLITE_READONLY_DBMOVED")
    return { code: "not_allowed", message: "the knowledge base is read-only; nothing was changed" };
  if (code === "SQLITE_FULL") return { code: "internal", message: "the disk is full; nothing was changed" };
  if (code === "SQLITE_BUSY")
    return { code: "conflict", message: "another program is writing the knowledge base; try again" };
  if (err instanceof RangeError && /call stack/i.test(err.message))
    return { code: "invalid_input", message: "input is nested too deeply" };
  return null;
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
