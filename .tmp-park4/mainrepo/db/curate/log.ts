// The edits table as an undo/redo log. A decision edit stores the decision (re-applied after
// re-extraction), a fingerprint (so an imported decision is recognised) and before/after
// images (undo restores "before", redo "after"). Undo and redo only flip `undone` and append
// an "undo"/"redo" entry, so the log stays append-only and the stacks survive a restart:
// undo takes the newest decision in force; redo the latest undone one since the last new decision.
import type { DB } from "../store/open.ts";
import { restore, type Snapshot } from "./snapshot.ts";
import { DECISION_KINDS, type Decision, type DecisionKind, type EditSummary, type MetaAction } from "./types.ts";

export interface DecisionPayload {
  decision: Decision;
  fingerprint: string;
  subjects: string[];
  before: Snapshot;
  after: Snapshot;
  /** Where an imported decision came from. */
  source?: string;
}

interface EditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  payload: string;
  undone: number;
}

const KIND_SQL = `(${DECISION_KINDS.map((k) => `'${k}'`).join(", ")})`;

/** Canonical JSON (sorted keys): equal decisions have equal fingerprints. */
export function fingerprint(d: Decision): string {
  const canon = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canon)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canon((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(canon(d));
}

export function appendDecision(db: DB, actor: string, payload: DecisionPayload): number {
  return Number(
    db
      .prepare("INSERT INTO edits (actor, action, payload) VALUES (?, ?, ?)")
      .run(actor, payload.decision.kind, JSON.stringify(payload)).lastInsertRowid,
  );
}

function appendMeta(db: DB, actor: string, action: MetaAction, payload: object): number {
  return Number(
    db
      .prepare("INSERT INTO edits (actor, action, payload) VALUES (?, ?, ?)")
      .run(actor, action, JSON.stringify(payload)).lastInsertRowid,
  );
}

export interface ActiveDecision {
  id: number;
  at: string;
  actor: string;
  payload: DecisionPayload;
}

/** Decisions in force, oldest first: the order they are re-applied in. */
export function activeDecisions(db: DB): ActiveDecision[] {
  return db
    .prepare<[], EditRow>(`SELECT * FROM edits WHERE undone = 0 AND action IN ${KIND_SQL} ORDER BY id`)
    .all()
    .map((r) => ({ id: r.id, at: r.at, actor: r.actor, payload: JSON.parse(r.payload) as DecisionPayload }));
}

/** Cheap check used by the import hook: most knowledge bases have no decisions at all. */
export function hasDecisions(db: DB): boolean {
  return db.prepare(`SELECT 1 FROM edits WHERE undone = 0 AND action IN ${KIND_SQL} LIMIT 1`).get() !== undefined;
}

function summarise(r: EditRow): EditSummary {
  const p = JSON.parse(r.payload) as Partial<DecisionPayload> & { target?: number };
  const isDecision = (DECISION_KINDS as readonly string[]).includes(r.action);
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action as DecisionKind | MetaAction,
    subjects: p.subjects ?? [],
    undone: r.undone === 1,
    ...(p.target !== undefined ? { target: p.target } : {}),
    ...(isDecision && p.decision ? { decision: p.decision } : {}),
  };
}

function undoCandidate(db: DB): EditRow | undefined {
  return db
    .prepare<[], EditRow>(`SELECT * FROM edits WHERE undone = 0 AND action IN ${KIND_SQL} ORDER BY id DESC LIMIT 1`)
    .get();
}

/**
 * The decision undone most recently since the last new decision was made: a new decision
 * ends the redo stack, and redo walks back through the undos after it, newest first.
 */
function redoCandidate(db: DB): EditRow | undefined {
  const lastNew = db.prepare<[], number>(`SELECT max(id) FROM edits WHERE action IN ${KIND_SQL}`).pluck().get() ?? 0;
  const undos = db
    .prepare<[number], string>("SELECT payload FROM edits WHERE action = 'undo' AND id > ? ORDER BY id DESC")
    .pluck()
    .all(lastNew);
  for (const p of undos) {
    const target = (JSON.parse(p) as { target?: number }).target;
    if (target === undefined) continue;
    const row = db.prepare<[number], EditRow>("SELECT * FROM edits WHERE id = ? AND undone = 1").get(target);
    if (row) return row;
  }
  return undefined;
}

export function canUndoRedo(db: DB): { canUndo: boolean; canRedo: boolean } {
  return { canUndo: undoCandidate(db) !== undefined, canRedo: redoCandidate(db) !== undefined };
}

/** Undoes the newest decision in force; null when there is none. */
export function undo(db: DB, actor: string): EditSummary | null {
  return db
    .transaction((): EditSummary | null => {
      const row = undoCandidate(db);
      if (!row) return null;
      const p = JSON.parse(row.payload) as DecisionPayload;
      restore(db, p.before);
      db.prepare("UPDATE edits SET undone = 1 WHERE id = ?").run(row.id);
      appendMeta(db, actor, "undo", { target: row.id, subjects: p.subjects });
      return summarise({ ...row, undone: 1 });
    })
    .immediate();
}

/** Re-does the most recently undone decision, unless a newer decision has been made since. */
export function redo(db: DB, actor: string): EditSummary | null {
  return db
    .transaction((): EditSummary | null => {
      const row = redoCandidate(db);
      if (!row) return null;
      const p = JSON.parse(row.payload) as DecisionPayload;
      restore(db, p.after);
      db.prepare("UPDATE edits SET undone = 0 WHERE id = ?").run(row.id);
      appendMeta(db, actor, "redo", { target: row.id, subjects: p.subjects });
      return summarise({ ...row, undone: 0 });
    })
    .immediate();
}

export function logReextract(db: DB, actor: string, details: object): number {
  return appendMeta(db, actor, "reextract", details);
}

/** Who did what when, oldest first (or newest first with `newestFirst`). */
export function history(
  db: DB,
  opts: { limit?: number; offset?: number; newestFirst?: boolean } = {},
): { total: number; edits: EditSummary[]; canUndo: boolean; canRedo: boolean } {
  const total = db.prepare<[], number>("SELECT count(*) FROM edits").pluck().get() ?? 0;
  const rows = db
    .prepare<[number, number], EditRow>(
      `SELECT * FROM edits ORDER BY id ${opts.newestFirst ? "DESC" : "ASC"} LIMIT ? OFFSET ?`,
    )
    .all(opts.limit ?? 200, opts.offset ?? 0);
  return { total, edits: rows.map(summarise), ...canUndoRedo(db) };
}
