// The review table's rows: every entity and every stated relation (co_mention is not a
// statement) with its state, confidence, rule, first document and the sentence that states it,
// the mention(s) marked. Filtered, sorted and paged in SQL (review-query.ts); only the page's
// sentences are read.
import { sentenceAround, sentenceAroundIn, textWindows } from "../graph/citation.ts";
import type { DB } from "../store/open.ts";
import type { EntityType, RelationType, ReviewState } from "../types.ts";
import {
  type ReviewFacets,
  type ReviewItem,
  type ReviewQuery,
  reviewFacets,
  reviewItems,
  reviewStates,
} from "./review-query.ts";

/** A review item (label: the entity's name, or "source → target") with where it is stated. */
export interface ReviewRow extends Omit<ReviewItem, "sourceId" | "targetId"> {
  /** Documents the item is stated in (first is the one shown). */
  docs: number[];
  sentence: string;
  /** [start, end) spans of `sentence` to mark: the mention, or both ends of the relation. */
  marks: [number, number][];
  /** Where "open the source" goes: the first mention or evidence. */
  at: { documentId: number; start: number; end: number } | null;
}

export interface ReviewTable {
  /** The page asked for (every item passing when no limit is given), in the asked order. */
  rows: ReviewRow[];
  /** Titles of the documents the rows and the document menu name (every document without a limit). */
  documents: { id: number; title: string }[];
  /** How many items pass the filters (kept items included), and by state. */
  total: number;
  states: Record<ReviewState, number>;
  facets?: ReviewFacets;
}

const MAX_SENTENCE = 240;

/** Characters read either side of a mark: the sentence is looked for in this window first. */
const WINDOW = 400;

export function reviewTable(db: DB, q: ReviewQuery = {}): ReviewTable {
  const texts = new Map<number, string>();
  const text = (id: number) => {
    let t = texts.get(id);
    if (t === undefined) {
      t = db.prepare<[number], string>("SELECT text FROM documents WHERE id = ?").pluck().get(id) ?? "";
      texts.set(id, t);
    }
    return t;
  };
  const windowOf = textWindows(db, WINDOW);
  /**
   * The sentence around [start, end), looked for in a window of the text first (a page names ~125
   * documents, ~650k characters at 10k documents); the same answer as over the whole text.
   */
  const around = (doc: number, start: number, end: number): { sentence: string; sentenceStart: number } => {
    const whole = texts.get(doc);
    const w = whole === undefined ? windowOf(doc, start, end) : null;
    const found = w && sentenceAroundIn(w.text, w.offset, w.length, start, end);
    return found || sentenceAround(whole ?? text(doc), start, end);
  };
  /** The sentence around [start, end) with spans relative to it, cut to a readable length. */
  const sentenceOf = (doc: number, spans: [number, number][]): { sentence: string; marks: [number, number][] } => {
    const first = spans[0];
    if (!first) return { sentence: "", marks: [] };
    const { sentence, sentenceStart } = around(doc, first[0], first[1]);
    let from = 0;
    let cut = sentence;
    if (sentence.length > MAX_SENTENCE) {
      // keep the first mark in view
      from = Math.max(0, Math.min(first[0] - sentenceStart - 60, sentence.length - MAX_SENTENCE));
      cut = `${from > 0 ? "…" : ""}${sentence.slice(from, from + MAX_SENTENCE)}…`;
    }
    const shift = sentenceStart + from - (from > 0 ? 1 : 0);
    const marks = spans
      .map(([s, e]) => [s - shift, e - shift] as [number, number])
      .filter(([s, e]) => s >= (from > 0 ? 1 : 0) && e <= cut.length && e > s);
    return { sentence: cut, marks };
  };

  // The first mention, and the documents from the index alone (a hub has ~20k mentions).
  const firstMention = db.prepare<[number], { document_id: number; start: number; end: number }>(
    `SELECT document_id, start, "end" FROM mentions WHERE entity_id = ? ORDER BY document_id, start LIMIT 1`,
  );
  const docsOf = db
    .prepare<[number], number>("SELECT DISTINCT document_id FROM mentions WHERE entity_id = ? ORDER BY document_id")
    .pluck();
  const evidenceOf = db.prepare<[number], { document_id: number; start: number; end: number }>(
    `SELECT document_id, start, "end" FROM evidence WHERE relation_id = ? ORDER BY id`,
  );
  const endsIn = db.prepare<[number, number, number, number, number], { start: number; end: number }>(
    `SELECT start, "end" FROM mentions WHERE entity_id IN (?, ?) AND document_id = ? AND start >= ? AND "end" <= ? ORDER BY start`,
  );
  const rowOf = (it: ReviewItem): ReviewRow => {
    const base = {
      kind: it.kind,
      id: it.id,
      label: it.label,
      type: it.type,
      state: it.state,
      confidence: it.confidence,
      rule: it.rule,
      origin: it.origin,
    };
    if (it.kind === "entity") {
      const m = firstMention.get(it.id);
      const s = m ? sentenceOf(m.document_id, [[m.start, m.end]]) : { sentence: "", marks: [] };
      const at = m ? { documentId: m.document_id, start: m.start, end: m.end } : null;
      return { ...base, at, docs: m ? docsOf.all(it.id) : [], ...s };
    }
    const ev = evidenceOf.all(it.id);
    const first = ev[0];
    let s: { sentence: string; marks: [number, number][] } = { sentence: "", marks: [] };
    if (first) {
      const { sentence, sentenceStart } = around(first.document_id, first.start, first.end);
      const spans = endsIn
        .all(it.sourceId ?? 0, it.targetId ?? 0, first.document_id, sentenceStart, sentenceStart + sentence.length)
        .map((m) => [m.start, m.end] as [number, number]);
      s = sentenceOf(first.document_id, spans.length ? spans : [[first.start, first.end]]);
    }
    const at = first ? { documentId: first.document_id, start: first.start, end: first.end } : null;
    return { ...base, at, docs: [...new Set(ev.map((x) => x.document_id))], ...s };
  };

  const paged = q.limit !== undefined || (q.offset ?? 0) > 0;
  // Counted first when paged: a page sorted by label walks the order only when most items pass.
  const counted = paged ? reviewStates(db, q) : undefined;
  const rows = reviewItems(db, q, counted && counted.unreviewed + counted.confirmed + counted.rejected).map(rowOf);
  let states: Record<ReviewState, number>;
  if (counted) states = counted;
  else {
    states = { unreviewed: 0, confirmed: 0, rejected: 0 };
    for (const r of rows) states[r.state]++;
  }
  const total = states.unreviewed + states.confirmed + states.rejected;
  const facets = q.facets ? reviewFacets(db) : undefined;
  if (paged) {
    // Titles only for the documents this page and the document menu name.
    const ids = new Set<number>([
      ...rows.flatMap((r) => r.docs.slice(0, 1)),
      ...(facets?.documents ?? []).map(([d]) => d),
    ]);
    if (q.filters?.document) ids.add(q.filters.document);
    const documents = db
      .prepare<[string], { id: number; title: string }>(
        "SELECT id, COALESCE(title, file_name) AS title FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
      )
      .all(JSON.stringify([...ids]));
    return { rows, documents, total, states, facets };
  }
  const documents = db
    .prepare<[], { id: number; title: string }>(
      "SELECT id, COALESCE(title, file_name) AS title FROM documents ORDER BY id",
    )
    .all();
  return { rows, documents, total, states, facets };
}
