// Re-running the extractor over the stored text of every document (after the extractor
// changed), keeping every curation decision. Each document's rows are dropped and imported
// afresh through the pipeline's import (which re-applies decisions); extracted entities and
// relations the new extraction no longer states are removed; then the decisions are applied
// once more and those left without a target are reported.
import { logReextract } from "../curate/log.ts";
import { applyDecisions } from "../curate/replay.ts";
import { recomputeWeights } from "../curate/rows.ts";
import type { Orphan } from "../curate/types.ts";
import type { DB } from "../store/open.ts";
import type { DocFormat, DocPart, Extraction, IngestedDoc, Section } from "../types.ts";
import { importDocument } from "./import.ts";

export interface ReextractReport {
  documents: number;
  entities: { before: number; after: number };
  relations: { before: number; after: number };
  orphans: Orphan[];
  /** Old document id → new id (documents are re-inserted, so their ids change). */
  documentIds: Record<number, number>;
}

interface DocRow {
  id: number;
  sha256: string;
  file_name: string;
  title: string | null;
  doc_number: string | null;
  issue_date: string | null;
  issuer: string | null;
  encoding: string;
  format: DocFormat;
  text: string;
}

function storedDoc(db: DB, d: DocRow): IngestedDoc {
  const sections = db
    .prepare<[number], Section>(
      `SELECT start, "end" AS "end", kind, label, heading, depth, path FROM sections WHERE document_id = ? ORDER BY id`,
    )
    .all(d.id);
  const parts = db
    .prepare<[number], DocPart>(
      `SELECT start, "end" AS "end", title, doc_number AS docNumber, issue_date AS issueDate, issuer
       FROM document_parts WHERE document_id = ? ORDER BY id`,
    )
    .all(d.id);
  return {
    fileName: d.file_name,
    sha256: d.sha256,
    format: d.format,
    encoding: d.encoding,
    text: d.text,
    title: d.title,
    docNumber: d.doc_number,
    issueDate: d.issue_date,
    issuer: d.issuer,
    sections,
    parts,
  };
}

const count = (db: DB, table: "entities" | "relations"): number =>
  db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;

/**
 * @param extract another extractor (tests use a changed one); the pipeline's extractor by default.
 */
export function reextractAll(
  db: DB,
  actor: string,
  opts: { extract?: (doc: IngestedDoc) => Extraction } = {},
): ReextractReport {
  return db
    .transaction((): ReextractReport => {
      const entitiesBefore = count(db, "entities");
      const relationsBefore = count(db, "relations");
      const docs = db.prepare<[], DocRow>("SELECT * FROM documents ORDER BY id").all();
      const documentIds: Record<number, number> = {};
      for (const row of docs) {
        const doc = storedDoc(db, row);
        db.prepare("DELETE FROM documents WHERE id = ?").run(row.id);
        const out = importDocument(db, doc, opts.extract?.(doc));
        if (out.status !== "imported" || out.documentId === undefined) {
          throw new Error(`re-extracting ${row.file_name} failed: ${out.reason ?? out.status}`);
        }
        documentIds[row.id] = out.documentId;
      }
      // What the extractor no longer states goes; what users made stays.
      db.prepare(
        `DELETE FROM relations WHERE origin = 'extracted' AND NOT EXISTS (SELECT 1 FROM evidence WHERE relation_id = relations.id)`,
      ).run();
      db.prepare(
        `DELETE FROM entities WHERE origin = 'extracted' AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = entities.id)`,
      ).run();
      recomputeWeights(db);
      const orphans = applyDecisions(db);
      const report: ReextractReport = {
        documents: docs.length,
        entities: { before: entitiesBefore, after: count(db, "entities") },
        relations: { before: relationsBefore, after: count(db, "relations") },
        orphans,
        documentIds,
      };
      logReextract(db, actor, {
        subjects: [],
        documents: report.documents,
        entities: report.entities,
        relations: report.relations,
        orphans: orphans.length,
      });
      return report;
    })
    .immediate();
}
