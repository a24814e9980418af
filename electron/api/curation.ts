// Curation handlers (db/curate): every action validated here, applied in one transaction and
// logged in `edits`; undo/redo, the review queue and table, annotations in and out, re-extraction.
import { z } from "zod";
import * as curate from "../../db/curate/index.ts";
import { reextractAll } from "../../db/pipeline/index.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../../db/types.ts";
import { ApiFailure, handler, id, NO_WRITES, nameSchema, noInput, offset, type Scope } from "./core.ts";

const entityTypeSchema = z.enum(ENTITY_TYPES);
const reviewStateSchema = z.enum(["unreviewed", "confirmed", "rejected"]);
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
const reviewFiltersSchema = z.strictObject({
  kind: z.enum(["all", "entity", "relation"]).optional(),
  type: z.string().max(100).optional(),
  document: id.nullable().optional(),
  state: z.union([reviewStateSchema, z.literal("")]).optional(),
  rule: z.string().max(200).optional(),
  confidence: z.enum(["", "low", "mid", "high"]).optional(),
  text: z.string().max(200).optional(),
});
/** What the review table shows: its filters and the items kept on screen (decided this session). */
const reviewSetSchema = z.strictObject({
  filters: reviewFiltersSchema.optional(),
  keep: z.strictObject({ entities: z.array(id).max(50_000), relations: z.array(id).max(200_000) }).optional(),
});
const aliasSchema = z.strictObject({ id, alias: nameSchema });
const targetSchema = z.strictObject({ kind: z.enum(["entity", "relation"]), id });

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

export function curationHandlers({ ctx, db, actor, saveWithDialog }: Scope) {
  /** A curation action's result, with what the undo/redo buttons need. */
  const act = (fn: () => curate.ActionResult) => {
    const result = curating(fn);
    return { ...result, ...curate.canUndoRedo(db()) };
  };
  return {
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
    /** One page of the review table (entities and stated relations with their sentence), filtered and
     * sorted in SQL, with the total and the counts by state; `facets` adds the filter menus' counts. */
    reviewTable: handler(
      reviewSetSchema.extend({
        sort: z
          .strictObject({
            key: z.enum(["label", "type", "document", "confidence", "rule", "state"]),
            dir: z.union([z.literal(1), z.literal(-1)]),
          })
          .optional(),
        offset: offset.optional(),
        limit: z.int().min(1).max(100_000).default(200),
        facets: z.boolean().optional(),
      }),
      (input) => curate.reviewTable(db(), input),
    ),
    /** The ids "confirm/reject all shown" changes: every item passing whose state is not `state` yet. */
    reviewKeys: handler(reviewSetSchema.extend({ state: reviewStateSchema }), ({ state, ...set }) =>
      curate.reviewKeys(db(), set, state),
    ),
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
      return reextractAll(db(), actor);
    }),
  };
}
