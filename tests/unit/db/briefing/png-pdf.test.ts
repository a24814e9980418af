// The PNG → one-page PDF writer (pdf-lib) behind the imagePdf handler.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { deflateSync, inflateSync } from "node:zlib";
import { PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { PngError, pngFromDataUrl, pngToPdf } from "../../../../db/briefing/png-pdf.ts";
import { createHandlers, dispatch } from "../../../../electron/api.ts";

const require = createRequire(import.meta.url);

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** An 8-bit PNG of `pixels` (bpp bytes each), row y filtered with filter type y % 5. */
function makePng(width: number, height: number, colourType: 0 | 2 | 4 | 6, pixels: Buffer): Buffer {
  const bpp = { 0: 1, 2: 3, 4: 2, 6: 4 }[colourType];
  const stride = width * bpp;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const f = y % 5;
    const row = Buffer.alloc(stride + 1);
    row[0] = f;
    for (let x = 0; x < stride; x++) {
      const v = pixels[y * stride + x] as number;
      const a = x >= bpp ? (pixels[y * stride + x - bpp] as number) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + x] as number) : 0;
      const c = x >= bpp && y > 0 ? (pixels[(y - 1) * stride + x - bpp] as number) : 0;
      const p = [0, a, b, (a + b) >> 1, paeth(a, b, c)][f] as number;
      row[x + 1] = (v - p) & 0xff;
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colourType;
  const idat = deflateSync(Buffer.concat(rows));
  // Two IDAT chunks: decoders must join them.
  const half = Math.floor(idat.length / 2);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", idat.subarray(0, half)),
    chunk("IDAT", idat.subarray(half)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function noise(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out[i] = s >> 16;
  }
  return out;
}

/** The image XObjects of a PDF: their dictionary (as text) and their pixels, inflated. */
async function images(pdf: Uint8Array): Promise<{ dict: string; data: Buffer }[]> {
  const doc = await PDFDocument.load(pdf);
  const out: { dict: string; data: Buffer }[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream) || obj.dict.get(PDFName.of("Subtype")) !== PDFName.of("Image")) continue;
    out.push({ dict: obj.dict.toString(), data: inflateSync(obj.contents) });
  }
  // The colour image first, its soft mask after.
  return out.sort((x, y) => Number(/SMask/.test(y.dict)) - Number(/SMask/.test(x.dict)));
}

async function openInPdfJs(pdf: Uint8Array) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const root = dirname(require.resolve("pdfjs-dist/package.json"));
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(join(root, "legacy/build/pdf.worker.mjs")).href;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  return { pdfjs, doc };
}

describe("pngToPdf (pdf-lib)", () => {
  const w = 23;
  const h = 11;
  const rgba = noise(w * h * 4, 7);
  const png = makePng(w, h, 6, rgba);

  it("writes a one-page PDF whose page is the image's size, with its title", async () => {
    const pdf = await pngToPdf(png, { title: "简报 view" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: w, height: h });
    expect(doc.getTitle()).toBe("简报 view");
  });

  it("keeps every pixel: colour in the image, alpha in its soft mask (all five PNG row filters)", async () => {
    const [colour, mask] = await images(await pngToPdf(png));
    expect(colour?.dict).toContain("/DeviceRGB");
    expect(colour?.dict).toMatch(/\/SMask \d+ 0 R/);
    expect(mask?.dict).toContain("/DeviceGray");
    const rgb = Buffer.alloc(w * h * 3);
    const alpha = Buffer.alloc(w * h);
    for (let i = 0; i < w * h; i++) {
      rgba.copy(rgb, i * 3, i * 4, i * 4 + 3);
      alpha[i] = rgba[i * 4 + 3] as number;
    }
    expect(colour?.data.equals(rgb)).toBe(true);
    expect(mask?.data.equals(alpha)).toBe(true);
  });

  it("writes an opaque RGB PNG without a mask; grey keeps its values", async () => {
    const rgb = noise(5 * 4 * 3, 3);
    const opaque = await images(await pngToPdf(makePng(5, 4, 2, rgb)));
    expect(opaque).toHaveLength(1);
    expect(opaque[0]?.dict).not.toContain("/SMask");
    expect(opaque[0]?.data.equals(rgb)).toBe(true);
    const greyAlpha = noise(6 * 6 * 2, 5);
    const [colour] = await images(await pngToPdf(makePng(6, 6, 4, greyAlpha)));
    const grey = Buffer.from(greyAlpha.filter((_, i) => i % 2 === 0));
    // Written as DeviceGray, or as DeviceRGB with equal channels: either way the same greys.
    const rgbOfGrey = Buffer.from([...grey].flatMap((v) => [v, v, v]));
    expect(colour?.data.equals(/DeviceGray/.test(colour.dict) ? grey : rgbOfGrey)).toBe(true);
  });

  it("opens in a real PDF reader (pdf.js): one page of the image's size painting one image", async () => {
    const { pdfjs, doc } = await openInPdfJs(await pngToPdf(png));
    try {
      expect(doc.numPages).toBe(1);
      const page = await doc.getPage(1);
      expect(page.view).toEqual([0, 0, w, h]);
      const ops = await page.getOperatorList();
      expect(ops.fnArray.filter((f) => f === pdfjs.OPS.paintImageXObject)).toHaveLength(1);
    } finally {
      await doc.destroy();
    }
  });

  it("shrinks pages beyond the 14 400 pt reader limit, keeping the proportions", async () => {
    // A wide image: 28 800 × 2 px of one filter-free colour.
    const wide = makePng(28_800, 2, 0, Buffer.alloc(28_800 * 2, 200));
    const doc = await PDFDocument.load(await pngToPdf(wide));
    expect(doc.getPage(0).getSize()).toEqual({ width: 14_400, height: 1 });
  });

  it("refuses what is not a readable PNG with a clear message", async () => {
    await expect(pngToPdf(Buffer.from("GIF89a not a png"))).rejects.toThrow(PngError);
    await expect(pngToPdf(Buffer.from("GIF89a not a png"))).rejects.toThrow(/not a PNG/);
    await expect(pngToPdf(png.subarray(0, 40))).rejects.toThrow(PngError);
    expect(() => pngFromDataUrl("data:image/jpeg;base64,AAAA")).toThrow(/data:image\/png/);
  });
});

describe("imagePdf handler", () => {
  const table = createHandlers({
    kb: {} as never,
    host: "web",
    version: "test",
    getLocale: () => "zh-CN",
    setLocale: () => undefined,
  });

  it("returns the PDF as base64 for a PNG data URL", async () => {
    const png = makePng(30, 20, 6, noise(30 * 20 * 4, 11));
    const res = await dispatch(table, "imagePdf", {
      png: `data:image/png;base64,${png.toString("base64")}`,
      title: "x",
    });
    expect(res.ok).toBe(true);
    const pdf = Buffer.from((res as { data: { base64: string } }).data.base64, "base64");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect((await PDFDocument.load(pdf)).getPage(0).getSize()).toEqual({ width: 30, height: 20 });
  });

  it("answers invalid_input for a broken PNG and for something that is not a PNG URL", async () => {
    const broken = await dispatch(table, "imagePdf", { png: "data:image/png;base64,AAAA" });
    expect(broken).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    const notPng = await dispatch(table, "imagePdf", { png: "data:text/plain;base64,AAAA" });
    expect(notPng).toMatchObject({ ok: false, error: { code: "invalid_input" } });
  });
});
