// The level-of-detail overview in real Chromium: with the threshold lowered to 100 (?overview=100)
// the seeds' knowledge base is "big", so the first view draws the top 100 entities by degree and
// the status bar says how many matched, in both languages; the types left out stand as group
// nodes with counts that open a step on a click and fold back; "more" and a double-click bring
// in more; the details panel pages a hub's mentions; the overview's relations are capped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityDetail, Subgraph } from "../../db/graph/types.ts";
import { buildRenderer, openSession, SEEDS, type Session } from "./harness.ts";
import { FILTER, showEverythingCut } from "./overview-setup.ts";

let s: Session;
/** The side panel's tab when the first view was drawn (before the test touched anything). */
let tabAtStart: string | null = null;
const drawnIds = () =>
  s.page.evaluate(() =>
    (window.__cy?.nodes("[eid]").not(".hidden") ?? []).map(
      (n: import("cytoscape").NodeSingular) => n.data("eid") as number,
    ),
  );
const groups = () =>
  s.page.evaluate(() =>
    (window.__cy?.nodes(".group") ?? []).map((g: import("cytoscape").NodeSingular) => ({
      type: g.data("type") as string,
      count: g.data("count") as number,
      label: g.data("label") as string,
    })),
  );

describe("overview above the threshold", () => {
  beforeAll(async () => {
    buildRenderer();
    s = await openSession([SEEDS]);
    await s.page.goto(`${s.host.url}?overview=100`);
    await s.page.locator('[data-laid-out="yes"]').waitFor({ timeout: 60_000 });
    tabAtStart = await s.page
      .getByTestId("side-panel")
      .getAttribute("data-tab", { timeout: 5_000 })
      .catch(() => null);
    await showEverythingCut(s.page, 100);
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it("opens with the Details tab, so a selection does not resize the canvas", async () => {
    expect(tabAtStart).toBe("details");
    const canvas = s.page.getByTestId("canvas-area");
    const before = await canvas.boundingBox();
    const eid = await s.page.evaluate(() => {
      const n = window.__cy?.nodes("[eid]").not(".hidden").first();
      n?.emit("tap");
      return n?.data("eid") as number;
    });
    await s.page.locator(`[data-testid="details"][data-entity="${eid}"]`).waitFor();
    expect(await canvas.boundingBox()).toEqual(before);
    // (a click on the background; nothing returned: the core would be serialised)
    await s.page.evaluate(() => {
      window.__cy?.emit("tap");
    });
    await s.page.locator('[data-testid="details"].empty').waitFor();
  });

  it("draws the top 100 by degree and says how many matched", async () => {
    const all = await s.api<Subgraph>("subgraph", FILTER);
    const top = await s.api<Subgraph>("subgraph", { ...FILTER, limit: 100 });
    expect(all.nodes.length).toBeGreaterThan(300);
    const notice = s.page.getByTestId("status-overview");
    await notice.waitFor();
    expect(await notice.getAttribute("data-shown")).toBe("100");
    expect(Number(await notice.getAttribute("data-matched"))).toBe(all.nodes.length);
    expect(await notice.textContent()).toContain(`100 / ${all.nodes.length}`);
    const drawn = await drawnIds();
    expect(new Set(drawn)).toEqual(new Set(top.nodes.map((n) => n.id)));
    const minDrawn = Math.min(...top.nodes.map((n) => n.degree));
    const maxLeftOut = Math.max(...all.nodes.filter((n) => !drawn.includes(n.id)).map((n) => n.degree));
    expect(minDrawn).toBeGreaterThanOrEqual(maxLeftOut);

    await s.page.getByTestId("lang").click();
    expect(await notice.textContent()).toContain(`showing 100 of ${all.nodes.length}`);
    await s.page.getByTestId("lang").click();
    expect(await notice.textContent()).toContain("概览");
  });

  it("double-clicking a node brings in its neighbours beyond the overview; collapse takes them out", async () => {
    const before = await drawnIds();
    const top = await s.api<Subgraph>("subgraph", { ...FILTER, limit: 100 });
    // A drawn node with a neighbour the overview left out.
    let target: number | null = null;
    for (const n of top.nodes) {
      const nb = await s.api<Subgraph>("neighbourhood", {
        id: n.id,
        depth: 1,
        filter: { relationTypes: FILTER.relationTypes },
      });
      if (nb.nodes.some((m) => !before.includes(m.id))) {
        target = n.id;
        break;
      }
    }
    expect(target).not.toBeNull();
    await s.page.evaluate((id) => {
      window.__cy?.nodes(`[eid = ${id}]`).emit("dbltap");
    }, target);
    await expect.poll(async () => (await drawnIds()).length, { timeout: 20_000 }).toBeGreaterThan(before.length);
    const after = await drawnIds();
    for (const id of before) expect(after).toContain(id);

    // Collapse: back to the overview as it was.
    await s.page.getByTestId("overview-collapse").click();
    await expect.poll(async () => (await drawnIds()).length, { timeout: 20_000 }).toBe(before.length);
    expect(new Set(await drawnIds())).toEqual(new Set(before));
    await s.page.getByTestId("overview-collapse").waitFor({ state: "detached" });
  });

  it("the types left out stand as group nodes with counts; a click opens one a step, collapse folds it back", async () => {
    const all = await s.api<Subgraph>("subgraph", FILTER);
    await expect.poll(async () => (await groups()).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const before = await drawnIds();
    const left = (type: string, drawn: number[]) =>
      all.nodes.filter((n) => n.type === type && !drawn.includes(n.id)).length;
    for (const g of await groups()) {
      expect(g.count).toBe(left(g.type, before));
      expect(g.label).toContain(String(g.count));
    }
    const biggest = (await groups()).reduce((a, b) => (b.count > a.count ? b : a));
    await s.page.evaluate((type) => {
      window.__cy?.getElementById(`g-${type}`).emit("tap");
    }, biggest.type);
    await expect.poll(async () => (await drawnIds()).length, { timeout: 20_000 }).toBeGreaterThan(before.length);
    const opened = await drawnIds();
    const added = opened.filter((id) => !before.includes(id));
    expect(added.length).toBeLessThanOrEqual(50);
    for (const id of added) expect(all.nodes.find((n) => n.id === id)?.type).toBe(biggest.type);
    for (const id of before) expect(opened).toContain(id);
    // the group now counts what is still left out; the status bar counts the newcomers
    await expect
      .poll(async () => (await groups()).find((g) => g.type === biggest.type)?.count)
      .toBe(biggest.count - added.length);
    expect(Number(await s.page.getByTestId("status-overview").getAttribute("data-shown"))).toBe(opened.length);

    await s.page.getByTestId("overview-collapse").click();
    await expect.poll(async () => (await drawnIds()).length, { timeout: 20_000 }).toBe(before.length);
    expect(new Set(await drawnIds())).toEqual(new Set(before));
    await expect.poll(async () => (await groups()).find((g) => g.type === biggest.type)?.count).toBe(biggest.count);
    await s.page.getByTestId("overview-collapse").waitFor({ state: "detached" });
    expect(s.errors).toEqual([]);
  });

  it("'more' raises the overview to the next hundred", async () => {
    await s.page.getByTestId("overview-more").click();
    const notice = s.page.getByTestId("status-overview");
    await s.page.locator('[data-testid="status-overview"][data-shown="200"]').waitFor();
    expect(await notice.textContent()).toContain("200 /");
  });

  it("the details panel shows a hub's first mentions with the total, and more on demand", async () => {
    const busiest = await s.api<Subgraph>("subgraph", FILTER);
    const most = busiest.nodes.reduce((a, b) => (b.mentionCount > a.mentionCount ? b : a));
    expect(most.mentionCount).toBeGreaterThan(50);
    const first = await s.api<EntityDetail>("entity", { id: most.id });
    expect(first.mentions).toHaveLength(50);
    expect(first.mentionTotal).toBe(most.mentionCount);

    await s.page.evaluate((id) => {
      window.__cy?.nodes(`[eid = ${id}]`).emit("tap");
    }, most.id);
    const details = s.page.locator(`[data-testid="details"][data-entity="${most.id}"]`);
    await details.waitFor();
    const more = s.page.getByTestId("more-mentions");
    await more.waitFor();
    expect(await more.textContent()).toContain(`50 / ${most.mentionCount}`);
    await more.click();
    const expected = Math.min(100, most.mentionCount);
    if (expected < most.mentionCount) {
      await expect.poll(async () => (await more.textContent()) ?? "").toContain(`${expected} / ${most.mentionCount}`);
    } else {
      await more.waitFor({ state: "detached" });
    }
    expect(s.errors).toEqual([]);
  });

  it("draws at most the relation cap (?overviewEdges=N), each drawn node keeping a line", async () => {
    await s.page.goto(`${s.host.url}?overview=100&overviewEdges=10`);
    await s.page.locator('[data-laid-out="yes"]').waitFor({ timeout: 60_000 });
    const drawn = await s.page.evaluate(() => {
      const cy = window.__cy;
      if (!cy) return { nodes: 0, edges: 0, bare: -1 };
      const nodes = cy.nodes("[eid]").not(".hidden");
      let bare = 0;
      nodes.forEach((n) => {
        if (n.connectedEdges().not(".hidden").empty()) bare++;
      });
      return { nodes: nodes.length, edges: cy.edges().not(".hidden").length, bare };
    });
    const top = await s.api<Subgraph>("subgraph", { ...FILTER, limit: 100 });
    const typed = top.edges.filter((e) => e.type !== "department_responsible");
    expect(typed.length).toBeGreaterThan(10);
    expect(drawn.edges).toBeLessThan(typed.length);
    // the cap, or one line per drawn node when that is more
    expect(drawn.edges).toBeLessThanOrEqual(Math.max(10, drawn.nodes));
    expect(drawn.bare).toBe(0);
    const status = s.page.getByTestId("status");
    expect(Number(await status.getAttribute("data-edges"))).toBe(drawn.edges);
    expect(s.errors).toEqual([]);
  });
});
