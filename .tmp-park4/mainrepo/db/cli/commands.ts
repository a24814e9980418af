// The `kg` commands over the store. Each returns an exit code and writes results to stdout,
// progress and problems to stderr.
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EXPORT_FORMATS, type ExportFormat, exportGraph } from "../export/index.ts";
import { search, stats } from "../graph/index.ts";
import type { GraphFilter } from "../graph/types.ts";
import { type DB, isWritable, openDatabase, readOnlyMessage } from "../store/open.ts";
import { ENTITY_TYPES, type EntityType, RELATION_TYPES, type RelationType } from "../types.ts";
import { type Parsed, stringFlag, UsageError } from "./args.ts";

function requireDb(p: Parsed): string {
  const file = stringFlag(p, "db");
  if (!file) throw new UsageError("missing --db FILE");
  return file;
}

/**
 * Commands that read an existing database must not create an empty one by accident, and open
 * it read-only: they work on a write-protected file and never change one.
 */
function openExisting(file: string): DB | null {
  if (!existsSync(file)) {
    process.stderr.write(`kg: no database at ${file} (create one with: kg ingest PATH... --db ${file})\n`);
    return null;
  }
  // An older schema needs its one-time upgrade (a write) first; a read-only file cannot have it.
  return isWritable(file) ? openDatabase(file) : openDatabase(file, { readonly: true });
}

export async function ingestCommand(p: Parsed): Promise<number> {
  const file = requireDb(p);
  if (p.positional.length === 0) throw new UsageError("ingest needs at least one file or folder");
  // Loaded here: only ingest needs the reader and extractor, so the other commands start faster.
  const { importPaths } = await import("../pipeline/index.ts");
  const { limitsFromEnv } = await import("../ingest/limits.ts");
  if (existsSync(file) && !isWritable(file)) {
    process.stderr.write(`kg ingest: ${readOnlyMessage(file)}\n`);
    return 1;
  }
  const limits = limitsFromEnv();
  const db = openDatabase(file);
  try {
    const summary = await importPaths(
      db,
      p.positional,
      ({ done, total, file: f }) => {
        process.stderr.write(`[${done}/${total}] ${f}\n`);
      },
      limits,
    );
    const totals = stats(db);
    if (p.flags.json) {
      process.stdout.write(`${JSON.stringify({ ...summary, totals }, null, 2)}\n`);
    } else {
      const lines = [
        `documents: ${summary.documents} imported, ${summary.unchanged} unchanged`,
        `entities:  ${summary.entities} new (${totals.entities} in database)`,
        `relations: ${summary.relations} new (${totals.relations} in database)`,
      ];
      if (summary.rejected.length > 0) {
        lines.push(`rejected:  ${summary.rejected.length}`);
        for (const r of summary.rejected) lines.push(`  ${r.file}: ${r.reason}`);
      }
      process.stdout.write(`${lines.join("\n")}\n`);
    }
    return summary.rejected.length > 0 ? 1 : 0;
  } finally {
    db.close();
  }
}

export function statsCommand(p: Parsed): number {
  const db = openExisting(requireDb(p));
  if (!db) return 1;
  try {
    const s = stats(db);
    if (p.flags.json) {
      process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
      return 0;
    }
    const lines = [`documents: ${s.documents}`, `entities:  ${s.entities}`];
    for (const [t, n] of Object.entries(s.byType)) lines.push(`  ${t.padEnd(24)} ${n}`);
    lines.push(`relations: ${s.relations}`);
    for (const [t, n] of Object.entries(s.byRelation)) lines.push(`  ${t.padEnd(24)} ${n}`);
    process.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  } finally {
    db.close();
  }
}

export function searchCommand(p: Parsed): number {
  const text = p.positional.join(" ").trim();
  if (!text) throw new UsageError("search needs a query, e.g. kg search 碳纤维 --db FILE");
  const limitFlag = stringFlag(p, "limit");
  const limit = limitFlag === undefined ? 20 : Number(limitFlag);
  if (!Number.isInteger(limit) || limit <= 0)
    throw new UsageError(`--limit must be a positive integer, not "${limitFlag}"`);
  const db = openExisting(requireDb(p));
  if (!db) return 1;
  try {
    // Control characters (NUL included) mean nothing in a query and upset FTS5.
    const query = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
    const hits = query ? search(db, query, limit) : [];
    if (p.flags.json) {
      process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
    } else if (hits.length === 0) {
      process.stdout.write(`no match for "${text}"\n`);
    } else {
      for (const h of hits) {
        process.stdout.write(
          h.kind === "entity"
            ? `entity   ${h.id}\t${h.type}\t${h.label}\n`
            : `document ${h.id}\t${h.label}\t${h.snippet ?? ""}\n`,
        );
      }
    }
    return 0;
  } finally {
    db.close();
  }
}

function listFlag<T extends string>(p: Parsed, name: string, allowed: readonly T[]): T[] | undefined {
  const raw = stringFlag(p, name);
  if (raw === undefined) return undefined;
  const items = raw
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  const bad = items.find((x) => !(allowed as readonly string[]).includes(x));
  if (bad !== undefined || items.length === 0) {
    throw new UsageError(
      `--${name} takes a comma-separated list of ${allowed.join(", ")}${bad ? ` (not "${bad}")` : ""}`,
    );
  }
  return items as T[];
}

/** The export filter from --types, --relations, --min-degree, --hide-isolated (same meaning as the UI's). */
function exportFilter(p: Parsed): GraphFilter {
  const filter: GraphFilter = {};
  const types = listFlag<EntityType>(p, "types", ENTITY_TYPES);
  if (types) filter.types = types;
  const relationTypes = listFlag<RelationType>(p, "relations", RELATION_TYPES);
  if (relationTypes) filter.relationTypes = relationTypes;
  const minDegree = stringFlag(p, "min-degree");
  if (minDegree !== undefined) {
    const n = Number(minDegree);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--min-degree must be a whole number, not "${minDegree}"`);
    filter.minDegree = n;
  }
  if (p.flags["hide-isolated"]) filter.hideIsolated = true;
  return filter;
}

export function exportCommand(p: Parsed): number {
  const dbFile = requireDb(p);
  const format = stringFlag(p, "format");
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(", ")}`);
  }
  const out = stringFlag(p, "out");
  if (!out) throw new UsageError("missing --out PATH");
  if (p.positional.length > 0) throw new UsageError(`unexpected argument "${p.positional[0]}"`);
  const filter = exportFilter(p);
  const db = openExisting(dbFile);
  if (!db) return 1;
  try {
    const files = exportGraph(db, format as ExportFormat, filter);
    // Several files (csv) or an existing folder: write inside it; else `out` is the file itself.
    const intoFolder = files.length > 1 || (existsSync(out) && statSync(out).isDirectory());
    if (intoFolder) mkdirSync(out, { recursive: true });
    for (const f of files) {
      const target = intoFolder ? join(out, f.name) : out;
      writeFileSync(target, f.content, "utf8");
      process.stdout.write(`${target}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
}
