// Writing one ingested document's rows, as the extractor found them: documents, parts,
// sections, entities (resolved across documents), mentions, relations and evidence. One
// transaction (a savepoint inside the caller's), so a failure leaves the database as it was.
// Reading, extracting and replaying curation decisions belong to db/pipeline/, above this.
import type { EntityType, Extraction, IngestedDoc } from "../types.ts";
import type { DB } from "./open.ts";
import { importStatements } from "./statements.ts";

/** What writeDocument stored: the new document's id and what it mentions. */
export interface Written {
  documentId: number;
  /** Distinct entities this document mentions. */
  entities: number;
  /** Distinct relations this document gives evidence for. */
  relations: number;
}

/** The resolution key of an entity (extract/canonical's resolutionKey), given by the caller. */
export type ResolutionKeyFn = (type: EntityType, name: string) => string;

const LIST_PUNCTUATION = /[、，,；;]/u;

function checkSpan(doc: IngestedDoc, start: number, end: number, what: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > doc.text.length || start > end) {
    throw new Error(`${what} [${start}, ${end}) lies outside the text (${doc.text.length} characters)`);
  }
}

/** The id of the document with these bytes (sha256), if stored. */
export function documentIdBySha(db: DB, sha256: string): number | undefined {
  return importStatements(db).documentBySha.get(sha256)?.id;
}

/**
 * Writes one document and its extraction; throws (after rolling back) on a span outside the
 * text or a relation that could not be stored. Does not check for an existing copy.
 */
export function writeDocument(db: DB, doc: IngestedDoc, x: Extraction, resolutionKey: ResolutionKeyFn): Written {
  const s = importStatements(db);
  return db
    .transaction((): Written => {
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
      return {
        documentId,
        entities: new Set(ids.values()).size,
        relations: relationIds.size,
      };
    })
    .immediate();
}
