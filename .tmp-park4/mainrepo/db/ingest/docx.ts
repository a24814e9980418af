// .docx via mammoth. We go through its HTML rather than its raw text so that
// tables keep their rows (cells become tabs) instead of one cell per line.

import mammoth from "mammoth";
import { htmlToText } from "./html.ts";

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      ignoreEmptyParagraphs: true,
      // Images carry no text; don't inline them as data URIs.
      convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
    },
  );
  return htmlToText(result.value).text;
}
