// Exports of what is on screen (PNG from the canvas, SVG and PDF through the main side), of
// the filtered graph as data, and the briefing pack of every saved view.
import type cytoscape from "cytoscape";
import type { EntityType, RelationType } from "../api-types.ts";
import { call } from "../client.ts";
import { apiFilter, useStore } from "../store.ts";
import { getCy } from "./cy.ts";
import { base64ToBlob, downloadBlob, downloadText, fileStem } from "./download.ts";
import { closeView, restoreView, setBusy, useBriefing } from "./state.ts";

export type PictureFormat = "png" | "svg" | "pdf";
export type DataFormat = "gexf" | "graphml" | "csv" | "json";
export type Background = "white" | "transparent";

export type Paper = "a4" | "letter";

export interface PictureOptions {
  scale: number;
  background: Background;
  /** PDF paper (landscape). */
  paper?: Paper;
}

function currentName(): string {
  const b = useBriefing.getState();
  const v = b.views.find((x) => x.id === (b.shown?.id ?? b.activeId));
  return fileStem(v ? v.caption.title || v.name : null, "policy-atlas");
}

/** What the last picture export drew (the names placed), for the user's checks and the tests. */
export interface ExportRecord {
  format: PictureFormat;
  width: number;
  height: number;
  nodes: string[];
  labels: string[];
}

declare global {
  interface Window {
    __kgLastExport?: ExportRecord;
  }
}

/**
 * The nodes and edges drawn now, at their positions, as framePicture takes them: the whole
 * content of the view or filter, whatever part of it the window shows.
 */
function frameInput(o: { background: Background; caption: boolean }) {
  const cy = getCy();
  if (!cy) throw new Error("no graph");
  const b = useBriefing.getState();
  const spot = b.spotlight;
  const nodes = cy
    .nodes()
    .not(".hidden")
    .map((n: cytoscape.NodeSingular) => ({
      id: n.data("key") as string,
      label: n.data("name") as string,
      type: n.data("type") as EntityType,
      x: n.position("x"),
      y: n.position("y"),
      size: n.data("size") as number,
      degree: n.data("degree") as number,
      status: n.data("status") as "existing" | "planned",
      ...(spot && n.hasClass("faded") ? { faded: true } : {}),
    }));
  const edges = cy
    .edges()
    .not(".hidden")
    .map((e: cytoscape.EdgeSingular) => ({
      source: e.source().data("key") as string,
      target: e.target().data("key") as string,
      type: e.data("type") as RelationType,
      ...(spot && e.hasClass("faded") ? { faded: true } : {}),
    }));
  const v = b.views.find((x) => x.id === b.shown?.id);
  return {
    nodes,
    edges,
    labelSize: b.labelSize,
    background: o.background,
    locale: useStore.getState().lang,
    ...(v && o.caption ? { title: v.caption.title || v.name, note: v.caption.note } : {}),
  };
}

/** Draws an SVG into a canvas `scale` times its size (fonts are the system's CJK fonts). */
async function rasterise(svg: string, width: number, height: number, scale: number): Promise<HTMLCanvasElement> {
  // Browsers cap canvases near 16k px a side / 268 M px: shrink the scale to fit.
  const k = Math.min(scale, 16_000 / width, 16_000 / height, Math.sqrt(200_000_000 / (width * height)));
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    img.decoding = "async";
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * k);
    canvas.height = Math.round(height * k);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no canvas");
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function framedPng(
  o: PictureOptions,
  caption = true,
): Promise<{ canvas: HTMLCanvasElement; record: ExportRecord }> {
  const input = frameInput({ background: o.background, caption });
  const out = await call("framePicture", { ...input, format: "svg" });
  const canvas = await rasterise("svg" in out ? out.svg : "", out.width, out.height, Math.max(1, Math.min(4, o.scale)));
  const record: ExportRecord = {
    format: "png",
    width: canvas.width,
    height: canvas.height,
    nodes: input.nodes.map((n) => n.label),
    labels: out.labels.map((l) => l.text),
  };
  return { canvas, record };
}

/** The framed picture as a PNG blob. */
export async function pngBlob(o: PictureOptions): Promise<Blob> {
  const { canvas, record } = await framedPng(o);
  window.__kgLastExport = record;
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}

export async function exportPicture(format: PictureFormat, o: PictureOptions): Promise<void> {
  const stem = currentName();
  if (format === "png") {
    downloadBlob(await pngBlob(o), `${stem}.png`);
    return;
  }
  const input = frameInput({ background: o.background, caption: true });
  const out = await call("framePicture", { ...input, format, ...(format === "pdf" ? { paper: o.paper ?? "a4" } : {}) });
  window.__kgLastExport = {
    format,
    width: out.width,
    height: out.height,
    nodes: input.nodes.map((n) => n.label),
    labels: out.labels.map((l) => l.text),
  };
  if ("svg" in out) downloadText(out.svg, `${stem}.svg`, "image/svg+xml");
  else downloadBlob(base64ToBlob(out.base64, "application/pdf"), `${stem}.pdf`);
}

const MIME: Record<string, string> = {
  gexf: "application/xml",
  graphml: "application/xml",
  csv: "text/csv",
  json: "application/json",
};

/** The graph as data: the shown view exactly (with positions), otherwise the current filter. */
export async function exportData(format: DataFormat): Promise<void> {
  const shown = useBriefing.getState().shown;
  const input = shown ? { format, viewId: shown.id } : { format, filter: apiFilter(useStore.getState().filter) };
  const { files } = await call("exportGraph", input);
  for (const f of files) {
    const ext = f.name.split(".").pop() ?? format;
    downloadText(f.content, f.name, `${MIME[ext] ?? "text/plain"};charset=utf-8`);
  }
}

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const tick = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => tick(left - 1)));
    tick(n);
  });

/**
 * Every saved view in order: restored on screen one after the other, drawn with cytoscape,
 * then put together by the briefingPack handler. The screen returns to what it showed before.
 */
export async function packHtml(): Promise<string> {
  const { html } = await call("briefingPack", await packInput());
  return html;
}

/** What briefingPack and briefingPdf take: a picture per view and the interface language. */
async function packInput() {
  const before = useBriefing.getState();
  const back = before.shown?.id ?? null;
  const views = before.views;
  const images: { viewId: number; png: string }[] = [];
  // The handler takes 60 MB of pictures; past that, views are drawn as SVG by the main side.
  let bytes = 0;
  try {
    for (let i = 0; i < views.length; i++) {
      const v = views[i];
      if (!v) continue;
      setBusy({ done: i, total: views.length });
      if (!(await restoreView(v.id))) continue;
      await frames(2);
      // The pack has its own titles: the picture brings the legend and source line.
      const png = (await framedPng({ scale: 1.5, background: "white" }, false)).canvas.toDataURL("image/png");
      if (bytes + png.length > 55_000_000) continue;
      bytes += png.length;
      images.push({ viewId: v.id, png });
    }
  } finally {
    setBusy(null);
    if (back !== null) await restoreView(back);
    else closeView();
  }
  return { images, locale: useStore.getState().lang };
}

export async function downloadPack(): Promise<void> {
  const html = await packHtml();
  downloadText(html, `${fileStem(null, "briefing")}.html`, "text/html;charset=utf-8");
}

/** The desktop renders the pack straight to PDF; the browser has no engine to do it main-side. */
export const canRenderPackPdf = (): boolean => window.kg?.handlers.includes("briefingPdf") ?? false;

/**
 * The pack as PDF: rendered by the desktop and downloaded; in the browser the pack goes into a
 * hidden frame and the print dialog (choose "Save as PDF" there).
 */
export async function printPack(): Promise<void> {
  if (canRenderPackPdf()) {
    const { base64 } = await call("briefingPdf", await packInput());
    downloadBlob(base64ToBlob(base64, "application/pdf"), `${fileStem(null, "briefing")}.pdf`);
    return;
  }
  const html = await packHtml();
  const frame = document.createElement("iframe");
  frame.style.position = "fixed";
  frame.style.right = "0";
  frame.style.bottom = "0";
  frame.style.width = "0";
  frame.style.height = "0";
  frame.style.border = "0";
  frame.setAttribute("aria-hidden", "true");
  frame.srcdoc = html;
  frame.onload = () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 60_000);
  };
  document.body.appendChild(frame);
}
