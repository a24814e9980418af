// Annotations as a file: the decisions in force, keyed (never row ids), so another knowledge
// base built from the same documents can take them. Importing applies each decision it does
// not already hold (same fingerprint), so importing a file twice changes nothing the second
// time; clashes are reported and skipped; decisions whose target is absent are kept (they
// apply once the documents arrive) and reported as orphans.
import { z } from "zod";
import type { DB } from "../store/open.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../types.ts";
import { record } from "./actions.ts";
import { applyDecision, batchSubjects, refLabel } from "./apply.ts";
import { CurationError } from "./errors.ts";
import { activeDecisions, appendDecision, fingerprint } from "./log.ts";
import type { Scope } from "./snapshot.ts";
import type { Decision } from "./types.ts";

export const ANNOTATIONS_FORMAT = "policy-atlas-annotations";

const key = z.string().min(1).max(400);
const anchor = z.strictObject({
  doc: z.string().regex(/^[0-9a-f]{64}$/, "must be a sha256"),
  start: z.int().min(0),
  end: z.int().min(1),
});
const ref = z.strictObject({ type: z.enum(RELATION_TYPES), source: key, target: key });
const name = z.string().min(1).max(200);
const review = z.enum(["unreviewed", "confirmed", "rejected"]);

export const decisionSchema = z.union([
  z.strictObject({
    kind: z.literal("editEntity"),
    key,
    set: z.strictObject({
      name: name.optional(),
      type: z.enum(ENTITY_TYPES).optional(),
      level: z.enum(["national", "provincial", "city"]).nullable().optional(),
      status: z.enum(["existing", "planned"]).optional(),
      note: z.string().max(20_000).nullable().optional(),
      tags: z.array(z.string().max(100)).max(100).optional(),
    }),
  }),
  z.strictObject({ kind: z.literal("addAlias"), key, alias: name }),
  z.strictObject({ kind: z.literal("removeAlias"), key, alias: name }),
  z.strictObject({ kind: z.literal("mergeEntities"), into: key, from: z.array(key).min(1) }),
  z.strictObject({
    kind: z.literal("splitEntity"),
    key,
    newKey: key,
    name,
    type: z.enum(ENTITY_TYPES),
    mentions: z.array(anchor).min(1),
  }),
  z.strictObject({ kind: z.literal("setReview"), entity: key, state: review }),
  z.strictObject({ kind: z.literal("setReview"), relation: ref, state: review }),
  z.strictObject({
    kind: z.literal("reviewBatch"),
    state: review,
    entities: z.array(key).max(100_000),
    relations: z.array(ref).max(100_000),
  }),
  z.strictObject({ kind: z.literal("createEntity"), key, type: z.enum(ENTITY_TYPES), name, mention: anchor }),
  z.strictObject({ kind: z.literal("createRelation"), relation: ref, evidence: anchor.optional() }),
  z.strictObject({ kind: z.literal("deleteEntity"), key }),
  z.strictObject({ kind: z.literal("deleteRelation"), relation: ref }),
  z.strictObject({
    kind: z.literal("setDocumentDate"),
    doc: z.string().regex(/^[0-9a-f]{64}$/u),
    start: z.int().min(0),
    date: z.iso.date(),
  }),
]);

const fileSchema = z.object({
  format: z.literal(ANNOTATIONS_FORMAT),
  version: z.literal(1),
  exportedAt: z.string().optional(),
  decisions: z.array(z.object({ at: z.string().optional(), actor: z.string().optional(), decision: decisionSchema })),
});

export interface AnnotationsFile {
  format: typeof ANNOTATIONS_FORMAT;
  version: 1;
  exportedAt: string;
  decisions: { at: string; actor: string; decision: Decision }[];
}

export function exportAnnotations(db: DB): { name: string; content: string; count: number } {
  const file: AnnotationsFile = {
    format: ANNOTATIONS_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    decisions: activeDecisions(db).map((a) => ({ at: a.at, actor: a.actor, decision: a.payload.decision })),
  };
  return {
    name: `annotations-${file.exportedAt.slice(0, 10)}.json`,
    content: `${JSON.stringify(file, null, 2)}\n`,
    count: file.decisions.length,
  };
}

/** Everything a decision may change, for its before/after images. */
export function scopeOf(d: Decision): Scope {
  switch (d.kind) {
    case "editEntity":
    case "addAlias":
    case "removeAlias":
      return { fields: [d.key] };
    case "setReview":
      return "entity" in d ? { fields: [d.entity] } : { relations: [d.relation] };
    case "reviewBatch":
      return { fields: d.entities, relations: d.relations };
    case "mergeEntities":
      return { full: [d.into, ...d.from] };
    case "splitEntity":
      return { full: [d.key, d.newKey] };
    case "createEntity":
    case "deleteEntity":
      return { full: [d.key] };
    case "createRelation":
    case "deleteRelation":
      return { relations: [d.relation] };
    case "setDocumentDate":
      return { dates: [{ doc: d.doc, start: d.start }] };
  }
}

function subjectsOf(d: Decision): string[] {
  const nameOf = (k: string) => k.slice(k.indexOf(":") + 1);
  switch (d.kind) {
    case "mergeEntities":
      return [d.into, ...d.from].map(nameOf);
    case "setReview":
      return "entity" in d ? [nameOf(d.entity)] : [refLabel(d.relation)];
    case "reviewBatch":
      return batchSubjects(d.entities.map(nameOf), d.relations.map(refLabel));
    case "createRelation":
    case "deleteRelation":
      return [refLabel(d.relation)];
    case "splitEntity":
      return [nameOf(d.key), d.name];
    case "createEntity":
      return [d.name];
    case "setDocumentDate":
      return [d.date];
    default:
      return [nameOf(d.key)];
  }
}

export interface ImportReport {
  total: number;
  applied: number;
  /** Already in force here (same decision): left alone. */
  unchanged: number;
  orphans: { index: number; decision: Decision; reason: string }[];
  conflicts: { index: number; decision: Decision; reason: string }[];
}

class Conflict extends Error {}

export function importAnnotations(db: DB, content: string, actor: string, source = "annotations file"): ImportReport {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (err) {
    throw new CurationError("invalid", `not a JSON file: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CurationError(
      "invalid",
      `not a Policy Atlas annotations file: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "unknown shape"}`,
    );
  }
  const decisions = parsed.data.decisions.map((x) => x.decision as Decision);
  return db
    .transaction((): ImportReport => {
      const have = new Set(activeDecisions(db).map((a) => a.payload.fingerprint));
      const report: ImportReport = { total: decisions.length, applied: 0, unchanged: 0, orphans: [], conflicts: [] };
      decisions.forEach((d, index) => {
        const fp = fingerprint(d);
        if (have.has(fp)) {
          report.unchanged++;
          return;
        }
        let orphanReason: string | null = null;
        try {
          // A savepoint per decision: a clash leaves no trace.
          db.transaction(() =>
            record(db, actor, d, scopeOf(d), subjectsOf(d), source, (db2, dd) => {
              const out = applyDecision(db2, dd, "import");
              if (out.status === "conflict") throw new Conflict(out.reason);
              if (out.status === "orphan") {
                orphanReason = out.reason;
                throw new Conflict("__orphan__");
              }
            }),
          )();
          report.applied++;
          have.add(fp);
        } catch (err) {
          if (!(err instanceof Conflict)) throw err;
          if (orphanReason === null) {
            report.conflicts.push({ index, decision: d, reason: err.message });
            return;
          }
          // Kept, with empty images: nothing was changed, so undo has nothing to put back.
          appendDecision(db, actor, {
            decision: d,
            fingerprint: fp,
            subjects: subjectsOf(d),
            before: { entities: [], relations: [] },
            after: { entities: [], relations: [] },
            source,
          });
          have.add(fp);
          report.orphans.push({ index, decision: d, reason: orphanReason });
        }
      });
      return report;
    })
    .immediate();
}
