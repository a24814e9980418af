// Shared by the curate*.test.ts files: knowledge bases built from the real seeds, and the
// curated state of a knowledge base written by keys (never row ids) so two can be compared.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { importPaths } from "../../db/pipeline/index.ts";
import { type DB, openDatabase } from "../../db/store/open.ts";

export const SEEDS = resolve(import.meta.dirname, "../../seeds");
export const ACTOR = "测试员";

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "kg-curate-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function seededDb(file: string): Promise<DB> {
  const db = openDatabase(file);
  const summary = await importPaths(db, [SEEDS]);
  if (summary.rejected.length > 0 || summary.documents === 0) {
    throw new Error(`seeding failed: ${JSON.stringify(summary.rejected)}`);
  }
  return db;
}

export interface EntityState {
  name: string;
  type: string;
  level: string | null;
  status: string;
  review: string;
  origin: string;
  note: string | null;
  tags: string;
  aliases: string[];
  mentions: string[];
}

export interface CuratedState {
  entities: Record<string, EntityState>;
  relations: Record<string, { review: string; origin: string; weight: number; evidence: string[] }>;
}

/** Everything a user sees about entities and relations, by key. */
export function curatedState(db: DB): CuratedState {
  const entities: CuratedState["entities"] = {};
  const rows = db
    .prepare<[], { id: number; key: string } & Omit<EntityState, "aliases" | "mentions">>(
      "SELECT id, key, name, type, level, status, review, origin, note, tags FROM entities ORDER BY key",
    )
    .all();
  const aliases = db.prepare<[number], string>("SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias").pluck();
  const mentions = db
    .prepare<[number], string>(
      `SELECT d.sha256 || ':' || m.start || '-' || m."end" FROM mentions m JOIN documents d ON d.id = m.document_id
       WHERE m.entity_id = ? ORDER BY 1`,
    )
    .pluck();
  for (const { id, key, ...rest } of rows) {
    entities[key] = { ...rest, aliases: aliases.all(id), mentions: mentions.all(id) };
  }
  const relations: CuratedState["relations"] = {};
  const rels = db
    .prepare<[], { id: number; ref: string; review: string; origin: string; weight: number }>(
      `SELECT r.id, r.type || ' ' || s.key || ' → ' || t.key AS ref, r.review, r.origin, r.weight FROM relations r
       JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id ORDER BY ref`,
    )
    .all();
  const evidence = db
    .prepare<[number], string>(
      `SELECT d.sha256 || ':' || e.start || '-' || e."end" FROM evidence e JOIN documents d ON d.id = e.document_id
       WHERE e.relation_id = ? ORDER BY 1`,
    )
    .pluck();
  for (const { id, ref, ...rest } of rels) relations[ref] = { ...rest, evidence: evidence.all(id) };
  return { entities, relations };
}

export function entityId(db: DB, key: string): number {
  const id = db.prepare<[string], number>("SELECT id FROM entities WHERE key = ?").pluck().get(key);
  if (id === undefined) throw new Error(`no entity ${key}`);
  return id;
}

export function row<T>(db: DB, sql: string, ...params: unknown[]): T {
  const r = db.prepare(sql).get(...params) as T | undefined;
  if (r === undefined) throw new Error(`no row for: ${sql}`);
  return r;
}

export const editCount = (db: DB): number => db.prepare<[], number>("SELECT count(*) FROM edits").pluck().get() ?? 0;
