// An entity through time: when it was first and last named, in which documents (gazette parts
// apart), the status each states, and the sentences where that status changed.
import type { DB } from "../store/open.ts";
import type { Status } from "../types.ts";
import { type Corpus, type EntityRef, loadCorpus, type Statement } from "./stated.ts";
import { combine } from "./status.ts";

export interface HistoryPoint {
  unit: string | null;
  title: string;
  docNumber: string | null;
  kind: "document" | "part" | null;
  date: string | null;
  mentions: number;
  status: Status | null;
  /** The sentence stating that status (else the first mention). */
  statement: Statement;
}

export interface StatusStep {
  date: string | null;
  from: Status | null;
  to: Status;
  statement: Statement;
}

export interface EntityHistory {
  entity: EntityRef & { status: Status };
  first: string | null;
  last: string | null;
  /** Dated units oldest first, then undated ones. */
  points: HistoryPoint[];
  /** The first stated status and every change after it. */
  steps: StatusStep[];
}

export function entityHistory(db: DB, id: number, corpus: Corpus = loadCorpus(db)): EntityHistory | null {
  const own = corpus.mentions.filter((m) => m.entity.id === id);
  const row = db
    .prepare<[number], EntityRef & { status: Status }>("SELECT id, key, type, name, status FROM entities WHERE id = ?")
    .get(id);
  if (!row) return null;
  const byUnit = new Map<string, Statement[]>();
  for (const m of own) {
    const st = corpus.statement(m.documentId, m.start, m.end, m.entity.type, m.surface);
    const k = st.unit ?? `doc${m.documentId}`;
    byUnit.set(k, [...(byUnit.get(k) ?? []), st]);
  }
  const units = new Map(corpus.units.map((u) => [u.id, u]));
  const points: HistoryPoint[] = [...byUnit.entries()].map(([k, sts]) => {
    const u = units.get(k);
    const status = combine(sts.map((s) => s.status ?? null));
    const first = sts[0] as Statement;
    return {
      unit: u?.id ?? null,
      title: u?.title ?? first.citation,
      docNumber: u?.docNumber ?? null,
      kind: u?.kind ?? null,
      date: u?.date ?? null,
      mentions: sts.length,
      status,
      statement: sts.find((s) => status !== null && s.status === status) ?? first,
    };
  });
  points.sort(
    (x, y) => (x.date === null ? 1 : 0) - (y.date === null ? 1 : 0) || (x.date ?? "").localeCompare(y.date ?? ""),
  );
  const dated = points.filter((p) => p.date !== null);
  const steps: StatusStep[] = [];
  let current: Status | null = null;
  for (const p of dated) {
    if (p.status === null || p.status === current) continue;
    steps.push({ date: p.date, from: current, to: p.status, statement: p.statement });
    current = p.status;
  }
  return {
    entity: row,
    first: dated[0]?.date ?? null,
    last: dated[dated.length - 1]?.date ?? null,
    points,
    steps,
  };
}
