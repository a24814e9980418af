// Saved views, presentation and export in real Chromium against the real loopback host and a
// knowledge base built from the seeds (its own temporary database).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRenderer, openSession, ROOT, SEEDS, type Session } from "./harness.ts";

type Page = Session["page"];
type Pos = { x: number; y: number };
interface Picture {
  positions: Record<string, Pos>;
  zoom: number;
  pan: Pos;
  /** The canvas size (the docked panels may leave it another size after a reload). */
  w: number;
  h: number;
}

let s: Session;
/** Restores wait for the API, React and a 400 ms animation: give polls more than the default second. */
const POLL = { timeout: 10_000 };

/** What cytoscape draws now: visible nodes by entity key with their model positions, and the camera. */
/**
 * Until nothing moves: no layout running, no camera animation, and the same camera over a few
 * frames (a filter change can re-lay out a small picture and fit it while the test goes on).
 */
async function still(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-testid="graph-busy"]'));
  await page.waitForFunction(() => !window.__cy?.animated());
  const cam = () => page.evaluate(() => `${window.__cy?.zoom()}|${window.__cy?.pan().x}|${window.__cy?.pan().y}`);
  for (let i = 0, last = await cam(); i < 20; i++) {
    await page.waitForTimeout(200);
    const now = await cam();
    if (now === last) return;
    last = now;
  }
}

async function picture(page: Page): Promise<Picture> {
  await still(page);
  return page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) throw new Error("no cytoscape");
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes()
      .not(".hidden")
      .forEach((n) => {
        positions[n.data("key") as string] = { ...n.position() };
      });
    return { positions, zoom: cy.zoom(), pan: { ...cy.pan() }, w: cy.width(), h: cy.height() };
  });
}

/** The docked layout folds one side when the other opens: bring the views tab back. */
async function ensureViews(page: Page): Promise<void> {
  if ((await page.getByTestId("views-panel").count()) > 0) return;
  const tab = page.getByTestId("tab-views");
  if ((await tab.count()) > 0 && (await tab.isVisible())) await tab.click();
  else await page.getByTestId("views-toggle").click();
  await page.getByTestId("views-panel").waitFor();
}

/** ...and the filter sidebar. */
async function ensureFilters(page: Page): Promise<void> {
  const open = page.getByTestId("filters-open");
  if ((await open.count()) > 0 && (await open.isVisible())) await open.click();
  await page.getByTestId("filters").waitFor();
}

async function restoredCount(page: Page): Promise<number> {
  await ensureViews(page);
  return Number(await page.getByTestId("views-panel").getAttribute("data-restored"));
}

async function saveView(page: Page, name: string): Promise<void> {
  await ensureViews(page);
  const rows = await page.getByTestId("view-row").count();
  await page.getByTestId("view-name").fill(name);
  await page.getByTestId("view-save").click();
  await page.getByTestId("view-row").nth(rows).waitFor();
}

async function openView(page: Page, name: string): Promise<void> {
  const before = await restoredCount(page);
  await page.getByTestId("view-row").filter({ hasText: name }).getByTestId("view-open").click();
  await expect.poll(() => restoredCount(page), POLL).toBeGreaterThan(before);
}

/** Drags the best-connected node not covered by a panel by (dx, dy) screen pixels; returns its key. */
async function dragHub(page: Page, dx: number, dy: number): Promise<string> {
  const hub = await page.evaluate(() => {
    const cy = window.__cy;
    const box = cy?.container()?.getBoundingClientRect();
    if (!cy || !box) throw new Error("no graph");
    const free = cy
      .nodes()
      .not(".hidden")
      .sort((a, b) => (b.data("degree") as number) - (a.data("degree") as number))
      .map((n: import("cytoscape").NodeSingular) => ({
        key: n.data("key") as string,
        x: box.left + n.renderedPosition().x,
        y: box.top + n.renderedPosition().y,
      }))
      .find((p) => document.elementFromPoint(p.x, p.y)?.tagName === "CANVAS");
    if (!free) throw new Error("every node is covered");
    return free;
  });
  await page.mouse.move(hub.x, hub.y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(hub.x + (dx * i) / 6, hub.y + (dy * i) / 6);
  await page.mouse.up();
  return hub.key;
}

async function wheel(page: Page, dy: number): Promise<void> {
  const box = await page.getByTestId("graph").boundingBox();
  if (!box) throw new Error("no graph box");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, dy);
  // cytoscape applies wheel zoom at once; let the event loop deliver it
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
}

function expectSamePicture(got: Picture, want: Picture): void {
  expect(Object.keys(got.positions).sort()).toEqual(Object.keys(want.positions).sort());
  const off = Object.entries(want.positions).filter(([key, p]) => {
    const q = got.positions[key];
    return !q || Math.abs(q.x - p.x) > 1 || Math.abs(q.y - p.y) > 1;
  });
  expect(off).toEqual([]);
  expect(got.zoom).toBeCloseTo(want.zoom, 6);
  // The same model point sits in the middle of the canvas (the same pan when the canvas is as big).
  const centre = (p: Picture) => ({ x: (p.w / 2 - p.pan.x) / p.zoom, y: (p.h / 2 - p.pan.y) / p.zoom });
  expect(Math.abs(centre(got).x - centre(want).x) * got.zoom).toBeLessThanOrEqual(1);
  expect(Math.abs(centre(got).y - centre(want).y) * got.zoom).toBeLessThanOrEqual(1);
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("saved views, presentation and export on the seeds", () => {
  const empty: Picture = { positions: {}, zoom: 0, pan: { x: 0, y: 0 }, w: 0, h: 0 };
  const saved: { A: Picture; B: Picture } = { A: empty, B: empty };

  beforeAll(async () => {
    buildRenderer();
    s = await openSession([SEEDS]);
    await s.page.goto(s.host.url);
    await s.page.locator('[data-laid-out="yes"]').waitFor({ timeout: 60_000 });
    await s.page.getByTestId("views-toggle").click();
    await s.page.getByTestId("views-panel").waitFor();
  });

  afterAll(async () => {
    await s?.close();
  });

  it("saves two views with different filters, zoom and a dragged node", async () => {
    const page = s.page;
    await ensureViews(page);
    // View A: no enterprises, zoomed in, the hub dragged aside.
    const all = Number(await page.getByTestId("status").getAttribute("data-nodes"));
    await ensureFilters(page);
    await page.getByTestId("type-enterprise").uncheck();
    await expect
      .poll(async () => Number(await page.getByTestId("status").getAttribute("data-nodes")), POLL)
      .toBeLessThan(all);
    const before = await picture(page);
    await dragHub(page, 90, 60);
    const afterDrag = await picture(page);
    // The node under the pointer is the one cytoscape hit-tests on top: find it by what moved.
    const moved = Object.keys(before.positions).filter((k) => {
      const a = before.positions[k];
      const b = afterDrag.positions[k];
      return a && b && Math.hypot(a.x - b.x, a.y - b.y) > 20;
    });
    expect(moved).toHaveLength(1);
    await wheel(page, -400);
    saved.A = await picture(page);
    expect(saved.A.zoom).not.toBeCloseTo(before.zoom, 3);
    await saveView(page, "视图A");

    // View B: enterprises back, departments off, zoomed out.
    await ensureFilters(page);
    await page.getByTestId("type-enterprise").check();
    await ensureFilters(page);
    await page.getByTestId("type-department").uncheck();
    await page.waitForFunction(
      () =>
        window.__cy?.nodes('[type = "department"]').not(".hidden").length === 0 &&
        (window.__cy?.nodes('[type = "enterprise"]').not(".hidden").length ?? 0) > 0,
    );
    await wheel(page, 600);
    saved.B = await picture(page);
    await saveView(page, "视图B");

    const list = await s.api<{ name: string; entityCount: number }[]>("viewsList");
    expect(list.map((v) => v.name)).toEqual(["视图A", "视图B"]);
    expect(list[0]?.entityCount).toBe(Object.keys(saved.A.positions).length);
    expect(list[1]?.entityCount).toBe(Object.keys(saved.B.positions).length);
  });

  it("after new documents and a reload, restoring a view brings back its nodes, positions, camera and filters", async () => {
    const page = s.page;
    await ensureViews(page);
    // New entities arrive; the saved views must not take them in.
    // Another city's document kept in the repo (not ../shared, which a bare clone lacks).
    const newDoc = join(ROOT, "tests/fixtures/annotated/D/docs/D01_fuyang_guangfu.txt");
    const imported = await s.api<{ documents: number; entities: number }>("importFiles", {
      files: [{ name: "D01.txt", base64: readFileSync(newDoc).toString("base64") }],
    });
    expect(imported.documents).toBe(1);
    expect(imported.entities).toBeGreaterThan(0);

    await page.reload();
    await page.locator('[data-laid-out="yes"]').waitFor({ timeout: 60_000 });
    await page.getByTestId("views-toggle").click();
    await expect.poll(() => page.getByTestId("view-row").count(), POLL).toBe(2);

    await openView(page, "视图A");
    expectSamePicture(await picture(page), saved.A);
    await ensureFilters(page);
    expect(await page.getByTestId("type-enterprise").isChecked()).toBe(false);
    await ensureFilters(page);
    expect(await page.getByTestId("type-department").isChecked()).toBe(true);
    expect(Number(await page.getByTestId("status").getAttribute("data-nodes"))).toBe(
      Object.keys(saved.A.positions).length,
    );

    await openView(page, "视图B");
    expectSamePicture(await picture(page), saved.B);
    await ensureFilters(page);
    expect(await page.getByTestId("type-enterprise").isChecked()).toBe(true);
    await ensureFilters(page);
    expect(await page.getByTestId("type-department").isChecked()).toBe(false);
  });

  it("captions a view; presentation hides the panels, locks nodes and steps to the next view with →", async () => {
    const page = s.page;
    await ensureViews(page);
    await page.getByTestId("caption-title").fill("第二页：企业与平台");
    await page.getByTestId("caption-note").fill("不含部门");
    await page.getByTestId("caption-title").press("Enter");
    await expect
      .poll(async () => (await s.api<{ caption: { title: string } }[]>("viewsList"))[1]?.caption.title, POLL)
      .toBe("第二页：企业与平台");

    await openView(page, "视图A");
    const shown = await restoredCount(page);
    await page.keyboard.press("p");
    await page.getByTestId("stage-controls").waitFor();
    // Presenting starts on the open view, restored again for the stage.
    await expect
      .poll(async () => Number(await page.getByTestId("stage-count").getAttribute("data-restored")), POLL)
      .toBeGreaterThan(shown);
    await expect.poll(() => page.getByTestId("stage-count").textContent(), POLL).toBe("1 / 2");
    expect(await page.locator(".toolbar").isVisible()).toBe(false);
    expect(await page.getByTestId("filters").isVisible()).toBe(false);
    expect(await page.evaluate(() => window.__cy?.autolock())).toBe(true);
    expect(await page.getByTestId("stage-title").textContent()).toBe("视图A");

    const before = Number(await page.getByTestId("stage-count").getAttribute("data-restored"));
    await page.keyboard.press("ArrowRight");
    await expect
      .poll(async () => Number(await page.getByTestId("stage-count").getAttribute("data-restored")), POLL)
      .toBeGreaterThan(before);
    expect(await page.getByTestId("stage-count").textContent()).toBe("2 / 2");
    expect(await page.getByTestId("stage-title").textContent()).toBe("第二页：企业与平台");
    expect(await page.getByTestId("stage-note").textContent()).toBe("不含部门");
    const onStage = await picture(page);
    expect(Object.keys(onStage.positions).sort()).toEqual(Object.keys(saved.B.positions).sort());
    // Positions are the saved ones; the camera keeps the saved centre on the bigger stage.
    const off = Object.entries(saved.B.positions).filter(([k, p]) => {
      const q = onStage.positions[k];
      return !q || Math.abs(q.x - p.x) > 1 || Math.abs(q.y - p.y) > 1;
    });
    expect(off).toEqual([]);
    expect(await page.evaluate(() => window.__cy?.autolock())).toBe(true);

    // Past the last view nothing changes; ← goes back.
    await page.keyboard.press("Space");
    expect(await page.getByTestId("stage-count").textContent()).toBe("2 / 2");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.getByTestId("stage-count").textContent(), POLL).toBe("1 / 2");

    await page.keyboard.press("Escape");
    await page.locator(".toolbar").waitFor();
    expect(await page.getByTestId("stage-controls").count()).toBe(0);
    expect(await page.evaluate(() => window.__cy?.autolock())).toBe(false);
  });

  it("exports one frame for every picture: the view's whole content as PNG (frame × scale), A4 PDF with text, SVG", async () => {
    const page = s.page;
    await ensureViews(page);
    const shown = await page.evaluate(() =>
      (window.__cy?.nodes().not(".hidden") ?? []).map(
        (n: import("cytoscape").NodeSingular) => n.data("name") as string,
      ),
    );

    await page.getByTestId("export-toggle").click();
    await page.getByTestId("export-format-png").check();
    await page.getByTestId("export-scale").selectOption("3");
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-run").click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const size = pngSize(readFileSync(await png.path()));
    const record = await page.evaluate(() => window.__kgLastExport);
    // The frame is the view's content (never the canvas between the panels), at 3×.
    expect(size).toEqual({ width: record?.width, height: record?.height });
    expect(size.width).toBeGreaterThanOrEqual(1280 * 3);
    expect(record?.nodes.slice().sort()).toEqual(shown.slice().sort());
    await page.getByTestId("export-dialog").waitFor({ state: "detached" });

    await page.getByTestId("export-toggle").click();
    await page.getByTestId("export-format-pdf").check();
    expect(await page.getByTestId("export-paper").inputValue()).toBe("a4");
    const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-run").click()]);
    const pdfBytes = readFileSync(await pdf.path());
    expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const doc = await PDFDocument.load(pdfBytes);
    expect(doc.getPages().map((p) => p.getSize())).toEqual([{ width: 842, height: 595 }]);

    await page.getByTestId("export-toggle").click();
    await page.getByTestId("export-format-svg").check();
    const [svg] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-run").click()]);
    const svgText = readFileSync(await svg.path(), "utf8");
    expect(svgText).toContain("<svg");
    // Past 150 names the SVG culls overlapping labels as the screen does: the best-linked name stays.
    const hub = await page.evaluate(
      () =>
        (window.__cy
          ?.nodes()
          .not(".hidden")
          .sort((a, b) => b.data("degree") - a.data("degree"))[0]
          ?.data("name") as string | undefined) ?? "",
    );
    expect(hub).not.toBe("");
    expect(svgText).toContain(hub.replace(/&/g, "&amp;"));
    expect(svgText).toContain('class="legend"');
  });

  it("exports the shown view's graph as CSV: nodes and edges, two files", async () => {
    const page = s.page;
    await ensureViews(page);
    await page.getByTestId("export-toggle").click();
    await page.getByTestId("export-format-csv").check();
    const names: string[] = [];
    const got = new Promise<void>((resolve) => {
      page.on("download", (d) => {
        names.push(d.suggestedFilename());
        if (names.length === 2) resolve();
      });
    });
    await page.getByTestId("export-run").click();
    await got;
    expect(names.sort()).toEqual(["edges.csv", "nodes.csv"]);
  });

  it("writes the briefing pack: every view in order with the picture drawn on screen", async () => {
    const page = s.page;
    await ensureViews(page);
    const shownBefore = await page.getByTestId("views-panel").getAttribute("data-shown");
    // every view is restored and drawn as a framed picture: allow a minute
    const [pack] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByTestId("pack-html").click(),
    ]);
    expect(pack.suggestedFilename()).toMatch(/\.html$/);
    const html = readFileSync(await pack.path(), "utf8");
    const a = html.indexOf("视图A");
    const b = html.indexOf("第二页：企业与平台");
    expect(a).toBeGreaterThan(-1);
    expect(b).toBeGreaterThan(a);
    expect(html.match(/src="data:image\/png;base64,/g)).toHaveLength(2);
    // The screen is back on the view it showed before.
    await expect.poll(() => page.getByTestId("views-panel").getAttribute("data-shown"), POLL).toBe(shownBefore);
  }, 120_000);

  it("on stage, C shows confirmed entities and relations only", async () => {
    const page = s.page;
    await ensureViews(page);
    const views = await s.api<{ id: number }[]>("viewsList");
    const graph = await s.api<{ nodes: { id: number; key: string }[] }>("viewGraph", { id: views[0]?.id });
    const chosen = graph.nodes.slice(0, 2);
    for (const n of chosen) await s.api("setReview", { kind: "entity", id: n.id, state: "confirmed" });
    await openView(page, "视图A");
    const before = await restoredCount(page);
    await page.keyboard.press("p");
    await expect
      .poll(async () => Number(await page.getByTestId("stage-count").getAttribute("data-restored")), POLL)
      .toBeGreaterThan(before);
    const shownKeys = async () => Object.keys((await picture(page)).positions).sort();
    expect((await shownKeys()).length).toBeGreaterThan(chosen.length);
    await page.keyboard.press("c");
    await expect.poll(shownKeys, POLL).toEqual(chosen.map((n) => n.key).sort());
    expect(await page.getByTestId("confirmed-only").isChecked()).toBe(true);
    await page.keyboard.press("c");
    await page.keyboard.press("Escape");
    await page.getByTestId("views-panel").waitFor();
  });

  it("duplicates, reorders, renames and deletes views", async () => {
    const page = s.page;
    await ensureViews(page);
    const names = async () => (await s.api<{ name: string }[]>("viewsList")).map((v) => v.name);
    await page.getByTestId("view-row").nth(0).getByTestId("view-duplicate").click();
    await expect.poll(() => page.getByTestId("view-row").count(), POLL).toBe(3);
    expect((await names()).length).toBe(3);
    const copy = (await names())[1] ?? "";
    // The copy comes right after its original.
    expect(copy).toContain("视图A");
    expect(await names()).toEqual(["视图A", copy, "视图B"]);
    await page.getByTestId("view-row").nth(1).getByTestId("view-down").click();
    await expect.poll(names, POLL).toEqual(["视图A", "视图B", copy]);
    // The list redraws after the store has the new order: act on a row only once it shows it.
    await expect.poll(() => page.getByTestId("view-row").nth(2).textContent(), POLL).toContain(copy);
    await page.getByTestId("view-row").nth(2).getByTestId("view-rename").click();
    await page.getByTestId("view-rename-input").fill("总览");
    await page.getByTestId("view-rename-input").press("Enter");
    await expect.poll(names, POLL).toEqual(["视图A", "视图B", "总览"]);
    await expect.poll(() => page.getByTestId("view-row").nth(2).textContent(), POLL).toContain("总览");
    // Drag and drop: the dragged row takes the place of the row it is dropped on.
    await page.getByTestId("view-row").nth(2).dragTo(page.getByTestId("view-row").nth(0));
    await expect.poll(names, POLL).toEqual(["总览", "视图A", "视图B"]);
    await expect.poll(() => page.getByTestId("view-row").nth(0).textContent(), POLL).toContain("总览");
    const del = page.getByTestId("view-row").nth(0).getByTestId("view-delete");
    await del.click();
    expect((await names()).length).toBe(3); // the first click only asks
    await del.click();
    await expect.poll(names, POLL).toEqual(["视图A", "视图B"]);
    await expect.poll(() => page.getByTestId("view-row").count(), POLL).toBe(2);
  });

  it("save over: the view keeps its name and place and takes the new picture", async () => {
    const page = s.page;
    await ensureViews(page);
    await openView(page, "视图B");
    await wheel(page, -250);
    const changed = await picture(page);
    expect(changed.zoom).not.toBeCloseTo(saved.B.zoom, 3);
    await page.getByTestId("view-row").filter({ hasText: "视图B" }).getByTestId("view-update").click();
    await expect.poll(async () => (await s.api<{ id: number }[]>("viewsList")).length, POLL).toBe(2);
    await expect
      .poll(async () => {
        const list = await s.api<{ id: number; name: string }[]>("viewsList");
        const b = list.find((v) => v.name === "视图B");
        const view = await s.api<{ state: { camera: { zoom: number } | null } }>("viewGet", { id: b?.id });
        return view.state.camera?.zoom;
      }, POLL)
      .toBeCloseTo(changed.zoom, 6);
    expect((await s.api<{ name: string }[]>("viewsList")).map((v) => v.name)).toEqual(["视图A", "视图B"]);
    await openView(page, "视图A");
    await openView(page, "视图B");
    expectSamePicture(await picture(page), changed);
  });

  it("a view saved with a path brings the path back, marked", async () => {
    const page = s.page;
    await ensureViews(page);
    await page.getByTestId("view-close").click();
    // Two entities two steps apart in what is drawn: a hub and a neighbour of one of its neighbours.
    const ends = await page.evaluate(() => {
      const cy = window.__cy;
      if (!cy) throw new Error("no cytoscape");
      const shown = cy.nodes().not(".hidden");
      const names = new Map<string, number>();
      shown.forEach((n) => {
        names.set(n.data("name") as string, (names.get(n.data("name") as string) ?? 0) + 1);
      });
      const unique = (n: import("cytoscape").NodeSingular) => names.get(n.data("name") as string) === 1;
      for (const a of shown.sort((x, y) => (y.data("degree") as number) - (x.data("degree") as number))) {
        if (!unique(a as import("cytoscape").NodeSingular)) continue;
        const near = a.closedNeighborhood("node").not(".hidden");
        const far = near
          .neighborhood("node")
          .not(".hidden")
          .not(near)
          .filter((n) => unique(n as import("cytoscape").NodeSingular));
        if (far.nonempty()) return { from: a.data("name") as string, to: far[0]?.data("name") as string };
      }
      throw new Error("no two entities two steps apart");
    });
    const pick = async (name: string, end: "path-from" | "path-to") => {
      const details = page.getByTestId("tab-details");
      if ((await details.count()) > 0) await details.click();
      await page.getByTestId("search-input").fill(name);
      await page
        .locator('[data-testid="search-hit"][data-kind="entity"]')
        .filter({
          has: page.locator(".hit-label", { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }),
        })
        .first()
        .click();
      await expect.poll(() => page.getByTestId("details-name").textContent(), POLL).toBe(name);
      await page.getByTestId(end).click();
    };
    await pick(ends.from, "path-from");
    await pick(ends.to, "path-to");
    // The path is drawn once both ends are set (older layouts had a third click).
    const find = page.getByTestId("find-path");
    if ((await find.count()) > 0 && (await find.isVisible())) await find.click();
    await page.getByTestId("path-steps").waitFor();
    const marked = () =>
      page.evaluate(() => (window.__cy?.nodes(".path").map((n) => n.data("key") as string) ?? []).sort());
    const pathKeys = await marked();
    expect(pathKeys.length).toBeGreaterThanOrEqual(3);
    await saveView(page, "路径");

    // Elsewhere, then back: the path is marked again and the path panel names its ends.
    await openView(page, "视图B");
    expect(await marked()).toEqual([]);
    await openView(page, "路径");
    await expect.poll(marked, POLL).toEqual(pathKeys);
    const pathTab = page.getByTestId("tab-path");
    if ((await pathTab.count()) > 0) await pathTab.click();
    expect(await page.getByTestId("path-from-name").textContent()).toBe(ends.from);
    expect(await page.getByTestId("path-to-name").textContent()).toBe(ends.to);
  });

  it("says how many saved entities no longer exist after a merge, and draws the rest", async () => {
    const page = s.page;
    await ensureViews(page);
    const views = await s.api<{ id: number; name: string }[]>("viewsList");
    const a = views.find((v) => v.name === "视图A");
    const graph = await s.api<{ nodes: { id: number; key: string; type: string }[] }>("viewGraph", { id: a?.id });
    const [into, from] = graph.nodes.filter((n) => n.type === graph.nodes[0]?.type);
    if (!into || !from) throw new Error("view A has no two entities of one type");
    await s.api("mergeEntities", { into: into.id, from: [from.id] });
    await openView(page, "视图A");
    await page.getByTestId("view-missing").waitFor();
    expect(await page.getByTestId("view-missing").textContent()).toContain("1 个实体");
    const keys = Object.keys((await picture(page)).positions);
    expect(keys).toContain(into.key);
    expect(keys).not.toContain(from.key);
    expect(keys.length).toBe(graph.nodes.length - 1);
  });

  it("logged no console errors", () => {
    expect(s.errors).toEqual([]);
  });
});
