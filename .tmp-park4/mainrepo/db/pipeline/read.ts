// The pipeline's first step: bytes (a path on disk or an upload) to an ingested document.
import { type ImportLimits, readDocument, readDocumentBytes } from "../ingest/index.ts";
import type { IngestedDoc } from "../types.ts";

/** A file on disk the host chose, or an upload's bytes (its name is only a label). */
export type ImportInput = { kind: "path"; path: string } | { kind: "bytes"; name: string; bytes: Uint8Array };

export function readInput(input: ImportInput, limits?: ImportLimits): Promise<IngestedDoc> {
  return input.kind === "path" ? readDocument(input.path, limits) : readDocumentBytes(input.name, input.bytes, limits);
}

/** IngestError carries .file and .reason (contract); anything else is reported by its message. */
export function describeError(err: unknown): string {
  if (err && typeof err === "object" && "reason" in err && typeof err.reason === "string") return err.reason;
  if (err instanceof Error) return err.message;
  return String(err);
}
