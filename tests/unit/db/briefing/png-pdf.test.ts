// The dependency-free PNG → one-page PDF writer behind the imagePdf handler.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { deflateSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodePng, PngError, pngFromDataUrl, pngToPdf } from "../../../../db/briefing/png-pdf.ts";
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

/** The stream bodies of the image XObjects, inflated, keyed by object number. */
function images(pdf: Buffer): { dict: string; data: Buffer }[] {
  const text = pdf.toString("latin1");
  const out: { dict: string; data: Buffer }[] = [];
  const re = /<< ([^>]*\/Subtype \/Image[^>]*) \/Length (\d+) >>\nstream\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    out.push({ dict: m[1] ?? "", data: inflateSync(pdf.subarray(start, start + Number(m[2]))) });
  }
  return out;
}

describe("pngToPdf", () => {
  const w = 23;
  const h = 11;
  const rgba = noise(w * h * 4, 7);
  const png = makePng(w, h, 6, rgba);

  it("writes a one-page PDF whose page is the image's size", () => {
    const pdf = pngToPdf(png, { title: "简报 view" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdf.toString("latin1");
    expect(text).toContain(`/MediaBox [0 0 ${w} ${h}]`);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(text).toContain(`/Width ${w} /Height ${h}`);
    expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
    // The title is stored as UTF-16 (it is not ASCII).
    expect(text).toMatch(/\/Title <feff/);
  });

  it("keeps every pixel: colour in the image, alpha in its soft mask (all five PNG row filters)", () => {
    const [colour, mask] = images(pngToPdf(png));
    expect(colour?.dict).toContain("/ColorSpace /DeviceRGB");
    expect(colour?.dict).toMatch(/\/SMask \d+ 0 R/);
    expect(mask?.dict).toContain("/ColorSpace /DeviceGray");
    const rgb = Buffer.alloc(w * h * 3);
    const alpha = Buffer.alloc(w * h);
    for (let i = 0; i < w * h; i++) {
      rgba.copy(rgb, i * 3, i * 4, i * 4 + 3);
      alpha[i] = rgba[i * 4 + 3] as number;
    }
    expect(colour?.data.equals(rgb)).toBe(true);
    expect(mask?.data.equals(alpha)).toBe(true);
  });

  it("writes an opaque RGB PNG without a mask, and grey as DeviceGray", () => {
    const rgb = noise(5 * 4 * 3, 3);
    const [only, ...rest] = images(pngToPdf(makePng(5, 4, 2, rgb)));
    expect(rest).toHaveLength(0);
    expect(only?.dict).not.toContain("/SMask");
    expect(only?.data.equals(rgb)).toBe(true);
    const grey = images(pngToPdf(makePng(6, 6, 4, noise(6 * 6 * 2, 5))));
    expect(grey).toHaveLength(2);
    expect(grey[0]?.dict).toContain("/DeviceGray");
  });

  it("xref offsets point at their objects", () => {
    const pdf = pngToPdf(png);
    const text = pdf.toString("latin1");
    const start = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(start, start + 4)).toBe("xref");
    const entries = text
      .slice(start)
      .split("\n")
      .slice(3)
      .filter((l) => / 00000 n $/.test(l));
    expect(entries.length).toBeGreaterThanOrEqual(5);
    entries.forEach((e, i) => {
      const at = Number(e.slice(0, 10));
      expect(text.slice(at, at + `${i + 1} 0 obj\n`.length)).toBe(`${i + 1} 0 obj\n`);
    });
  });

  it("opens in a real PDF reader (pdf.js): one page of the image's size painting one image", async () => {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const root = dirname(require.resolve("pdfjs-dist/package.json"));
    pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(join(root, "legacy/build/pdf.worker.mjs")).href;
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pngToPdf(png)), isEvalSupported: false, verbosity: 0 })
      .promise;
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

  it("shrinks pages beyond the 14 400 pt reader limit, keeping the proportions", () => {
    // A wide image: 28 800 × 2 px of one filter-free colour.
    const wide = makePng(28_800, 2, 0, Buffer.alloc(28_800 * 2, 200));
    expect(pngToPdf(wide).toString("latin1")).toContain("/MediaBox [0 0 14400 1]");
  });

  it("refuses what is not a supported PNG with a clear message", () => {
    expect(() => pngToPdf(Buffer.from("GIF89a not a png"))).toThrow(PngError);
    expect(() => pngToPdf(Buffer.from("GIF89a not a png"))).toThrow(/not a PNG/);
    const truncated = png.subarray(0, 40);
    expect(() => decodePng(truncated)).toThrow(PngError);
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
    expect(pdf.toString("latin1")).toContain("/MediaBox [0 0 30 20]");
  });

  it("answers invalid_input for a broken PNG and for something that is not a PNG URL", async () => {
    const broken = await dispatch(table, "imagePdf", { png: "data:image/png;base64,AAAA" });
    expect(broken).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    const notPng = await dispatch(table, "imagePdf", { png: "data:text/plain;base64,AAAA" });
    expect(notPng).toMatchObject({ ok: false, error: { code: "invalid_input" } });
  });
});
