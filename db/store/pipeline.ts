// The store's view of the ingest and extract modules (their contract signatures), in one
// place so the store's import path names exactly what it depends on.
import { resolutionKey } from "../extract/canonical.ts";
import { extract } from "../extract/index.ts";
import { readDocument, SUPPORTED_EXTENSIONS } from "../ingest/index.ts";
import type { ImportLimits } from "../ingest/limits.ts";
import type { EntityType, Extraction, IngestedDoc, Section } from "../types.ts";

export type ExtractFn = (doc: { text: string; sections?: Section[]; fileName?: string }) => Extraction;
export type ResolutionKeyFn = (type: EntityType, name: string) => string;
export type ReadDocumentFn = (path: string, limits?: ImportLimits) => Promise<IngestedDoc>;

export function extractor(): ExtractFn {
  return extract;
}

export function resolver(): ResolutionKeyFn {
  return resolutionKey;
}

export function documentReader(): ReadDocumentFn {
  return readDocument;
}

export function supportedExtensions(): string[] {
  return SUPPORTED_EXTENSIONS.map((e) => e.toLowerCase());
}

/** IngestError carries .file and .reason (contract); anything else is reported by its message. */
export function describeError(err: unknown): string {
  if (err && typeof err === "object" && "reason" in err && typeof err.reason === "string") return err.reason;
  if (err instanceof Error) return err.message;
  return String(err);
}
