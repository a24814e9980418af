// Shared set-up for the end-to-end tests: a fresh renderer build, a knowledge base built from
// the seeds with the real store, the real loopback host, and a real headless Chromium.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { importPaths } from "../../db/pipeline/index.ts";
import { openDatabase } from "../../db/store/open.ts";
import { startWebHost, type WebHost } from "../../electron/web-host.ts";
import { launchChromium } from "../support/chromium.ts";

export { CHROMIUM_ARGS } from "../support/chromium.ts";
export const ROOT = resolve(import.meta.dirname, "../..");
export const STATIC_DIR = join(ROOT, "dist/renderer");
export const SEEDS = join(ROOT, "seeds");

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    t = Math.max(t, st.isDirectory() ? newest(p) : st.mtimeMs);
  }
  return t;
}

function fresh(): boolean {
  const index = join(STATIC_DIR, "index.html");
  // common/ is bundled into the renderer too (vocabulary, palette).
  const sources = Math.max(
    newest(join(ROOT, "renderer")),
    newest(join(ROOT, "common")),
    statSync(join(ROOT, "vite.config.ts")).mtimeMs,
  );
  return existsSync(index) && statSync(index).mtimeMs > sources;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds the renderer unless dist/renderer is newer than every source file. Test files run in
 * parallel workers: a lock directory keeps two builds from emptying dist/renderer under each other.
 */
export function buildRenderer(): void {
  if (fresh()) return;
  const lock = join(ROOT, ".tmp/renderer-build.lock");
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 180_000) rmSync(lock, { recursive: true, force: true }); // left by a killed run
      sleep(200);
    }
  }
  try {
    if (!fresh()) {
      execFileSync(join(ROOT, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], {
        cwd: ROOT,
        stdio: "inherit",
      });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Session {
  host: WebHost;
  browser: Browser;
  page: Page;
  dir: string;
  /** Every URL the page requested. */
  requests: string[];
  /** console.error messages and uncaught page errors. */
  errors: string[];
  api<T>(name: string, input?: unknown): Promise<T>;
  close(): Promise<void>;
}

export interface SessionOptions {
  viewport?: { width: number; height: number };
  /** localStorage entries set before the app starts (e.g. kg.mode = review, kg.lang = en). */
  storage?: Record<string, string>;
  /** Offer these files as the sample documents (the empty knowledge base's button). */
  samplesDir?: string;
}

/** A knowledge base from `paths` (none: empty), served by the real host, opened in Chromium. */
export async function openSession(paths: string[], opts: SessionOptions = {}): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), "kg-e2e-"));
  const dbFile = join(dir, "kg.db");
  const db = openDatabase(dbFile);
  if (paths.length) {
    const summary = await importPaths(db, paths);
    if (summary.rejected.length) throw new Error(`seed import rejected: ${JSON.stringify(summary.rejected)}`);
  }
  db.close();
  const host = await startWebHost({ dbFile, port: 0, staticDir: STATIC_DIR, samplesDir: opts.samplesDir ?? null });
  await host.ready;
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: opts.viewport ?? { width: 1600, height: 1000 } });
  if (opts.storage) {
    await page.addInitScript((entries) => {
      for (const [k, v] of Object.entries(entries)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v);
    }, opts.storage);
  }
  // Fail with the locator named rather than at the test timeout.
  page.setDefaultTimeout(20_000);
  // Sign in the way a user does (the printed URL trades its token for the session cookie),
  // through the context's request API so the tests' own page.goto(host.url) loads the app once.
  const signIn = await page.request.get(host.openUrl);
  if (!signIn.ok()) throw new Error(`signing in to the web host failed: ${signIn.status()}`);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return {
    host,
    browser,
    page,
    dir,
    requests,
    errors,
    async api<T>(name: string, input: unknown = {}): Promise<T> {
      const res = await fetch(`${host.url}api/${name}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-kg-token": host.token },
        body: JSON.stringify(input),
      });
      const env = (await res.json()) as { ok: boolean; data?: T; error?: { message: string } };
      if (!env.ok) throw new Error(`${name}: ${env.error?.message}`);
      return env.data as T;
    },
    async close() {
      await browser.close();
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
