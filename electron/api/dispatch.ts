// One call through the table: the depth guard, zod validation, and every failure turned into
// { ok: false, error } (expected refusals by code, SQLite failures in words, the rest as internal).
import type { z } from "zod";
import { type ApiName, isApiName } from "../api-names.ts";
import { type ApiError, ApiFailure, type ApiResult, type Handler } from "./core.ts";

/** Any table whose entries are handlers by name; the combined table (api.ts) is one. */
type AnyTable = { [K in ApiName]: Handler<z.ZodType, unknown> };

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
export async function dispatch(table: AnyTable, name: unknown, input: unknown): Promise<ApiResult<unknown>> {
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
