// Matching extracted items against gold files the way ../shared/tools/score.mjs
// does (same normalisation, same keys), re-implemented here because ../shared
// is not shipped: `kg explain --stats` and `npm run train` use it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { ENTITY_TYPES, type Extraction } from "../types.ts";

const CLUSTER_SUFFIX = /(千亿级|万亿级|百亿级)?(产业集群|集群|产业链|产业)$/u;
const LEVEL_PREFIX = /^(国家级|省级|市级)/u;

/** score.mjs `norm`: NFKC, no spaces or edge punctuation; clusters without 产业…, parks/platforms without a level. */
export function norm(name: string, type: string): string {
  let s = String(name ?? "")
    .normalize("NFKC")
    .replace(/[\s\u3000]+/gu, "");
  s = s.replace(/^[“”"'《》「」\p{P}]+|[“”"'《》「」]+$/gu, "");
  if (type === "cluster") s = s.replace(CLUSTER_SUFFIX, "") || s;
  if (type === "platform" || type === "park") s = s.replace(LEVEL_PREFIX, "") || s;
  return s;
}

export interface GoldEntity {
  name: string;
  type: string;
  mentions?: string[];
}
export interface GoldFile {
  doc: string;
  entities: GoldEntity[];
  relations: { type: string; source: string; target: string }[];
}

/** The scorer's document key: the file name, anything after '#' dropped. */
export const docKey = (doc: string) => basename(String(doc).split("#")[0] as string);

/** Gold of a directory (or files), parts of one document merged, keyed by docKey. */
export function loadGold(paths: string[], keep: (file: string) => boolean = () => true): Map<string, GoldFile> {
  const files: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (f.endsWith(".json") && keep(f)) files.push(join(p, f));
    } else if (keep(basename(p))) files.push(p);
  }
  const out = new Map<string, GoldFile>();
  for (const f of files) {
    const g = JSON.parse(readFileSync(f, "utf8")) as GoldFile;
    const key = docKey(g.doc);
    const cur = out.get(key) ?? { doc: key, entities: [], relations: [] };
    // Parts of one document naming the same entity are one gold entity (as the scorer merges them).
    for (const e of g.entities ?? []) {
      const same = cur.entities.find((x) => x.type === e.type && norm(x.name, x.type) === norm(e.name, e.type));
      if (same) same.mentions = [...new Set([...(same.mentions ?? []), ...(e.mentions ?? [])])];
      else cur.entities.push({ ...e, mentions: [...(e.mentions ?? [])] });
    }
    cur.relations.push(...(g.relations ?? []));
    out.set(key, cur);
  }
  return out;
}

/** One document's gold, ready to judge extracted items. */
export class GoldJudge {
  private readonly idx = new Map<string, GoldEntity>();
  private readonly rels = new Set<string>();
  constructor(g: GoldFile) {
    for (const e of g.entities)
      for (const form of [e.name, ...(e.mentions ?? [])]) {
        const k = `${e.type}\u0000${norm(form, e.type)}`;
        if (!this.idx.has(k)) this.idx.set(k, e);
      }
    const byName = new Map(g.entities.map((e) => [e.name, e]));
    for (const r of g.relations) {
      const s = byName.get(r.source);
      const t = byName.get(r.target);
      if (s && t) this.rels.add(`${r.type}|${s.type}:${s.name}|${t.type}:${t.name}`);
    }
  }
  get relationCount(): number {
    return this.rels.size;
  }
  /** The gold entity an extracted (type, name) resolves to, if any. */
  entity(type: string, name: string): GoldEntity | undefined {
    return this.idx.get(`${type}\u0000${norm(name, type)}`);
  }
  /** True when an extracted relation (by end names) is a gold relation; ends resolve across types like the scorer. */
  relation(type: string, source: string, target: string): boolean {
    const end = (name: string) => {
      for (const t of ENTITY_TYPES) {
        const e = this.entity(t, name);
        if (e) return e;
      }
      return undefined;
    };
    const s = end(source);
    const t = end(target);
    return !!s && !!t && this.rels.has(`${type}|${s.type}:${s.name}|${t.type}:${t.name}`);
  }
}

export interface Counts {
  tp: number;
  np: number;
  ng: number;
}

/** The scorer's entity and relation counts for one document (co_mention not scored). */
export function countDoc(
  g: GoldFile,
  judge: GoldJudge,
  x: { entities: { type: string; name: string }[]; relations: { type: string; source: string; target: string }[] },
): { entities: Counts; relations: Counts } {
  const ent = { tp: 0, np: 0, ng: g.entities.length };
  const seen = new Set<string>();
  const matched = new Set<GoldEntity>();
  for (const e of x.entities) {
    const k = `${e.type}\u0000${norm(e.name, e.type)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    ent.np++;
    const hit = judge.entity(e.type, e.name);
    if (hit && !matched.has(hit)) {
      matched.add(hit);
      ent.tp++;
    }
  }
  const rel = { tp: 0, np: 0, ng: judge.relationCount };
  const seenRel = new Set<string>();
  for (const r of x.relations) {
    if (r.type === "co_mention") continue;
    const k = `${r.type}|${r.source}|${r.target}`;
    if (seenRel.has(k)) continue;
    seenRel.add(k);
    rel.np++;
    if (judge.relation(r.type, r.source, r.target)) rel.tp++;
  }
  return { entities: ent, relations: rel };
}

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.np ? c.tp / c.np : 0;
  const r = c.ng ? c.tp / c.ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** An extraction's relations with their ends named: the scorer matches names, not keys. */
export function namedRelations(x: Extraction): { type: string; source: string; target: string }[] {
  const byKey = new Map(x.entities.map((e) => [e.key, e.name]));
  return x.relations.map((r) => ({
    type: r.type,
    source: byKey.get(r.source) ?? "",
    target: byKey.get(r.target) ?? "",
  }));
}

/** countDoc of an extraction as the scorer reads it. */
export function countExtraction(g: GoldFile, judge: GoldJudge, x: Extraction): { entities: Counts; relations: Counts } {
  return countDoc(g, judge, { entities: x.entities, relations: namedRelations(x) });
}
