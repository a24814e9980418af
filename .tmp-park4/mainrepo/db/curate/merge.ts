// Row surgery shared by merge and split: moving an entity's mentions, relations, aliases and
// notes onto another. Relations that become duplicates collapse (evidence pooled, weight recounted);
// ones that would join an entity to itself are dropped.
import type { DB } from "../store/open.ts";
import type { ReviewState } from "../types.ts";
import { type EntityRow, entityById, NOW, parseTags, type RelationRow, recomputeWeights } from "./rows.ts";

/** Confirmed or rejected beats unreviewed; otherwise the surviving relation's own state stands. */
function combinedReview(kept: ReviewState, absorbed: ReviewState): ReviewState {
  return kept === "unreviewed" ? absorbed : kept;
}

/** Re-points one relation from `from` to `to` (either end), collapsing into an existing duplicate. */
export function moveRelationEnd(db: DB, r: RelationRow, from: number, to: number): number | null {
  const source = r.source_id === from ? to : r.source_id;
  const target = r.target_id === from ? to : r.target_id;
  if (source === target) {
    db.prepare("DELETE FROM relations WHERE id = ?").run(r.id);
    return null;
  }
  const dup = db
    .prepare<[string, number, number, number], RelationRow>(
      "SELECT * FROM relations WHERE type = ? AND source_id = ? AND target_id = ? AND id <> ?",
    )
    .get(r.type, source, target, r.id);
  if (!dup) {
    db.prepare(`UPDATE relations SET source_id = ?, target_id = ?, updated_at = ${NOW} WHERE id = ?`).run(
      source,
      target,
      r.id,
    );
    return r.id;
  }
  db.prepare(
    `INSERT OR IGNORE INTO evidence (relation_id, document_id, start, "end")
     SELECT ?, document_id, start, "end" FROM evidence WHERE relation_id = ?`,
  ).run(dup.id, r.id);
  db.prepare(
    `UPDATE relations SET review = ?, origin = CASE WHEN ? = 'extracted' THEN 'extracted' ELSE origin END,
       confidence = max(coalesce(confidence, 0), coalesce(?, 0)), updated_at = ${NOW} WHERE id = ?`,
  ).run(combinedReview(dup.review, r.review), r.origin, r.confidence, dup.id);
  db.prepare("DELETE FROM relations WHERE id = ?").run(r.id);
  recomputeWeights(db, [dup.id]);
  return dup.id;
}

function joinNotes(a: string | null, b: string | null): string | null {
  const parts = [a, b].filter((n): n is string => !!n && n.trim() !== "");
  return parts.length === 0 ? null : [...new Set(parts)].join("\n");
}

/** Folds entity `src` into `dst`; `src` is deleted. */
export function mergeRows(db: DB, src: EntityRow, dst: EntityRow): void {
  const tags = [...new Set([...parseTags(dst.tags), ...parseTags(src.tags)])];
  db.prepare(
    `UPDATE entities SET level = coalesce(level, ?), note = ?, tags = ?,
       confidence = CASE WHEN confidence IS NULL THEN ? ELSE max(confidence, coalesce(?, 0)) END,
       attributes = json_patch(?, attributes),
       review = CASE WHEN review = 'unreviewed' THEN ? ELSE review END, updated_at = ${NOW}
     WHERE id = ?`,
  ).run(
    src.level,
    joinNotes(dst.note, src.note),
    JSON.stringify(tags),
    src.confidence,
    src.confidence,
    src.attributes,
    src.review,
    dst.id,
  );
  const addAlias = db.prepare(
    "INSERT OR IGNORE INTO aliases (entity_id, alias) SELECT @id, @alias WHERE @alias <> (SELECT name FROM entities WHERE id = @id)",
  );
  const srcAliases = db.prepare<[number], string>("SELECT alias FROM aliases WHERE entity_id = ?").pluck().all(src.id);
  for (const alias of [src.name, ...srcAliases]) addAlias.run({ id: dst.id, alias });
  db.prepare(
    `INSERT OR IGNORE INTO mentions (entity_id, document_id, start, "end", surface, rule, confidence)
     SELECT ?, document_id, start, "end", surface, rule, confidence FROM mentions WHERE entity_id = ?`,
  ).run(dst.id, src.id);
  const rels = db
    .prepare<[number, number], RelationRow>("SELECT * FROM relations WHERE source_id = ? OR target_id = ? ORDER BY id")
    .all(src.id, src.id);
  for (const r of rels) moveRelationEnd(db, r, src.id, dst.id);
  db.prepare("DELETE FROM entities WHERE id = ?").run(src.id);
}

/**
 * Moves the given mentions of `src` to `dst`, and with them the relations whose every evidence
 * sentence holds a moved mention and no mention left on `src` (the statement was about them).
 */
export function moveMentions(db: DB, src: number, dst: number, mentionIds: number[]): number {
  let moved = 0;
  const move = db.prepare("UPDATE OR IGNORE mentions SET entity_id = ? WHERE id = ? AND entity_id = ?");
  for (const id of mentionIds) moved += move.run(dst, id, src).changes;
  db.prepare("DELETE FROM mentions WHERE entity_id = ? AND id IN (SELECT value FROM json_each(?))").run(
    src,
    JSON.stringify(mentionIds),
  );
  const rels = db
    .prepare<[number, number], RelationRow>("SELECT * FROM relations WHERE source_id = ? OR target_id = ?")
    .all(src, src);
  const within = db.prepare<[number, number, number, number], number>(
    `SELECT count(*) FROM mentions WHERE entity_id = ? AND document_id = ? AND start >= ? AND "end" <= ?`,
  );
  for (const r of rels) {
    const ev = db
      .prepare<[number], { document_id: number; start: number; end: number }>(
        'SELECT document_id, start, "end" FROM evidence WHERE relation_id = ?',
      )
      .all(r.id);
    const aboutDst = ev.every(
      (e) =>
        (within.pluck().get(dst, e.document_id, e.start, e.end) ?? 0) > 0 &&
        (within.pluck().get(src, e.document_id, e.start, e.end) ?? 0) === 0,
    );
    if (ev.length > 0 && aboutDst) moveRelationEnd(db, r, src, dst);
  }
  if (entityById(db, src)) db.prepare(`UPDATE entities SET updated_at = ${NOW} WHERE id = ?`).run(src);
  return moved;
}
