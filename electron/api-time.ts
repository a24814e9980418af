// Handlers of the timeline, comparisons, entity history and hand-set dates (db/time), spread
// into the one handler table of api.ts. Inputs are validated here like every other handler.
import { z } from "zod";
import { CurationError } from "../db/curate/index.ts";
import type { DB } from "../db/store/open.ts";
import * as time from "../db/time/index.ts";

const yearish = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u, "must be YYYY, YYYY-MM or YYYY-MM-DD");
export const timeSelectorSchema = z.union([
  z.string().trim().min(1).max(300),
  z.strictObject({
    units: z
      .array(z.string().regex(/^d\d+(?:@\d+)?$/u))
      .min(1)
      .max(2000),
  }),
  z
    .strictObject({ from: yearish.optional(), to: yearish.optional() })
    .refine((r) => r.from !== undefined || r.to !== undefined, "give from or to"),
]);

/** Selector and curation refusals are expected: they reach the renderer as codes. */
function guarded<T>(
  fail: (code: "invalid_input" | "not_found" | "conflict", message: string) => Error,
  fn: () => T,
): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof time.SelectorError) throw fail("invalid_input", err.message);
    if (err instanceof CurationError) throw fail(err.code === "invalid" ? "invalid_input" : err.code, err.message);
    throw err;
  }
}

function handler<S extends z.ZodType, R>(input: S, run: (input: z.output<S>) => R): { input: S; run: typeof run } {
  return { input, run };
}

export function timeHandlers(
  db: () => DB,
  actor: string,
  fail: (code: "invalid_input" | "not_found" | "conflict", message: string) => Error,
  undoState: (db: DB) => { canUndo: boolean; canRedo: boolean },
) {
  const pair = z.strictObject({ a: timeSelectorSchema, b: timeSelectorSchema, coMention: z.boolean().optional() });
  return {
    /** Documents and gazette parts with their dates (undated ones last). */
    timeUnits: handler(z.strictObject({}), () => time.listUnits(db())),
    /** What a document or range states: entity and relation ids, for the time filter. */
    timeStated: handler(z.strictObject({ selector: timeSelectorSchema }), ({ selector }) =>
      guarded(fail, () => time.statedIds(db(), selector)),
    ),
    compare: handler(pair, ({ a, b, coMention }) => guarded(fail, () => time.compare(db(), a, b, { coMention }))),
    compareCsv: handler(pair.extend({ locale: z.enum(["zh-CN", "en"]).optional() }), ({ a, b, coMention, locale }) =>
      guarded(fail, () => ({
        name: "comparison.csv",
        content: time.comparisonCsv(time.compare(db(), a, b, { coMention }), locale),
      })),
    ),
    /** null when there is no such entity. */
    entityHistory: handler(z.strictObject({ id: z.int().min(1) }), ({ id }) => time.entityHistory(db(), id)),
    /** Dates a document (or gazette part) by hand: a curation decision, undone with undo. */
    setDocumentDate: handler(
      z.strictObject({ unit: z.string().regex(/^d\d+(?:@\d+)?$/u), date: z.string().max(20) }),
      (input) => guarded(fail, () => ({ ...time.setDocumentDate(db(), input, actor), ...undoState(db()) })),
    ),
  };
}
