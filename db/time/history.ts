// An entity through time: when it was first and last named, in which documents (gazette parts
// apart), the status each states, and the sentences where that status changed. It reads only
// the entity's own mentions (the index on mentions(entity_id, …)) and the documents holding
// them; a hub named in thousands of documents returns per-year counts, the first points and
// the totals, and builds sentences only for what it returns.
import { citationAt, docContexts, sentenceAround, sentenceAroundIn, textWindows } from "../graph/citation.ts";
import type { DB } from "../store/open.ts";
import { untilWrite } from "../store/write-cache.ts";
import type { EntityType, Status } from "../types.ts";
import type { EntityRef, Statement } from "./stated.ts";
import { combine, STATUS_TYPES, statedStatus } from "./status.ts";
import { type TimeUnit, unitLocator, unitSpansOfEntity, unitsOfDocuments } from "./units.ts";

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

/** One year of the strip: how many units (documents or parts) named the entity, and how often. */
export interface HistoryYear {
  year: string;
  units: number;
  mentions: number;
  status: Status | null;
}

export interface EntityHistory {
  entity: EntityRef & { status: Status };
  first: string | null;
  last: string | null;
  /** The first `limit` units naming it: dated ones oldest first, then undated ones. */
  points: HistoryPoint[];
  /** How many units name it (points holds the first of them). */
  pointTotal: number;
  mentionTotal: number;
  /** Every dated unit counted per year, oldest first. */
  years: HistoryYear[];
  /** The first stated status and every change after it. */
  steps: StatusStep[];
}

/** Points returned by default: the list in the details panel, not the corpus. */
export const HISTORY_POINTS = 100;

interface MentionRow {
  id: number;
  document_id: number;
  start: number;
  /** Read for the mentions shown (and for every one of a type with a stated status). */
  end?: number;
  surface?: string;
}
interface Group {
  key: string;
  unit: ReturnType<ReturnType<typeof unitLocator>>;
  /** How many mentions, and the first (by offset). */
  count: number;
  first: MentionRow;
  /** Every mention, for a type with a stated status. */
  mentions: MentionRow[];
  status: Status | null;
  /** The mention whose sentence is shown. */
  shown: MentionRow;
}

/** Mentions from which an entity's history is kept until the next write (a hub's costs ~70 ms at 10k documents). */
const KEEP_FROM = 2000;

export function entityHistory(db: DB, id: number, opts: { limit?: number } = {}): EntityHistory | null {
  const limit = opts.limit ?? HISTORY_POINTS;
  const mentions = db.prepare<[number], number>("SELECT mention_count FROM entities WHERE id = ?").pluck().get(id);
  if (mentions === undefined) return null;
  // A hub's history is what its details panel opens on, again and again while the graph is read:
  // kept until the next write (any write: a decision can reject it, a merge move its mentions).
  if (mentions >= KEEP_FROM) return untilWrite(db, `entity-history:${id}:${limit}`, () => readHistory(db, id, limit));
  return readHistory(db, id, limit);
}

function readHistory(db: DB, id: number, limit: number): EntityHistory | null {
  const found = db
    .prepare<[number], EntityRef & { status: Status; review: string }>(
      "SELECT id, key, type, name, status, review FROM entities WHERE id = ?",
    )
    .get(id);
  if (!found) return null;
  const { review, ...row } = found;
  // A rejected entity is left out of the graph, and so has no history.
  const withStatus = STATUS_TYPES.includes(row.type);
  const units = review === "rejected" ? [] : unitSpansOfEntity(db, id);
  const locate = unitLocator(units);
  const groups = new Map<string, Group>();
  const add = (m: MentionRow, count: number) => {
    const unit = locate(m.document_id, m.start);
    const key = unit?.id ?? `doc${m.document_id}`;
    const g = groups.get(key);
    if (g) {
      g.count += count;
      if (withStatus) g.mentions.push(m);
    } else groups.set(key, { key, unit, count, first: m, mentions: withStatus ? [m] : [], status: null, shown: m });
  };
  let mentionTotal = 0;
  if (review === "rejected") {
    // nothing
  } else if (withStatus) {
    // The stated status needs each mention's span.
    const rows = db
      .prepare<[number], MentionRow>(
        'SELECT id, document_id, start, "end", surface FROM mentions WHERE entity_id = ? ORDER BY document_id, start',
      )
      .all(id);
    for (const m of rows) add(m, 1);
    mentionTotal = rows.length;
  } else {
    // Otherwise counted per document by the index alone (a hub has ~20k mentions in ~8k
    // documents); only a gazette's mentions are placed one by one in its parts.
    const parted = new Set(units.filter((u) => u.kind === "part").map((u) => u.documentId));
    const perDoc = db
      .prepare<[number], [number, number, number, number]>(
        "SELECT document_id, count(*), min(start), id FROM mentions WHERE entity_id = ? GROUP BY document_id ORDER BY document_id",
      )
      .raw()
      .all(id) as unknown as [number, number, number, number][];
    const inParts = db
      .prepare<[number, number], [number, number]>(
        "SELECT id, start FROM mentions WHERE entity_id = ? AND document_id = ? ORDER BY start",
      )
      .raw();
    for (const [document_id, count, start, mid] of perDoc) {
      mentionTotal += count;
      if (!parted.has(document_id)) add({ id: mid, document_id, start }, count);
      else
        for (const [mid2, start2] of inParts.all(id, document_id) as unknown as [number, number][])
          add({ id: mid2, document_id, start: start2 }, 1);
    }
  }
  const span = db.prepare<[number], { end: number; surface: string }>(
    'SELECT "end", surface FROM mentions WHERE id = ?',
  );
  const spanOf = (m: MentionRow): { end: number; surface: string } =>
    m.end !== undefined && m.surface !== undefined
      ? { end: m.end, surface: m.surface }
      : (span.get(m.id) ?? { end: m.start + 1, surface: "" });
  // The stated status needs the text around each mention: only parks, platforms and clusters have one.
  if (withStatus) statuses(db, row.type, groups);
  const ordered = [...groups.values()].sort(
    (x, y) =>
      (x.unit?.date ? 0 : 1) - (y.unit?.date ? 0 : 1) ||
      cmp(x.unit?.date ?? "", y.unit?.date ?? "") ||
      x.first.document_id - y.first.document_id,
  );
  const dated = ordered.filter((g) => g.unit?.date);
  // Citations need titles, parts and sections; the sentence and status a window of the text.
  const context = docContexts(db, { text: false });
  const windowOf = textWindows(db);
  const whole = db.prepare<[number], string>("SELECT text FROM documents WHERE id = ?").pluck();
  const statement = (g: Group): Statement => {
    const m = g.shown;
    const { end, surface } = spanOf(m);
    const ctx = context(m.document_id);
    const w = ctx ? windowOf(m.document_id, m.start, end) : null;
    const inWindow = w && sentenceAroundIn(w.text, w.offset, w.length, m.start, end);
    // statedStatus reads 20 characters before and 12 after the mention: inside the window.
    const text = inWindow && w ? w.text : ctx ? (whole.get(m.document_id) ?? "") : "";
    const shift = inWindow && w ? w.offset : 0;
    const out: Statement = {
      documentId: m.document_id,
      start: m.start,
      end,
      unit: g.unit?.id ?? null,
      date: g.unit?.date ?? null,
      sentence: inWindow ? inWindow.sentence : sentenceAround(text, m.start, end).sentence,
      citation: ctx ? citationAt(ctx, m.start).text : "",
      surface,
    };
    out.status = statedStatus(text, m.start - shift, end - shift, row.type);
    return out;
  };
  const steps: StatusStep[] = [];
  let current: Status | null = null;
  for (const g of dated) {
    if (g.status === null || g.status === current) continue;
    steps.push({ date: g.unit?.date ?? null, from: current, to: g.status, statement: statement(g) });
    current = g.status;
  }
  const years = new Map<string, HistoryYear>();
  for (const g of dated) {
    const year = (g.unit?.date ?? "").slice(0, 4);
    const y = years.get(year) ?? { year, units: 0, mentions: 0, status: null };
    y.units++;
    y.mentions += g.count;
    y.status = combine([y.status, g.status]);
    years.set(year, y);
  }
  const listed = ordered.slice(0, limit);
  // Titles and numbers only for the units listed.
  const full = new Map<string, TimeUnit>(
    unitsOfDocuments(db, [...new Set(listed.map((g) => g.first.document_id))]).map((u) => [u.id, u]),
  );
  const points = listed.map(
    (g): HistoryPoint => ({
      unit: g.unit?.id ?? null,
      title: (g.unit && full.get(g.unit.id)?.title) ?? citation(context, g.first),
      docNumber: (g.unit && full.get(g.unit.id)?.docNumber) ?? null,
      kind: g.unit?.kind ?? null,
      date: g.unit?.date ?? null,
      mentions: g.count,
      status: g.status,
      statement: statement(g),
    }),
  );
  return {
    entity: row,
    first: dated[0]?.unit?.date ?? null,
    last: dated[dated.length - 1]?.unit?.date ?? null,
    points,
    pointTotal: ordered.length,
    mentionTotal,
    years: [...years.values()],
    steps,
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function citation(context: ReturnType<typeof docContexts>, m: MentionRow): string {
  const ctx = context(m.document_id);
  return ctx ? citationAt(ctx, m.start).text : "";
}

/** Each group's status ("existing" wins) and the mention stating it, reading each document's text once. */
function statuses(db: DB, type: EntityType, groups: Map<string, Group>): void {
  const text = db.prepare<[number], string>("SELECT text FROM documents WHERE id = ?").pluck();
  let doc = -1;
  let body = "";
  for (const g of groups.values()) {
    const found = g.mentions.map((m) => {
      if (m.document_id !== doc) {
        doc = m.document_id;
        body = text.get(doc) ?? "";
      }
      return statedStatus(body, m.start, m.end ?? m.start + 1, type);
    });
    g.status = combine(found);
    const i = g.status === null ? 0 : found.indexOf(g.status);
    g.shown = g.mentions[i] as MentionRow;
  }
}
