// `npx tsx scripts/screenshot.ts [out.png]`: the explorer on the seeds (real store, real host,
// real Chromium) → docs/screenshot.png. Prints the time from navigation to the first laid-out
// graph frame and the counts shown.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { buildRenderer, openSession, ROOT, SEEDS } from "../tests/e2e/harness.ts";

const out = resolve(process.argv[2] ?? join(ROOT, "docs/screenshot.png"));

buildRenderer();
const t0 = Date.now();
// The window size officials have; the first view with its start card is the overview picture.
const s = await openSession([SEEDS], { viewport: { width: 1440, height: 900 } });
console.error(`knowledge base built and host up in ${Date.now() - t0} ms`);
try {
  await s.page.goto(s.host.url);
  await s.page.locator('[data-laid-out="yes"]').waitFor({ timeout: 120_000 });
  const firstPaint = await s.page.evaluate(() => window.__kgFirstPaint ?? null);
  const timings = await s.page.evaluate(() => window.__kgTimings ?? null);
  const overview = out.replace(/\.png$/, "-overview.png");
  await s.page.waitForTimeout(400);
  await s.page.screenshot({ path: overview });
  const status = s.page.getByTestId("status");
  const counts = {
    nodes: await status.getAttribute("data-nodes"),
    totalNodes: await status.getAttribute("data-total-nodes"),
    edges: await status.getAttribute("data-edges"),
    totalEdges: await status.getAttribute("data-total-edges"),
  };
  // The best-connected cluster picked from search, as a user would, then 聚焦: its neighbourhood
  // re-fitted with every node named, its details (sentences, citations) in the side panel.
  const hub = await s.page.evaluate(() => {
    const nodes = window.__cy
      ?.nodes('[type = "cluster"]')
      .not(".hidden")
      .sort((a, b) => b.data("degree") - a.data("degree"));
    return nodes?.[0] ? (nodes[0].data("name") as string) : null;
  });
  if (hub) {
    await s.page.keyboard.press("Control+f");
    await s.page.keyboard.type(hub);
    await s.page.locator('[data-testid="search-hit"][data-kind="entity"]').first().click();
    await s.page.locator('[data-testid="details-name"]').waitFor();
    if (await s.page.getByTestId("start-dismiss").count()) await s.page.getByTestId("start-dismiss").click();
    await s.page.getByTestId("focus").click();
    await s.page.waitForFunction(() => !document.querySelector('[data-testid="graph-busy"]'));
    await s.page.waitForTimeout(1500);
  }
  await s.page.waitForTimeout(600);
  mkdirSync(dirname(out), { recursive: true });
  await s.page.screenshot({ path: out });
  console.log(
    JSON.stringify({
      out,
      overview,
      firstPaintMs: firstPaint && Math.round(firstPaint),
      timings,
      ...counts,
      selected: hub,
      errors: s.errors,
    }),
  );
} finally {
  await s.close();
}
