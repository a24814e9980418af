// The documents list in pages, in real Chromium over the seeds: with the page lowered to two
// (?documentsPage=2) the sidebar lists the two newest documents, says how many are not listed,
// and "show more" brings the next ones in list order until none is left; the start bar still
// offers the three largest documents, which the host picks (the store holds only pages).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentSummary } from "../../db/graph/types.ts";
import { buildRenderer, openSession, SEEDS, type Session } from "./harness.ts";

let s: Session;
const listed = () =>
  s.page
    .getByTestId("filter-document")
    .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.document)));

describe("documents list in pages", () => {
  beforeAll(async () => {
    buildRenderer();
    s = await openSession([SEEDS]);
    await s.page.goto(`${s.host.url}?documentsPage=2`);
    await s.page.locator('[data-laid-out="yes"]').waitFor({ timeout: 60_000 });
    if (await s.page.getByTestId("filters-open").count()) await s.page.getByTestId("filters-open").click();
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it("lists a page, says how many are left, and shows more on demand until all are listed", async () => {
    const all = await s.api<DocumentSummary[]>("documents");
    expect(all.length).toBeGreaterThan(4);
    await s.page.getByTestId("filter-document").nth(1).waitFor();
    expect(await listed()).toEqual(all.slice(0, 2).map((d) => d.id));
    const more = s.page.getByTestId("documents-more");
    expect(await more.textContent()).toContain(`${all.length - 2} 份`);
    for (let shown = 2; shown < all.length; ) {
      await s.page.getByTestId("documents-load-more").click();
      shown = Math.min(shown + 2, all.length);
      await s.page
        .getByTestId("filter-document")
        .nth(shown - 1)
        .waitFor();
      expect(await listed()).toEqual(all.slice(0, shown).map((d) => d.id));
    }
    expect(await more.count()).toBe(0);
  });

  it("the start bar offers the three largest documents", async () => {
    const all = await s.api<DocumentSummary[]>("documents");
    const largest = [...all]
      .sort((a, b) => b.entityCount - a.entityCount || a.id - b.id)
      .slice(0, 3)
      .map((d) => d.title ?? d.fileName);
    const offered = await s.page
      .getByTestId("start-document")
      .evaluateAll((els) => els.map((e) => e.getAttribute("title")));
    expect(offered).toEqual(largest);
  });

  it("a page through the host carries the total, and chosen documents come with the first page", async () => {
    const all = await s.api<DocumentSummary[]>("documents");
    const last = all[all.length - 1] as DocumentSummary;
    const page = await s.api<{ total: number; items: DocumentSummary[] }>("documentsPage", {
      limit: 2,
      ids: [last.id],
    });
    expect(page.total).toBe(all.length);
    expect(page.items.map((d) => d.id)).toEqual([...all.slice(0, 2).map((d) => d.id), last.id]);
    expect(page.items[2]).toEqual(last);
  });
});
