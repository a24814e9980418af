// `npx tsx scripts/bench-review-keys.ts [decisions]`: the researcher's per-decision time in the
// review table on the seeds (real store, real host, real Chromium at 1440×900). Each Y/N key press
// is timed in the page twice: until the row shows the decision (the screen) and until the store
// has answered the setReview call (the round trip). Prints the median with its spread (p10–p90).
import { buildRenderer, openSession, SEEDS } from "../tests/e2e/harness.ts";

const N = Number(process.argv[2] ?? 30);

buildRenderer();
const s = await openSession([SEEDS], {
  viewport: { width: 1440, height: 900 },
  storage: { "kg.mode": "review", "kg.startDismissed": "yes", "kg.reviewMode": "table" },
});
try {
  const page = s.page;
  await page.goto(s.host.url);
  await page.locator('[data-laid-out="yes"]').waitFor({ timeout: 120_000 });
  await page.getByTestId("open-queue").click();
  await page.getByTestId("rv-row").first().waitFor();
  await page.getByTestId("rv-list").focus();
  // tsx names arrow functions with a helper the page lacks
  await page.evaluate("window.__name = (f) => f");
  // In the page: the key's time, the first frame the row's state changed, the store's answer.
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { key: number; screen: number[]; store: number[] } };
    w.__bench = { key: 0, screen: [], store: [] };
    document.addEventListener("keydown", () => (w.__bench.key = performance.now()), { capture: true });
    const fetch0 = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const started = w.__bench.key;
      const res = await fetch0(input, init);
      if (String(input).includes("/api/setReview")) w.__bench.store.push(performance.now() - started);
      return res;
    };
  });
  for (let i = 0; i < N; i++) {
    const row = page.locator('[data-testid="rv-row"][aria-selected="true"]');
    const k = (await row.getAttribute("data-key")) ?? "";
    const state = i % 2 ? "rejected" : "confirmed";
    const wait = page.evaluate(
      ([key, want]) =>
        new Promise<void>((done) => {
          const w = window as unknown as { __bench: { key: number; screen: number[] } };
          const check = () => {
            const el = document.querySelector(`[data-testid="rv-row"][data-key="${key}"]`);
            if (el?.getAttribute("data-state") === want) {
              w.__bench.screen.push(performance.now() - w.__bench.key);
              done();
            } else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      [k, state] as const,
    );
    await page.keyboard.press(state === "rejected" ? "n" : "y");
    await wait;
    await page.waitForTimeout(150); // a researcher reads the next row
  }
  await page.waitForFunction((n) => {
    const w = window as unknown as { __bench: { store: number[] } };
    return w.__bench.store.length >= n;
  }, N);
  const got = await page.evaluate(
    () => (window as unknown as { __bench: { screen: number[]; store: number[] } }).__bench,
  );
  const stats = (xs: number[]) => {
    const v = [...xs].sort((a, b) => a - b);
    const q = (p: number) => Math.round(v[Math.min(v.length - 1, Math.floor(p * v.length))] ?? 0);
    return { median: q(0.5), p10: q(0.1), p90: q(0.9), n: v.length };
  };
  console.log(JSON.stringify({ decisions: N, screenMs: stats(got.screen), storeMs: stats(got.store) }));
} finally {
  await s.close();
}
