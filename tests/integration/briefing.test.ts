// The briefing pack from a real seed knowledge base: every view's caption, picture and
// sourced entity table in order, nothing fetched from anywhere, and a PDF rendered by
// headless Chromium (as Electron's printToPDF does on the desktop).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { briefingHtml, clipAround } from "../../db/briefing/html.ts";
import { briefingPdf, pdfPageCount } from "../../db/briefing/pdf.ts";
import { viewToSvg } from "../../db/briefing/view-svg.ts";
import { entityDetail, neighbourhood } from "../../db/graph/index.ts";
import type { DB } from "../../db/store/open.ts";
import { listViews, reorderViews, type SavedView, saveView, ViewError, viewGraph } from "../../db/views/index.ts";
import { launchChromium } from "../support/chromium.ts";
import { LATER_CLUSTER, type SeedKb, seedKb } from "./views-kb.ts";

let kb: SeedKb;
let db: DB;
let browser: Browser;
let views: SavedView[];
let png: string;

/** A PNG of the view as the window would send it: here Chromium screenshots its SVG. */
async function pngOf(viewId: number): Promise<string> {
  const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  try {
    const svg = viewToSvg(db, viewId);
    await page.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>/u, "")}</body>`);
    const bytes = await page.locator("svg").screenshot();
    return `data:image/png;base64,${bytes.toString("base64")}`;
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  kb = await seedKb("kg-briefing-");
  db = kb.db;
  browser = await launchChromium();
  const hub = db
    .prepare<[string], number>("SELECT id FROM entities WHERE key = ?")
    .pluck()
    .get(LATER_CLUSTER) as number;
  const n = neighbourhood(db, hub, 1);
  views = [
    saveView(db, {
      name: "信息技术",
      entityKeys: n.nodes.map((x) => x.key),
      relationIds: n.edges.map((e) => e.id),
      positions: Object.fromEntries(n.nodes.map((x, i) => [x.key, { x: (i % 6) * 140, y: Math.floor(i / 6) * 90 }])),
      caption: { title: "新一代信息技术产业集群", note: "集群、龙头企业与牵头部门" },
    }),
    saveView(db, {
      name: "园区",
      filter: { types: ["park", "cluster"], hideIsolated: true, minDegree: 4 },
      caption: { title: "园区分布" },
    }),
    saveView(db, { name: "平台", filter: { types: ["platform", "cluster"], minDegree: 3 } }),
  ];
  png = await pngOf(views[0]?.id as number);
});
afterAll(async () => {
  await browser?.close();
  db.close();
  kb.cleanup();
});

describe("briefing pack HTML", () => {
  it("holds every view in list order with its caption and one picture each", () => {
    reorderViews(db, [views[1]?.id, views[0]?.id, views[2]?.id] as number[]);
    const html = briefingHtml(db, { images: [{ viewId: views[0]?.id as number, png }], title: "威海产业政策简报" });
    expect(html).toContain("<title>威海产业政策简报</title>");
    const at = (s: string) => html.indexOf(s);
    expect(at("<h2>1. 园区分布</h2>")).toBeGreaterThan(0);
    expect(at("<h2>2. 新一代信息技术产业集群</h2>")).toBeGreaterThan(at("<h2>1. 园区分布</h2>"));
    // No caption title: the view's name stands in.
    expect(at("<h2>3. 平台</h2>")).toBeGreaterThan(at("<h2>2. 新一代信息技术产业集群</h2>"));
    expect(html).toContain("集群、龙头企业与牵头部门");
    const imgs = [...html.matchAll(/<img src="([^"]*)"/gu)].map((m) => m[1] ?? "");
    expect(imgs).toHaveLength(3);
    // The picture sent for a view is used as is; the others are drawn from their saved layout.
    expect(imgs[1]).toBe(png);
    expect(imgs[0]?.startsWith("data:image/svg+xml;base64,")).toBe(true);
    const fallback = Buffer.from(imgs[0]?.slice("data:image/svg+xml;base64,".length) ?? "", "base64").toString("utf8");
    expect(fallback).toContain("<svg");
    reorderViews(
      db,
      views.map((v) => v.id),
    );
  });

  it("tables each view's entities with a source sentence and its citation", () => {
    const html = briefingHtml(db, {});
    const g = viewGraph(db, views[0]?.id as number);
    const section = html.slice(html.indexOf(`id="view-${views[0]?.id}"`), html.indexOf(`id="view-${views[1]?.id}"`));
    expect(section.match(/<td class="name">/gu)?.length).toBeGreaterThanOrEqual(g.nodes.length);
    const hub = g.nodes.find((n) => n.key === LATER_CLUSTER);
    const row = section.slice(section.indexOf(`<td class="name">${hub?.name}</td>`)).split("</tr>")[0] ?? "";
    const detail = entityDetail(db, hub?.id as number);
    // Some mention of the entity: its name marked inside the sentence's own words, then the citation.
    const shown = (detail?.mentions ?? []).filter((m) => {
      const a = m.start - m.sentenceStart;
      const b = m.end - m.sentenceStart;
      const marked = `<mark>${m.sentence.slice(a, b)}</mark>${m.sentence.slice(b, b + 8)}`;
      return row.includes(marked) && row.includes(`<span class="cite">${m.citation.text}</span>`);
    });
    expect(shown.length).toBeGreaterThanOrEqual(1);
    expect(shown[0]?.citation.text).toMatch(/^《.+》/u);
    expect(section).toContain("关系及原文依据");
  });

  it("cuts very long source sentences around the mention", () => {
    const long = `${"前".repeat(400)}威海某某产业园${"后".repeat(400)}`;
    const { text, a, b } = clipAround(long, 400, 407);
    expect(text.length).toBeLessThanOrEqual(242);
    expect(text.slice(a, b)).toBe("威海某某产业园");
    expect(text.startsWith("…") && text.endsWith("…")).toBe(true);
    expect(clipAround("短句。", 0, 2)).toEqual({ text: "短句。", a: 0, b: 2 });
  });

  it("fetches nothing: data-URL images, inline CSS, a CSP that forbids requests", () => {
    const html = briefingHtml(db, { images: [{ viewId: views[0]?.id as number, png }] });
    expect(html).not.toMatch(/https?:\/\//u);
    for (const m of html.matchAll(/\s(?:src|href)="([^"]*)"/gu))
      expect(m[1]).toMatch(/^data:image\/(png|svg\+xml);base64,/u);
    expect(html).not.toMatch(/<link|<script|@import|url\(/u);
    expect(html).toContain("default-src 'none'");
  });

  it("is print-ready: @page and a page break before every view", () => {
    const html = briefingHtml(db, {});
    expect(html).toMatch(/@page\s*\{[^}]*size:\s*A4/u);
    expect(html).toMatch(/\.view\s*\{[^}]*page-break-before:\s*always/u);
  });

  it("speaks English when asked", () => {
    const html = briefingHtml(db, { locale: "en" });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<title>Policy Atlas briefing</title>");
    expect(html).toContain("Source sentence");
    expect(html).not.toContain("原文句子");
  });

  it("refuses images that are not PNG, or for views that do not exist", () => {
    const id = views[0]?.id as number;
    expect(() =>
      briefingHtml(db, { images: [{ viewId: id, png: "data:image/png;base64,R0lGODlhAQABAAAAACw=" }] }),
    ).toThrow(/not a PNG/u);
    expect(() => briefingHtml(db, { images: [{ viewId: id, png: "data:image/jpeg;base64,AAAA" }] })).toThrow(ViewError);
    expect(() => briefingHtml(db, { images: [{ viewId: 4242, png }] })).toThrow(/unknown view 4242/u);
  });
});

describe("the pack in a browser", () => {
  it("opens offline: every image decodes and no request leaves the page", async () => {
    const html = briefingHtml(db, { images: [{ viewId: views[0]?.id as number, png }] });
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.setContent(html, { waitUntil: "load" });
    const sizes = await page.$$eval("img", (els) => els.map((e) => (e as HTMLImageElement).naturalWidth));
    expect(sizes).toHaveLength(listViews(db).length);
    for (const w of sizes) expect(w).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith("data:") && u !== "about:blank")).toEqual([]);
    await page.close();
  });

  it("prints to a PDF with the cover and a page per view", async () => {
    const html = briefingHtml(db, { images: [{ viewId: views[0]?.id as number, png }] });
    const pdf = await briefingPdf(html, async (h) => {
      const page = await browser.newPage();
      try {
        await page.setContent(h, { waitUntil: "load" });
        return await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } finally {
        await page.close();
      }
    });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = pdfPageCount(pdf);
    console.log(`briefing PDF: ${views.length} views, ${pages} pages, ${Math.round(pdf.length / 1024)} KB`);
    expect(pages).toBeGreaterThanOrEqual(views.length + 1);
  });

  it("starts every view on a new printed page", async () => {
    const page = await browser.newPage();
    await page.setContent(briefingHtml(db, {}), { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    const breaks = await page.$$eval("section.view", (els) => els.map((e) => getComputedStyle(e).breakBefore));
    expect(breaks).toEqual(views.map(() => "page"));
    await page.close();
  });

  it("refuses a renderer that returns no PDF", async () => {
    await expect(briefingPdf("<p>x</p>", async () => Buffer.from("<html>"))).rejects.toThrow(/not a PDF/u);
  });
});
