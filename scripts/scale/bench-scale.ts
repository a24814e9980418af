// `npm run bench -- --scale N [--json] [--reuse | --db FILE] [--no-browser | --explorer-only]
// [--rounds R] [--explorer-rounds R] [--only CALL,…] [--all] [--cold]`: the growing-names
// corpus of N documents (scripts/scale/corpus.ts) ingested with the bulk import into a new
// database, then the p50/p95 of every graph query in-process and through the loopback web host,
// the most-mentioned entity's details, and the explorer's first paint / time to interactive in
// headless Chromium. --reuse skips the ingest when the cached database of that size exists; --db
// measures a given database (copied first); --explorer-only skips the queries; --all adds the
// calls the renderer never makes (calls.ts); --cold writes before every call through the host;
// --explorer-rounds R opens the explorer R times (fresh browser each) for medians.
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import {
  entityDetail,
  listDocuments,
  neighbourhood,
  search,
  shortestPath,
  stats,
  subgraph,
} from "../../db/graph/index.ts";
import { clearPositions } from "../../db/graph/positions.ts";
import type { GraphFilter } from "../../db/graph/types.ts";
import { importPaths } from "../../db/pipeline/index.ts";
import { LATEST_VERSION } from "../../db/store/migrations/index.ts";
import { openDatabase } from "../../db/store/open.ts";
import { createHandlers, dispatch, ENTITY_PAGE } from "../../electron/api.ts";
import { KnowledgeBase } from "../../electron/knowledge-base.ts";
import { startWebHost } from "../../electron/web-host.ts";
import { benchSamples, CALLS, NOT_RENDERER_CALLS, type Sample } from "./calls.ts";
import { CACHE, scaleCorpus } from "./corpus.ts";
import { buildProductionRenderer, measureExplorer } from "./explorer.ts";

type Figures = Record<string, unknown>;

export { EXPLORER_FILTER } from "./calls.ts";

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const v = s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0;
  return Math.round(v * 10) / 10;
}

export async function runScaleBench(args: string[]): Promise<void> {
  const json = args.includes("--json");
  const at = args.indexOf("--scale");
  const n = Number(args[at + 1]);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write("bench: --scale needs a number of documents, e.g. --scale 1000\n");
    process.exit(2);
  }
  const roundsAt = args.indexOf("--rounds");
  const rounds = roundsAt >= 0 ? Math.max(5, Number(args[roundsAt + 1]) || 30) : 30;
  const log = (line: string): void => {
    if (!json) process.stdout.write(`${line}\n`);
    else process.stderr.write(`${line}\n`);
  };
  const out: Figures = { documents: n, schema: LATEST_VERSION };
  mkdirSync(CACHE, { recursive: true });
  // --db FILE: a database built before (e.g. by an earlier --scale run) measured as it is.
  const dbAt = args.indexOf("--db");
  const given = dbAt >= 0 ? args[dbAt + 1] : undefined;
  if (dbAt >= 0 && (!given || !existsSync(given))) {
    process.stderr.write(`bench: --db needs an existing database file (got ${given ?? "nothing"})\n`);
    process.exit(2);
  }
  const explorerOnly = args.includes("--explorer-only");
  const explorerRoundsAt = args.indexOf("--explorer-rounds");
  const explorerRounds = explorerRoundsAt >= 0 ? Math.max(1, Number(args[explorerRoundsAt + 1]) || 1) : 1;
  const cachedDb = given ?? join(CACHE, `db-v${LATEST_VERSION}-${n}.sqlite`);
  const dbFile = join(CACHE, `run-${process.pid}.sqlite`);

  if (given || (args.includes("--reuse") && existsSync(cachedDb))) {
    copyFileSync(cachedDb, dbFile);
    log(`reusing ${cachedDb} (no ingest)`);
  } else {
    const corpus = await scaleCorpus(n, log);
    rmSync(dbFile, { force: true });
    const db = openDatabase(dbFile);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    let last = t0;
    const summary = await importPaths(db, [corpus], (p) => {
      if (p.done % 1000 === 0 || p.done === p.total) {
        const now = performance.now();
        log(
          `  ${p.done}/${p.total} documents: ${Math.round(now - t0)} ms (last batch ${Math.round(now - last)} ms), ` +
            `rss ${Math.round(process.memoryUsage().rss / 1048576)} MB`,
        );
        last = now;
      }
    });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    // CPU time as well as wall time: on a shared machine the wall clock measures the neighbours.
    out.ingest_cpu_ms = Math.round((cpu.user + cpu.system) / 1000);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
    if (summary.rejected.length) throw new Error(`rejected: ${JSON.stringify(summary.rejected.slice(0, 3))}`);
    out.ingest_ms = Math.round(ms);
    out.docs_per_s = Math.round((summary.documents / ms) * 1000 * 10) / 10;
    out.ingest_peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
    copyFileSync(dbFile, cachedDb);
    log(
      `ingest: ${summary.documents} documents in ${out.ingest_ms} ms (${out.docs_per_s} docs/s; CPU ${out.ingest_cpu_ms} ms), peak RSS ${out.ingest_peak_rss_mb} MB`,
    );
  }

  const db = openDatabase(dbFile);
  try {
    const size = statSync(dbFile).size;
    out.db_mb = Math.round((size / 1048576) * 10) / 10;
    const docs = db.prepare<[], number>("SELECT count(*) FROM documents").pluck().get() || n;
    out.documents = docs;
    out.db_mb_per_1k_docs = Math.round((size / 1048576 / docs) * 1000 * 10) / 10;
    const counts = db
      .prepare<[], Record<string, number>>(
        `SELECT (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM relations) AS relations,
                (SELECT count(*) FROM relations WHERE type <> 'co_mention') AS typed_relations,
                (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM evidence) AS evidence`,
      )
      .get();
    Object.assign(out, counts);
    log(`database: ${out.db_mb} MB (${out.db_mb_per_1k_docs} MB per 1,000 documents) ${JSON.stringify(counts)}`);
    try {
      const tables = db
        .prepare<[], { name: string; mb: number }>(
          "SELECT name, round(sum(pgsize) / 1048576.0, 1) AS mb FROM dbstat GROUP BY name ORDER BY sum(pgsize) DESC LIMIT 8",
        )
        .all();
      out.largest_tables_mb = Object.fromEntries(tables.map((t) => [t.name, t.mb]));
      log(`  largest: ${tables.map((t) => `${t.name} ${t.mb}`).join(", ")}`);
    } catch {
      // dbstat is not compiled into every SQLite build
    }

    // Sample entities: deterministic, spread over the id range; plus the most mentioned.
    const top = db
      .prepare<[], { id: number; name: string; mentions: number }>(
        "SELECT e.id, e.name, count(*) AS mentions FROM mentions m JOIN entities e ON e.id = m.entity_id GROUP BY m.entity_id ORDER BY mentions DESC LIMIT 1",
      )
      .get();
    const samples: Sample[] = benchSamples(db, rounds);
    const only = args.indexOf("--only") >= 0 ? new Set(args[args.indexOf("--only") + 1]?.split(",")) : null;
    const every = args.includes("--all") ? { ...CALLS, ...NOT_RENDERER_CALLS } : CALLS;
    const queries = Object.fromEntries(Object.entries(every).filter(([k]) => !only || only.has(k)));
    // In-process: the handler table the web host serves (zod included), over its own connection.
    const kb = new KnowledgeBase(dbFile, { keepBackups: 0 });
    const table = createHandlers({
      kb,
      host: "web",
      version: "bench",
      getLocale: () => "zh-CN",
      setLocale: () => {},
    });
    const local = async (name: string, input: unknown): Promise<unknown> => {
      const r = await dispatch(table, name, input);
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
      return r.data;
    };
    const times = (): Record<string, number[]> => Object.fromEntries(Object.keys(queries).map((k) => [k, []]));
    const inProcess = times();
    const cpuTimes = times();
    const bytes: Record<string, number[]> = times();
    // Rounds interleave the queries, so a slow moment of the shared machine hits all of them.
    for (const s of explorerOnly ? [] : samples) {
      for (const [k, q] of Object.entries(queries)) {
        const [name, input] = q(s);
        const c = process.cpuUsage();
        const t = performance.now();
        const result = await local(name, input);
        inProcess[k]?.push(performance.now() - t);
        const used = process.cpuUsage(c);
        cpuTimes[k]?.push((used.user + used.system) / 1000);
        bytes[k]?.push(Buffer.byteLength(JSON.stringify(result ?? null)));
      }
    }
    const staticDir = args.includes("--no-browser")
      ? join(import.meta.dirname, "../../dist/renderer")
      : buildProductionRenderer(CACHE);
    const host = await startWebHost({ dbFile, port: 0, staticDir });
    await host.ready;
    const web = times();
    try {
      const post = async (name: string, input: unknown): Promise<void> => {
        const res = await fetch(`${host.url}api/${name}`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-kg-token": host.token },
          body: JSON.stringify(input),
        });
        const env = (await res.json()) as { ok: boolean; error?: unknown };
        if (!env.ok) throw new Error(`${name}: ${JSON.stringify(env.error)}`);
      };
      // --cold: a curation (a review state toggled through the host) before every call, so each
      // is the first read after a write and pays for whatever a write invalidates.
      const cold = args.includes("--cold");
      let toggle = 0;
      for (const s of explorerOnly ? [] : samples) {
        for (const [k, q] of Object.entries(queries)) {
          const [name, input] = q(s);
          if (cold)
            await post("setReview", { kind: "entity", id: s.b, state: toggle++ % 2 ? "unreviewed" : "confirmed" });
          const t = performance.now();
          await post(name, input);
          web[k]?.push(performance.now() - t);
        }
      }
      const table: Figures = {};
      if (!explorerOnly)
        log(
          `queries (${rounds} rounds, ms):      in-process p50 / p95 | CPU p50 / p95 | web host${cold ? " cold" : ""} p50 / p95 | JSON KiB p50`,
        );
      for (const k of Object.keys(queries)) {
        const row = {
          p50: percentile(inProcess[k] ?? [], 50),
          p95: percentile(inProcess[k] ?? [], 95),
          cpu_p50: percentile(cpuTimes[k] ?? [], 50),
          cpu_p95: percentile(cpuTimes[k] ?? [], 95),
          web_p50: percentile(web[k] ?? [], 50),
          web_p95: percentile(web[k] ?? [], 95),
          kib_p50: Math.round(percentile(bytes[k] ?? [], 50) / 1024),
        };
        table[k] = row;
        if (!explorerOnly)
          log(
            `  ${k.padEnd(18)} ${String(row.p50).padStart(8)} / ${String(row.p95).padEnd(8)} | ${String(row.cpu_p50).padStart(6)} / ${String(row.cpu_p95).padEnd(6)} | ${String(row.web_p50).padStart(8)} / ${String(row.web_p95).padEnd(8)} | ${row.kib_p50}`,
          );
      }
      if (!explorerOnly) out[cold ? "queries_cold" : "queries"] = table;
      out.load_average = (await import("node:os")).loadavg().map((x) => Math.round(x * 10) / 10);
      log(`machine load average (1, 5, 15 min): ${(out.load_average as number[]).join(", ")}`);
      if (top) {
        const t = performance.now();
        const d = entityDetail(db, top.id, ENTITY_PAGE) as unknown as Record<string, unknown> | null;
        const ms = performance.now() - t;
        out.most_mentioned = {
          mentions: top.mentions,
          detail_ms: Math.round(ms * 10) / 10,
          detail_kib: Math.round(JSON.stringify(d).length / 1024),
          mentions_returned: Array.isArray(d?.mentions) ? d.mentions.length : null,
          relations_returned: Array.isArray(d?.relations) ? d.relations.length : null,
        };
        log(`most-mentioned entity: ${JSON.stringify(out.most_mentioned)}`);
      }
      if (!args.includes("--no-browser")) {
        out.explorer = await measureExplorer(host.openUrl, log, explorerRounds, () => clearPositions(db));
      }
    } finally {
      await host.close();
      await kb.close();
    }
  } finally {
    db.close();
    rmSync(dbFile, { force: true });
    rmSync(`${dbFile}-wal`, { force: true });
    rmSync(`${dbFile}-shm`, { force: true });
    // The web host takes a daily backup of the run copy: a run leaves nothing behind.
    rmSync(`${dbFile}.backups`, { recursive: true, force: true });
  }
  out.peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
  if (json) process.stdout.write(`${JSON.stringify(out)}\n`);
}
