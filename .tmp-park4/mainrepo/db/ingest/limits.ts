// How big a document may be before it is refused: a policy document is at most a few MB and a
// few hundred thousand characters; a 400 MB .docx or a 50 MB text file is an accident or an
// attack and would exhaust memory and the database. Every limit is checked before the costly
// step it guards (file size before reading, ZIP entry sizes before inflating, page count
// before reading pages). Configurable through environment variables (see README "Your data").
import { IngestError } from "./errors.ts";

export interface ImportLimits {
  /** Bytes of one file as stored (any format). */
  maxFileBytes: number;
  /** Sum of a .docx's declared uncompressed ZIP entry sizes. */
  maxUnzippedBytes: number;
  /** Uncompressed size over compressed size of a .docx as a whole. */
  maxZipRatio: number;
  /** Characters of text one document may hold. */
  maxChars: number;
  /** Pages of one PDF. */
  maxPdfPages: number;
  /** Memory (MB of JS heap) the reader thread may use for one file. */
  maxReaderMemoryMb: number;
}

export const DEFAULT_LIMITS: Readonly<ImportLimits> = {
  maxFileBytes: 30 * 1024 * 1024,
  maxUnzippedBytes: 60 * 1024 * 1024,
  maxZipRatio: 100,
  maxChars: 2_000_000,
  maxPdfPages: 2_000,
  maxReaderMemoryMb: 1_024,
};

const ENV: Record<keyof ImportLimits, [name: string, scale: number]> = {
  maxFileBytes: ["KG_MAX_FILE_MB", 1024 * 1024],
  maxUnzippedBytes: ["KG_MAX_UNZIPPED_MB", 1024 * 1024],
  maxZipRatio: ["KG_MAX_ZIP_RATIO", 1],
  maxChars: ["KG_MAX_CHARS", 1],
  maxPdfPages: ["KG_MAX_PDF_PAGES", 1],
  maxReaderMemoryMb: ["KG_MAX_READER_MB", 1],
};

/** DEFAULT_LIMITS overridden by KG_MAX_* variables; a malformed value is an error naming it. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): ImportLimits {
  const limits: ImportLimits = { ...DEFAULT_LIMITS };
  for (const [key, [name, scale]] of Object.entries(ENV) as [keyof ImportLimits, [string, number]][]) {
    const raw = env[name];
    if (raw === undefined || raw === "") continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
    limits[key] = Math.round(n * scale);
  }
  return limits;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

export function checkFileSize(fileName: string, bytes: number, limits: ImportLimits): void {
  if (bytes > limits.maxFileBytes) {
    throw new IngestError(
      fileName,
      `file is ${mb(bytes)}, over the ${mb(limits.maxFileBytes)} limit for one document (KG_MAX_FILE_MB)`,
      "too_large",
    );
  }
}

export function checkChars(fileName: string, chars: number, limits: ImportLimits): void {
  if (chars > limits.maxChars) {
    throw new IngestError(
      fileName,
      `document has ${chars.toLocaleString("en")} characters, over the limit of ${limits.maxChars.toLocaleString("en")} (KG_MAX_CHARS); split it`,
      "too_large",
    );
  }
}

export function checkPdfPages(fileName: string, pages: number, limits: ImportLimits): void {
  if (pages > limits.maxPdfPages) {
    throw new IngestError(
      fileName,
      `PDF has ${pages} pages, over the limit of ${limits.maxPdfPages} (KG_MAX_PDF_PAGES)`,
      "too_large",
    );
  }
}

/**
 * Reads the ZIP central directory (no inflating) and refuses archives whose entries declare
 * more than maxUnzippedBytes in all or a ratio above maxZipRatio. An archive whose directory
 * lies is refused by jszip's own size check after inflating; the reader thread's memory
 * limit (maxReaderMemoryMb) bounds what that can cost.
 */
export function checkZip(fileName: string, bytes: Uint8Array, limits: ImportLimits): { unzipped: number } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0)
    throw new IngestError(fileName, "cannot read DOCX: its ZIP directory is missing (truncated file?)", "damaged");
  const entries = buf.readUInt16LE(eocd + 10);
  const dirSize = buf.readUInt32LE(eocd + 12);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || dirOffset === 0xffffffff || dirOffset + dirSize > buf.length) {
    throw new IngestError(fileName, "ZIP64 or damaged ZIP directory: not a .docx this program reads", "damaged");
  }
  let unzipped = 0;
  let at = dirOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) {
      throw new IngestError(fileName, "cannot read DOCX: damaged ZIP directory", "damaged");
    }
    const size = buf.readUInt32LE(at + 24);
    if (size === 0xffffffff)
      throw new IngestError(fileName, "ZIP64 entry: not a .docx this program reads", "unsupported");
    unzipped += size;
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  if (unzipped > limits.maxUnzippedBytes) {
    throw new IngestError(
      fileName,
      `.docx unpacks to ${mb(unzipped)}, over the ${mb(limits.maxUnzippedBytes)} limit (KG_MAX_UNZIPPED_MB)`,
      "too_large",
    );
  }
  const ratio = unzipped / Math.max(buf.length, 1);
  if (ratio > limits.maxZipRatio) {
    throw new IngestError(
      fileName,
      `.docx unpacks to ${Math.round(ratio)} times its size (limit ${limits.maxZipRatio}, KG_MAX_ZIP_RATIO): refused as a likely ZIP bomb`,
      "too_large",
    );
  }
  return { unzipped };
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535.
  const stop = Math.max(0, buf.length - 22 - 65_535);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
