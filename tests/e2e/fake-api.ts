// Development stand-in for the web host while db/ingest and db/extract were not there yet:
// a real SQLite knowledge base (real store, real db/graph queries) filled from the hand gold of
// seeds 000 and 004 instead of the extractor, served with the host's HTTP contract.
// The end-to-end test does NOT use this; it runs electron/web-host.ts on the real DB.
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve } from "node:path";
import {
  entityDetail,
  getDocument,
  listDocuments,
  neighbourhood,
  search,
  shortestPath,
  stats,
  subgraph,
} from "../../db/graph/index.ts";
import { importDocument } from "../../db/store/import.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";
import type { Extraction, GoldDoc, IngestedDoc, Mention } from "../../db/types.ts";

const GOLD = "/work/shared/gold";
const SEEDS = resolve(import.meta.dirname, "../../seeds");

/** Positions of `needle` in `text`, ignoring whitespace on both sides (gold strings are reflowed). */
function findAll(text: string, needle: string): Mention[] {
  const map: number[] = [];
  let compact = "";
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i] as string)) {
      map.push(i);
      compact += text[i];
    }
  }
  const want = needle.replace(/\s+/g, "");
  const out: Mention[] = [];
  if (!want) return out;
  for (let at = compact.indexOf(want); at >= 0; at = compact.indexOf(want, at + want.length)) {
    const start = map[at] as number;
    const end = (map[at + want.length - 1] as number) + 1;
    out.push({ start, end, surface: text.slice(start, end) });
  }
  return out;
}

function fromGold(file: string): { doc: IngestedDoc; x: Extraction } {
  const bytes = readFileSync(join(SEEDS, file));
  const text = bytes.toString("utf8");
  const gold = JSON.parse(readFileSync(join(GOLD, file.replace(/\.txt$/, ".json")), "utf8")) as GoldDoc;
  const key = (type: string, name: string) => `${type}:${name}`;
  const x: Extraction = { entities: [], relations: [] };
  const byName = new Map<string, string>();
  for (const e of gold.entities) {
    const mentions = e.mentions.flatMap((m) => findAll(text, m));
    const seen = new Set<string>();
    const uniq = mentions.filter((m) => !seen.has(`${m.start}`) && seen.add(`${m.start}`));
    if (uniq.length === 0) continue;
    const k = key(e.type, e.name);
    byName.set(e.name, k);
    x.entities.push({
      key: k,
      type: e.type,
      name: e.name,
      level: e.level,
      status: e.status,
      mentions: uniq,
      rule: "gold",
      confidence: 1,
    });
  }
  for (const r of gold.relations) {
    const s = byName.get(r.source);
    const t = byName.get(r.target);
    const ev = findAll(text, r.evidence)[0];
    if (s && t && ev)
      x.relations.push({ type: r.type, source: s, target: t, evidence: ev, rule: "gold", confidence: 1 });
  }
  const title = text.trim().split("\n")[0]?.slice(0, 40) ?? file;
  const doc: IngestedDoc = {
    fileName: file,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    format: "txt",
    encoding: "utf-8",
    text,
    title: `《${file.slice(0, 3)}》${title}`,
    docNumber: null,
    issueDate: null,
    issuer: null,
    sections: [],
    parts: [],
  };
  return { doc, x };
}

export function buildFakeDb(file: string): DB {
  const db = openDatabase(file);
  for (const f of ["000_5eb087360ca96ad5.txt", "004_35b3b19d69df2577.txt"]) {
    const { doc, x } = fromGold(f);
    const out = importDocument(db, doc, x);
    if (out.status === "rejected") throw new Error(`${f}: ${out.reason}`);
  }
  return db;
}

type Input = Record<string, unknown>;

function handlers(db: DB): Record<string, (i: Input) => unknown> {
  return {
    meta: () => ({ name: "Policy Atlas", locale: "zh-CN", host: "web" }),
    status: () => ({ phase: "ready", done: 0, total: 0, file: null, message: null, dbFile: "", lastImport: null }),
    setLocale: (i) => ({ locale: i.locale }),
    stats: () => stats(db),
    subgraph: (i) => subgraph(db, i),
    neighbourhood: (i) => neighbourhood(db, i.id as number, (i.depth as number) ?? 1, i.filter as never),
    path: (i) => shortestPath(db, i.from as number, i.to as number, i.filter as never),
    entity: (i) => entityDetail(db, i.id as number),
    documents: () => listDocuments(db),
    document: (i) => getDocument(db, i.id as number),
    search: (i) => search(db, String(i.q), i.limit as number | undefined),
    importFiles: () => ({ documents: 0, unchanged: 0, entities: 0, relations: 0, rejected: [] }),
  };
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

export async function startFakeHost(opts: { dbFile: string; staticDir: string; port?: number }) {
  const db = buildFakeDb(opts.dbFile);
  const table = handlers(db);
  const token = randomBytes(16).toString("hex");
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (path.startsWith("/api/")) {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        const name = path.slice(5);
        const h = table[name];
        let out: unknown;
        if (req.headers["x-kg-token"] !== token) out = { ok: false, error: { code: "forbidden", message: "token" } };
        else if (!h) out = { ok: false, error: { code: "unknown_handler", message: name } };
        else {
          try {
            out = { ok: true, data: h(body ? (JSON.parse(body) as Input) : {}) };
          } catch (e) {
            out = { ok: false, error: { code: "internal", message: String(e) } };
          }
        }
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(out));
      });
      return;
    }
    const file = join(opts.staticDir, path === "/" ? "index.html" : path);
    try {
      let data: string | Buffer = readFileSync(file);
      if (file.endsWith("index.html"))
        data = data.toString("utf8").replace("<head>", `<head><meta name="kg-token" content="${token}">`);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(data);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(opts.port ?? 0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      db.close();
    },
  };
}

// `npx tsx tests/e2e/fake-api.ts [port]`: serve dist/renderer on the gold-filled knowledge base.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const dbFile = join(mkdtempSync(join(tmpdir(), "kg-fake-")), "fake.db");
  const host = await startFakeHost({
    dbFile,
    staticDir: resolve(import.meta.dirname, "../../dist/renderer"),
    port: Number(process.argv[2] ?? 0),
  });
  console.log(host.url);
}
