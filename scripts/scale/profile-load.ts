// Dev aid (not a test): opens the explorer on DB, cold (stored positions cleared) then warm, with a
// CPU profile from navigation until the layout settled, and prints every busy stretch of the main
// thread over 50 ms (consecutive non-idle samples) with the functions that took its time, inclusive
// (a function counted once per sample whatever its depth), so each long task has a name.
// Usage: npx tsx scripts/scale/profile-load.ts DB [CACHE] [build|nobuild] [cold,warm]
import { copyFileSync } from "node:fs";
import { loadavg } from "node:os";
import { clearPositions } from "../../db/graph/positions.ts";
import { openDatabase } from "../../db/store/open.ts";
import { startWebHost } from "../../electron/web-host.ts";
import { launchChromium } from "../../tests/support/chromium.ts";
import { buildProductionRenderer } from "./explorer.ts";

const [dbIn, cache = "/tmp/sx6", build = "build", which = "cold,warm"] = process.argv.slice(2);
if (!dbIn) throw new Error("usage: profile-load.ts DB [CACHE] [build|nobuild] [cold,warm]");
const dbFile = `${cache}/profile-load.sqlite`;
copyFileSync(dbIn, dbFile);
// (not minified: the profile names the functions)
const staticDir =
  build === "build" ? buildProductionRenderer(cache, ["--minify", "false"]) : `${cache}/renderer-production`;
const host = await startWebHost({ dbFile, port: 0, staticDir });
await host.ready;

interface ProfileNode {
  id: number;
  parent?: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}

function label(n: ProfileNode): string {
  const cf = n.callFrame;
  return `${cf.functionName || "(anon)"} ${cf.url.split("/").pop()}:${cf.lineNumber}`;
}

try {
  for (const kind of which.split(",")) {
    if (kind === "cold") {
      const db = openDatabase(dbFile);
      clearPositions(db);
      db.close();
    }
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 250 });
    // A 3 ms marker the profile can find: maps performance.now() onto the profile's clock; the
    // long-task observer gives each task's bounds.
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      const tasks: [number, number][] = [];
      w.__longTasks = tasks;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) tasks.push([e.startTime, e.duration]);
      }).observe({ type: "longtask", buffered: true });
      w.__kgMarkAt = (0, eval)(
        "(function kgProfileMarker() { const t = performance.now(); while (performance.now() - t < 3) {} return t; })",
      )();
    });
    await cdp.send("Profiler.start");
    await page.goto(host.openUrl);
    await page.locator('[data-laid-out="yes"]').waitFor({ timeout: 240000 });
    await page.locator('[data-testid="graph-busy"]').waitFor({ state: "detached", timeout: 240000 });
    await page.waitForTimeout(1000);
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
    };
    const timings = await page.evaluate(() => ({ paint: window.__kgFirstPaint, t: window.__kgTimings }));
    console.log(`${kind}: load ${(loadavg()[0] ?? 0).toFixed(1)} ${JSON.stringify(timings)}`);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parentOf = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
    const { markAt, tasks } = await page.evaluate(() => {
      const w = window as unknown as { __kgMarkAt: number; __longTasks: [number, number][] };
      return { markAt: w.__kgMarkAt, tasks: w.__longTasks };
    });
    const times: number[] = [];
    let t = 0;
    let markT: number | null = null;
    profile.samples.forEach((id, i) => {
      t += (profile.timeDeltas[i] ?? 0) / 1000;
      times.push(t);
      let cur: number | undefined = id;
      while (markT === null && cur !== undefined) {
        if (byId.get(cur)?.callFrame.functionName === "kgProfileMarker") markT = t;
        cur = parentOf.get(cur);
      }
    });
    const offset = (markT ?? markAt) - markAt;
    console.log(`  long tasks: ${tasks.map(([s, d]) => `${s.toFixed(0)}+${d.toFixed(0)}`).join(" ")}`);
    for (const [start, dur] of tasks.filter(([, d]) => d > 100)) {
      const incl = new Map<string, number>();
      const self = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const at = (times[i] ?? 0) - offset;
        if (at < start || at > start + dur) return;
        const dt = (profile.timeDeltas[i + 1] ?? 250) / 1000;
        const seen = new Set<string>();
        let cur: number | undefined = id;
        const top = byId.get(id);
        if (top) self.set(label(top), (self.get(label(top)) ?? 0) + dt);
        while (cur !== undefined) {
          const n = byId.get(cur);
          if (!n) break;
          const k = label(n);
          if (!seen.has(k)) {
            seen.add(k);
            incl.set(k, (incl.get(k) ?? 0) + dt);
          }
          cur = parentOf.get(cur);
        }
      });
      console.log(`  task at ${start.toFixed(0)} ms: ${dur.toFixed(0)} ms`);
      const skip =
        /^\((root|program)\)|performWorkOnRoot|flushSync|processRootSchedule|flushPassive|flushPending|flushSpawned|commitRoot|completeRoot|commitHookEffect|commitPassive|recursivelyTraverse|performSyncWork/;
      const topIncl = [...incl].filter(([k]) => !skip.test(k)).sort((a, b) => b[1] - a[1]);
      for (const [k, ms] of topIncl.slice(0, 16)) console.log(`    incl ${ms.toFixed(0).padStart(5)}  ${k}`);
      for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 6))
        console.log(`    self ${ms.toFixed(0).padStart(5)}  ${k}`);
    }
    await browser.close();
  }
} finally {
  await host.close();
}
