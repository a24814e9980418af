// A one-page PDF holding one PNG, without a PDF library: the PNG's pixels are decoded
// (inflate the IDAT stream, undo the per-row filters), split into colour and alpha, and
// written as an image XObject with a soft mask. The page is the image's size (1 px = 1 pt),
// scaled down only when it would exceed the 14 400 pt limit readers enforce.
import { deflateSync, inflateSync } from "node:zlib";

export class PngError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PngError";
  }
}

export interface DecodedPng {
  width: number;
  height: number;
  /** 1 (grey) or 3 (RGB) bytes per pixel, rows packed. */
  colour: Buffer;
  channels: 1 | 3;
  /** One byte per pixel, or null when the PNG has no alpha channel. */
  alpha: Buffer | null;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Readers refuse pages larger than this (PDF 1.4 implementation limit). */
const MAX_PAGE = 14_400;

/** Bytes per pixel for 8-bit PNG colour types we accept. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function decodePng(png: Uint8Array): DecodedPng {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new PngError("not a PNG file");
  let pos = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  while (pos + 8 <= buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString("latin1", pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (data.length !== len) throw new PngError(`PNG chunk ${type} is cut short`);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const depth = data[8];
      colourType = data[9] ?? -1;
      const interlace = data[12];
      if (depth !== 8) throw new PngError(`PNG bit depth ${depth} is not supported (8 only)`);
      if (!(colourType in CHANNELS)) throw new PngError(`PNG colour type ${colourType} is not supported`);
      if (interlace !== 0) throw new PngError("interlaced PNGs are not supported");
    } else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    pos += 12 + len;
  }
  if (width === 0 || height === 0) throw new PngError("PNG has no image header or an empty image");
  if (idat.length === 0) throw new PngError("PNG has no image data");
  const bpp = CHANNELS[colourType] as number;
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(idat));
  } catch {
    throw new PngError("PNG image data is corrupt");
  }
  const stride = width * bpp;
  if (raw.length < height * (stride + 1)) throw new PngError("PNG image data is shorter than its size");
  const pixels = unfilter(raw, width, height, bpp);

  const hasAlpha = colourType === 4 || colourType === 6;
  const channels = colourType === 0 || colourType === 4 ? 1 : 3;
  if (!hasAlpha) return { width, height, colour: pixels, channels, alpha: null };
  const n = width * height;
  const colour = Buffer.alloc(n * channels);
  const alpha = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    const src = i * bpp;
    for (let c = 0; c < channels; c++) colour[i * channels + c] = pixels[src + c] as number;
    alpha[i] = pixels[src + channels] as number;
  }
  return { width, height, colour, channels, alpha };
}

/** Undoes PNG filter types 0–4 row by row (PNG spec §9). */
function unfilter(raw: Buffer, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const v = raw[src + x] as number;
      const a = x >= bpp ? (out[row + x - bpp] as number) : 0;
      const b = y > 0 ? (out[prev + x] as number) : 0;
      const c = x >= bpp && y > 0 ? (out[prev + x - bpp] as number) : 0;
      let p: number;
      switch (filter) {
        case 0:
          p = 0;
          break;
        case 1:
          p = a;
          break;
        case 2:
          p = b;
          break;
        case 3:
          p = (a + b) >> 1;
          break;
        case 4:
          p = paeth(a, b, c);
          break;
        default:
          throw new PngError(`PNG row ${y} has unknown filter type ${filter}`);
      }
      out[row + x] = (v + p) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** A PDF string literal: printable ASCII as is, anything else as UTF-16BE hex. */
function pdfText(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `(${s.replace(/[\\()]/g, (m) => `\\${m}`)})`;
  const hex = Buffer.from(`\ufeff${s}`, "utf16le").swap16().toString("hex");
  return `<${hex}>`;
}

export interface PngPdfOptions {
  title?: string;
}

/** The PNG as the only content of a one-page PDF whose page has the image's proportions. */
export function pngToPdf(png: Uint8Array, opts: PngPdfOptions = {}): Buffer {
  const img = decodePng(png);
  const fit = Math.min(1, MAX_PAGE / Math.max(img.width, img.height));
  const pw = Math.round(img.width * fit * 100) / 100;
  const ph = Math.round(img.height * fit * 100) / 100;

  const objects: Buffer[] = [];
  const add = (body: string | Buffer): number => {
    objects.push(typeof body === "string" ? Buffer.from(body, "latin1") : body);
    return objects.length;
  };
  const stream = (dict: string, data: Buffer): Buffer =>
    Buffer.concat([
      Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, "latin1"),
      data,
      Buffer.from("\nendstream", "latin1"),
    ]);

  // Object numbers are fixed by the order of add() calls below.
  const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
  const pages = add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  add(
    `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${pw} ${ph}] ` +
      "/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
  );
  add(stream("", Buffer.from(`q ${pw} 0 0 ${ph} 0 0 cm /Im1 Do Q`, "latin1")));
  const imageNo = objects.length + 1;
  const maskNo = img.alpha ? imageNo + 1 : 0;
  const space = img.channels === 3 ? "/DeviceRGB" : "/DeviceGray";
  add(
    stream(
      `/Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace ${space} ` +
        `/BitsPerComponent 8 /Filter /FlateDecode${maskNo ? ` /SMask ${maskNo} 0 R` : ""}`,
      deflateSync(img.colour),
    ),
  );
  if (img.alpha) {
    add(
      stream(
        `/Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray ` +
          "/BitsPerComponent 8 /Filter /FlateDecode",
        deflateSync(img.alpha),
      ),
    );
  }
  const info = add(`<< /Producer (Policy Atlas)${opts.title ? ` /Title ${pdfText(opts.title)}` : ""} >>`);

  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, "latin1"), body, Buffer.from("\nendobj\n", "latin1")]);
    parts.push(obj);
    offset += obj.length;
  });
  const xref = [
    "xref",
    `0 ${objects.length + 1}`,
    "0000000000 65535 f ",
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n `),
    "trailer",
    `<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>`,
    "startxref",
    String(offset),
    "%%EOF\n",
  ].join("\n");
  parts.push(Buffer.from(xref, "latin1"));
  return Buffer.concat(parts);
}

/** The bytes of a `data:image/png;base64,…` URL. */
export function pngFromDataUrl(url: string): Buffer {
  const m = /^data:image\/png;base64,([A-Za-z0-9+/]*={0,2})$/.exec(url);
  if (!m) throw new PngError("expected a data:image/png;base64 URL");
  return Buffer.from(m[1] ?? "", "base64");
}
