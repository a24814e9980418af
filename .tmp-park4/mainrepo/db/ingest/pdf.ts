// PDF text layer via pdfjs-dist's legacy build (the one that runs in Node 20).
// Scanned PDFs have no text layer; they are refused rather than stored empty.

import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { checkChars, checkPdfPages, DEFAULT_LIMITS, type ImportLimits } from "./limits.ts";

const require = createRequire(import.meta.url);

interface TextItemLike {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

/** Extract the text of every page; lines end with "\n", pages are separated by a blank line. */
export async function pdfToText(
  bytes: Uint8Array,
  opts: { fileName?: string; limits?: ImportLimits } = {},
): Promise<string> {
  const fileName = opts.fileName ?? "document.pdf";
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const root = dirname(require.resolve("pdfjs-dist/package.json"));
  // Node: the worker runs in-process ("fake worker"), loaded from this file.
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(join(root, "legacy/build/pdf.worker.mjs")).href;
  const task = pdfjs.getDocument({
    // pdfjs detaches the buffer it is given; hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: `${join(root, "cmaps")}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(root, "standard_fonts")}/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    checkPdfPages(fileName, doc.numPages, limits);
    const pages: string[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const text = itemsToText(content.items as TextItemLike[]);
      pages.push(text);
      page.cleanup();
      // Stop reading as soon as the text is over the limit, not after the last page.
      chars += text.length;
      checkChars(fileName, chars, limits);
    }
    return pages.join("\n\n");
  } finally {
    await doc.destroy();
  }
}

/** Items on one baseline form a line; a change of baseline or hasEOL ends it. */
function itemsToText(items: TextItemLike[]): string {
  let out = "";
  let lastY: number | null = null;
  for (const item of items) {
    if (typeof item.str !== "string") continue;
    const y = item.transform?.[5] ?? null;
    if (lastY !== null && y !== null && Math.abs(y - lastY) > 2 && !out.endsWith("\n")) out += "\n";
    out += item.str;
    if (item.hasEOL) out += "\n";
    if (y !== null) lastY = y;
  }
  return out;
}
