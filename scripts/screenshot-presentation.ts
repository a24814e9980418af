// `npx tsx scripts/screenshot-presentation.ts [out.png]`: presentation mode on the seeds (real
// store, real host, real Chromium) → docs/screenshot-presentation.png. Prepares a briefing as a
// user would: picks the best-connected cluster, focuses its neighbourhood, saves it as a view
// with a caption and spotlight, then presents it. Also writes the views panel as *-views.png.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { buildRenderer, openSession, ROOT, SEEDS } from "../tests/e2e/harness.ts";

const out = resolve(process.argv[2] ?? join(ROOT, "docs/screenshot-presentation.png"));

buildRenderer();
const s = await openSession([SEEDS]);
try {
  const page = s.page;
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(s.host.url);
  await page.locator('[data-laid-out="yes"]').waitFor({ timeout: 120_000 });
  const hub = await page.evaluate(() => {
    const nodes = window.__cy
      ?.nodes('[type = "cluster"]')
      .not(".hidden")
      .sort((a, b) => b.data("degree") - a.data("degree"));
    return nodes?.[0] ? (nodes[0].data("name") as string) : null;
  });
  if (hub) {
    await page.keyboard.press("Control+f");
    await page.keyboard.type(hub);
    await page.locator('[data-testid="search-hit"][data-kind="entity"]').first().click();
    await page.locator('[data-testid="details-name"]').waitFor();
    await page.getByTestId("focus").click();
    await page.waitForTimeout(1200);
  }
  await page.getByTestId("views-toggle").click();
  await page.getByTestId("spotlight").check();
  await page.getByTestId("label-size").selectOption("14");
  await page.getByTestId("view-name").fill(hub ? `${hub}：邻域` : "总览");
  await page.getByTestId("view-save").click();
  await page.getByTestId("caption-title").waitFor();
  await page.getByTestId("caption-title").fill(hub ? `${hub}及其企业、平台与园区` : "产业集群总览");
  await page.getByTestId("caption-note").fill("文件明确表述的关系；虚线边框为规划中的实体。→ 下一视图，Esc 退出。");
  await page.getByTestId("caption-title").press("Enter");
  await page.waitForTimeout(500);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out.replace(/\.png$/, "-views.png") });

  const before = Number(await page.getByTestId("views-panel").getAttribute("data-restored"));
  await page.getByTestId("present").click();
  await page.getByTestId("stage-controls").waitFor();
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="stage-count"]')?.getAttribute("data-restored")) > n,
    before,
  );
  await page.waitForTimeout(700);
  await page.screenshot({ path: out });
  console.log(JSON.stringify({ out, views: out.replace(/\.png$/, "-views.png"), hub, errors: s.errors }));
} finally {
  await s.close();
}
