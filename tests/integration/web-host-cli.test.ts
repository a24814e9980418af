// `npm run web`'s entry point as a user runs it: URL on stdout, knowledge base seeded, clean stop.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const CLI = join(ROOT, "electron", "web-cli.ts");
const dir = mkdtempSync(join(tmpdir(), "kg-webcli-"));
let child: ChildProcess | null = null;

afterAll(() => {
  child?.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("npm run web", () => {
  it("refuses unknown options with a usage line and exit code 2", () => {
    const r = spawnSync(process.execPath, [TSX, CLI, "--bogus"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage: npm run web");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("says how to build the renderer when it is missing", () => {
    const r = spawnSync(process.execPath, [TSX, CLI, "--static", join(dir, "nothing"), "--db", join(dir, "x.db")], {
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("vite build");
    expect(existsSync(join(dir, "x.db"))).toBe(false);
  });

  it("prints the loopback URL, seeds a new knowledge base, serves it, and stops on SIGTERM", async () => {
    const staticDir = join(dir, "static");
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, "index.html"), "<html><head></head><body>atlas</body></html>");
    const db = join(dir, "home", "kb.db");
    // tsx as a loader, not its CLI: the CLI's signal relay gives the child 30 ms to acknowledge a
    // SIGTERM and then SIGKILLs it (exit 143), which a loaded machine misses.
    child = spawn(process.execPath, ["--import", "tsx", CLI, "--port", "0", "--db", db, "--static", staticDir], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const proc = child;
    let stderr = "";
    proc.stderr?.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    const url = await new Promise<string>((done, fail) => {
      let out = "";
      proc.stdout?.on("data", (c: Buffer) => {
        out += c.toString();
        const line = out.split("\n").find((l) => l.startsWith("http"));
        if (line) done(line.trim());
      });
      proc.on("exit", (code) => fail(new Error(`exited ${code}: ${stderr}`)));
    });
    // The token is printed once, in the URL on stdout, and nowhere on stderr.
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
    const token = new URL(url).searchParams.get("token");
    expect(stderr).not.toContain(token);
    const root = url.replace(/\?.*$/, "");
    expect(await (await fetch(root)).text()).not.toContain(token);
    const call = async (name: string) =>
      (await (
        await fetch(`${root}api/${name}`, { method: "POST", headers: { "x-kg-token": token ?? "" }, body: "{}" })
      ).json()) as {
        data: { phase?: string; documents?: number };
      };
    // Seeding runs in the background; the browser polls status the same way.
    let status = await call("status");
    while (status.data.phase !== "ready" || (await call("stats")).data.documents !== 5) {
      await new Promise((r) => setTimeout(r, 100));
      status = await call("status");
    }
    expect((await call("stats")).data.documents).toBe(5);
    expect(stderr).toContain("knowledge base ready");

    const exit = new Promise<number | null>((done) => proc.on("exit", (code) => done(code)));
    proc.kill("SIGTERM");
    expect(await exit).toBe(0);
    child = null;
  });
});
