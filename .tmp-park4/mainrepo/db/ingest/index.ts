// Reading one file into an IngestedDoc: bytes → text (per format, encoding
// detected) → normalised text → metadata, parts, sections. Anything that is
// not a readable document is refused with an IngestError naming the file.

import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { DocFormat, IngestedDoc } from "../types.ts";
import { DecodeError, decodeText } from "./decode.ts";
import { docxToText } from "./docx.ts";
import { IngestError } from "./errors.ts";
import { decodeHtml } from "./html.ts";
import { checkChars, checkFileSize, checkZip, DEFAULT_LIMITS, type ImportLimits } from "./limits.ts";
import { type NormalizeOptions, normalizeText } from "./normalize.ts";
import { layoutDocument } from "./parts.ts";
import { pdfToText } from "./pdf.ts";
import { parseSections } from "./structure.ts";

export { IngestError } from "./errors.ts";
export { DEFAULT_LIMITS, type ImportLimits, limitsFromEnv } from "./limits.ts";
export { normalizeText } from "./normalize.ts";

export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".docx", ".pdf", ".html", ".htm"] as const;

const FORMAT_BY_EXTENSION: Record<string, DocFormat> = {
  ".txt": "txt",
  ".md": "md",
  ".docx": "docx",
  ".pdf": "pdf",
  ".html": "html",
  ".htm": "html",
};

export function isSupportedFile(path: string): boolean {
  return extname(path).toLowerCase() in FORMAT_BY_EXTENSION;
}

/** Read and ingest one file. Throws IngestError (file = `path`) when it cannot. */
export async function readDocument(path: string, limits: ImportLimits = DEFAULT_LIMITS): Promise<IngestedDoc> {
  checkExtension(path);
  let bytes: Uint8Array;
  try {
    // The size first: a 5 GB file is refused without reading it.
    checkFileSize(path, (await stat(path)).size, limits);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof IngestError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw code === "ENOENT"
      ? new IngestError(path, "file not found", "not_found")
      : new IngestError(path, `cannot read file (${code ?? String(e)})`, "damaged");
  }
  try {
    return await readDocumentBytes(basename(path), bytes, limits);
  } catch (e) {
    if (e instanceof IngestError) throw new IngestError(path, e.reason, e.code);
    throw e;
  }
}

/** Ingest a file's content; `fileName` picks the format by its extension and names the file in errors. */
export async function readDocumentBytes(
  fileName: string,
  bytes: Uint8Array,
  limits: ImportLimits = DEFAULT_LIMITS,
): Promise<IngestedDoc> {
  const format = checkExtension(fileName);
  checkFileSize(fileName, bytes.byteLength, limits);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const { raw, encoding, htmlTitle, reflow } = await extractText(fileName, format, bytes, limits);
  // Normalising only shrinks text by whitespace: far over the limit is refused before that work.
  if (raw.length > limits.maxChars * 2) checkChars(fileName, raw.length, limits);
  const text = normalizeText(raw, { reflow });
  checkChars(fileName, text.length, limits);
  if (text.trim() === "")
    throw format === "pdf"
      ? new IngestError(fileName, "PDF has no text layer (scanned images?)", "scanned_pdf")
      : new IngestError(fileName, "no text in file", "empty");

  const stem = basename(fileName, extname(fileName));
  const { meta, parts } = layoutDocument(text, stem);
  return {
    fileName,
    sha256,
    format,
    encoding,
    text,
    title: meta.title ?? htmlTitle ?? null,
    docNumber: meta.docNumber,
    issueDate: meta.issueDate,
    issuer: meta.issuer,
    sections: parseSections(text),
    parts,
  };
}

function checkExtension(fileName: string): DocFormat {
  const ext = extname(fileName).toLowerCase();
  const format = FORMAT_BY_EXTENSION[ext];
  if (!format) {
    const what = ext === "" ? "no file extension" : `unsupported file type "${ext}"`;
    const hint = ext === ".doc" || ext === ".wps" ? "; save it as .docx" : "";
    throw new IngestError(fileName, `${what} (supported: ${SUPPORTED_EXTENSIONS.join(", ")})${hint}`, "unsupported");
  }
  return format;
}

interface RawText {
  raw: string;
  encoding: string;
  htmlTitle?: string | null;
  /** See NormalizeOptions.reflow: paragraph formats only reflow what is clearly line-wrapped. */
  reflow: NormalizeOptions["reflow"];
}

async function extractText(
  fileName: string,
  format: DocFormat,
  bytes: Uint8Array,
  limits: ImportLimits,
): Promise<RawText> {
  try {
    switch (format) {
      case "txt":
      case "md": {
        const { text, encoding } = decodeText(bytes);
        return { raw: text, encoding, reflow: true };
      }
      case "html": {
        const { text, encoding, title } = decodeHtml(bytes);
        return { raw: text, encoding, htmlTitle: title, reflow: "wrapped" };
      }
      case "docx": {
        if (!startsWith(bytes, "PK\u0003\u0004"))
          throw new IngestError(fileName, "not a .docx file (no ZIP signature)", "unsupported");
        checkZip(fileName, bytes, limits);
        return { raw: await docxToText(bytes), encoding: "binary", reflow: "wrapped" };
      }
      case "pdf": {
        if (!Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-"))
          throw new IngestError(fileName, "not a PDF file (no %PDF header)", "unsupported");
        return { raw: await pdfToText(bytes, { fileName, limits }), encoding: "binary", reflow: true };
      }
    }
  } catch (e) {
    if (e instanceof IngestError) throw e;
    if (e instanceof DecodeError) throw new IngestError(fileName, e.message, e.code);
    const message = e instanceof Error ? e.message : String(e);
    throw new IngestError(fileName, `cannot read ${format.toUpperCase()}: ${message}`, "damaged");
  }
}

function startsWith(bytes: Uint8Array, magic: string): boolean {
  return Buffer.from(bytes.subarray(0, magic.length)).toString("latin1") === magic;
}
