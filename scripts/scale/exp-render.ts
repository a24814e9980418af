import { copyFileSync } from "node:fs";
import { loadavg } from "node:os";
import { startWebHost } from "../../electron/web-host.ts";
import { launchChromium } from "../../tests/support/chromium.ts";

const [dbIn, staticDir, code = ""] = process.argv.slice(2);
const dbFile = "/tmp/sx6/exp.sqlite";
copyFileSync(dbIn as string, dbFile);
const host = await startWebHost({ dbFile, port: 0, staticDir: staticDir as string });
await host.ready;
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
await page.goto(host.openUrl);
await page.locator('[data-laid-out="yes"]').waitFor({ timeout: 240000 });
await page.locator('[data-testid="graph-busy"]').waitFor({ state: "detached", timeout: 240000 });
await page.waitForTimeout(1500);
const res = await page.evaluate(`(() => {
  const cy = window.__cy; const r = cy.renderer(); const out = {};
  const full = () => { r.redrawHint('eles', true); r.redrawHint('drag', true); const t = performance.now(); r.render({}); return Math.round(performance.now() - t); };
  out.full = [full(), full(), full(), full()];
  out.counts = [cy.nodes(':visible').length, cy.edges(':visible').length, cy.nodes('.labelled').length, cy.zoom()];
  ${code}
  out.after = [full(), full(), full()];
  return out;
})()`);
console.log(JSON.stringify(res), "load", loadavg()[0]?.toFixed(1));
await browser.close();
await host.close();
