// Dev aid (not a test): the explorer's main-thread tasks during a start, by thread CPU time as
// well as wall time (a Chromium trace's RunTask events: "dur" and "tdur"). On this shared 2-core
// machine the wall time of a task grows with the neighbours' load, its CPU time far less, so
// two renderer builds compare fairly even when the load differs between their rounds.
// Each round per build: a cold start (stored positions cleared), then a warm one; builds
// interleaved (A B, then B A, ...). Prints per start: tasks over 50/100/200 ms of CPU and of wall
// time and the longest of each, from navigation until the layout settled and 1 s after; then the
// median and min–max per build and start. After the start, a user's first moves (the pointer over
// the picture, a click on the best-linked node) and 2 s: their tasks are counted apart (after_*).
// Usage: npx tsx scripts/scale/task-cpu.ts DB STATIC_A STATIC_B [ROUNDS]
import { copyFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { clearPositions } from "../../db/graph/positions.ts";
import { openDatabase } from "../../db/store/open.ts";
import { startWebHost } from "../../electron/web-host.ts";
import { launchChromium } from "../../tests/support/chromium.ts";
import { type Round, summarise } from "./explorer.ts";

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; type?: string } };
}

/** What a task spent its time in: its trace events one level down, by name (function, timer...). */
function named(events: TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const inside = events.filter(
    (e) => e.ph === "X" && e.tid === task.tid && e.pid === task.pid && e !== task && e.ts >= task.ts && e.ts < end,
  );
  const by = new Map<string, number>();
  for (const e of inside) {
    if (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") continue;
    const d = e.args?.data;
    const k = d?.functionName ? `${e.name}:${d.functionName}` : d?.type ? `${e.name}:${d.type}` : e.name;
    by.set(k, (by.get(k) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([k, ms]) => `${k} ${Math.round(ms)}`)
    .join(", ");
}

/** One start at `url`: its main-thread tasks (ms) by wall and CPU time. */
async function traced(url: string): Promise<Round> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await browser.startTracing(page, {
      categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing"],
    });
    await page.goto(url);
    await page.locator('[data-laid-out="yes"]').waitFor({ timeout: 240_000 });
    await page.locator('[data-testid="graph-busy"]').waitFor({ state: "detached", timeout: 240_000 });
    await page.waitForTimeout(1000);
    // Then a user's first moves: the pointer over the picture, a click on the best-linked node.
    await page.evaluate(() => performance.mark("kg-interact"));
    for (let i = 0; i < 12; i++) await page.mouse.move(600 + 40 * i, 400 + 25 * (i % 5));
    await page.evaluate(() => {
      const cy = window.__cy;
      const best = cy
        ?.nodes("[eid]")
        .not(".hidden")
        .sort((a, b) => (b.data("degree") as number) - (a.data("degree") as number))[0];
      best?.emit("tap");
    });
    await page.waitForTimeout(2000);
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    // The page's main thread: the renderer thread named CrRendererMain that ran the most tasks.
    const mains = events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
    const tasksOf = (pid: number, tid: number) =>
      events.filter((e) => e.ph === "X" && e.name === "RunTask" && e.pid === pid && e.tid === tid);
    const busiest = mains
      .map((m) => tasksOf(m.pid, m.tid))
      .sort((a, b) => b.reduce((s, e) => s + (e.dur ?? 0), 0) - a.reduce((s, e) => s + (e.dur ?? 0), 0))[0];
    const markTs = events.find((e) => e.name === "kg-interact")?.ts ?? Number.POSITIVE_INFINITY;
    const start = (busiest ?? []).filter((e) => e.ts < markTs);
    const after = (busiest ?? []).filter((e) => e.ts >= markTs);
    const wall = start.map((e) => (e.dur ?? 0) / 1000);
    const cpu = start.map((e) => (e.tdur ?? 0) / 1000);
    const cpuAfter = after.map((e) => (e.tdur ?? 0) / 1000);
    const over = (xs: number[], ms: number) => xs.filter((x) => x > ms).length;
    if (process.env.TASKS) {
      const t0 = Math.min(...(busiest ?? []).map((e) => e.ts));
      for (const e of busiest ?? [])
        if ((e.tdur ?? 0) > 80_000)
          console.log(
            `  task +${Math.round((e.ts - t0) / 1000)} cpu ${Math.round((e.tdur ?? 0) / 1000)} wall ${Math.round((e.dur ?? 0) / 1000)}: ${named(events, e)}`,
          );
    }
    const settled = await page.evaluate(() => window.__kgTimings?.settled ?? null);
    return {
      settled_ms: settled,
      cpu_over_200: over(cpu, 200),
      cpu_over_100: over(cpu, 100),
      cpu_over_50: over(cpu, 50),
      cpu_longest: Math.round(Math.max(0, ...cpu)),
      cpu_total: Math.round(cpu.reduce((s, x) => s + x, 0)),
      after_cpu_over_100: over(cpuAfter, 100),
      after_cpu_longest: Math.round(Math.max(0, ...cpuAfter)),
      wall_over_200: over(wall, 200),
      wall_over_100: over(wall, 100),
      wall_longest: Math.round(Math.max(0, ...wall)),
      load: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    };
  } finally {
    await browser.close();
  }
}

const [dbIn, a, b, roundsArg = "2"] = process.argv.slice(2);
if (!dbIn || !a || !b) throw new Error("usage: task-cpu.ts DB STATIC_A STATIC_B [ROUNDS]");
const sides = [
  { name: "A", staticDir: a },
  { name: "B", staticDir: b },
].map((s) => {
  const dbFile = join(tmpdir(), `kg-taskcpu-${process.pid}-${s.name}.sqlite`);
  copyFileSync(dbIn, dbFile);
  return { ...s, dbFile, cold: [] as Round[], warm: [] as Round[] };
});
const hosts = await Promise.all(sides.map((s) => startWebHost({ dbFile: s.dbFile, port: 0, staticDir: s.staticDir })));
await Promise.all(hosts.map((h) => h.ready));
try {
  for (let i = 0; i < Math.max(1, Number(roundsArg) || 1); i++) {
    for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const side = sides[k];
      const host = hosts[k];
      if (!side || !host) continue;
      const db = openDatabase(side.dbFile);
      clearPositions(db);
      db.close();
      for (const kind of ["cold", "warm"] as const) {
        const r = await traced(host.openUrl);
        side[kind].push(r);
        console.log(`round ${i + 1} ${side.name} ${kind}: ${JSON.stringify(r)}`);
      }
    }
  }
  for (const s of sides)
    console.log(`${s.name} (${s.staticDir}): ${JSON.stringify({ cold: summarise(s.cold), warm: summarise(s.warm) })}`);
} finally {
  await Promise.all(hosts.map((h) => h.close()));
  for (const s of sides) for (const f of [s.dbFile, `${s.dbFile}.backups`]) rmSync(f, { force: true, recursive: true });
}
