// Saved-view handlers (db/views): list, save, get, rename, reorder, duplicate, delete, and a
// view's exact graph.
import { z } from "zod";
import { RELATION_TYPES } from "../../db/types.ts";
import * as views from "../../db/views/index.ts";
import { ApiFailure, handler, id, noInput, type Scope } from "./core.ts";
import { graphFilterSchema } from "./graph.ts";
import { timeSelectorSchema } from "./time.ts";

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

/** View refusals are expected outcomes: they reach the renderer as codes, not as internal errors. */
export function viewing<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof views.ViewError) {
      throw new ApiFailure(err.code === "not_found" ? "not_found" : "invalid_input", err.message);
    }
    throw err;
  }
}

export function viewHandlers({ db }: Scope) {
  return {
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
  };
}
