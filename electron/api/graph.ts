// Handlers that read the graph (db/graph): stats, subgraphs, neighbourhoods, paths, an entity's
// details, documents and search.
import { z } from "zod";
import {
  entityDetail,
  getDocument,
  listDocuments,
  listDocumentsPage,
  neighbourhood,
  search,
  shortestPath,
  stats,
  subgraph,
} from "../../db/graph/index.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../../db/types.ts";
import { handler, id, noInput, type Scope } from "./core.ts";

/** Control characters (NUL included) mean nothing in a search and upset FTS5. */
export function cleanQuery(q: string): string {
  return q.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
}

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
  /** Only these entities: the renderer refreshes the nodes pulled in by hand without the whole graph. */
  ids: z.array(id).max(100_000).optional(),
  /** At most this many nodes, by degree (the overview at scale); totals say how many matched. */
  limit: z.int().min(1).max(1_000_000).optional(),
});

export function graphHandlers({ db }: Scope) {
  return {
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
    /** A page of the documents list with the total (the sidebar; the whole list grows with the corpus). */
    documentsPage: handler(
      z.strictObject({
        offset: z.int().min(0).optional(),
        limit: z.int().min(1).max(1000).optional(),
        order: z.enum(["date", "entities"]).optional(),
        ids: z.array(id).max(1000).optional(),
      }),
      (input) => listDocumentsPage(db(), input),
    ),
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
  };
}
