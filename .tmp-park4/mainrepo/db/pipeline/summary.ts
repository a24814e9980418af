// What an import run reports. One accumulator for every route (paths, folders, uploads,
// seeding), so the counts mean the same wherever they are shown.
import type { IngestCode } from "../ingest/errors.ts";
import type { DB } from "../store/open.ts";

/** One file's result. */
export interface ImportOutcome {
  file: string;
  status: "imported" | "unchanged" | "rejected";
  documentId?: number;
  reason?: string;
  /** Why, as a code the UI translates (the reason stays for the CLI). */
  code?: IngestCode;
  /** Distinct entities this document mentions (new to the database or not). */
  entities?: number;
  /** Distinct relations this document gives evidence for. */
  relations?: number;
}

export interface ImportSummary {
  /** Documents imported by this run. */
  documents: number;
  /** Files whose bytes were in the knowledge base already. */
  unchanged: number;
  /**
   * Entities and relations new to the database after this run (rows after minus rows before):
   * an entity that two documents mention counts once, one merged away by a decision not at all.
   */
  entities: number;
  relations: number;
  rejected: Rejected[];
  /** Every file's own result, in the order they were taken (rejected paths first). */
  results: ImportOutcome[];
}

/** A file not imported: the English reason (CLI, logs) and its code (translated by the UI). */
export interface Rejected {
  file: string;
  reason: string;
  code: IngestCode;
}

const count = (db: DB, table: "entities" | "relations"): number =>
  db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;

/**
 * Starts counting an import run on `db`: `add` each file's outcome as it comes, `finish` once
 * the run is over (the new-to-the-database counts are taken then).
 */
export function startSummary(db: () => DB, rejected: Rejected[] = []) {
  const before = { entities: count(db(), "entities"), relations: count(db(), "relations") };
  const summary: ImportSummary = {
    documents: 0,
    unchanged: 0,
    entities: 0,
    relations: 0,
    rejected: [...rejected],
    results: rejected.map((r) => ({ file: r.file, status: "rejected", reason: r.reason, code: r.code })),
  };
  return {
    add(file: string, outcome: ImportOutcome): void {
      if (outcome.status === "imported") summary.documents++;
      else if (outcome.status === "unchanged") summary.unchanged++;
      else summary.rejected.push({ file, reason: outcome.reason ?? "rejected", code: outcome.code ?? "failed" });
      summary.results.push({ ...outcome, file });
    },
    finish(): ImportSummary {
      summary.entities = count(db(), "entities") - before.entities;
      summary.relations = count(db(), "relations") - before.relations;
      return summary;
    },
  };
}

/** Runs made one after another, as one summary (their new-to-the-database counts add up). */
export function combineSummaries(runs: ImportSummary[]): ImportSummary {
  return {
    documents: runs.reduce((n, r) => n + r.documents, 0),
    unchanged: runs.reduce((n, r) => n + r.unchanged, 0),
    entities: runs.reduce((n, r) => n + r.entities, 0),
    relations: runs.reduce((n, r) => n + r.relations, 0),
    rejected: runs.flatMap((r) => r.rejected),
    results: runs.flatMap((r) => r.results),
  };
}
