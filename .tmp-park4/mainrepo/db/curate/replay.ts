// Re-applying every decision in force, oldest first, after documents are (re-)extracted. The
// import pipeline calls applyDecisions once a document's rows are written, so a merged-away
// name that a new document mentions is merged again, a rename or rejection holds, a manual
// entity regains its mention. Decisions whose target is gone are reported, never dropped.
import type { DB } from "../store/open.ts";
import { type ApplyOutcome, applyDecision, refLabel } from "./apply.ts";
import { type ActiveDecision, activeDecisions, hasDecisions } from "./log.ts";
import type { Decision, Orphan } from "./types.ts";

/** What a create/delete decision is about: only the last such decision for a target matters. */
function lifecycleTarget(d: Decision): string | null {
  switch (d.kind) {
    case "createEntity":
    case "deleteEntity":
      return `e:${d.key}`;
    case "createRelation":
    case "deleteRelation":
      return `r:${refLabel(d.relation)}`;
    default:
      return null;
  }
}

interface Plan {
  decisions: ActiveDecision[];
  /** Keys some decision merged into another entity (from → into). */
  mergedInto: Map<string, string>;
  /** Index of the last create/delete decision per target. */
  lastLifecycle: Map<string, number>;
}

function plan(db: DB): Plan {
  const decisions = activeDecisions(db);
  const mergedInto = new Map<string, string>();
  const lastLifecycle = new Map<string, number>();
  decisions.forEach((a, i) => {
    const d = a.payload.decision;
    if (d.kind === "mergeEntities") for (const f of d.from) if (f !== d.into) mergedInto.set(f, d.into);
    const t = lifecycleTarget(d);
    if (t) lastLifecycle.set(t, i);
  });
  return { decisions, mergedInto, lastLifecycle };
}

/** Where a merged-away key's things now live (following merges of merges). */
function finalKey(key: string, mergedInto: Map<string, string>): string {
  let k = key;
  for (let hops = 0; hops < 100; hops++) {
    const next = mergedInto.get(k);
    if (!next) return k;
    k = next;
  }
  return k;
}

function replayOne(db: DB, p: Plan, i: number, a: ActiveDecision): ApplyOutcome | null {
  let d = a.payload.decision;
  const t = lifecycleTarget(d);
  if (t && p.lastLifecycle.get(t) !== i) return null; // a later create/delete settles it
  if (d.kind === "mergeEntities") {
    // The target itself may have been merged on later: new mentions of `from` go to where it went.
    d = { ...d, into: finalKey(d.into, p.mergedInto) };
  }
  const out = applyDecision(db, d, "replay");
  // Gone because a merge folded it into another entity: the merge carried its effect along.
  if (out.status === "orphan" && out.missing.every((k) => p.mergedInto.has(k))) return null;
  return out;
}

function orphanOf(a: ActiveDecision, out: ApplyOutcome): Orphan | null {
  if (out.status === "applied") return null;
  return {
    editId: a.id,
    at: a.at,
    actor: a.actor,
    action: a.payload.decision.kind,
    decision: a.payload.decision,
    missing: out.status === "orphan" ? out.missing : [],
    reason: out.reason,
  };
}

/** Re-applies every decision in force; returns those that found nothing to apply to. */
export function applyDecisions(db: DB): Orphan[] {
  if (!hasDecisions(db)) return [];
  return db.transaction((): Orphan[] => {
    const p = plan(db);
    const orphans: Orphan[] = [];
    p.decisions.forEach((a, i) => {
      const out = replayOne(db, p, i, a);
      const o = out && orphanOf(a, out);
      if (o) orphans.push(o);
    });
    return orphans;
  })();
}

/**
 * Decisions in force whose target is not in the knowledge base now. Worked out by re-applying
 * inside a transaction that is rolled back, so the answer is exactly what a replay would say.
 */
export function orphans(db: DB): Orphan[] {
  if (!hasDecisions(db)) return [];
  let found: Orphan[] = [];
  const rollback = new Error("rollback");
  try {
    db.transaction(() => {
      found = applyDecisions(db);
      throw rollback;
    })();
  } catch (err) {
    if (err !== rollback) throw err;
  }
  return found;
}
