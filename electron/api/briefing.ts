// Briefing handlers (db/briefing): a view or graph as SVG, the briefing pack as HTML or PDF,
// the presenter's framed picture, and one picture as a PDF page.
import { z } from "zod";
import * as briefing from "../../db/briefing/index.ts";
import { PngError, pngFromDataUrl, pngToPdf } from "../../db/briefing/png-pdf.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../../db/types.ts";
import { LOCALES } from "../locale.ts";
import { ApiFailure, handler, id, type Scope } from "./core.ts";
import { viewing } from "./views.ts";

const svgNodeId = z.union([z.string().min(1).max(400), z.int()]);
const viewSvgSchema = z.union([
  z.strictObject({ viewId: id, background: z.enum(["white", "transparent"]).optional() }),
  z.strictObject({
    nodes: z
      .array(
        z.strictObject({
          id: svgNodeId,
          label: z.string().max(500),
          type: z.enum(ENTITY_TYPES),
          x: z.number().nullable().optional(),
          y: z.number().nullable().optional(),
          size: z.number().positive().max(500).optional(),
          degree: z.int().min(0).optional(),
          status: z.enum(["existing", "planned"]).optional(),
        }),
      )
      .max(20_000),
    edges: z.array(z.strictObject({ source: svgNodeId, target: svgNodeId, type: z.enum(RELATION_TYPES) })).max(100_000),
    labelSize: z.number().min(4).max(96).optional(),
    background: z.enum(["white", "transparent"]).optional(),
    title: z.string().max(200).optional(),
  }),
]);

const frameSchema = z.strictObject({
  nodes: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(400),
        label: z.string().max(500),
        type: z.enum(ENTITY_TYPES),
        x: z.number().nullable().optional(),
        y: z.number().nullable().optional(),
        size: z.number().positive().max(500).optional(),
        degree: z.int().min(0).optional(),
        status: z.enum(["existing", "planned"]).optional(),
        faded: z.boolean().optional(),
      }),
    )
    .max(20_000),
  edges: z
    .array(
      z.strictObject({
        source: z.string().max(400),
        target: z.string().max(400),
        type: z.enum(RELATION_TYPES),
        faded: z.boolean().optional(),
      }),
    )
    .max(100_000),
  format: z.enum(["svg", "pdf"]),
  title: z.string().max(200).optional(),
  note: z.string().max(2000).optional(),
  labelSize: z.number().min(4).max(96).optional(),
  background: z.enum(["white", "transparent"]).optional(),
  locale: z.enum(LOCALES).optional(),
  paper: z.enum(["a4", "letter"]).optional(),
  /** The window's raster of the same frame: the PDF's picture when the machine has no CJK font. */
  png: z.string().startsWith("data:image/png;base64,", "must be a PNG data URL").max(80_000_000).optional(),
});

const briefingPackSchema = z.strictObject({
  /** One picture per view as the window drew it; views without one are drawn as SVG. */
  images: z
    .array(
      z.strictObject({ viewId: id, png: z.string().startsWith("data:image/png;base64,", "must be a PNG data URL") }),
    )
    .max(500)
    .refine((a) => a.reduce((n, i) => n + i.png.length, 0) <= 60_000_000, "images are larger than 60 MB in all")
    .default([]),
  title: z.string().max(200).optional(),
  locale: z.enum(LOCALES).optional(),
});

export function briefingHandlers({ ctx, db }: Scope) {
  return {
    viewSvg: handler(viewSvgSchema, (input) =>
      viewing(() =>
        "viewId" in input
          ? { svg: briefing.viewToSvg(db(), input.viewId, undefined, { background: input.background }) }
          : {
              svg: briefing.graphToSvg(input, {
                labelSize: input.labelSize,
                background: input.background,
                title: input.title,
              }),
            },
      ),
    ),
    /** Every saved view in order as one self-contained HTML file (print it, or render it to PDF). */
    briefingPack: handler(briefingPackSchema, ({ images, title, locale }) =>
      viewing(() => ({ html: briefing.briefingHtml(db(), { images, title, locale }) })),
    ),
    /** The briefing pack rendered to PDF; desktop only (the browser prints the HTML instead). */
    briefingPdf: handler(briefingPackSchema, async ({ images, title, locale }) => {
      const render = ctx.renderPdf;
      if (!render) {
        throw new ApiFailure("not_available", "PDF needs the desktop app; use print to PDF in the browser");
      }
      const html = viewing(() => briefing.briefingHtml(db(), { images, title, locale }));
      return { base64: (await briefing.briefingPdf(html, render)).toString("base64") };
    }),
    /**
     * The presenter's picture of what is drawn: the graph's whole extent with title, legend,
     * source line and every name placed (SVG; the window rasterises it for PNG), or the same
     * frame as a vector PDF on A4/Letter landscape with selectable text. `labels` lists the
     * names drawn, in drawing order.
     */
    framePicture: handler(frameSchema, async (input) => {
      const locale = input.locale ?? ctx.getLocale();
      const frame = briefing.layoutFrame(input, {
        framed: true,
        labelSize: input.labelSize,
        title: input.title,
        note: input.note,
        locale,
        source: briefing.sourceLine(
          db(),
          input.nodes.map((n) => n.id),
          locale,
        ),
      });
      const labels = frame.labels.map((l) => ({ id: l.id, text: l.text }));
      const size = { width: frame.width, height: frame.height };
      if (input.format === "svg") {
        return {
          ...size,
          labels,
          svg: briefing.frameToSvg(frame, { background: input.background, title: input.title }),
        };
      }
      try {
        const png = input.png ? pngFromDataUrl(input.png) : undefined;
        const out = await briefing.frameToPdf(frame, { paper: input.paper, title: input.title, png });
        return { ...size, labels, text: out.text, base64: Buffer.from(out.pdf).toString("base64") };
      } catch (err) {
        if (err instanceof PngError) throw new ApiFailure("invalid_input", `framePicture: ${err.message}`);
        throw err;
      }
    }),
    /** One picture (the window's PNG export) as a one-page PDF, for "export as PDF". */
    imagePdf: handler(
      z.strictObject({
        png: z.string().startsWith("data:image/png;base64,", "must be a PNG data URL").max(80_000_000),
        title: z.string().max(200).optional(),
      }),
      ({ png, title }) => {
        try {
          return { base64: pngToPdf(pngFromDataUrl(png), { title }).toString("base64") };
        } catch (err) {
          if (err instanceof PngError) throw new ApiFailure("invalid_input", `imagePdf: ${err.message}`);
          throw err;
        }
      },
    ),
  };
}
