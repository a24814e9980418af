// A one-page PDF holding one PNG, written by pdf-lib (which decodes the PNG, every bit depth
// and interlacing included, and keeps its alpha as a soft mask). The page is the image's size
// (1 px = 1 pt), scaled down only when it would exceed the 14 400 pt limit readers enforce.
import { PDFDocument } from "pdf-lib";

export class PngError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PngError";
  }
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Readers refuse pages larger than this (PDF 1.4 implementation limit). */
const MAX_PAGE = 14_400;

export interface PngPdfOptions {
  title?: string;
}

/** The PNG as the only content of a one-page PDF whose page has the image's proportions. */
export async function pngToPdf(png: Uint8Array, opts: PngPdfOptions = {}): Promise<Buffer> {
  if (png.byteLength < 8 || !Buffer.from(png.buffer, png.byteOffset, 8).equals(SIGNATURE)) {
    throw new PngError("not a PNG file");
  }
  const doc = await PDFDocument.create();
  let image: Awaited<ReturnType<typeof doc.embedPng>>;
  try {
    image = await doc.embedPng(png);
  } catch (err) {
    throw new PngError(`the PNG cannot be read (${err instanceof Error ? err.message : String(err)})`);
  }
  const fit = Math.min(1, MAX_PAGE / Math.max(image.width, image.height));
  const width = Math.round(image.width * fit * 100) / 100;
  const height = Math.round(image.height * fit * 100) / 100;
  doc.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  doc.setProducer("Policy Atlas");
  doc.setCreator("Policy Atlas");
  if (opts.title) doc.setTitle(opts.title);
  return Buffer.from(await doc.save());
}

/** The bytes of a `data:image/png;base64,…` URL. */
export function pngFromDataUrl(url: string): Buffer {
  const m = /^data:image\/png;base64,([A-Za-z0-9+/]*={0,2})$/.exec(url);
  if (!m) throw new PngError("expected a data:image/png;base64 URL");
  return Buffer.from(m[1] ?? "", "base64");
}
