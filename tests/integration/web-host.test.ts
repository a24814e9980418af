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

  it("sends the timeline's units encoded once until a write, then the new ones (a hand-set date, its undo)", async () => {
    type Packed = { ok: boolean; data: { count: number; columns: { id: string[]; date: (string | null)[] } } };
    const units = async () => (await (await api("timeUnitsPacked", {})).text()) as string;
    const first = await units();
    expect(await units()).toBe(first);
    const { data } = JSON.parse(first) as Packed;
    const at = data.columns.date.indexOf(null);
    const id = data.columns.id[at] as string;
    expect(at).toBeGreaterThanOrEqual(0);
    expect((await api("setDocumentDate", { unit: id, date: "2021-03-01" })).status).toBe(200);
    const dated = JSON.parse(await units()) as Packed;
    expect(dated.data.columns.date[dated.data.columns.id.indexOf(id)]).toBe("2021-03-01");
    expect((await api("undo", {})).status).toBe(200);
    expect(await units()).toBe(first);
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
    expect((await raw("/assets/app.js", { headers: { host: `localhost:${host.port}` } })).status).toBe(200);
  });

  it("without the session, GET / says where the URL is and carries no token", async () => {
    for (const p of ["/", "/index.html"]) {
      const r = await raw(p, { headers: { host: `127.0.0.1:${host.port}` } });
      expect(r.status, p).toBe(401);
      expect(r.body).not.toContain(host.token);
      expect(r.body).toContain("npm run web");
    }
    const wrong = await raw(`/?token=${"0".repeat(64)}`, { headers: { host: `127.0.0.1:${host.port}` } });
    expect(wrong.status).toBe(403);
    expect(wrong.headers["set-cookie"]).toBeUndefined();
  });

  it("trades the printed URL's token for an HttpOnly SameSite=Strict cookie and redirects without it", async () => {
    expect(host.openUrl).toBe(`${host.url}?token=${host.token}`);
    const r = await raw(`/?token=${host.token}`, { headers: { host: `127.0.0.1:${host.port}` } });
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe("/");
    const cookie = String(r.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(host.token);
    const session = cookie.split(";")[0] ?? "";
    const page = await raw("/", { headers: { host: `127.0.0.1:${host.port}`, cookie: session } });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(host.token);
    // The browser's calls: cookie plus our own Origin; another origin is refused even with the cookie.
    const call = (origin?: string) =>
      raw("/api/stats", {
        method: "POST",
        headers: { host: `127.0.0.1:${host.port}`, cookie: session, ...(origin ? { origin } : {}) },
        body: "{}",
      });
    expect((await call(`http://127.0.0.1:${host.port}`)).status).toBe(200);
    expect((await call("http://evil.example")).status).toBe(403);
    expect((await call("null")).status).toBe(403);
    expect((await call()).status).toBe(403);
  });

  it("serves index.html with the CSP header", async () => {
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
    const signIn = await raw(`/?token=${host.token}`, { headers: { host: `127.0.0.1:${host.port}` } });
    const cookie = String(signIn.headers["set-cookie"]).split(";")[0] ?? "";
    const r = await fetch(host.url, { headers: { cookie } });
    expect(r.status).toBe(200);
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

  it("refuses importFiles with a path: the page never names a file (finding 1)", async () => {
    const before = (await (await api("stats", {})).json()) as { data: { documents: number } };
    for (const paths of [[join(dir, "secret.txt")], [dir], "/etc/passwd"]) {
      const r = (await (await api("importFiles", { paths })).json()) as { ok: boolean; error: { code: string } };
      expect(r).toMatchObject({ ok: false, error: { code: "not_allowed" } });
    }
    const r = await api("chooseImport", {});
    expect(await r.json()).toMatchObject({ ok: false, error: { code: "not_available" } });
    const hits = (await (await api("search", { q: "outside the static folder" })).json()) as { data: unknown[] };
    expect(hits.data).toEqual([]);
    expect(await (await api("stats", {})).json()).toMatchObject({ data: { documents: before.data.documents } });
  });

  it("answers deep JSON and NUL/control characters in a search with typed envelopes (finding 5)", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const r = await fetch(`${host.url}api/search`, {
      method: "POST",
      headers: { "x-kg-token": host.token, "content-type": "application/json" },
      body: `{"q":"a","limit":${deep}}`,
    });
    expect(r.status).toBe(400);
    expect(await r.json()).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    // Deep but below the scan limit still reaches the handler's own depth check: typed, not internal.
    const mid = await api("search", { q: "x", limit: JSON.parse(`${"[".repeat(30)}1${"]".repeat(30)}`) });
    expect(await mid.json()).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    for (const q of ["\u0000", "海洋\u0000产业", "\u0001\u001f\u007f", '"\u0000 AND']) {
      const body = (await (await api("search", { q })).json()) as { ok: boolean };
      expect(body.ok, JSON.stringify(q)).toBe(true);
    }
    // The NUL is a separator, not a wall: what is on either side is still found.
    const found = (await (await api("search", { q: "产业集群\u0000" })).json()) as { data: unknown[] };
    expect(found.data.length).toBeGreaterThan(0);
  });
});
