// The briefing pack: every saved view, in list order, as one self-contained HTML file —
// inline CSS, images as data URLs, a CSP that forbids any request — that opens offline in
// any browser and prints (or renders to PDF) one view per page.

import { TYPE_STYLE } from "../../common/palette.ts";
import { entityDetail } from "../graph/index.ts";
import type { EntityDetail, GraphEdge } from "../graph/types.ts";
import type { DB } from "../store/open.ts";
import { comparisonSection } from "../time/pack.ts";
import { ENTITY_TYPES } from "../types.ts";
import { viewGraph } from "../views/graph.ts";
import { listViews, ViewError } from "../views/store.ts";
import type { ViewGraph } from "../views/types.ts";
import { type PackLocale, type PackWords, packWords } from "./i18n.ts";
import { viewToSvg } from "./view-svg.ts";

export interface PackImage {
  viewId: number;
  /** data:image/png;base64,… as the window rendered the view. */
  png: string;
}

export interface PackOptions {
  images?: PackImage[];
  title?: string;
  locale?: PackLocale;
  /** Source sentences shown per entity. */
  sentencesPerEntity?: number;
  /** For reproducible output in tests. */
  now?: Date;
}

const PNG_PREFIX = "data:image/png;base64,";
const PNG_SIGNATURE = "89504e470d0a1a0a";

export function escapeHtml(value: unknown): string {
  return String(value)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Checks a PNG data URL (prefix, base64, PNG signature) so a pack never embeds junk. */
export function checkPngDataUrl(url: string, viewId: number): void {
  if (!url.startsWith(PNG_PREFIX)) throw new ViewError(`image for view ${viewId} is not a data:image/png;base64 URL`);
  const b64 = url.slice(PNG_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/u.test(b64)) throw new ViewError(`image for view ${viewId} is not valid base64`);
  const head = Buffer.from(b64.slice(0, 12), "base64").subarray(0, 8).toString("hex");
  if (head !== PNG_SIGNATURE) throw new ViewError(`image for view ${viewId} is not a PNG`);
}

/** Longest source text shown per sentence: some evidence spans a whole paragraph. */
const MAX_SENTENCE = 240;

/** The sentence cut to MAX_SENTENCE around [a, b) (the mention), with the cut ends marked "…". */
export function clipAround(sentence: string, a: number, b: number): { text: string; a: number; b: number } {
  if (sentence.length <= MAX_SENTENCE) return { text: sentence, a, b };
  const room = Math.max(0, MAX_SENTENCE - (b - a));
  let from = Math.max(0, a - Math.floor(room / 2));
  const to = Math.min(sentence.length, from + Math.max(MAX_SENTENCE, b - a));
  from = Math.max(0, Math.min(from, to - MAX_SENTENCE));
  const head = from > 0 ? "…" : "";
  const tail = to < sentence.length ? "…" : "";
  return { text: head + sentence.slice(from, to) + tail, a: a - from + head.length, b: b - from + head.length };
}

const CSS = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 190mm; padding: 12mm 0; color: #1F2933; background: #fff;
  font: 10.5pt/1.6 "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
h1 { font-size: 22pt; margin: 0 0 4mm; }
h2 { font-size: 15pt; margin: 0 0 2mm; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; }
.meta, .counts { color: #52606D; margin: 0 0 2mm; }
.note { margin: 0 0 3mm; white-space: pre-wrap; }
.missing { color: #A8323D; margin: 0 0 3mm; }
.toc { padding-left: 6mm; }
figure { margin: 0 0 3mm; text-align: center; border: 1px solid #E4E7EB; }
figure img { display: block; margin: 0 auto; max-width: 100%; max-height: 150mm; object-fit: contain; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; }
thead { display: table-header-group; }
th, td { border: 1px solid #CBD2D9; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
th { background: #F5F7FA; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.name { width: 24%; font-weight: 600; }
td.type, td.rel { white-space: nowrap; }
td.src p { margin: 0 0 1.5mm; }
td.src p:last-child { margin-bottom: 0; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; margin-right: 0.3em; vertical-align: -0.05em; }
mark { background: #FFF3BF; color: inherit; padding: 0; }
.cite { display: block; color: #52606D; font-size: 8.5pt; }
.view { break-before: page; page-break-before: always; }
@media screen { .view { border-top: 2px solid #E4E7EB; margin-top: 12mm; padding-top: 8mm; } }
`;

function entityRows(
  g: ViewGraph,
  detail: (id: number) => EntityDetail | null,
  w: PackWords,
  perEntity: number,
): string {
  const order = new Map(ENTITY_TYPES.map((t, i) => [t, i]));
  const nodes = [...g.nodes].sort(
    (a, b) => (order.get(a.type) ?? 0) - (order.get(b.type) ?? 0) || a.name.localeCompare(b.name, "zh-CN"),
  );
  return nodes
    .map((n) => {
      const d = detail(n.id);
      const seen = new Set<string>();
      const distinct = (d?.mentions ?? []).filter((m) => !seen.has(m.sentence) && seen.add(m.sentence));
      // A sentence that is little more than the name (a heading, a list item) explains nothing: last.
      const bare = (m: (typeof distinct)[number]) => (m.sentence.length - m.surface.length < 8 ? 1 : 0);
      const sentences = distinct.sort((a, b) => bare(a) - bare(b)).slice(0, perEntity);
      const swatch = `<span class="swatch" style="background:${TYPE_STYLE[n.type].color}"></span>`;
      const head = `<td class="name">${escapeHtml(n.name)}</td><td class="type">${swatch}${escapeHtml(w.type_[n.type])}</td>`;
      if (!sentences.length) return `<tr>${head}<td class="src">${escapeHtml(w.noSentence)}</td></tr>`;
      const marked = (m: (typeof sentences)[number]) => {
        const { text, a, b } = clipAround(
          m.sentence,
          Math.max(0, m.start - m.sentenceStart),
          Math.min(m.sentence.length, m.end - m.sentenceStart),
        );
        return `${escapeHtml(text.slice(0, a))}<mark>${escapeHtml(text.slice(a, b))}</mark>${escapeHtml(text.slice(b))}`;
      };
      // Each sentence with its own citation right under it.
      const cell = sentences.map((m) => `<p>${marked(m)}<span class="cite">${escapeHtml(m.citation.text)}</span></p>`);
      return `<tr>${head}<td class="src">${cell.join("")}</td></tr>`;
    })
    .join("\n");
}

function relationRows(g: ViewGraph, detail: (id: number) => EntityDetail | null, w: PackWords): string {
  const names = new Map(g.nodes.map((n) => [n.id, n.name]));
  // co_mention is no stated relation: it stays in the picture, not in the table of sources.
  const typed = g.edges.filter((e: GraphEdge) => e.type !== "co_mention");
  return typed
    .map((e) => {
      const ev = detail(e.source)?.relations.find((r) => r.id === e.id)?.evidence[0];
      const ends = `${escapeHtml(names.get(e.source) ?? "")} → ${escapeHtml(names.get(e.target) ?? "")}`;
      const src = ev
        ? `<p>${escapeHtml(clipAround(ev.sentence, 0, 0).text)}<span class="cite">${escapeHtml(ev.citation.text)}</span></p>`
        : escapeHtml(w.noSentence);
      return `<tr><td class="rel">${escapeHtml(w.rel[e.type])}</td><td class="name">${ends}</td><td class="src">${src}</td></tr>`;
    })
    .join("\n");
}

/** The whole pack as one HTML string. Images are matched by view id; views without one get an SVG drawing. */
export function briefingHtml(db: DB, opts: PackOptions = {}): string {
  const w = packWords(opts.locale);
  const views = listViews(db);
  const known = new Set(views.map((v) => v.id));
  const images = new Map<number, string>();
  for (const img of opts.images ?? []) {
    if (!known.has(img.viewId)) throw new ViewError(`image given for unknown view ${img.viewId}`, "not_found");
    checkPngDataUrl(img.png, img.viewId);
    images.set(img.viewId, img.png);
  }
  const details = new Map<number, EntityDetail | null>();
  const detail = (id: number) => {
    if (!details.has(id)) details.set(id, entityDetail(db, id));
    return details.get(id) ?? null;
  };
  const title = opts.title?.trim() || w.defaultTitle;
  const now = opts.now ?? new Date();
  const lang = opts.locale ?? "zh-CN";

  const sections = views.map((v, i) => {
    const g = viewGraph(db, v.id);
    const heading = g.view.state.caption.title || g.view.name;
    const src =
      images.get(v.id) ?? `data:image/svg+xml;base64,${Buffer.from(viewToSvg(db, v.id, g)).toString("base64")}`;
    const typedEdges = g.edges.filter((e) => e.type !== "co_mention").length;
    return [
      `<section class="view" id="view-${v.id}">`,
      `<h2>${i + 1}. ${escapeHtml(heading)}</h2>`,
      g.view.state.caption.note ? `<p class="note">${escapeHtml(g.view.state.caption.note)}</p>` : "",
      `<figure><img src="${src}" alt="${escapeHtml(w.imageAlt(g.view.name))}"></figure>`,
      `<p class="counts">${escapeHtml(w.counts(g.nodes.length, g.edges.length))}</p>`,
      g.missing.entities.length ? `<p class="missing">${escapeHtml(w.missing(g.missing.entities.length))}</p>` : "",
      `<h3>${escapeHtml(w.entities)}</h3>`,
      `<table class="entities"><thead><tr><th>${escapeHtml(w.name)}</th><th>${escapeHtml(w.type)}</th><th>${escapeHtml(w.sentence)}</th></tr></thead><tbody>`,
      entityRows(g, detail, w, opts.sentencesPerEntity ?? 2),
      "</tbody></table>",
      typedEdges
        ? [
            `<h3>${escapeHtml(w.relations)}</h3>`,
            `<table class="relations"><thead><tr><th>${escapeHtml(w.relation)}</th><th>${escapeHtml(w.ends)}</th><th>${escapeHtml(w.sentence)}</th></tr></thead><tbody>`,
            relationRows(g, detail, w),
            "</tbody></table>",
          ].join("\n")
        : "",
      // A view that carries a comparison (renderer/time) brings its table along.
      g.view.state.time?.compare ? comparisonSection(db, g.view.state.time.compare, lang) : "",
      "</section>",
    ]
      .filter(Boolean)
      .join("\n");
  });

  const toc = views.length
    ? `<h3>${escapeHtml(w.contents)}</h3><ol class="toc">${views
        .map((v) => `<li>${escapeHtml(v.caption.title || v.name)}</li>`)
        .join("")}</ol>`
    : `<p>${escapeHtml(w.noViews)}</p>`;

  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    // Nothing may be fetched: the pack must open (and print) the same offline, anywhere.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Policy Atlas">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    '<header class="cover">',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(w.generated)} ${escapeHtml(now.toISOString().slice(0, 10))} · ${escapeHtml(w.viewCount(views.length))}</p>`,
    toc,
    "</header>",
    ...sections,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
