/**
 * Why a file was not imported, as a code the UI translates (the English reason stays for the
 * CLI and logs): unsupported format, a PDF without a text layer, a damaged file, over a size
 * limit, no text, an unknown text encoding, a path that does not exist, anything else.
 */
export const INGEST_CODES = [
  "unsupported",
  "scanned_pdf",
  "damaged",
  "too_large",
  "empty",
  "encoding",
  "not_found",
  "failed",
] as const;
export type IngestCode = (typeof INGEST_CODES)[number];

const CODES = new Set<string>(INGEST_CODES);

/** A file that cannot be read as a document. The message names the file and the reason. */
export class IngestError extends Error {
  readonly file: string;
  readonly reason: string;
  readonly code: IngestCode;

  constructor(file: string, reason: string, code: IngestCode = "failed") {
    super(`${file}: ${reason}`);
    this.name = "IngestError";
    this.file = file;
    this.reason = reason;
    this.code = code;
  }
}

/** The code an error carries (IngestError, DecodeError), or "failed". Node's ENOENT-style codes are not ours. */
export function errorCode(err: unknown): IngestCode {
  const code = err && typeof err === "object" && "code" in err ? (err as { code: unknown }).code : undefined;
  return typeof code === "string" && CODES.has(code) ? (code as IngestCode) : "failed";
}
