// Pictures and briefing packs of saved views (see ./html.ts, ./svg.ts, ./pdf.ts).

export { RELATION_STYLE, TYPE_STYLE } from "../../common/palette.ts";
export { type Frame, type FrameOptions, layoutFrame } from "./frame.ts";
export { frameToPdf, PAPER, type Paper } from "./frame-pdf.ts";
export { briefingHtml, checkPngDataUrl, escapeHtml, type PackImage, type PackOptions } from "./html.ts";
export { PACK_LOCALES, type PackLocale } from "./i18n.ts";
export { briefingPdf, type PdfRenderer, pdfPageCount } from "./pdf.ts";
export { sourceLine } from "./sources.ts";
export { frameToSvg, graphToSvg, type SvgEdge, type SvgNode, type SvgStyle } from "./svg.ts";
export { viewToSvg } from "./view-svg.ts";
