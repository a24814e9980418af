// The review table's rows: every entity and every stated relation (co_mention is not a
// statement) with its state, confidence, rule, first document and the sentence that states it,
// the mention(s) marked. The table sorts and filters them itself (~2,000 rows on the seeds).
import { sentenceAround } from "../graph/citation.ts";
import type { DB } from "../store/open.ts";
import type { EntityType, RelationType, ReviewState } from "../types.ts";

export interface ReviewRow {
  kind: "entity" | "relation";
  id: number;
  /** The entity's name, or "source → target". */
  label: string;
  type: EntityType | RelationType;
  state: ReviewState;
  confidence: number | null;
  rule: string | null;
  origin: "extracted" | "user";
  /** Documents the item is stated in (first is the one shown). */
  docs: number[];
  sentence: string;
  /** [start, end) spans of `sentence` to mark: the mention, or both ends of the relation. */
  marks: [number, number][];
  /** Where "open the source" goes: the first mention or evidence. */
  at: { documentId: number; start: number; end: number } | null;
}

export interface ReviewTable {
  rows: ReviewRow[];
  documents: { id: number; title: string }[];
}

const MAX_SENTENCE = 240;

export function reviewTable(db: DB): ReviewTable {
  const texts = new Map<number, string>();
  const text = (id: number) => {
    let t = texts.get(id);
    if (t === undefined) {
      t = db.prepare<[number], string>("SELECT text FROM documents WHERE id = ?").pluck().get(id) ?? "";
      texts.set(id, t);
    }
    return t;
  };
  /** The sentence around [start, end) with spans relative to it, cut to a readable length. */
  const sentenceOf = (doc: number, spans: [number, number][]): { sentence: string; marks: [number, number][] } => {
    const first = spans[0];
    if (!first) return { sentence: "", marks: [] };
    const t = text(doc);
    const { sentence, sentenceStart } = sentenceAround(t, first[0], first[1]);
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

  const rows: ReviewRow[] = [];
  const entities = db
    .prepare<
      [],
      {
        id: number;
        name: string;
        type: EntityType;
        review: ReviewState;
        confidence: number | null;
        rule: string | null;
        origin: "extracted" | "user";
      }
    >("SELECT id, name, type, review, confidence, rule, origin FROM entities ORDER BY id")
    .all();
  const mentionsOf = db.prepare<[number], { document_id: number; start: number; end: number }>(
    `SELECT document_id, start, "end" FROM mentions WHERE entity_id = ? ORDER BY document_id, start`,
  );
  for (const e of entities) {
    const ms = mentionsOf.all(e.id);
    const docs = [...new Set(ms.map((m) => m.document_id))];
    const m = ms[0];
    const s = m ? sentenceOf(m.document_id, [[m.start, m.end]]) : { sentence: "", marks: [] };
    rows.push({
      at: m ? { documentId: m.document_id, start: m.start, end: m.end } : null,
      kind: "entity",
      id: e.id,
      label: e.name,
      type: e.type,
      state: e.review,
      confidence: e.confidence,
      rule: e.rule,
      origin: e.origin,
      docs,
      ...s,
    });
  }

  const relations = db
    .prepare<
      [],
      {
        id: number;
        type: RelationType;
        review: ReviewState;
        confidence: number | null;
        rule: string | null;
        origin: "extracted" | "user";
        sourceId: number;
        targetId: number;
        sname: string;
        tname: string;
      }
    >(
      `SELECT r.id, r.type, r.review, r.confidence, r.rule, r.origin, r.source_id AS sourceId, r.target_id AS targetId,
         s.name AS sname, t.name AS tname
       FROM relations r JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id
       WHERE r.type <> 'co_mention' ORDER BY r.id`,
    )
    .all();
  const evidenceOf = db.prepare<[number], { document_id: number; start: number; end: number }>(
    `SELECT document_id, start, "end" FROM evidence WHERE relation_id = ? ORDER BY id`,
  );
  const endsIn = db.prepare<[number, number, number, number, number], { start: number; end: number }>(
    `SELECT start, "end" FROM mentions WHERE entity_id IN (?, ?) AND document_id = ? AND start >= ? AND "end" <= ? ORDER BY start`,
  );
  for (const r of relations) {
    const ev = evidenceOf.all(r.id);
    const docs = [...new Set(ev.map((x) => x.document_id))];
    const first = ev[0];
    let s: { sentence: string; marks: [number, number][] } = { sentence: "", marks: [] };
    if (first) {
      const { sentence, sentenceStart } = sentenceAround(text(first.document_id), first.start, first.end);
      const spans = endsIn
        .all(r.sourceId, r.targetId, first.document_id, sentenceStart, sentenceStart + sentence.length)
        .map((m) => [m.start, m.end] as [number, number]);
      s = sentenceOf(first.document_id, spans.length ? spans : [[first.start, first.end]]);
    }
    rows.push({
      at: first ? { documentId: first.document_id, start: first.start, end: first.end } : null,
      kind: "relation",
      id: r.id,
      label: `${r.sname} → ${r.tname}`,
      type: r.type,
      state: r.review,
      confidence: r.confidence,
      rule: r.rule,
      origin: r.origin,
      docs,
      ...s,
    });
  }
  const documents = db
    .prepare<[], { id: number; title: string }>(
      "SELECT id, COALESCE(title, file_name) AS title FROM documents ORDER BY id",
    )
    .all();
  return { rows, documents };
}
