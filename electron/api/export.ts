// The graph export handler (db/export): GraphML, GEXF, CSV and JSON of a filter, a saved view
// or explicit entities, returned to the page or (desktop) written where the user chose.
import { z } from "zod";
import { EXPORT_FORMATS, exportGraph } from "../../db/export/index.ts";
import { ApiFailure, handler, id, NO_WRITES, type Scope } from "./core.ts";
import { graphFilterSchema } from "./graph.ts";
import { viewing } from "./views.ts";

export function exportHandlers({ db, saveWithDialog }: Scope) {
  return {
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
  };
}
