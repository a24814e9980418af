// Handlers of the timeline, comparisons, entity history and hand-set dates (db/time).
import { z } from "zod";
import { CurationError, canUndoRedo } from "../../db/curate/index.ts";
import * as time from "../../db/time/index.ts";
import { ApiFailure, handler, type Scope } from "./core.ts";
import { keptResult } from "./kept-result.ts";

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
function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof time.SelectorError) throw new ApiFailure("invalid_input", err.message);
    if (err instanceof CurationError) {
      throw new ApiFailure(err.code === "invalid" ? "invalid_input" : err.code, err.message);
    }
    throw err;
  }
}

export function timeHandlers({ db, actor }: Scope) {
  const pair = z.strictObject({ a: timeSelectorSchema, b: timeSelectorSchema, coMention: z.boolean().optional() });
  return {
    /** Documents and gazette parts with their dates (undated ones last). */
    timeUnits: handler(z.strictObject({}), () =>
      // The hash keys hand-set dates inside the database; the renderer never reads it (a quarter of the bytes).
      time.listUnits(db()).map(({ sha256, ...u }) => u),
    ),
    /**
     * The same units as columns (one array per field): at 10,000 documents the keys repeated in
     * every object were nearly half of 2.5 MB of JSON, encoded and decoded on every timeline load.
     */
    timeUnitsPacked: handler(z.strictObject({}), () =>
      // Kept with the units' own cache (until a document or its date changes): packed and encoded once.
      time.fromUnits(db(), "packed", (units) => keptResult(packUnits(units))),
    ),
    /** What a document or range states: entity and relation ids, for the time filter. */
    timeStated: handler(z.strictObject({ selector: timeSelectorSchema }), ({ selector }) =>
      guarded(() => time.statedIds(db(), selector)),
    ),
    compare: handler(pair, ({ a, b, coMention }) => guarded(() => time.compare(db(), a, b, { coMention }))),
    compareCsv: handler(pair.extend({ locale: z.enum(["zh-CN", "en"]).optional() }), ({ a, b, coMention, locale }) =>
      guarded(() => ({
        name: "comparison.csv",
        content: time.comparisonCsv(time.compare(db(), a, b, { coMention }), locale),
      })),
    ),
    /** null when there is no such entity. */
    entityHistory: handler(z.strictObject({ id: z.int().min(1) }), ({ id }) => time.entityHistory(db(), id)),
    /** Dates a document (or gazette part) by hand: a curation decision, undone with undo. */
    setDocumentDate: handler(
      z.strictObject({ unit: z.string().regex(/^d\d+(?:@\d+)?$/u), date: z.string().max(20) }),
      (input) => guarded(() => ({ ...time.setDocumentDate(db(), input, actor), ...canUndoRedo(db()) })),
    ),
  };
}

/** A unit as the renderer receives it: the hash that keys hand-set dates stays inside. */
export type ListedUnit = Omit<time.TimeUnit, "sha256">;
const UNIT_FIELDS = [
  "id",
  "documentId",
  "fileName",
  "kind",
  "partOf",
  "start",
  "end",
  "title",
  "docNumber",
  "issuer",
  "date",
  "handDated",
] as const satisfies readonly (keyof ListedUnit)[];

export interface PackedUnits {
  count: number;
  columns: { [K in (typeof UNIT_FIELDS)[number]]: ListedUnit[K][] };
}

export function packUnits(units: time.TimeUnit[]): PackedUnits {
  const columns = Object.fromEntries(UNIT_FIELDS.map((f) => [f, units.map((u) => u[f])])) as PackedUnits["columns"];
  return { count: units.length, columns };
}
