// The importer says why a file was refused with a code (db/ingest/errors.ts); the UI names the
// kind of problem in the user's language and says what to do. The English reason is kept as the
// row's tooltip and for an unknown code.
export type ReasonKind =
  | "unsupported"
  | "scanned"
  | "damaged"
  | "empty"
  | "encoding"
  | "tooLarge"
  | "notFound"
  | "other";

const KIND: Record<string, ReasonKind> = {
  unsupported: "unsupported",
  scanned_pdf: "scanned",
  damaged: "damaged",
  too_large: "tooLarge",
  empty: "empty",
  encoding: "encoding",
  not_found: "notFound",
};

export function reasonKind(code: string | undefined): ReasonKind {
  return (code && KIND[code]) || "other";
}
