// The briefingPdf handler: the pack rendered to PDF where the host can (desktop: Electron's
// printToPDF; here headless Chromium stands in), a typed refusal where it cannot (web host).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfPageCount } from "../../../db/briefing/pdf.ts";
import { type ApiContext, createHandlers, dispatch } from "../../../electron/api.ts";
import { KnowledgeBase } from "../../../electron/knowledge-base.ts";
import { launchChromium } from "../../support/chromium.ts";
import { type SeedKb, seedKb } from "../views-kb.ts";

let seeded: SeedKb;
let kb: KnowledgeBase;
let browser: Browser;
const rendered: string[] = [];

/** What Electron's hidden window does, with headless Chromium. */
async function renderPdf(html: string): Promise<Uint8Array> {
  rendered.push(html);
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
}

const context = (extra: Partial<ApiContext>): ApiContext => ({
  kb,
  host: "web",
  version: "0.0.0",
  getLocale: () => "zh-CN",
  setLocale: () => {},
  ...extra,
});

beforeAll(async () => {
  seeded = await seedKb("kg-api-pdf-");
  seeded.db.close();
  kb = new KnowledgeBase(seeded.file);
  browser = await launchChromium();
  const table = createHandlers(context({}));
  for (const [name, types] of [
    ["平台一览", ["platform"]],
    ["园区一览", ["park"]],
  ] as const) {
    const r = await dispatch(table, "viewSave", { name, filter: { types: [...types] } });
    if (!r.ok) throw new Error(r.error.message);
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await kb?.close();
  seeded?.cleanup();
});

describe("briefingPdf handler", () => {
  it("renders every saved view of the pack into one PDF on the desktop", async () => {
    const table = createHandlers(context({ host: "desktop", renderPdf }));
    const r = await dispatch(table, "briefingPdf", { title: "威海简报" });
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    const pdf = Buffer.from((r.data as { base64: string }).base64, "base64");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // The page handed to the engine is the pack: its title and both views.
    expect(rendered).toHaveLength(1);
    expect(rendered[0]).toContain("威海简报");
    expect(rendered[0]).toContain("平台一览");
    expect(rendered[0]).toContain("园区一览");
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it("refuses on the web host with not_available, pointing to print to PDF", async () => {
    const table = createHandlers(context({}));
    const r = await dispatch(table, "briefingPdf", {});
    expect(r).toEqual({
      ok: false,
      error: { code: "not_available", message: "PDF needs the desktop app; use print to PDF in the browser" },
    });
  });

  it("reports a renderer that returns something other than a PDF", async () => {
    const table = createHandlers(context({ host: "desktop", renderPdf: async () => new Uint8Array([60, 104]) }));
    const r = await dispatch(table, "briefingPdf", {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/not a PDF/);
  });

  it("validates its input like briefingPack", async () => {
    const table = createHandlers(context({ host: "desktop", renderPdf }));
    const r = await dispatch(table, "briefingPdf", { images: [{ viewId: 1, png: "data:text/plain;base64,AA" }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("invalid_input");
  });
});
