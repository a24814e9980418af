// Dev aid (not a test): opens the explorer on DB (warm start), waits until laid out, then selects the
// best-connected node and prints the long tasks during the selection and the top self-time functions.
import { copyFileSync } from "node:fs";
import { loadavg } from "node:os";
import { startWebHost } from "../../electron/web-host.ts";
import { launchChromium } from "../../tests/support/chromium.ts";
import { buildProductionRenderer } from "./explorer.ts";

const [dbIn, cache = "/tmp/sx5", build = "build", pre = ""] = process.argv.slice(2);
if (!dbIn) throw new Error("usage: profile-select.ts DB [CACHE] [build|nobuild]");
const dbFile = `${cache}/profile.sqlite`;
copyFileSync(dbIn, dbFile);
const staticDir = build === "build" ? buildProductionRenderer(cache) : `${cache}/renderer-production`;
const host = await startWebHost({ dbFile, port: 0, staticDir });
await host.ready;
const browser = await launchChromium();
try {
  for (const round of [1, 2]) {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      const tasks: [number, number][] = [];
      w.__longTasks = tasks;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
      }).observe({ type: "longtask", buffered: true });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    if (pre === "load") await cdp.send("Profiler.start");
    await page.goto(host.openUrl);
    await page.locator('[data-laid-out="yes"]').waitFor({ timeout: 240000 });
    await page.locator('[data-testid="graph-busy"]').waitFor({ state: "detached", timeout: 240000 });
    if (pre === "open") {
      await page.getByTestId("side-open").click();
    }
    await page.waitForTimeout(1500);
    if (pre !== "load") await cdp.send("Profiler.start");
    const t0 = await page.evaluate(() => performance.now());
    const res = await page.evaluate(`(async () => {
      const cy = window.__cy;
      let best = null;
      cy.nodes("[eid]").not(".hidden").forEach((n) => {
        if (!best || n.data("degree") > best.data("degree")) best = n;
      });
      const eid = best.data("eid");
      const start = performance.now();
      best.emit("tap");
      const until = (sel) => new Promise((r) => {
        const poll = () => {
          if (document.querySelector(sel)) requestAnimationFrame(() => setTimeout(() => r(Math.round(performance.now() - start)), 0));
          else setTimeout(poll, 4);
        };
        poll();
      });
      return Promise.all([
        until('[data-testid="details"][data-preview="' + eid + '"], [data-testid="details"][data-entity="' + eid + '"]'),
        until('[data-testid="details"][data-entity="' + eid + '"] [data-testid="mention"]'),
      ]);
    })()`);
    await page.waitForTimeout(1500);
    const { profile } = await cdp.send("Profiler.stop");
    const tasks = (
      await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks)
    ).filter((t) => pre === "load" || t[0] >= t0);
    console.log(
      `round ${round}: select name/details ${JSON.stringify(res)} long tasks ${JSON.stringify(tasks)} load ${(loadavg()[0] ?? 0).toFixed(1)}`,
    );
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => {
      const n = byId.get(id);
      if (!n) return;
      const cf = n.callFrame;
      const k = `${cf.functionName || "(anon)"} ${cf.url.split("/").pop()}:${cf.lineNumber}`;
      self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [k, ms] of top) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
    await page.close();
  }
} finally {
  await browser.close();
  await host.close();
}
