// The one table of handlers the renderer may call, over IPC (desktop) or HTTP (web host),
// combined from the groups in electron/api/ (one file per domain, each with its zod schemas:
// the renderer is never trusted). Adding a handler is one entry in its group plus its name in
// api-names.ts; the `satisfies` below fails the build when a name has no handler.
import type { z } from "zod";
import { readOnlyMessage } from "../db/store/open.ts";
import { briefingHandlers } from "./api/briefing.ts";
import { type ApiContext, ApiFailure, type ApiResult, createScope, type Handler } from "./api/core.ts";
import { curationHandlers } from "./api/curation.ts";
import { exportHandlers } from "./api/export.ts";
import { graphHandlers } from "./api/graph.ts";
import { importHandlers } from "./api/import.ts";
import { positionHandlers } from "./api/positions.ts";
import { shellHandlers } from "./api/shell.ts";
import { timeHandlers } from "./api/time.ts";
import { viewHandlers } from "./api/views.ts";
import { type ApiName } from "./api-names.ts";
import type { KbEvent } from "./knowledge-base.ts";
import type { Locale } from "./locale.ts";

export {
  type ApiContext,
  type ApiError,
  type ApiErrorCode,
  ApiFailure,
  type ApiResult,
  type HostDialogs,
} from "./api/core.ts";
export { dispatch, MAX_INPUT_DEPTH, tooDeep } from "./api/dispatch.ts";
export { cleanQuery, ENTITY_PAGE, graphFilterSchema } from "./api/graph.ts";
export { API_NAMES, type ApiName } from "./api-names.ts";
export type { KbEvent, KbStatus } from "./knowledge-base.ts";
export type { Locale } from "./locale.ts";

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
  "positionsSave",
];

export function createHandlers(ctx: ApiContext) {
  const scope = createScope(ctx);
  const table = {
    ...shellHandlers(scope),
    ...graphHandlers(scope),
    ...importHandlers(scope),
    ...exportHandlers(scope),
    ...curationHandlers(scope),
    ...viewHandlers(scope),
    ...briefingHandlers(scope),
    ...timeHandlers(scope),
    ...positionHandlers(scope),
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
