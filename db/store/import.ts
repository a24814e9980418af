// Turning one ingested document into rows: one transaction (or savepoint) per document, so a
// failure anywhere leaves the database exactly as it was. A bulk import (importPaths) commits
// several documents per transaction and replays curation decisions once per batch.
import { type Dirent, readdirSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { applyDecisions } from "../curate/replay.ts";
import { errorCode, type IngestCode } from "../ingest/errors.ts";
import type { ImportLimits } from "../ingest/limits.ts";
import type { Extraction, IngestedDoc } from "../types.ts";
import type { DB } from "./open.ts";
import { describeError, documentReader, extractor, resolver, supportedExtensions } from "./pipeline.ts";
import { importStatements } from "./statements.ts";

export interface ImportOutcome {
  file: string;
  status: "imported" | "unchanged" | "rejected";
  documentId?: number;
  reason?: string;
  /** Why, as a code the UI translates (the reason stays for the CLI). */
  code?: IngestCode;
  /** Distinct entities this document mentions. */
  entities?: number;
  /** Distinct relations this document gives evidence for. */
  relations?: number;
}

export interface ImportSummary {
  /** Documents imported by this run. */
  documents: number;
  unchanged: number;
  /** Entities and relations new to the database after this run. */
  entities: number;
  relations: number;
  rejected: Rejected[];
}

/** A file not imported: the English reason (CLI, logs) and its code (translated by the UI). */
export interface Rejected {
  file: string;
  reason: string;
  code: IngestCode;
}

const LIST_PUNCTUATION = /[、，,；;]/u;

function checkSpan(doc: IngestedDoc, start: number, end: number, what: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > doc.text.length || start > end) {
    throw new Error(`${what} [${start}, ${end}) lies outside the text (${doc.text.length} characters)`);
  }
}

/**
 * Imports one document (extracting it unless `extraction` is given). Re-importing the same
 * bytes (sha256) is a no-op; any error rolls the whole document back and rejects it.
 */
export function importDocument(
  db: DB,
  doc: IngestedDoc,
  extraction?: Extraction,
  opts: { replay?: boolean } = {},
): ImportOutcome {
  const s = importStatements(db);
  const existing = s.documentBySha.get(doc.sha256);
  if (existing) return { file: doc.fileName, status: "unchanged", documentId: existing.id };

  try {
    const x = extraction ?? extractor()({ text: doc.text, sections: doc.sections, fileName: doc.fileName });
    const resolutionKey = resolver();
    return db
      .transaction((): ImportOutcome => {
        const documentId = Number(
          s.insertDocument.run({
            sha256: doc.sha256,
            fileName: doc.fileName,
            title: doc.title,
            docNumber: doc.docNumber,
            issueDate: doc.issueDate,
            issuer: doc.issuer,
            encoding: doc.encoding,
            format: doc.format,
            text: doc.text,
            chars: doc.text.length,
          }).lastInsertRowid,
        );
        for (const p of doc.parts) {
          checkSpan(doc, p.start, p.end, `document part "${p.title}"`);
          s.insertPart.run(documentId, p.start, p.end, p.title, p.docNumber, p.issueDate, p.issuer);
        }
        for (const sec of doc.sections) {
          checkSpan(doc, sec.start, sec.end, `section ${sec.path}`);
          s.insertSection.run(documentId, sec.start, sec.end, sec.kind, sec.label, sec.heading, sec.depth, sec.path);
        }

        // Extracted key → entity id; several keys may land on one entity (cross-document resolution).
        const ids = new Map<string, number>();
        for (const e of x.entities) {
          const rkey = resolutionKey(e.type, e.name);
          const found = s.entityByKey.get(e.key) ?? s.entityByResolution.get(e.type, rkey);
          let id: number;
          if (found) {
            id = found.id;
            s.enrichEntity.run({ id, level: e.level, status: e.status, confidence: e.confidence });
            s.insertAlias.run({ id, alias: e.name }); // ignored when it is the canonical name
          } else {
            id = Number(
              s.insertEntity.run({
                key: e.key,
                resolutionKey: rkey,
                type: e.type,
                name: e.name,
                level: e.level,
                status: e.status,
                rule: e.rule,
                confidence: e.confidence,
              }).lastInsertRowid,
            );
          }
          ids.set(e.key, id);
          for (const m of e.mentions) {
            checkSpan(doc, m.start, m.end, `mention "${m.surface}" of ${e.key}`);
            s.insertMention.run(id, documentId, m.start, m.end, m.surface, m.rule ?? e.rule, e.confidence);
            // Surface forms (威海市工业和信息化局 for 市工业和信息化局) make the entity findable by them;
            // a coordination's span (甲乙、丙丁国家级工业设计中心) names more than this entity.
            if (m.surface !== e.name && !LIST_PUNCTUATION.test(m.surface)) s.insertAlias.run({ id, alias: m.surface });
          }
        }

        const relationIds = new Set<number>();
        for (const r of x.relations) {
          const source = ids.get(r.source) ?? s.entityByKey.get(r.source)?.id;
          const target = ids.get(r.target) ?? s.entityByKey.get(r.target)?.id;
          // A relation to an entity the extractor did not produce, or one that resolution
          // folded onto its own source, states nothing storable.
          if (source === undefined || target === undefined || source === target) continue;
          checkSpan(doc, r.evidence.start, r.evidence.end, `evidence of ${r.type} ${r.source} → ${r.target}`);
          const rel = s.upsertRelation.get(r.type, source, target, r.rule, r.confidence);
          if (!rel) throw new Error(`relation ${r.type} ${r.source} → ${r.target} was not stored`);
          if (s.insertEvidence.run(rel.id, documentId, r.evidence.start, r.evidence.end).changes > 0) {
            s.bumpWeight.run(rel.id);
          }
          relationIds.add(rel.id);
        }
        // Curation decisions (renames, merges, rejections, manual entities) hold for new rows too.
        if (opts.replay !== false) applyDecisions(db);
        return {
          file: doc.fileName,
          status: "imported",
          documentId,
          entities: new Set(ids.values()).size,
          relations: relationIds.size,
        };
      })
      .immediate();
  } catch (err) {
    // Another connection may have imported the same bytes meanwhile: that is not a failure.
    const raced = s.documentBySha.get(doc.sha256);
    if (raced) return { file: doc.fileName, status: "unchanged", documentId: raced.id };
    return { file: doc.fileName, status: "rejected", reason: describeError(err), code: errorCode(err) };
  }
}

/** Reads, extracts and imports one file; unreadable files are rejected with the reader's reason. */
export async function importFile(db: DB, path: string, limits?: ImportLimits): Promise<ImportOutcome> {
  let doc: IngestedDoc;
  try {
    doc = await documentReader()(path, limits);
  } catch (err) {
    return { file: path, status: "rejected", reason: describeError(err), code: errorCode(err) };
  }
  const outcome = importDocument(db, doc);
  return { ...outcome, file: path };
}

/**
 * Files given by name are taken as they are; folders are walked for supported extensions.
 * Inside folders, symbolic links are not followed and every entry that cannot be read is
 * reported on its own: one bad entry never stops the rest of the folder.
 */
export function expandPaths(paths: string[]): { files: string[]; rejected: Rejected[] } {
  const exts = new Set(supportedExtensions());
  const files: string[] = [];
  const rejected: Rejected[] = [];
  const why = (err: unknown) => {
    const code = (err as NodeJS.ErrnoException)?.code;
    return code ? `cannot read (${code})` : describeError(err);
  };
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      rejected.push({ file: dir, reason: `folder ${why(err)}`, code: "damaged" });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        if (exts.has(extname(entry.name).toLowerCase()) || linksToFolder(full)) {
          rejected.push({
            file: full,
            reason: "symbolic link: not followed (import its target directly)",
            code: "unsupported",
          });
        }
      } else if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && exts.has(extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  for (const p of paths) {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException)?.code;
      rejected.push(
        code === "ENOENT"
          ? { file: p, reason: "no such file or folder", code: "not_found" }
          : { file: p, reason: why(err), code: "damaged" },
      );
      continue;
    }
    if (st.isDirectory()) walk(resolve(p));
    else if (exts.has(extname(p).toLowerCase())) files.push(p);
    else
      rejected.push({
        file: p,
        reason: `unsupported file type "${extname(basename(p)) || "(none)"}" (supported: ${[...exts].join(", ")})`,
        code: "unsupported",
      });
  }
  return { files, rejected };
}

/** For a symbolic link: whether it points at a folder (false when it points nowhere). */
function linksToFolder(link: string): boolean {
  try {
    return statSync(link).isDirectory();
  } catch {
    return false;
  }
}

function count(db: DB, table: "entities" | "relations"): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Documents per transaction in a bulk import: fewer commits, and decisions replayed once per batch. */
export const IMPORT_BATCH = 25;
/** After a bulk import of at least this many documents the text index is merged into one segment. */
const OPTIMIZE_AFTER = 200;

export async function importPaths(
  db: DB,
  paths: string[],
  onProgress?: (p: { done: number; total: number; file: string }) => void,
  limits?: ImportLimits,
): Promise<ImportSummary> {
  const { files, rejected } = expandPaths(paths);
  const entitiesBefore = count(db, "entities");
  const relationsBefore = count(db, "relations");
  const summary: ImportSummary = { documents: 0, unchanged: 0, entities: 0, relations: 0, rejected };
  let done = 0;
  const tally = (file: string, outcome: ImportOutcome) => {
    if (outcome.status === "imported") summary.documents++;
    else if (outcome.status === "unchanged") summary.unchanged++;
    else summary.rejected.push({ file, reason: outcome.reason ?? "rejected", code: outcome.code ?? "failed" });
    onProgress?.({ done: ++done, total: files.length, file });
  };
  const read = documentReader();
  for (let i = 0; i < files.length; i += IMPORT_BATCH) {
    const batch: { file: string; doc?: IngestedDoc; outcome?: ImportOutcome }[] = [];
    for (const file of files.slice(i, i + IMPORT_BATCH)) {
      try {
        batch.push({ file, doc: await read(file, limits) });
      } catch (err) {
        batch.push({ file, outcome: { file, status: "rejected", reason: describeError(err), code: errorCode(err) } });
      }
    }
    const importBatch = (replayEach: boolean) =>
      batch.map(({ file, doc, outcome }) =>
        doc ? { ...importDocument(db, doc, undefined, { replay: replayEach }), file } : (outcome as ImportOutcome),
      );
    let outcomes: ImportOutcome[];
    try {
      // Each document is a savepoint inside the batch's transaction: a bad one is rolled back alone.
      outcomes = db
        .transaction(() => {
          const out = importBatch(false);
          applyDecisions(db);
          return out;
        })
        .immediate();
    } catch {
      outcomes = importBatch(true); // replaying failed for the batch: one transaction per document
    }
    outcomes.forEach((o, k) => tally(batch[k]?.file ?? o.file, o));
  }
  if (summary.documents >= OPTIMIZE_AFTER) db.exec("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')");
  summary.entities = count(db, "entities") - entitiesBefore;
  summary.relations = count(db, "relations") - relationsBefore;
  return summary;
}
