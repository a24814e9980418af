// Handlers that bring documents in: the desktop's open dialog (a handle, never paths),
// uploads and chosen files, and the bundled samples.
import { randomBytes } from "node:crypto";
import { basename } from "node:path";
import { z } from "zod";
import { ApiFailure, handler, NO_PATHS, noInput, type Scope } from "./core.ts";

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

export function importHandlers({ ctx }: Scope) {
  const grants = new Grants();
  return {
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
        rejected: [] as { file: string; reason: string }[],
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
  };
}
