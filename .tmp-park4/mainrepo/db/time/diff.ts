// Comparing two selections (documents or date ranges): entities and relations only in A,
// only in B and in both, each with its statements on each side, plus changes that keep an
// entity but alter it — a status stated differently (planned in A, existing in B) and a name
// that differs because a curator renamed or merged the entity.
import { activeDecisions } from "../curate/log.ts";
import type { DB } from "../store/open.ts";
import { ENTITY_TYPES, type EntityType, type RelationType, type Status } from "../types.ts";
import { resolveSelector, type Selector } from "./select.ts";
import { type Corpus, type EntityRef, loadCorpus, type StatedRelation, type Statement, statedIn } from "./stated.ts";
import { combine } from "./status.ts";

/** Statements shown per side and item; the count says how many there are in all. */
const MAX_STATEMENTS = 5;

export interface SideEvidence {
  count: number;
  /** The status this side states (parks, platforms, clusters), from its latest dated statement. */
  status?: Status | null;
  names: string[];
  evidence: Statement[];
}

export interface DiffEntity extends EntityRef {
  status: Status;
  a?: SideEvidence;
  b?: SideEvidence;
}

export interface DiffRelation {
  id: number;
  type: RelationType;
  source: EntityRef;
  target: EntityRef;
  a?: { count: number; evidence: Statement[] };
  b?: { count: number; evidence: Statement[] };
}

export interface DiffSide {
  entities: Record<EntityType, DiffEntity[]>;
  relations: DiffRelation[];
}

export type Change =
  | {
      kind: "status";
      entity: EntityRef;
      from: Status;
      to: Status;
      /** The sentences stating each status. */
      a: Statement;
      b: Statement;
    }
  | {
      kind: "renamed" | "merged";
      entity: EntityRef;
      /** The names each side uses for it. */
      namesA: string[];
      namesB: string[];
      editId: number;
      at: string;
    };

export interface Comparison {
  a: { label: string; units: string[] };
  b: { label: string; units: string[] };
  only_a: DiffSide;
  only_b: DiffSide;
  both: DiffSide;
  status_changed: Change[];
  counts: Record<"only_a" | "only_b" | "both", { entities: number; relations: number }> & { status_changed: number };
}

const emptySide = (): DiffSide => ({
  entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, []])) as unknown as Record<EntityType, DiffEntity[]>,
  relations: [],
});

/** The status a side states: that of its latest dated unit stating one (undated last). */
function sideStatus(statements: Statement[]): { status: Status | null; at: Statement | null } {
  const byUnit = new Map<string, Statement[]>();
  for (const s of statements) byUnit.set(s.unit ?? "", [...(byUnit.get(s.unit ?? "") ?? []), s]);
  const ordered = [...byUnit.values()].sort((x, y) => (x[0]?.date ?? "9999").localeCompare(y[0]?.date ?? "9999"));
  let out: { status: Status | null; at: Statement | null } = { status: null, at: null };
  for (const group of ordered) {
    const st = combine(group.map((s) => s.status ?? null));
    if (st) out = { status: st, at: group.find((s) => s.status === st) ?? null };
  }
  return out;
}

function evidenceOf(statements: Statement[], withStatus: boolean): SideEvidence {
  const names = [...new Set(statements.map((s) => s.surface ?? "").filter((n) => n !== ""))];
  return {
    count: statements.length,
    ...(withStatus ? { status: sideStatus(statements).status } : {}),
    names,
    evidence: statements.slice(0, MAX_STATEMENTS),
  };
}

const relEvidence = (r: StatedRelation | undefined) =>
  r ? { count: r.statements.length, evidence: r.statements.slice(0, MAX_STATEMENTS) } : undefined;

/** Curation renames and merges in force, by the key of the entity they leave. */
function curatedNames(db: DB): Map<string, { kind: "renamed" | "merged"; editId: number; at: string }> {
  const out = new Map<string, { kind: "renamed" | "merged"; editId: number; at: string }>();
  for (const a of activeDecisions(db)) {
    const d = a.payload.decision;
    if (d.kind === "editEntity" && d.set.name !== undefined)
      out.set(d.key, { kind: "renamed", editId: a.id, at: a.at });
    if (d.kind === "mergeEntities") out.set(d.into, { kind: "merged", editId: a.id, at: a.at });
  }
  return out;
}

export function compare(db: DB, selA: Selector, selB: Selector, opts: { coMention?: boolean; corpus?: Corpus } = {}) {
  const corpus = opts.corpus ?? loadCorpus(db, opts);
  const A = statedIn(corpus, resolveSelector(corpus.units, selA));
  const B = statedIn(corpus, resolveSelector(corpus.units, selB));
  const out: Comparison = {
    a: { label: A.selection.label, units: A.selection.units.map((u) => u.id) },
    b: { label: B.selection.label, units: B.selection.units.map((u) => u.id) },
    only_a: emptySide(),
    only_b: emptySide(),
    both: emptySide(),
    status_changed: [],
    counts: {
      only_a: { entities: 0, relations: 0 },
      only_b: { entities: 0, relations: 0 },
      both: { entities: 0, relations: 0 },
      status_changed: 0,
    },
  };
  const curated = curatedNames(db);
  const ids = new Set([...A.entities.keys(), ...B.entities.keys()]);
  for (const id of ids) {
    const ea = A.entities.get(id);
    const eb = B.entities.get(id);
    const base = (ea ?? eb) as NonNullable<typeof ea>;
    const withStatus = ["park", "platform", "cluster"].includes(base.type);
    const item: DiffEntity = { id, key: base.key, type: base.type, name: base.name, status: base.status };
    if (ea) item.a = evidenceOf(ea.statements, withStatus);
    if (eb) item.b = evidenceOf(eb.statements, withStatus);
    const side = ea && eb ? "both" : ea ? "only_a" : "only_b";
    out[side].entities[base.type].push(item);
    out.counts[side].entities++;
    if (!ea || !eb) continue;
    const ref: EntityRef = { id, key: base.key, type: base.type, name: base.name };
    if (withStatus) {
      const sa = sideStatus(ea.statements);
      const sb = sideStatus(eb.statements);
      if (sa.status && sb.status && sa.at && sb.at && sa.status !== sb.status) {
        out.status_changed.push({ kind: "status", entity: ref, from: sa.status, to: sb.status, a: sa.at, b: sb.at });
      }
    }
    const c = curated.get(base.key);
    const namesA = item.a?.names ?? [];
    const namesB = item.b?.names ?? [];
    if (c && (namesA.some((n) => !namesB.includes(n)) || namesB.some((n) => !namesA.includes(n)))) {
      out.status_changed.push({ kind: c.kind, entity: ref, namesA, namesB, editId: c.editId, at: c.at });
    }
  }
  for (const t of ENTITY_TYPES) {
    for (const side of ["only_a", "only_b", "both"] as const) {
      out[side].entities[t].sort((x, y) => x.name.localeCompare(y.name, "zh-Hans-CN"));
    }
  }
  const rids = new Set([...A.relations.keys(), ...B.relations.keys()]);
  for (const id of rids) {
    const ra = A.relations.get(id);
    const rb = B.relations.get(id);
    const base = (ra ?? rb) as StatedRelation;
    const item: DiffRelation = { id, type: base.type, source: base.source, target: base.target };
    const ea = relEvidence(ra);
    const eb = relEvidence(rb);
    if (ea) item.a = ea;
    if (eb) item.b = eb;
    const side = ra && rb ? "both" : ra ? "only_a" : "only_b";
    out[side].relations.push(item);
    out.counts[side].relations++;
  }
  for (const side of ["only_a", "only_b", "both"] as const) {
    out[side].relations.sort(
      (x, y) =>
        x.type.localeCompare(y.type) ||
        x.source.name.localeCompare(y.source.name, "zh-Hans-CN") ||
        x.target.name.localeCompare(y.target.name, "zh-Hans-CN"),
    );
  }
  out.counts.status_changed = out.status_changed.length;
  return out;
}
