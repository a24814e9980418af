// The timeline, a comparison and the entity history in real Chromium against the real host
// and a knowledge base built from the seeds.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphFilter, Subgraph } from "../../db/graph/types.ts";
import type { Comparison, EntityHistory, TimeUnit } from "../../db/time/index.ts";
import { RELATION_TYPES } from "../../db/types.ts";
import { buildRenderer, openSession, SEEDS, type Session } from "./harness.ts";

const POLL = { timeout: 20_000, interval: 100 };
/** What the page shows once beforeAll has switched department_responsible and unlinked entities on. */
const DEFAULT_FILTER: GraphFilter = {
  types: ["cluster", "park", "platform", "enterprise", "department"],
  relationTypes: RELATION_TYPES.filter((r) => r !== "co_mention"),
  levels: ["national", "provincial", "city", "none"],
  status: ["existing", "planned"],
  minDegree: 0,
  hideIsolated: false,
};
const FILE_000 = "000_5eb087360ca96ad5.txt";
const FILE_004 = "004_35b3b19d69df2577.txt";

let s: Session;
let all: Subgraph;

const visibleIds = (page: Page) =>
  page.evaluate(() =>
    (window.__cy?.nodes().not(".hidden") ?? []).map((n) => n.data("eid") as number).sort((a, b) => a - b),
  );

/** Drags across the timeline from the middle of one year's band to another's. */
async function brush(page: Page, from: number, to: number): Promise<void> {
  const a = await page.locator(`[data-testid="timeline-svg"] text[data-year="${from}"]`).boundingBox();
  const b = await page.locator(`[data-testid="timeline-svg"] text[data-year="${to}"]`).boundingBox();
  if (!a || !b) throw new Error("no year labels");
  await page.mouse.move(a.x + a.width / 2, a.y - 8);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, a.y - 8, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y - 8, { steps: 4 });
  await page.mouse.up();
}

describe("time and change in the explorer", () => {
  beforeAll(async () => {
    buildRenderer();
    s = await openSession([SEEDS]);
    await s.page.goto(s.host.url);
    await s.page.locator('[data-laid-out="yes"]').waitFor({ timeout: 60_000 });
    // The first view leaves department_responsible and unlinked entities out; these tests are
    // about what documents state, so the whole graph is shown.
    if (await s.page.getByTestId("filters-open").count()) await s.page.getByTestId("filters-open").click();
    await s.page.getByTestId("rel-department_responsible").check();
    await s.page.getByTestId("isolated").locator("summary").click();
    await s.page.getByTestId("show-isolated").check();
    if (await s.page.getByTestId("filters-close").count()) await s.page.getByTestId("filters-close").click();
    // The strip is folded by default; the status bar unfolds it.
    await s.page.getByTestId("timeline-toggle").click();
    await s.page.getByTestId("timeline").waitFor();
    all = await s.api<Subgraph>("subgraph", DEFAULT_FILTER);
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it("places the documents and the gazette's parts on their dates, the undated one listed", async () => {
    const units = await s.api<TimeUnit[]>("timeUnits");
    const dated = units.filter((u) => u.date);
    const marks = s.page.locator('[data-testid="timeline-svg"] [data-unit]');
    await expect.poll(() => marks.count(), POLL).toBe(dated.length);
    for (const u of dated) {
      const m = s.page.locator(`[data-testid="timeline-svg"] [data-unit="${u.id}"]`);
      expect(await m.getAttribute("data-date")).toBe(u.date);
      expect(await m.getAttribute("data-kind")).toBe(u.kind);
    }
    const parts = await s.page.locator('[data-testid="timeline-svg"] [data-kind="part"]').count();
    expect(parts).toBeGreaterThan(10);
    // Marks further right are later.
    const xs = await Promise.all(
      dated.map(async (u) => Number(await s.page.locator(`[data-unit="${u.id}"]`).getAttribute("cx"))),
    );
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    await s.page.getByTestId("undated-open").click();
    await expect.poll(() => s.page.getByTestId("undated").locator("li").count(), POLL).toBe(1);
    expect(await s.page.getByTestId("undated").textContent()).toContain("威海火炬高技术产业开发区");
    await s.page.getByTestId("undated-open").click();
  });

  it("brushing 2021–2023 shows only what those documents state, and clearing brings all back", async () => {
    const before = await visibleIds(s.page);
    expect(before.length).toBe(all.nodes.length);
    await brush(s.page, 2021, 2023);
    await expect.poll(() => s.page.getByTestId("timeline").getAttribute("data-range"), POLL).toBe("2021..2023");
    const stated = await s.api<{ entityIds: number[]; relationIds: number[] }>("timeStated", {
      selector: { from: "2021", to: "2023" },
    });
    const ids = new Set(stated.entityIds);
    const expected = all.nodes
      .filter((n) => ids.has(n.id))
      .map((n) => n.id)
      .sort((a, b) => a - b);
    await expect.poll(() => visibleIds(s.page), POLL).toEqual(expected);
    expect(expected.length).toBeLessThan(all.nodes.length);
    // What only the 2026 plan names is not drawn.
    const c = await s.api<Comparison>("compare", { a: "2021..2023", b: FILE_004 });
    const only2026 = Object.values(c.only_b.entities).flat();
    expect(only2026.length).toBeGreaterThan(0);
    const shown = new Set(await visibleIds(s.page));
    for (const e of only2026) expect(shown.has(e.id)).toBe(false);
    // Documents outside the range are dimmed on the strip.
    expect(await s.page.locator('[data-unit][data-date^="2018"]').getAttribute("class")).toContain("out");
    await s.page.getByTestId("timeline-clear").click();
    await expect.poll(async () => (await visibleIds(s.page)).length, POLL).toBe(all.nodes.length);
  });

  it("▶ steps year by year through the years that have documents", async () => {
    const timeline = s.page.getByTestId("timeline");
    // Every range the strip passes through, as the page sees it; at the first year the page itself
    // presses ⏸ (a poll from the test could miss a 2.2 s step on a loaded machine), and ▶ resumes.
    await s.page.evaluate(() => {
      const el = document.querySelector('[data-testid="timeline"]');
      const seen: string[] = [];
      (window as unknown as { __ranges: string[] }).__ranges = seen;
      if (!el) return;
      let paused = false;
      new MutationObserver(() => {
        const r = el.getAttribute("data-range") ?? "";
        if (seen[seen.length - 1] !== r) seen.push(r);
        if (r === "2018..2018" && !paused) {
          paused = true;
          document.querySelector<HTMLButtonElement>('[data-testid="timeline-play"]')?.click();
        }
      }).observe(el, { attributes: true, attributeFilter: ["data-range"] });
    });
    await s.page.getByTestId("timeline-play").click();
    await expect.poll(() => timeline.getAttribute("data-playing"), POLL).toBe("no");
    await expect.poll(() => timeline.getAttribute("data-range"), POLL).toBe("2018..2018");
    const in2018 = new Set((await s.api<{ entityIds: number[] }>("timeStated", { selector: "2018" })).entityIds);
    await expect.poll(async () => (await visibleIds(s.page)).every((id) => in2018.has(id)), POLL).toBe(true);
    // ▶ again goes on from the year shown.
    await s.page.getByTestId("timeline-play").click();
    await expect.poll(() => timeline.getAttribute("data-range"), POLL).toBe("2026..2026");
    await expect.poll(() => timeline.getAttribute("data-playing"), { timeout: 30_000, interval: 200 }).toBe("no");
    const ranges = await s.page.evaluate(() => (window as unknown as { __ranges: string[] }).__ranges);
    expect(ranges).toEqual(["2018..2018", "2021..2021", "2023..2023", "2026..2026"]);
    await s.page.getByTestId("timeline-clear").click();
    await expect.poll(async () => (await visibleIds(s.page)).length, POLL).toBe(all.nodes.length);
  });

  it("compares 000 with 004: the graph coloured new/dropped/kept, a table by type, CSV, kept in a saved view", async () => {
    const page = s.page;
    const api = await s.api<Comparison>("compare", { a: FILE_000, b: FILE_004 });
    // An earlier test may have left the Time tab open (the undated list shares it).
    if (!(await page.getByTestId("cmp-a-doc").isVisible())) await page.getByTestId("compare-open").click();
    // The Time tab docks in and its pickers fill once the units arrive.
    await page.getByTestId("cmp-b-doc").locator(`option[value="file:${FILE_004}"]`).waitFor({ state: "attached" });
    await page.getByTestId("cmp-a-doc").selectOption(`file:${FILE_000}`);
    await page.getByTestId("cmp-b-doc").selectOption(`file:${FILE_004}`);
    await page.getByTestId("cmp-run").click();
    await page.getByTestId("cmp-table").waitFor();
    // The clusters both name are kept, on the graph and in the table.
    // Entities the first view draws (unlinked ones stay in the sidebar's list, not on the graph).
    const drawn = (e: { id: number }) => all.nodes.some((n) => n.id === e.id);
    expect(api.both.entities.cluster.length).toBeGreaterThan(0);
    const kept = api.both.entities.cluster.filter(drawn);
    expect(kept.length).toBeGreaterThan(0);
    for (const e of kept) {
      await expect
        .poll(() => page.evaluate((id) => window.__cy?.getElementById(`n${id}`).hasClass("cmp-kept"), e.id), POLL)
        .toBe(true);
      expect(
        await page
          .locator('[data-testid="cmp-table"] tr[data-type="cluster"]', { hasText: e.name })
          .first()
          .getAttribute("data-side"),
      ).toMatch(/both|changed/);
    }
    const dropped = api.only_a.entities.cluster.find(drawn);
    const added = api.only_b.entities.cluster.find(drawn);
    if (!dropped || !added) throw new Error("expected clusters only in each");
    expect(await page.evaluate((id) => window.__cy?.getElementById(`n${id}`).hasClass("cmp-dropped"), dropped.id)).toBe(
      true,
    );
    expect(await page.evaluate((id) => window.__cy?.getElementById(`n${id}`).hasClass("cmp-new"), added.id)).toBe(true);
    const onlyB = Object.values(api.only_b.entities).flat().length + api.only_b.relations.length;
    expect(Number(await page.getByTestId("cmp-count-only_b").getAttribute("data-count"))).toBe(onlyB);
    // The table is sorted by type: clusters first, relations last.
    const types = await page
      .locator('[data-testid="cmp-table"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-type")));
    expect(types[0]).toBe("cluster");
    expect(types[types.length - 1]).toBe("relation");
    // Only entities either document names are drawn.
    const named = new Set(
      [api.only_a, api.only_b, api.both].flatMap((side) =>
        Object.values(side.entities)
          .flat()
          .map((e) => e.id),
      ),
    );
    for (const id of await visibleIds(page)) expect(named.has(id)).toBe(true);

    const download = page.waitForEvent("download");
    await page.getByTestId("cmp-csv").click();
    const file = await (await download).path();
    const csv = readFileSync(file, "utf8");
    expect(csv.startsWith("\uFEFF变化,类别,类型,名称")).toBe(true);
    expect(csv).toContain(`两者,entity,cluster,${kept[0]?.name}`);

    // A saved view keeps the comparison: clear it, open the view, it is back.
    await page.getByTestId("views-toggle").click();
    await page.getByTestId("views-panel").waitFor();
    await page.getByTestId("view-name").fill("2018 对 2026");
    await page.getByTestId("view-save").click();
    await page.getByTestId("view-row").first().waitFor();
    // The comparison sits in the side panel's Time tab, the views in theirs: switch to clear it.
    await page.getByTestId("compare-open").click();
    await page.getByTestId("cmp-clear").click();
    await expect
      .poll(() => page.evaluate((id) => window.__cy?.getElementById(`n${id}`).hasClass("cmp-kept"), kept[0]?.id), POLL)
      .toBe(false);
    await page.getByTestId("views-toggle").click();
    await page.getByTestId("view-row").filter({ hasText: "2018 对 2026" }).getByTestId("view-open").click();
    await expect
      .poll(() => page.evaluate((id) => window.__cy?.getElementById(`n${id}`).hasClass("cmp-kept"), kept[0]?.id), POLL)
      .toBe(true);
    const views = await s.api<{ id: number; name: string }[]>("viewsList");
    const view = await s.api<{ state: { time: unknown } }>("viewGet", { id: views[0]?.id });
    expect(view.state.time).toEqual({ range: null, compare: { a: FILE_000, b: FILE_004 } });
    await page.getByTestId("compare-open").click();
    await page.getByTestId("cmp-clear").click();
  });

  it("a saved view keeps its brushed time range", async () => {
    const page = s.page;
    await brush(page, 2023, 2023);
    await expect.poll(() => page.getByTestId("timeline").getAttribute("data-range"), POLL).toBe("2023..2023");
    await page.getByTestId("views-toggle").click();
    await page.getByTestId("view-name").fill("2023 年");
    await page.getByTestId("view-save").click();
    await page.getByTestId("view-row").filter({ hasText: "2023 年" }).waitFor();
    await page.getByTestId("timeline-clear").click();
    await expect.poll(() => page.getByTestId("timeline").getAttribute("data-range"), POLL).toBe("");
    await page.getByTestId("view-row").filter({ hasText: "2023 年" }).getByTestId("view-open").click();
    await expect.poll(() => page.getByTestId("timeline").getAttribute("data-range"), POLL).toBe("2023..2023");
    await page.getByTestId("views-toggle").click();
    await page.getByTestId("timeline-clear").click();
  });

  it("shows an entity's history in the details panel: first and last dates, documents, statuses", async () => {
    const page = s.page;
    const api = await s.api<Comparison>("compare", { a: FILE_000, b: FILE_004 });
    const e = api.both.entities.cluster.find((c) => all.nodes.some((n) => n.id === c.id));
    if (!e) throw new Error("no shared cluster on the graph");
    const h = await s.api<EntityHistory>("entityHistory", { id: e.id });
    await page.evaluate((id) => {
      window.__cy?.getElementById(`n${id}`).emit("tap");
    }, e.id);
    const panel = page.getByTestId("entity-history");
    await panel.waitFor();
    expect(await panel.getAttribute("data-first")).toBe("2018-02-07");
    expect(await panel.getAttribute("data-last")).toBe("2026-05-16");
    expect(await panel.textContent()).toContain("首次提及 2018-02-07");
    const points = page.getByTestId("hist-points").locator("li");
    expect(await points.count()).toBe(h.points.length);
    const dates = await points.evaluateAll((li) => li.map((l) => l.getAttribute("data-date")));
    expect(dates).toEqual(h.points.map((p) => p.date ?? ""));
    expect(await panel.locator("svg circle").count()).toBe(h.points.filter((p) => p.date).length);
  });
});
