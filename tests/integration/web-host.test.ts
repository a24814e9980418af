// The loopback host against a real knowledge base built by its own first-run seeding.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSP } from "../../electron/csp.ts";
import { startWebHost, type WebHost } from "../../electron/web-host.ts";

const SEEDS = resolve(import.meta.dirname, "../../seeds");

let dir: string;
let host: WebHost;

/** Raw HTTP so the test controls the Host header (fetch does not allow it). */
function raw(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((done, fail) => {
    const req = request(
      { host: "127.0.0.1", port: host.port, path, method: opts.method ?? "GET", headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.on("error", fail);
    req.end(opts.body);
  });
}

const api = (name: string, body: unknown, headers: Record<string, string> = { "x-kg-token": host.token }) =>
  fetch(`${host.url}api/${name}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kg-web-"));
  const staticDir = join(dir, "static");
  mkdirSync(join(staticDir, "assets"), { recursive: true });
  writeFileSync(
    join(staticDir, "index.html"),
    '<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body><script src="/assets/app.js"></script></body></html>',
  );
  writeFileSync(join(staticDir, "assets", "app.js"), "console.log('hi');");
  writeFileSync(join(dir, "secret.txt"), "outside the static folder");
  host = await startWebHost({ dbFile: join(dir, "kb.db"), port: 0, staticDir, seedsDir: SEEDS, version: "0.1.0" });
  await host.ready;
});

afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("web host", () => {
  it("listens on 127.0.0.1 only and prints a loopback URL", async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.address).toBe("127.0.0.1");
    // Every other address of this machine (LAN, IPv6 loopback) must not reach the host.
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && !(i.family === "IPv4" && i.internal) && !i.address.startsWith("fe80"))
      .map((i) => i?.address as string);
    for (const address of others) {
      const reached = await new Promise<boolean>((done) => {
        const s = connect({ host: address, port: host.port });
        s.on("connect", () => {
          s.destroy();
          done(true);
        });
        s.on("error", () => done(false));
      });
      expect(reached, `reachable on ${address}`).toBe(false);
    }
  });

  it("built the knowledge base from the seeds on first run", async () => {
    const r = await api("status", {});
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ ok: true, data: { phase: "ready", lastImport: { documents: 5 } } });
  });

  it("answers API calls that carry the token", async () => {
    const r = await api("stats", {});
    expect(r.status).toBe(200);
    const body = (await r.json()) as { ok: boolean; data: { documents: number; entities: number } };
    expect(body.ok).toBe(true);
    expect(body.data.documents).toBe(5);
    expect(body.data.entities).toBeGreaterThan(0);
  });

  it("refuses API calls without the token or with a wrong one", async () => {
    expect((await api("stats", {}, {})).status).toBe(403);
    expect((await api("stats", {}, { "x-kg-token": "0".repeat(64) })).status).toBe(403);
    expect((await api("stats", {}, { "x-kg-token": host.token.slice(1) })).status).toBe(403);
  });

  it("refuses requests whose Host is not ours (DNS rebinding)", async () => {
    const headers = { host: `evil.example:${host.port}`, "x-kg-token": host.token, "content-type": "application/json" };
    expect((await raw("/api/stats", { method: "POST", headers, body: "{}" })).status).toBe(403);
    expect((await raw("/", { headers: { host: `evil.example:${host.port}` } })).status).toBe(403);
    expect((await raw("/", { headers: { host: "127.0.0.1:1" } })).status).toBe(403);
    expect((await raw("/", { headers: { host: `localhost:${host.port}` } })).status).toBe(200);
  });

  it("serves index.html with the token meta and the CSP header", async () => {
    const r = await fetch(host.url);
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain(`<meta name="kg-token" content="${host.token}">`);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
    const csp = r.headers.get("content-security-policy");
    expect(csp).toBe(CSP);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/https?:/);
    const js = await fetch(`${host.url}assets/app.js`);
    expect(js.headers.get("content-type")).toContain("javascript");
    expect(js.headers.get("content-security-policy")).toBe(CSP);
  });

  it("never serves files outside the static folder", async () => {
    for (const p of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt"]) {
      const r = await raw(p, { headers: { host: `127.0.0.1:${host.port}` } });
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain("outside the static folder");
    }
  });

  it("gives typed errors for bad calls, and refuses GET on the API", async () => {
    expect(await (await api("entity", { id: "one" })).json()).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
    expect(await (await api("nope", {})).json()).toMatchObject({ ok: false, error: { code: "unknown_handler" } });
    const notJson = await fetch(`${host.url}api/stats`, {
      method: "POST",
      headers: { "x-kg-token": host.token },
      body: "{",
    });
    expect(notJson.status).toBe(400);
    expect((await fetch(`${host.url}api/stats`, { headers: { "x-kg-token": host.token } })).status).toBe(405);
  });

  it("accepts uploads (browser drag and drop) but never writes files to a path", async () => {
    const text = "威海市人民政府关于加快推进海洋牧场产业集群建设的通知\n\n市海洋发展局负责推进海洋牧场产业集群建设。\n";
    const r = await api("importFiles", {
      files: [{ name: "upload.txt", base64: Buffer.from(text).toString("base64") }],
    });
    expect(await r.json()).toMatchObject({ ok: true, data: { documents: 1, rejected: [] } });
    const w = await api("exportGraph", { format: "json", path: join(dir, "x.json") });
    expect(await w.json()).toMatchObject({ ok: false, error: { code: "not_allowed" } });
  });
});
