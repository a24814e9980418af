// `npx tsx scripts/screenshot-compare.ts [out.png]`: the 2018 cluster opinion (000) compared
// with the 2026 action plan (004) on the seeds (real store, real host, real Chromium) →
// docs/screenshot-compare.png. Prints the comparison's counts.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { buildRenderer, openSession, ROOT, SEEDS } from "../tests/e2e/harness.ts";

const out = resolve(process.argv[2] ?? join(ROOT, "docs/screenshot-compare.png"));

buildRenderer();
const s = await openSession([SEEDS]);
try {
  const page = s.page;
  await page.goto(s.host.url);
  await page.locator('[data-laid-out="yes"]').waitFor({ timeout: 120_000 });
  if (await page.getByTestId("start-dismiss").count()) await page.getByTestId("start-dismiss").click();
  // Enterprises and departments off: the picture is about clusters, parks and platforms.
  if (await page.getByTestId("filters-open").count()) await page.getByTestId("filters-open").click();
  await page.getByTestId("type-enterprise").uncheck();
  await page.getByTestId("type-department").uncheck();
  if (await page.getByTestId("filters-close").count()) await page.getByTestId("filters-close").click();
  // The timeline is folded into the status bar by default; the compare button lives on it.
  await page.getByTestId("timeline-toggle").click();
  await page.getByTestId("compare-open").click();
  await page.getByTestId("cmp-a-doc").selectOption("file:000_5eb087360ca96ad5.txt");
  await page.getByTestId("cmp-b-doc").selectOption("file:004_35b3b19d69df2577.txt");
  await page.getByTestId("cmp-run").click();
  await page.getByTestId("cmp-table").waitFor();
  await page.getByTestId("cmp-count-both").locator("input").uncheck();
  await page.waitForTimeout(1500);
  // The compare panel is docked in the side panel: fit the coloured graph to the canvas.
  await page.evaluate(() => {
    const cy = window.__cy;
    if (cy) cy.fit(cy.nodes().not(".hidden"), 30);
  });
  await page.waitForTimeout(800);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  const counts = await page
    .locator('[data-testid^="cmp-count-"]')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute("data-testid")}=${e.getAttribute("data-count")}`));
  console.log(JSON.stringify({ out, counts, errors: s.errors }));
} finally {
  await s.close();
}
