// The user's curation actions. Each takes row ids (what the UI holds), turns them into a keyed
// decision, applies it and records it with before/after images — all in one transaction, so a
// refused action changes nothing.
import { entityKey } from "../extract/canonical.ts";
import type { DB } from "../store/open.ts";
import type { EntityType, Level, RelationType, ReviewState, Status } from "../types.ts";
import { applyOrThrow, batchSubjects, nameClash, refLabel } from "./apply.ts";
import { CurationError } from "./errors.ts";
import { appendDecision, fingerprint } from "./log.ts";
import { relationFits } from "./relation-ends.ts";
import {
  anchorOf,
  type EntityRow,
  entityByKey,
  refOfRelation,
  relationByRef,
  requireEntity,
  requireRelation,
} from "./rows.ts";
import { capture, refsOf, type Scope } from "./snapshot.ts";
import type { Decision, DocAnchor, EntityFields, RelationRef } from "./types.ts";

export interface ActionResult {
  editId: number;
  /** The entity the action leaves in focus (created, merged into, split off, edited). */
  entityId?: number;
  relationId?: number;
}

/** Applies and records a decision; `scope` names everything it may change. */
export function record(
  db: DB,
  actor: string,
  decision: Decision,
  scope: Scope,
  subjects: string[],
  source?: string,
  apply: (db: DB, d: Decision) => void = applyOrThrow,
): number {
  const before = capture(db, scope);
  apply(db, decision);
  const after = capture(db, { ...scope, relations: [...(scope.relations ?? []), ...refsOf(before)] });
  return appendDecision(db, actor, {
    decision,
    fingerprint: fingerprint(decision),
    subjects,
    before,
    after,
    ...(source ? { source } : {}),
  });
}

function tx<T>(db: DB, fn: () => T): T {
  return db.transaction(fn).immediate();
}

function cleanName(name: string, what: string): string {
  const n = name.replace(/[\s\u3000]+/gu, " ").trim();
  if (n === "") throw new CurationError("invalid", `${what} must not be empty`);
  if (n.length > 200) throw new CurationError("invalid", `${what} is longer than 200 characters`);
  return n;
}

export interface EntityEdit {
  id: number;
  name?: string;
  type?: EntityType;
  level?: Level;
  status?: Status;
  note?: string | null;
  tags?: string[];
}

export function editEntity(db: DB, input: EntityEdit, actor: string): ActionResult {
  return tx(db, () => {
    const e = requireEntity(db, input.id);
    const set: EntityFields = {};
    if (input.name !== undefined && cleanName(input.name, "name") !== e.name) set.name = cleanName(input.name, "name");
    if (input.type !== undefined && input.type !== e.type) set.type = input.type;
    if (input.level !== undefined && input.level !== e.level) set.level = input.level;
    if (input.status !== undefined && input.status !== e.status) set.status = input.status;
    if (input.note !== undefined) {
      const note = input.note === null || input.note.trim() === "" ? null : input.note;
      if (note !== e.note) set.note = note;
    }
    if (input.tags !== undefined) {
      const tags = [...new Set(input.tags.map((t) => t.trim()).filter((t) => t !== ""))];
      if (JSON.stringify(tags) !== e.tags) set.tags = tags;
    }
    if (Object.keys(set).length === 0) throw new CurationError("invalid", "nothing to change");
    const editId = record(db, actor, { kind: "editEntity", key: e.key, set }, { fields: [e.key] }, [
      e.name,
      ...(set.name ? [set.name] : []),
    ]);
    return { editId, entityId: e.id };
  });
}

export function addAlias(db: DB, input: { id: number; alias: string }, actor: string): ActionResult {
  return tx(db, () => {
    const e = requireEntity(db, input.id);
    const alias = cleanName(input.alias, "alias");
    if (alias === e.name) throw new CurationError("invalid", `"${alias}" is the entity's name`);
    if (db.prepare("SELECT 1 FROM aliases WHERE entity_id = ? AND alias = ?").get(e.id, alias)) {
      throw new CurationError("invalid", `"${alias}" is already an alias of ${e.name}`);
    }
    const editId = record(db, actor, { kind: "addAlias", key: e.key, alias }, { fields: [e.key] }, [e.name, alias]);
    return { editId, entityId: e.id };
  });
}

export function removeAlias(db: DB, input: { id: number; alias: string }, actor: string): ActionResult {
  return tx(db, () => {
    const e = requireEntity(db, input.id);
    if (!db.prepare("SELECT 1 FROM aliases WHERE entity_id = ? AND alias = ?").get(e.id, input.alias)) {
      throw new CurationError("not_found", `"${input.alias}" is not an alias of ${e.name}`);
    }
    const d: Decision = { kind: "removeAlias", key: e.key, alias: input.alias };
    const editId = record(db, actor, d, { fields: [e.key] }, [e.name, input.alias]);
    return { editId, entityId: e.id };
  });
}

export function mergeEntities(db: DB, input: { into: number; from: number[] }, actor: string): ActionResult {
  return tx(db, () => {
    const into = requireEntity(db, input.into);
    const from = [...new Set(input.from)].filter((id) => id !== into.id).map((id) => requireEntity(db, id));
    if (from.length === 0) throw new CurationError("invalid", "choose at least one other entity to merge");
    const d: Decision = { kind: "mergeEntities", into: into.key, from: from.map((e) => e.key) };
    const editId = record(db, actor, d, { full: [into.key, ...from.map((e) => e.key)] }, [
      into.name,
      ...from.map((e) => e.name),
    ]);
    return { editId, entityId: into.id };
  });
}

/** A key for a user-made entity: its natural key when free, else a numbered variant. */
function freeKey(db: DB, type: EntityType, name: string): string {
  const base = entityKey(type, name);
  if (!entityByKey(db, base)) return base;
  for (let n = 2; ; n++) if (!entityByKey(db, `${base}#${n}`)) return `${base}#${n}`;
}

function refuseClash(db: DB, type: EntityType, name: string): void {
  const clash = nameClash(db, { id: 0, type }, type, name);
  if (clash) {
    throw new CurationError(
      "conflict",
      `${type} "${name}" already exists (id ${clash.id}); add the mention to it or merge instead`,
    );
  }
}

export function splitEntity(
  db: DB,
  input: { id: number; mentionIds: number[]; name: string; type?: EntityType },
  actor: string,
): ActionResult {
  return tx(db, () => {
    const src = requireEntity(db, input.id);
    const name = cleanName(input.name, "name");
    const type = input.type ?? src.type;
    refuseClash(db, type, name);
    const rows = db
      .prepare<[number, string], { id: number; doc: string; start: number; end: number }>(
        `SELECT m.id, d.sha256 AS doc, m.start, m."end" AS "end" FROM mentions m JOIN documents d ON d.id = m.document_id
         WHERE m.entity_id = ? AND m.id IN (SELECT value FROM json_each(?)) ORDER BY m.id`,
      )
      .all(src.id, JSON.stringify(input.mentionIds));
    if (rows.length !== new Set(input.mentionIds).size) {
      throw new CurationError("not_found", `some of the chosen mentions are not mentions of ${src.name}`);
    }
    const total = db.prepare<[number], number>("SELECT count(*) FROM mentions WHERE entity_id = ?").pluck().get(src.id);
    if (rows.length === total) throw new CurationError("invalid", "leave at least one mention; rename instead");
    const newKey = freeKey(db, type, name);
    const mentions: DocAnchor[] = rows.map((r) => ({ doc: r.doc, start: r.start, end: r.end }));
    const d: Decision = { kind: "splitEntity", key: src.key, newKey, name, type, mentions };
    const editId = record(db, actor, d, { full: [src.key, newKey] }, [src.name, name]);
    return { editId, entityId: entityByKey(db, newKey)?.id };
  });
}

export type ReviewTarget = { kind: "entity" | "relation"; id: number };

export function setReview(db: DB, input: ReviewTarget & { state: ReviewState }, actor: string): ActionResult {
  return tx(db, () => {
    if (input.kind === "entity") {
      const e = requireEntity(db, input.id);
      if (e.review === input.state) throw new CurationError("invalid", `${e.name} is already ${input.state}`);
      const editId = record(db, actor, { kind: "setReview", entity: e.key, state: input.state }, { fields: [e.key] }, [
        e.name,
      ]);
      return { editId, entityId: e.id };
    }
    const r = requireRelation(db, input.id);
    if (r.review === input.state) throw new CurationError("invalid", `relation ${r.id} is already ${input.state}`);
    const ref = refOfRelation(db, r);
    const editId = record(db, actor, { kind: "setReview", relation: ref, state: input.state }, { relations: [ref] }, [
      refLabel(ref),
    ]);
    return { editId, relationId: r.id };
  });
}

export function createEntity(
  db: DB,
  input: { documentId: number; start: number; end: number; type: EntityType; name?: string },
  actor: string,
): ActionResult {
  return tx(db, () => {
    const { anchor, text } = anchorOf(db, input.documentId, input.start, input.end);
    const name = cleanName(input.name ?? text, "name");
    refuseClash(db, input.type, name);
    const key = freeKey(db, input.type, name);
    const d: Decision = { kind: "createEntity", key, type: input.type, name, mention: anchor };
    const editId = record(db, actor, d, { full: [key] }, [name]);
    return { editId, entityId: entityByKey(db, key)?.id };
  });
}

export function createRelation(
  db: DB,
  input: {
    type: RelationType;
    source: number;
    target: number;
    evidence?: { documentId: number; start: number; end: number };
  },
  actor: string,
): ActionResult {
  return tx(db, () => {
    const s = requireEntity(db, input.source);
    const t = requireEntity(db, input.target);
    if (s.id === t.id) throw new CurationError("invalid", "a relation needs two different entities");
    if (!relationFits(input.type, s.type, t.type)) {
      throw new CurationError("invalid", `${input.type} does not join a ${s.type} to a ${t.type}`);
    }
    const ref: RelationRef = { type: input.type, source: s.key, target: t.key };
    const existing = relationByRef(db, ref);
    if (existing) {
      throw new CurationError("conflict", `this relation already exists (id ${existing.id}); confirm it instead`);
    }
    const evidence = input.evidence
      ? anchorOf(db, input.evidence.documentId, input.evidence.start, input.evidence.end).anchor
      : undefined;
    const d: Decision = { kind: "createRelation", relation: ref, ...(evidence ? { evidence } : {}) };
    const editId = record(db, actor, d, { relations: [ref] }, [s.name, t.name]);
    return { editId, relationId: relationByRef(db, ref)?.id };
  });
}

/** Deletes an entity or relation the user created (extracted ones are rejected instead). */
export function deleteUserItem(db: DB, input: ReviewTarget, actor: string): ActionResult {
  return tx(db, () => {
    if (input.kind === "entity") {
      const e: EntityRow = requireEntity(db, input.id);
      if (e.origin !== "user") throw new CurationError("invalid", `${e.name} was extracted; reject it instead`);
      // A split-off entity holds mentions the extractor found: deleting would lose them.
      const found = db
        .prepare<[number], number>("SELECT count(*) FROM mentions WHERE entity_id = ? AND coalesce(rule, '') <> 'user'")
        .pluck()
        .get(e.id);
      if (found) throw new CurationError("invalid", `${e.name} holds extracted mentions; merge it back instead`);
      const editId = record(db, actor, { kind: "deleteEntity", key: e.key }, { full: [e.key] }, [e.name]);
      return { editId };
    }
    const r = requireRelation(db, input.id);
    if (r.origin !== "user") throw new CurationError("invalid", `relation ${r.id} was extracted; reject it instead`);
    const ref = refOfRelation(db, r);
    const editId = record(db, actor, { kind: "deleteRelation", relation: ref }, { relations: [ref] }, [refLabel(ref)]);
    return { editId };
  });
}

/**
 * Many review decisions as one (the review table's "confirm/reject all shown"): one transaction,
 * one edits row, so one undo puts every item back. Items already in `state` are left out.
 */
export function setReviewBatch(
  db: DB,
  input: { entities: number[]; relations: number[]; state: ReviewState },
  actor: string,
): ActionResult & { changed: number } {
  return tx(db, () => {
    const entities = input.entities.map((id) => requireEntity(db, id)).filter((e) => e.review !== input.state);
    const relations = input.relations.map((id) => requireRelation(db, id)).filter((r) => r.review !== input.state);
    const changed = entities.length + relations.length;
    if (changed === 0) throw new CurationError("invalid", `every item is already ${input.state}`);
    const refs = relations.map((r) => refOfRelation(db, r));
    const keys = entities.map((e) => e.key);
    const d: Decision = { kind: "reviewBatch", state: input.state, entities: keys, relations: refs };
    const editId = record(
      db,
      actor,
      d,
      { fields: keys, relations: refs },
      batchSubjects(
        entities.map((e) => e.name),
        refs.map(refLabel),
      ),
    );
    return { editId, changed };
  });
}
