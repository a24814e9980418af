// Loopback HTTP host: the built renderer plus the same handler table as the desktop, for
// `npm run web` and the end-to-end tests. Bound to 127.0.0.1 only, guarded by a per-run token
// and a Host-header check (a DNS-rebinding page cannot present our Host).
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createHandlers, dispatch } from "./api.ts";
import { SECURITY_HEADERS } from "./csp.ts";
import { type KbEvent, KnowledgeBase } from "./knowledge-base.ts";
import { DEFAULT_LOCALE, type Locale } from "./locale.ts";
import { contentType, injectToken, resolveStatic } from "./static-files.ts";

/** Base64 uploads of a few dozen documents fit; anything bigger is refused before parsing. */
const MAX_BODY = 64 * 1024 * 1024;

export interface WebHostOptions {
  dbFile: string;
  /** 0 or missing: any free port. */
  port?: number;
  staticDir: string;
  /** Build the knowledge base from these files when dbFile does not exist yet. */
  seedsDir?: string | null;
  /** Offered as "load the sample documents" on an empty knowledge base (default: seedsDir). */
  samplesDir?: string | null;
  version?: string;
  locale?: Locale;
}

export interface WebHost {
  url: string;
  token: string;
  /** The address the socket is actually bound to (always 127.0.0.1). */
  address: string;
  port: number;
  /** Settles when first-run seeding is over (immediately when there is none). */
  ready: Promise<void>;
  /** Seeding/import progress (the browser polls the status handler instead). */
  onEvent(listener: (e: KbEvent) => void): () => void;
  close(): Promise<void>;
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const kb = new KnowledgeBase(opts.dbFile, { seedsDir: opts.seedsDir ?? null });
  let locale: Locale = opts.locale ?? DEFAULT_LOCALE;
  const table = createHandlers({
    kb,
    host: "web",
    version: opts.version ?? "0.0.0",
    getLocale: () => locale,
    setLocale: (l) => {
      locale = l;
    },
    allowPathWrites: false,
    samplesDir: opts.samplesDir ?? opts.seedsDir ?? null,
  });
  const token = randomBytes(32).toString("hex");
  const tokenBytes = Buffer.from(token);
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error("[web-host]", err);
      if (!res.headersSent) send(res, 500, "text/plain; charset=utf-8", "internal error");
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? "").toLowerCase();
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return send(res, 403, "text/plain; charset=utf-8", "forbidden host");
    }
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (path.startsWith("/api/")) {
      if (req.method !== "POST") return send(res, 405, "text/plain; charset=utf-8", "use POST", { allow: "POST" });
      const given = Buffer.from(String(req.headers["x-kg-token"] ?? ""));
      if (given.length !== tokenBytes.length || !timingSafeEqual(given, tokenBytes)) {
        return sendJson(res, 403, { ok: false, error: { code: "forbidden", message: "missing or wrong x-kg-token" } });
      }
      const body = await readBody(req);
      if (body === null) {
        return sendJson(res, 413, { ok: false, error: { code: "invalid_input", message: "request body too large" } });
      }
      let input: unknown;
      try {
        input = body.length === 0 ? undefined : JSON.parse(body.toString("utf8"));
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: "invalid_input", message: "body is not JSON" } });
      }
      // Handler-level failures travel inside the envelope with 200, like the IPC path.
      return sendJson(res, 200, await dispatch(table, path.slice("/api/".length), input));
    }
    if (req.method !== "GET" && req.method !== "HEAD")
      return send(res, 405, "text/plain; charset=utf-8", "method not allowed");
    const file = resolveStatic(opts.staticDir, path);
    if (!file) return send(res, 404, "text/plain; charset=utf-8", "not found");
    if (file.endsWith("index.html")) {
      const html = injectToken(readFileSync(file, "utf8"), token);
      return send(res, 200, "text/html; charset=utf-8", html, { "cache-control": "no-store" });
    }
    return send(res, 200, contentType(file), readFileSync(file));
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  }).catch(async (err) => {
    await kb.close();
    throw err;
  });
  const bound = server.address() as AddressInfo;
  port = bound.port;

  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    address: bound.address,
    port,
    ready: kb.ready,
    onEvent: (listener) => kb.onEvent(listener),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await kb.close();
    },
  };
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, "content-type": type, ...extra });
  res.end(res.req.method === "HEAD" ? undefined : body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value), { "cache-control": "no-store" });
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) tooBig = true;
      else chunks.push(c);
    });
    req.on("end", () => resolve(tooBig ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
