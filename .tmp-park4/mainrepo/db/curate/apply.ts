// Applying one decision to the rows. The same code runs when the user acts, when decisions are
// re-applied after (re-)extraction and when an annotations file is imported, so all three give
// the same result. Every application is idempotent: applying a decision already in force
// changes nothing.
import { entityKey, resolutionKey } from "../extract/canonical.ts";
import type { DB } from "../store/open.ts";
import { ENTITY_TYPES, type EntityType } from "../types.ts";
import { writeDocumentDate } from "./dates.ts";
import { CurationError } from "./errors.ts";
import { mergeRows, moveMentions } from "./merge.ts";
import { type EntityRow, entityByKey, NOW, recomputeWeights, relationByRef, resolveAnchor } from "./rows.ts";
import type { Decision, EntityFields } from "./types.ts";

/**
 * action: the user is acting now (every check applies, failures throw);
 * import: from an annotations file (checks apply, failures are reported);
 * replay: re-applying the log over re-extracted rows (no clash checks: later decisions settle them).
 */
export type ApplyMode = "action" | "import" | "replay";

export type ApplyOutcome =
  | { status: "applied" }
  | { status: "orphan"; missing: string[]; reason: string }
  | { status: "conflict"; reason: string };

const orphan = (missing: string[], reason: string): ApplyOutcome => ({ status: "orphan", missing, reason });
const APPLIED: ApplyOutcome = { status: "applied" };

/** Another entity that a rename/retype of `e` would collide with. */
export function nameClash(db: DB, e: { id: number; type: string }, type: string, name: string): EntityRow | undefined {
  return db
    .prepare<[number, string, string, string], EntityRow>(
      "SELECT * FROM entities WHERE id <> ? AND type = ? AND (name = ? OR key = ?) LIMIT 1",
    )
    .get(e.id, type, name, entityKey(type as EntityRow["type"], name));
}

function applyEdit(db: DB, key: string, set: EntityFields, mode: ApplyMode): ApplyOutcome {
  const e = entityByKey(db, key);
  if (!e) return orphan([key], `entity ${key} is not in this knowledge base`);
  const name = set.name ?? e.name;
  const type = set.type ?? e.type;
  if (mode !== "replay" && (name !== e.name || type !== e.type)) {
    const clash = nameClash(db, e, type, name);
    if (clash) return { status: "conflict", reason: `${type} "${name}" already exists (${clash.key}); merge instead` };
  }
  const cols: string[] = [];
  const vals: unknown[] = [];
  const put = (col: string, v: unknown) => {
    cols.push(`${col} = ?`);
    vals.push(v);
  };
  if (set.name !== undefined && set.name !== e.name) put("name", set.name);
  if (set.type !== undefined && set.type !== e.type) {
    put("type", set.type);
    // Cross-document resolution looks entities up by (type, resolution key).
    put("resolution_key", resolutionKey(set.type, name));
  }
  // Only what differs, so re-applying a decision in force touches nothing.
  if (set.level !== undefined && set.level !== e.level) put("level", set.level);
  if (set.status !== undefined && set.status !== e.status) put("status", set.status);
  if (set.note !== undefined && set.note !== e.note) put("note", set.note);
  if (set.tags !== undefined && JSON.stringify(set.tags) !== e.tags) put("tags", JSON.stringify(set.tags));
  if (cols.length === 0) return APPLIED;
  db.prepare(`UPDATE entities SET ${cols.join(", ")}, updated_at = ${NOW} WHERE id = ?`).run(...vals, e.id);
  if (set.name !== undefined && set.name !== e.name) {
    // The old name stays findable; the new one is no longer an alias of itself.
    db.prepare("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)").run(e.id, e.name);
    db.prepare("DELETE FROM aliases WHERE entity_id = ? AND alias = ?").run(e.id, set.name);
  }
  return APPLIED;
}

function ensureMention(db: DB, entityId: number, a: { doc: string; start: number; end: number }): boolean {
  const at = resolveAnchor(db, a);
  if (!at) return false;
  db.prepare(
    `INSERT OR IGNORE INTO mentions (entity_id, document_id, start, "end", surface, rule, confidence)
     VALUES (?, ?, ?, ?, ?, 'user', 1)`,
  ).run(entityId, at.documentId, a.start, a.end, at.surface);
  return true;
}

function insertUserEntity(db: DB, key: string, type: EntityRow["type"], name: string, status = "existing"): EntityRow {
  db.prepare(
    `INSERT INTO entities (key, resolution_key, type, name, status, origin, review, rule, confidence)
     VALUES (?, ?, ?, ?, ?, 'user', 'confirmed', 'user', 1)`,
  ).run(key, resolutionKey(type, name), type, name, status);
  const e = entityByKey(db, key);
  if (!e) throw new Error(`entity ${key} was not stored`);
  return e;
}

/** Extracted entities resolving like one of `keys` (type + resolution key), not yet in `taken`. */
function sameThingAs(db: DB, keys: string[], intoId: number, taken: EntityRow[]): EntityRow[] {
  const seen = new Set(taken.map((e) => e.id));
  const out: EntityRow[] = [];
  for (const key of keys) {
    const colon = key.indexOf(":");
    const type = key.slice(0, colon) as EntityType;
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) continue;
    const rows = db
      .prepare<[string, string, number], EntityRow>(
        "SELECT * FROM entities WHERE type = ? AND resolution_key = ? AND id <> ? AND origin = 'extracted'",
      )
      .all(type, resolutionKey(type, key.slice(colon + 1)), intoId);
    for (const r of rows) {
      if (!seen.has(r.id)) {
        seen.add(r.id);
        out.push(r);
      }
    }
  }
  return out;
}

/** A batch names its first few items and how many there are in all. */
export function batchSubjects(entities: string[], relations: string[]): string[] {
  const all = [...entities, ...relations];
  return all.length <= 5 ? all : [...all.slice(0, 4), `… (${all.length})`];
}

export function applyDecision(db: DB, d: Decision, mode: ApplyMode): ApplyOutcome {
  switch (d.kind) {
    case "editEntity":
      return applyEdit(db, d.key, d.set, mode);
    case "addAlias": {
      const e = entityByKey(db, d.key);
      if (!e) return orphan([d.key], `entity ${d.key} is not in this knowledge base`);
      if (d.alias !== e.name)
        db.prepare("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)").run(e.id, d.alias);
      return APPLIED;
    }
    case "removeAlias": {
      const e = entityByKey(db, d.key);
      if (!e) return orphan([d.key], `entity ${d.key} is not in this knowledge base`);
      db.prepare("DELETE FROM aliases WHERE entity_id = ? AND alias = ?").run(e.id, d.alias);
      return APPLIED;
    }
    case "mergeEntities": {
      const into = entityByKey(db, d.into);
      if (!into) return orphan([d.into], `merge target ${d.into} is not in this knowledge base`);
      const present = d.from.map((k) => entityByKey(db, k)).filter((e): e is EntityRow => !!e && e.id !== into.id);
      // Outside the action itself, a name the resolver treats as a merged-away one (明远 for
      // 明远集团) would have landed on it had it still existed: it follows it into the target.
      if (mode !== "action") present.push(...sameThingAs(db, d.from, into.id, present));
      if (mode !== "replay" && present.length === 0) {
        return orphan(d.from, `none of ${d.from.join(", ")} is in this knowledge base`);
      }
      for (const src of present) {
        const dst = entityByKey(db, d.into);
        if (dst) mergeRows(db, src, dst);
      }
      return APPLIED;
    }
    case "splitEntity": {
      const src = entityByKey(db, d.key);
      if (!src) return orphan([d.key], `entity ${d.key} is not in this knowledge base`);
      let dst = entityByKey(db, d.newKey);
      if (dst && mode !== "replay" && dst.origin !== "user") {
        return { status: "conflict", reason: `${d.newKey} already exists; merge instead` };
      }
      dst ??= insertUserEntity(db, d.newKey, d.type, d.name, src.status);
      const ids: number[] = [];
      const find = db.prepare<[number, string, number, number], number>(
        `SELECT m.id FROM mentions m JOIN documents doc ON doc.id = m.document_id
         WHERE m.entity_id = ? AND doc.sha256 = ? AND m.start = ? AND m."end" = ?`,
      );
      for (const a of d.mentions) {
        const id = find.pluck().get(src.id, a.doc, a.start, a.end);
        if (id !== undefined) ids.push(id);
      }
      moveMentions(db, src.id, dst.id, ids);
      return APPLIED;
    }
    case "setReview": {
      if ("entity" in d) {
        const e = entityByKey(db, d.entity);
        if (!e) return orphan([d.entity], `entity ${d.entity} is not in this knowledge base`);
        db.prepare(`UPDATE entities SET review = ?, updated_at = ${NOW} WHERE id = ? AND review <> ?`).run(
          d.state,
          e.id,
          d.state,
        );
        return APPLIED;
      }
      const r = relationByRef(db, d.relation);
      if (!r)
        return orphan(missingOfRef(db, d.relation), `relation ${refLabel(d.relation)} is not in this knowledge base`);
      db.prepare(`UPDATE relations SET review = ?, updated_at = ${NOW} WHERE id = ? AND review <> ?`).run(
        d.state,
        r.id,
        d.state,
      );
      return APPLIED;
    }
    case "reviewBatch": {
      // Items gone from this knowledge base are skipped; the batch is orphaned only when all are.
      const setE = db.prepare(`UPDATE entities SET review = ?, updated_at = ${NOW} WHERE id = ? AND review <> ?`);
      const setR = db.prepare(`UPDATE relations SET review = ?, updated_at = ${NOW} WHERE id = ? AND review <> ?`);
      let found = 0;
      for (const k of d.entities) {
        const e = entityByKey(db, k);
        if (!e) continue;
        found++;
        setE.run(d.state, e.id, d.state);
      }
      for (const ref of d.relations) {
        const r = relationByRef(db, ref);
        if (!r) continue;
        found++;
        setR.run(d.state, r.id, d.state);
      }
      if (found === 0)
        return orphan([...d.entities, ...d.relations.map(refLabel)], "none of the batch's items is here");
      return APPLIED;
    }
    case "createEntity": {
      if (!resolveAnchor(db, d.mention))
        return orphan([d.mention.doc], `document ${d.mention.doc.slice(0, 12)}… is not in this knowledge base`);
      const e = entityByKey(db, d.key) ?? insertUserEntity(db, d.key, d.type, d.name);
      ensureMention(db, e.id, d.mention);
      return APPLIED;
    }
    case "createRelation": {
      const s = entityByKey(db, d.relation.source);
      const t = entityByKey(db, d.relation.target);
      if (!s || !t)
        return orphan(missingOfRef(db, d.relation), `an end of ${refLabel(d.relation)} is not in this knowledge base`);
      if (s.id === t.id) return { status: "conflict", reason: `${refLabel(d.relation)} joins an entity to itself` };
      db.prepare(
        `INSERT OR IGNORE INTO relations (type, source_id, target_id, origin, review, weight, rule, confidence)
         VALUES (?, ?, ?, 'user', 'confirmed', 0, 'user', 1)`,
      ).run(d.relation.type, s.id, t.id);
      const r = relationByRef(db, d.relation);
      if (!r) throw new Error(`relation ${refLabel(d.relation)} was not stored`);
      if (d.evidence) {
        const at = resolveAnchor(db, d.evidence);
        if (at) {
          db.prepare(`INSERT OR IGNORE INTO evidence (relation_id, document_id, start, "end") VALUES (?, ?, ?, ?)`).run(
            r.id,
            at.documentId,
            d.evidence.start,
            d.evidence.end,
          );
          recomputeWeights(db, [r.id]);
        }
      }
      return APPLIED;
    }
    case "deleteEntity": {
      const e = entityByKey(db, d.key);
      if (e && e.origin === "user") db.prepare("DELETE FROM entities WHERE id = ?").run(e.id);
      return APPLIED;
    }
    case "deleteRelation": {
      const r = relationByRef(db, d.relation);
      if (r && r.origin === "user") db.prepare("DELETE FROM relations WHERE id = ?").run(r.id);
      return APPLIED;
    }
    case "setDocumentDate":
      return writeDocumentDate(db, d.doc, d.start, d.date)
        ? APPLIED
        : orphan([d.doc], `document ${d.doc.slice(0, 12)}… (at ${d.start}) is not in this knowledge base`);
  }
}

export function refLabel(r: { type: string; source: string; target: string }): string {
  return `${r.type} ${r.source} → ${r.target}`;
}

function missingOfRef(db: DB, r: { type: string; source: string; target: string }): string[] {
  const missing = [r.source, r.target].filter((k) => !entityByKey(db, k));
  return missing.length > 0 ? missing : [refLabel(r)];
}

/** For actions: the outcome must be "applied", else nothing is recorded and the caller is told why. */
export function applyOrThrow(db: DB, d: Decision): void {
  const out = applyDecision(db, d, "action");
  if (out.status === "orphan") throw new CurationError("not_found", out.reason);
  if (out.status === "conflict") throw new CurationError("conflict", out.reason);
}
