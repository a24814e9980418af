// The explorer on a big knowledge base in headless Chromium (canvas: no GPU here). Each round
// opens it twice, each time in a fresh browser: "cold" with the stored positions cleared first
// (the first start: a force layout in a worker), then "warm" (the next start: drawn at once from
// the positions the cold start stored). Per start: first paint, time to interactive
// (the first input after the first paint answered), layout settled, longest main-thread task
// (overall and after the first paint), type filter and selection response (to the next frame),
// JS heap. Several rounds give the median with min–max. Figures only; nothing here asserts.
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";
import { launchChromium } from "../../tests/support/chromium.ts";

const LAYOUT_WAIT_MS = 240_000;

/**
 * The renderer built for production into its own folder: dist/renderer may hold the build the
 * e2e harness made under vitest (NODE_ENV=test: React's development build, jsxDEV owner stacks,
 * several times slower), which is not what a user runs.
 */
export function buildProductionRenderer(cacheDir: string, extra: string[] = []): string {
  const root = join(import.meta.dirname, "../..");
  const out = join(cacheDir, "renderer-production");
  execFileSync(
    join(root, "node_modules/.bin/vite"),
    ["build", "--logLevel", "warn", "--outDir", out, "--emptyOutDir", ...extra],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return out;
}

export type Round = Record<string, number | string | null>;

/** In the page: resolves with ms from `start` to the frame after `done()` turned true. */
const untilFrame = `(start, done) => new Promise((resolve, reject) => {
  const t0 = performance.now();
  const poll = () => {
    if (done()) requestAnimationFrame(() => setTimeout(() => resolve(Math.round(performance.now() - start)), 0));
    else if (performance.now() - t0 > 60000) reject(new Error("no answer within 60 s"));
    else setTimeout(poll, 4);
  };
  poll();
})`;

/** In the page: what the status bar and the graph show (changes when a filter took effect). */
const statusSig = `() => {
  const st = document.querySelector('[data-testid="status"]');
  return st?.dataset.nodes + "/" + st?.dataset.edges + "/" + window.__cy?.nodes(".hidden").length;
}`;

/** One start of the explorer at `url` in a fresh browser: its figures. */
export async function oneRound(url: string): Promise<Round> {
  const browser = await launchChromium();
  const out: Round = {};
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.setDefaultTimeout(LAYOUT_WAIT_MS);
    // (helpers as source text: tsx would wrap named functions in a __name() the page lacks)
    await page.addInitScript(
      (src: string[]) => {
        const w = window as unknown as Record<string, unknown>;
        const tasks: [number, number][] = [];
        w.__longTasks = tasks;
        w.__untilFrame = (0, eval)(src[0] ?? "");
        w.__statusSig = (0, eval)(src[1] ?? "");
        try {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
          }).observe({ type: "longtask", buffered: true });
        } catch {
          // no longtask timing in this browser
        }
        // Time to interactive: when the first pointer input after the first paint was handled.
        addEventListener(
          "pointermove",
          (e) => {
            if (window.__kgFirstPaint !== undefined && w.__firstInput === undefined) {
              w.__firstInput = { handled: performance.now(), delay: performance.now() - e.timeStamp };
            }
          },
          true,
        );
      },
      [untilFrame, statusSig],
    );
    await page.goto(url);
    await page.waitForFunction(() => window.__kgFirstPaint !== undefined, null, {
      timeout: LAYOUT_WAIT_MS,
      polling: 10,
    });
    // A user moves the mouse over the canvas as soon as something is drawn.
    await page.mouse.move(800, 500);
    await page.mouse.move(810, 505);
    await page.waitForFunction(() => (window as unknown as { __firstInput?: unknown }).__firstInput !== undefined);
    out.first_paint_ms = Math.round((await page.evaluate(() => window.__kgFirstPaint)) ?? 0);
    const input = await page.evaluate(
      () => (window as unknown as { __firstInput: { handled: number; delay: number } }).__firstInput,
    );
    out.interactive_ms = Math.round(input.handled);
    out.first_input_delay_ms = Math.round(input.delay);
    try {
      await page.locator('[data-laid-out="yes"]').waitFor({ timeout: LAYOUT_WAIT_MS });
      await page.locator('[data-testid="graph-busy"]').waitFor({ state: "detached", timeout: LAYOUT_WAIT_MS });
      out.layout_settled_ms = await page.evaluate(() => window.__kgTimings?.settled ?? Math.round(performance.now()));
    } catch {
      out.layout_settled_ms = `not within ${LAYOUT_WAIT_MS / 1000} s`;
    }
    const status = page.getByTestId("status");
    out.nodes_drawn = Number(await status.getAttribute("data-nodes"));
    out.edges_drawn = Number(await status.getAttribute("data-edges"));
    out.total_nodes = Number(await status.getAttribute("data-total-nodes"));
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks);
    const paint = out.first_paint_ms;
    out.longest_task_ms = Math.max(0, ...tasks.map((t) => t[1]));
    out.longest_task_after_paint_ms = Math.max(0, ...tasks.filter((t) => t[0] >= paint).map((t) => t[1]));
    out.long_tasks_over_200ms = tasks.filter((t) => t[1] > 200).length;
    out.long_tasks_over_100ms = tasks.filter((t) => t[1] > 100).length;

    // Type filter: enterprises off (then on), from the click to the frame after the status bar
    // and the graph changed.
    const toggle = (check: boolean) =>
      page.evaluate(
        ({ check }) => {
          const w = window as unknown as {
            __untilFrame: (start: number, done: () => boolean) => Promise<number>;
            __statusSig: () => string;
          };
          const box = document.querySelector<HTMLInputElement>('[data-testid="type-enterprise"]');
          const before = w.__statusSig();
          const start = performance.now();
          if (!box || box.checked === check) return -1;
          box.click();
          return w.__untilFrame(start, () => w.__statusSig() !== before);
        },
        { check },
      );
    out.type_filter_ms = await toggle(false);
    out.type_filter_back_ms = await toggle(true);

    // Selection: the best-connected node drawn, until the details panel names it (painted from
    // what the graph knows) and until it lists a mention (the details came).
    const selection = await page.evaluate(() => {
      const w = window as unknown as { __untilFrame: (start: number, done: () => boolean) => Promise<number> };
      const cy = window.__cy;
      if (!cy) return [-1, -1] as [number, number];
      let best: import("cytoscape").NodeSingular | null = null;
      cy.nodes("[eid]")
        .not(".hidden")
        .forEach((n) => {
          if (!best || (n.data("degree") as number) > (best.data("degree") as number)) best = n;
        });
      if (!best) return [-1, -1] as [number, number];
      const node = best as import("cytoscape").NodeSingular;
      const eid = node.data("eid") as number;
      const start = performance.now();
      node.emit("tap");
      const named = w.__untilFrame(
        start,
        () =>
          document.querySelector(
            `[data-testid="details"][data-preview="${eid}"], [data-testid="details"][data-entity="${eid}"]`,
          ) !== null,
      );
      const listed = w.__untilFrame(
        start,
        () => document.querySelector(`[data-testid="details"][data-entity="${eid}"] [data-testid="mention"]`) !== null,
      );
      return Promise.all([named, listed]) as Promise<[number, number]>;
    });
    [out.select_panel_ms, out.select_details_ms] = selection;
    out.load_avg_1min = Math.round((loadavg()[0] ?? 0) * 10) / 10;
    out.js_heap_mb = await page.evaluate(() => {
      const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return m ? Math.round(m.usedJSHeapSize / 1048576) : null;
    });
  } finally {
    await browser.close();
  }
  return out;
}

/** Median and min–max of each numeric figure over the rounds (rounds kept as they came). */
export function summarise(rounds: Round[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(rounds[0] ?? {})) {
    const xs = rounds.map((r) => r[k]).filter((v): v is number => typeof v === "number");
    if (xs.length < rounds.length) {
      out[k] = rounds.map((r) => r[k]);
      continue;
    }
    const s = [...xs].sort((a, b) => a - b);
    const median = ((s[Math.floor((s.length - 1) / 2)] ?? 0) + (s[Math.ceil((s.length - 1) / 2)] ?? 0)) / 2;
    out[k] = rounds.length === 1 ? s[0] : { median, min: s[0], max: s.at(-1) };
  }
  return out;
}

export async function measureExplorer(
  url: string | (() => string),
  log: (line: string) => void,
  rounds = 1,
  /** Forgets the stored layout positions (before each cold start). */
  clearPositions: () => void = () => undefined,
): Promise<Record<string, unknown>> {
  const cold: Round[] = [];
  const warm: Round[] = [];
  for (let i = 0; i < rounds; i++) {
    clearPositions();
    const c = await oneRound(typeof url === "string" ? url : url());
    log(`explorer round ${i + 1}/${rounds} cold: ${JSON.stringify(c)}`);
    cold.push(c);
    const w = await oneRound(typeof url === "string" ? url : url());
    log(`explorer round ${i + 1}/${rounds} warm: ${JSON.stringify(w)}`);
    warm.push(w);
  }
  const out = { rounds, cold: summarise(cold), warm: summarise(warm) };
  log(`explorer: ${JSON.stringify(out)}`);
  return out;
}
