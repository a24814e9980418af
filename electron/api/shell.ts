// Handlers about the app itself: what it is, the knowledge base's status, the language.
import { z } from "zod";
import { SUPPORTED_EXTENSIONS } from "../../db/ingest/index.ts";
import { API_NAMES } from "../api-names.ts";
import { LOCALES } from "../locale.ts";
import { handler, noInput, type Scope } from "./core.ts";

export function shellHandlers({ ctx }: Scope) {
  return {
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
  };
}
