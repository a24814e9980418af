// A framed picture (./frame.ts) as a one-page PDF on A4 or Letter landscape, drawn in vectors
// with pdf-lib: lines, shapes, and every name, the title, legend and source line as real text
// in a subset of a CJK font found on the machine (./fonts.ts), so it can be searched and
// copied. Without such a font the window's PNG goes on the page instead, and `text` says so.
// @ts-expect-error fontkit ships no type declarations; only create() is used.
import * as fontkit from "fontkit";
import { type Color, LineCapStyle, PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import { hexToRgb, LABEL_COLOR, RELATION_STYLE, TYPE_STYLE } from "../../common/palette.ts";
import { findCjkFont, PREFERRED_FACES } from "./fonts.ts";
import type { Frame } from "./frame.ts";
import { shapePoints } from "./shapes.ts";

export const PAPER = { a4: [842, 595], letter: [792, 612] } as const;
export type Paper = keyof typeof PAPER;
const MARGIN = 28;

const colour = (hex: string): Color => {
  const { r, g, b } = hexToRgb(hex);
  return rgb(r / 255, g / 255, b / 255);
};

interface FkFont {
  createSubset(): { encode(): Uint8Array; encodeStream?: unknown };
}

/**
 * fontkit 2 for pdf-lib: its CFF subsetter keeps CJK glyphs intact (@pdf-lib/fontkit 1.1
 * breaks subroutines of CID fonts such as Noto CJK), but it returns bytes where pdf-lib
 * expects a stream; a .ttc opens as a collection where pdf-lib wants one face.
 */
const fontkitFaces = {
  create(bytes: Uint8Array): FkFont {
    const f = (fontkit as { create(b: Buffer): unknown }).create(Buffer.from(bytes)) as FkFont & {
      fonts?: { postscriptName: string }[];
      getFont?(name: string): FkFont;
    };
    let font: FkFont = f;
    if (f.fonts && f.getFont) {
      const names = f.fonts.map((x) => x.postscriptName);
      font = f.getFont(PREFERRED_FACES.find((p) => names.includes(p)) ?? names[0] ?? "");
    }
    const subset = font.createSubset.bind(font);
    font.createSubset = () => {
      const sub = subset();
      sub.encodeStream = () => {
        const out = sub.encode();
        const stream = {
          on(event: string, cb: (bytes?: Uint8Array) => void) {
            if (event === "data") cb(out);
            else if (event === "end") cb();
            return stream;
          },
        };
        return stream;
      };
      return sub;
    };
    return font;
  },
};

export interface PdfOptions {
  paper?: Paper;
  title?: string;
  /** The window's rendering of the same frame, used only when no CJK font is found. */
  png?: Uint8Array;
}

export async function frameToPdf(f: Frame, o: PdfOptions = {}): Promise<{ pdf: Uint8Array; text: boolean }> {
  const doc = await PDFDocument.create();
  const [pw, ph] = PAPER[o.paper ?? "a4"];
  const page = doc.addPage([pw, ph]);
  if (o.title) doc.setTitle(o.title);
  doc.setProducer("Policy Atlas");
  const s = Math.min((pw - 2 * MARGIN) / f.width, (ph - 2 * MARGIN) / f.height);
  const ox = (pw - f.width * s) / 2;
  const oy = (ph - f.height * s) / 2;
  const X = (x: number) => ox + (x - f.x) * s;
  const Y = (y: number) => ph - oy - (y - f.y) * s;

  const found = findCjkFont();
  if (!found) {
    if (!o.png) throw new Error("no CJK font on this machine for the PDF's text");
    const img = await doc.embedPng(o.png);
    const k = Math.min((pw - 2 * MARGIN) / img.width, (ph - 2 * MARGIN) / img.height);
    page.drawImage(img, {
      x: (pw - img.width * k) / 2,
      y: (ph - img.height * k) / 2,
      width: img.width * k,
      height: img.height * k,
    });
    return { pdf: await doc.save(), text: false };
  }
  doc.registerFontkit(fontkitFaces as never);
  const font = await doc.embedFont(found.bytes, { subset: true });

  const at = new Map(f.nodes.map((n) => [String(n.node.id), n]));
  for (const e of f.edges) {
    const a = at.get(String(e.source));
    const b = at.get(String(e.target));
    if (!a || !b) continue;
    const st = RELATION_STYLE[e.type];
    const opacity = e.faded ? 0.08 : e.type === "co_mention" ? 0.5 : 0.85;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const [ux, uy] = [(b.x - a.x) / len, (b.y - a.y) / len];
    const cut = st.arrow ? b.size / 2 + 1 : 0;
    const end = { x: b.x - ux * cut, y: b.y - uy * cut };
    page.drawLine({
      start: { x: X(a.x), y: Y(a.y) },
      end: { x: X(end.x), y: Y(end.y) },
      thickness: st.width * s,
      color: colour(st.color),
      opacity,
      lineCap: LineCapStyle.Round,
      ...(st.line === "dashed"
        ? { dashArray: [6 * s, 4 * s] }
        : st.line === "dotted"
          ? { dashArray: [1.5 * s, 3 * s] }
          : {}),
    });
    if (st.arrow) {
      const h = 7;
      const pts: [number, number][] = [
        [end.x, end.y],
        [end.x - ux * h - uy * h * 0.5, end.y - uy * h + ux * h * 0.5],
        [end.x - ux * h + uy * h * 0.5, end.y - uy * h - ux * h * 0.5],
      ];
      polygon(page, pts, X, Y, s, colour(st.color), undefined, opacity);
    }
  }
  for (const n of f.nodes) {
    const st = TYPE_STYLE[n.node.type];
    const opacity = n.node.faded ? 0.12 : n.node.status === "planned" ? 0.55 : 1;
    const pts = shapePoints(st.shape, n.x, n.y, n.size);
    if (!pts) {
      page.drawCircle({
        x: X(n.x),
        y: Y(n.y),
        size: (n.size / 2) * s,
        color: colour(st.color),
        opacity,
        borderColor: colour(st.border),
        borderWidth: 1.5 * s,
        borderOpacity: n.node.faded ? 0.15 : 1,
      });
    } else polygon(page, pts, X, Y, s, colour(st.color), colour(st.border), opacity);
  }
  const ink = colour(LABEL_COLOR);
  const fontSize = f.labelSize * s;
  for (const l of f.labels) {
    const w = font.widthOfTextAtSize(l.text, fontSize);
    const x = l.anchor === "middle" ? X(l.x) - w / 2 : l.anchor === "end" ? X(l.x) - w : X(l.x);
    page.drawRectangle({
      x: x - 1,
      y: Y(l.y) - fontSize * 0.25,
      width: w + 2,
      height: fontSize * 1.15,
      color: rgb(1, 1, 1),
      opacity: 0.75,
    });
    text(page, font, l.text, x, Y(l.y), fontSize, ink);
  }
  for (const t of f.texts) text(page, font, t.text, X(t.x), Y(t.y), t.size * s, ink);
  const ls = f.legend.size;
  for (const it of f.legend.items) {
    if (it.kind === "type") {
      const st = TYPE_STYLE[it.key as keyof typeof TYPE_STYLE];
      const cx = it.x + ls * 0.6;
      const cy = it.y - ls * 0.35;
      const pts = shapePoints(st.shape, cx, cy, ls);
      if (pts) polygon(page, pts, X, Y, s, colour(st.color), colour(st.border), 1);
      else page.drawCircle({ x: X(cx), y: Y(cy), size: (ls / 2) * s, color: colour(st.color) });
    } else {
      const st = RELATION_STYLE[it.key as keyof typeof RELATION_STYLE];
      page.drawLine({
        start: { x: X(it.x), y: Y(it.y - ls * 0.35) },
        end: { x: X(it.x + ls * 1.6), y: Y(it.y - ls * 0.35) },
        thickness: Math.max(2, st.width * 1.5) * s,
        color: colour(st.color),
        ...(st.line === "dashed"
          ? { dashArray: [6 * s, 4 * s] }
          : st.line === "dotted"
            ? { dashArray: [1.5 * s, 3 * s] }
            : {}),
      });
    }
    text(page, font, it.text, X(it.x + ls * 2.2), Y(it.y), ls * s, ink);
  }
  return { pdf: await doc.save(), text: true };
}

function text(page: PDFPage, font: PDFFont, s: string, x: number, y: number, size: number, color: Color): void {
  page.drawText(s, { x, y, size, font, color });
}

function polygon(
  page: PDFPage,
  pts: [number, number][],
  X: (x: number) => number,
  Y: (y: number) => number,
  s: number,
  fill: Color,
  border: Color | undefined,
  opacity: number,
): void {
  // drawSvgPath takes SVG coordinates (y down) from an origin: give page points relative to the top.
  const path = `${pts.map(([x, y], i) => `${i ? "L" : "M"}${X(x).toFixed(2)} ${(-Y(y)).toFixed(2)}`).join(" ")} Z`;
  page.drawSvgPath(path, {
    x: 0,
    y: 0,
    color: fill,
    opacity,
    ...(border ? { borderColor: border, borderWidth: 1.5 * s, borderOpacity: opacity < 0.2 ? 0.15 : 1 } : {}),
  });
}
