// Loopback HTTP host: the built renderer plus the same handler table as the desktop, for
// `npm run web` and the end-to-end tests. Bound to 127.0.0.1 only, guarded by a per-run token
// and a Host-header check (a DNS-rebinding page cannot present our Host). The token travels
// once, in the URL printed on stdout; the first load trades it for an HttpOnly, SameSite=Strict
// session cookie and drops it from the address bar, so no page ever contains it. Calls from a
// browser must also come from our own Origin. Scripts may send the token as x-kg-token instead.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { keptJson } from "./api/kept-result.ts";
import { createHandlers, dispatch } from "./api.ts";
import { SECURITY_HEADERS } from "./csp.ts";
import { type KbEvent, KnowledgeBase } from "./knowledge-base.ts";
import { DEFAULT_LOCALE, type Locale } from "./locale.ts";
import { contentType, resolveStatic } from "./static-files.ts";

/** Base64 uploads of a few dozen documents fit; anything bigger is refused before parsing. */
const MAX_BODY = 64 * 1024 * 1024;
/** No handler takes input nested deeper than this; deeper JSON is refused before parsing. */
export const MAX_JSON_DEPTH = 32;
const COOKIE = "kg_session";

/** What `GET /` says without the session: where the address is, never the key itself. */
const SIGN_IN_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>政策图谱 Policy Atlas</title></head>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto;line-height:1.6">
<h1>政策图谱</h1>
<p>请打开启动 <code>npm run web</code> 的终端里打印的完整地址（以 <code>?token=</code> 结尾的那一行）。该地址只在本机终端中显示。</p>
<h1 lang="en">Policy Atlas</h1>
<p lang="en">Open the full address printed in the terminal where <code>npm run web</code> was started (the line ending in <code>?token=…</code>). It is shown only there.</p>
</body></html>`;

/**
 * Deepest nesting of arrays/objects in JSON text, scanning without parsing (strings skipped),
 * stopping as soon as `max` is passed.
 */
export function jsonDepthOver(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

function cookieValue(header: string | undefined, name: string): string {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return v.join("=");
  }
  return "";
}

function same(a: string, b: Buffer): boolean {
  const given = Buffer.from(a);
  return given.length === b.length && timingSafeEqual(given, b);
}

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
  /** The host's root, without the token. */
  url: string;
  /** The URL to open once: carries the token, which the first load trades for a cookie. */
  openUrl: string;
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
    samplesDir: opts.samplesDir ?? opts.seedsDir ?? null,
  });
  const token = randomBytes(32).toString("hex");
  const tokenBytes = Buffer.from(token);
  // The cookie is not the token: a leaked cookie does not leak the printed URL and vice versa.
  const sessionBytes = Buffer.from(randomBytes(32).toString("hex"));
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
    const url = new URL(req.url ?? "/", `http://${host}`);
    const path = url.pathname;
    const bySession = same(cookieValue(req.headers.cookie, COOKIE), sessionBytes);
    const byHeader = same(String(req.headers["x-kg-token"] ?? ""), tokenBytes);

    if (path.startsWith("/api/")) {
      if (req.method !== "POST") return send(res, 405, "text/plain; charset=utf-8", "use POST", { allow: "POST" });
      if (!bySession && !byHeader) {
        return sendJson(res, 403, {
          ok: false,
          error: { code: "forbidden", message: "not signed in (open the printed URL)" },
        });
      }
      // A browser always sends Origin on POST: another site's page (or a file:// page) is refused
      // even if the browser would attach our cookie. Scripts with the token may omit it.
      const origin = req.headers.origin;
      const ours = origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
      if (origin !== undefined ? !ours : !byHeader) {
        return sendJson(res, 403, { ok: false, error: { code: "forbidden", message: "cross-origin call refused" } });
      }
      const body = await readBody(req);
      if (body === null) {
        return sendJson(res, 413, { ok: false, error: { code: "invalid_input", message: "request body too large" } });
      }
      const text = body.toString("utf8");
      if (jsonDepthOver(text, MAX_JSON_DEPTH)) {
        return sendJson(res, 400, {
          ok: false,
          error: { code: "invalid_input", message: `input nested deeper than ${MAX_JSON_DEPTH}` },
        });
      }
      let input: unknown;
      try {
        input = body.length === 0 ? undefined : JSON.parse(text);
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: "invalid_input", message: "body is not JSON" } });
      }
      // Handler-level failures travel inside the envelope with 200, like the IPC path.
      const result = await dispatch(table, path.slice("/api/".length), input);
      const kept = result.ok ? keptJson(result.data) : undefined;
      if (kept !== undefined)
        return send(res, 200, "application/json; charset=utf-8", `{"ok":true,"data":${kept}}`, NO_STORE);
      return sendJson(res, 200, result);
    }
    if (req.method !== "GET" && req.method !== "HEAD")
      return send(res, 405, "text/plain; charset=utf-8", "method not allowed");
    if (url.searchParams.has("token")) {
      if (!same(url.searchParams.get("token") ?? "", tokenBytes)) {
        return send(res, 403, "text/html; charset=utf-8", SIGN_IN_PAGE, { "cache-control": "no-store" });
      }
      // Trade the token for the cookie and load the same page without it in the address bar.
      return send(res, 303, "text/plain; charset=utf-8", "signed in", {
        location: path,
        "cache-control": "no-store",
        "referrer-policy": "no-referrer",
        "set-cookie": `${COOKIE}=${sessionBytes.toString()}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    const file = resolveStatic(opts.staticDir, path);
    if (!file) return send(res, 404, "text/plain; charset=utf-8", "not found");
    if (file.endsWith("index.html")) {
      if (!bySession) return send(res, 401, "text/html; charset=utf-8", SIGN_IN_PAGE, { "cache-control": "no-store" });
      return send(res, 200, "text/html; charset=utf-8", readFileSync(file), { "cache-control": "no-store" });
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
    openUrl: `http://127.0.0.1:${port}/?token=${token}`,
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

const NO_STORE = { "cache-control": "no-store" };

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value), NO_STORE);
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
