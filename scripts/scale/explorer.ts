// The explorer on a big knowledge base in headless Chromium (canvas: no GPU here): first paint,
// time to interactive, layout settled, longest main-thread task, type filter and selection
// response, JS heap. Figures only; nothing here asserts.
import { performance } from "node:perf_hooks";
import { launchChromium } from "../../tests/support/chromium.ts";

const LAYOUT_WAIT_MS = 240_000;

export async function measureExplorer(url: string, log: (line: string) => void): Promise<Record<string, unknown>> {
  const browser = await launchChromium();
  const out: Record<string, unknown> = {};
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.setDefaultTimeout(LAYOUT_WAIT_MS);
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
        }).observe({ type: "longtask", buffered: true });
      } catch {
        // no longtask timing in this browser
      }
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__kgFirstPaint !== undefined, null, { timeout: LAYOUT_WAIT_MS });
    // Interactive: the first frame is drawn and the main thread answers a task plus a frame.
    const interactive = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          setTimeout(() => requestAnimationFrame(() => resolve(Math.round(performance.now()))), 0),
        ),
    );
    out.first_paint_ms = Math.round((await page.evaluate(() => window.__kgFirstPaint)) ?? 0);
    out.interactive_ms = interactive;
    try {
      await page.locator('[data-laid-out="yes"]').waitFor({ timeout: LAYOUT_WAIT_MS });
      await page.locator('[data-testid="graph-busy"]').waitFor({ state: "detached", timeout: LAYOUT_WAIT_MS });
      out.layout_settled_ms = await page.evaluate(() => window.__kgTimings?.settled ?? Math.round(performance.now()));
    } catch {
      out.layout_settled_ms = `not within ${LAYOUT_WAIT_MS / 1000} s`;
    }
    const status = page.getByTestId("status");
    out.nodes_drawn = Number(await status.getAttribute("data-nodes"));
    out.total_nodes = Number(await status.getAttribute("data-total-nodes"));
    out.status_text = (await status.textContent()) ?? "";
    out.timings = await page.evaluate(() => window.__kgTimings ?? {});
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    out.longest_task_ms = Math.max(0, ...longTasks);
    out.long_tasks = longTasks.length;

    // Type filter: enterprises off, until the status bar changes (drawn or matched count; in the
    // overview the number drawn may stay at its cap).
    const signature = () =>
      page.evaluate(() => {
        const st = document.querySelector<HTMLElement>('[data-testid="status"]');
        const ov = document.querySelector<HTMLElement>('[data-testid="status-overview"]');
        return `${st?.dataset.nodes}/${st?.dataset.edges}/${ov?.dataset.matched ?? ""}`;
      });
    const changedFrom = (before: string) =>
      page.waitForFunction(
        (b) => {
          const st = document.querySelector<HTMLElement>('[data-testid="status"]');
          const ov = document.querySelector<HTMLElement>('[data-testid="status-overview"]');
          return `${st?.dataset.nodes}/${st?.dataset.edges}/${ov?.dataset.matched ?? ""}` !== b;
        },
        before,
        { timeout: 60_000, polling: 20 },
      );
    const before = await signature();
    let t = performance.now();
    await page.getByTestId("type-enterprise").uncheck();
    await changedFrom(before);
    out.type_filter_ms = Math.round(performance.now() - t);
    const without = await signature();
    t = performance.now();
    await page.getByTestId("type-enterprise").check();
    await changedFrom(without);
    out.type_filter_back_ms = Math.round(performance.now() - t);

    // Selection: the best-connected node drawn, until the details panel names it.
    const picked = await page.evaluate(() => {
      const cy = window.__cy;
      if (!cy) return null;
      let best: import("cytoscape").NodeSingular | null = null;
      cy.nodes()
        .not(".hidden")
        .forEach((n) => {
          if (!best || (n.data("degree") as number) > (best.data("degree") as number)) best = n;
        });
      return best
        ? {
            id: (best as import("cytoscape").NodeSingular).id(),
            eid: (best as import("cytoscape").NodeSingular).data("eid") as number,
          }
        : null;
    });
    if (picked) {
      t = performance.now();
      // (returning nothing: a cytoscape collection would be serialised back to Node)
      await page.evaluate((id) => {
        window.__cy?.getElementById(id).emit("tap");
      }, picked.id);
      await page.locator(`[data-testid="details"][data-entity="${picked.eid}"]`).waitFor({ timeout: 60_000 });
      await page.getByTestId("mention").first().waitFor({ timeout: 60_000 });
      out.select_details_ms = Math.round(performance.now() - t);
    }
    out.js_heap_mb = await page.evaluate(() => {
      const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return m ? Math.round(m.usedJSHeapSize / 1048576) : null;
    });
    log(`explorer: ${JSON.stringify(out)}`);
  } finally {
    await browser.close();
  }
  return out;
}
