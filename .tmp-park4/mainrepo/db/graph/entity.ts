// Everything the details panel shows about one entity, each mention and relation with
// the sentence that states it and a citation an official would accept.
import type { DB } from "../store/open.ts";
import type { EntityType, RelationType, ReviewState } from "../types.ts";
import { citationAt, docContexts, sentenceAround } from "./citation.ts";
import { loadNode } from "./rows.ts";
import type { EntityDetail, MentionDetail, RelationDetail } from "./types.ts";

interface ExtraRow {
  note: string | null;
  tags: string;
  origin: "extracted" | "user";
  rule: string | null;
}

interface RelationRow {
  id: number;
  type: RelationType;
  source_id: number;
  target_id: number;
  review: ReviewState;
  confidence: number | null;
  rule: string | null;
  other_id: number;
  other_name: string;
  other_type: EntityType;
}

/** Pages of the details (all by default); the API asks for the first page and more on demand. */
export interface DetailPage {
  mentionOffset?: number;
  mentionLimit?: number;
  relationOffset?: number;
  relationLimit?: number;
  /** Evidence sentences per relation. */
  evidenceLimit?: number;
  documentLimit?: number;
}

/** SQLite's "no limit". */
const ALL = -1;

export function entityDetail(db: DB, id: number, page: DetailPage = {}): EntityDetail | null {
  const mentionOffset = page.mentionOffset ?? 0;
  const relationOffset = page.relationOffset ?? 0;
  const node = loadNode(db, id);
  if (!node) return null;
  const extra = db.prepare<[number], ExtraRow>("SELECT note, tags, origin, rule FROM entities WHERE id = ?").get(id);
  if (!extra) return null;
  const context = docContexts(db);

  const aliases = db
    .prepare<[number], string>("SELECT alias FROM aliases WHERE entity_id = ? ORDER BY id")
    .pluck()
    .all(id);
  const documents = db
    .prepare<[number, number], { id: number; title: string; mentions: number }>(
      `SELECT d.id, coalesce(d.title, d.file_name) AS title, c.mentions
       FROM (SELECT document_id, count(*) AS mentions FROM mentions WHERE entity_id = ? GROUP BY document_id
             ORDER BY document_id LIMIT ?) c
       JOIN documents d ON d.id = c.document_id ORDER BY d.id`,
    )
    .all(id, page.documentLimit ?? ALL);
  const documentTotal =
    page.documentLimit === undefined || documents.length < page.documentLimit
      ? documents.length
      : (db
          .prepare<[number], number>("SELECT count(DISTINCT document_id) FROM mentions WHERE entity_id = ?")
          .pluck()
          .get(id) ?? 0);

  const mentions: MentionDetail[] = [];
  const mentionRows = db
    .prepare<
      [number, number, number],
      { id: number; document_id: number; start: number; end: number; surface: string }
    >(
      'SELECT id, document_id, start, "end", surface FROM mentions WHERE entity_id = ? ORDER BY document_id, start LIMIT ? OFFSET ?',
    )
    .all(id, page.mentionLimit ?? ALL, mentionOffset);
  for (const m of mentionRows) {
    const ctx = context(m.document_id);
    if (!ctx) continue;
    const { sentence, sentenceStart } = sentenceAround(ctx.doc.text, m.start, m.end);
    mentions.push({
      id: m.id,
      documentId: m.document_id,
      start: m.start,
      end: m.end,
      surface: m.surface,
      sentence,
      sentenceStart,
      citation: citationAt(ctx, m.start),
    });
  }

  const evidenceOf = db.prepare<[number, number], { document_id: number; start: number; end: number }>(
    'SELECT document_id, start, "end" FROM evidence WHERE relation_id = ? ORDER BY document_id, start LIMIT ?',
  );
  const evidenceCount = db.prepare<[number], number>("SELECT count(*) FROM evidence WHERE relation_id = ?").pluck();
  const relationRows = db
    .prepare<{ id: number; limit: number; offset: number }, RelationRow>(
      `SELECT r.id, r.type, r.source_id, r.target_id, r.review, r.confidence, r.rule,
              o.id AS other_id, o.name AS other_name, o.type AS other_type
       FROM relations r JOIN entities o ON o.id = CASE WHEN r.source_id = @id THEN r.target_id ELSE r.source_id END
       WHERE r.source_id = @id OR r.target_id = @id
       ORDER BY r.type = 'co_mention', r.type, o.name, r.id LIMIT @limit OFFSET @offset`,
    )
    .all({ id, limit: page.relationLimit ?? ALL, offset: relationOffset });
  const relationTotal =
    relationOffset === 0 && (page.relationLimit === undefined || relationRows.length < page.relationLimit)
      ? relationRows.length
      : (db
          .prepare<{ id: number }, number>(
            "SELECT (SELECT count(*) FROM relations WHERE source_id = @id) + (SELECT count(*) FROM relations WHERE target_id = @id)",
          )
          .pluck()
          .get({ id }) ?? 0);
  const relations: RelationDetail[] = relationRows.map((r) => ({
    id: r.id,
    type: r.type,
    direction: r.source_id === id ? "out" : "in",
    other: { id: r.other_id, name: r.other_name, type: r.other_type },
    review: r.review,
    confidence: r.confidence,
    rule: r.rule,
    evidenceTotal: page.evidenceLimit === undefined ? undefined : (evidenceCount.get(r.id) ?? 0),
    evidence: evidenceOf.all(r.id, page.evidenceLimit ?? ALL).flatMap((ev) => {
      const ctx = context(ev.document_id);
      if (!ctx) return [];
      const { sentence } = sentenceAround(ctx.doc.text, ev.start, ev.end);
      return [
        { documentId: ev.document_id, start: ev.start, end: ev.end, sentence, citation: citationAt(ctx, ev.start) },
      ];
    }),
  }));

  return {
    ...node,
    aliases,
    note: extra.note,
    tags: JSON.parse(extra.tags) as string[],
    origin: extra.origin,
    rule: extra.rule,
    documents,
    mentions,
    relations,
    // Mentions are stored in full, so the entity's own count is their total.
    mentionTotal: node.mentionCount,
    mentionOffset,
    relationTotal,
    relationOffset,
    documentTotal,
  };
}
