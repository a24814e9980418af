// What a selection of documents states: the entities mentioned and the relations evidenced
// inside its spans, each with its statements (sentence, citation, unit, date, stated status).
// Rejected entities and relations are left out, as everywhere else in the graph.
import { citationAt, docContexts, sentenceAround } from "../graph/citation.ts";
import type { DB } from "../store/open.ts";
import type { EntityType, RelationType, Status } from "../types.ts";
import { resolveSelector, type Selection, type Selector, spanTest } from "./select.ts";
import { statedStatus } from "./status.ts";
import { listUnits, type TimeUnit, unitLocator } from "./units.ts";

export interface Statement {
  documentId: number;
  start: number;
  end: number;
  /** The unit (document or gazette part) holding it, and that unit's date. */
  unit: string | null;
  date: string | null;
  sentence: string;
  citation: string;
  /** For mentions of parks, platforms and clusters: the status this sentence states. */
  status?: Status | null;
  surface?: string;
}

export interface EntityRef {
  id: number;
  key: string;
  type: EntityType;
  name: string;
}

export interface StatedEntity extends EntityRef {
  /** The stored (corpus-wide) status. */
  status: Status;
  statements: Statement[];
}

export interface StatedRelation {
  id: number;
  type: RelationType;
  source: EntityRef;
  target: EntityRef;
  statements: Statement[];
}

export interface Corpus {
  units: TimeUnit[];
  locate: (documentId: number, offset: number) => TimeUnit | null;
  mentions: {
    entity: EntityRef & { status: Status };
    documentId: number;
    start: number;
    end: number;
    surface: string;
  }[];
  evidence: { relation: Omit<StatedRelation, "statements">; documentId: number; start: number; end: number }[];
  statement(documentId: number, start: number, end: number, type?: EntityType, surface?: string): Statement;
}

/** Loads every non-rejected mention and typed relation evidence once (a graph is thousands, not millions). */
export function loadCorpus(db: DB, opts: { coMention?: boolean } = {}): Corpus {
  const units = listUnits(db);
  const locate = unitLocator(units);
  const context = docContexts(db);
  const mentions = db
    .prepare<
      [],
      {
        id: number;
        key: string;
        type: EntityType;
        name: string;
        status: Status;
        document_id: number;
        start: number;
        end: number;
        surface: string;
      }
    >(
      `SELECT e.id, e.key, e.type, e.name, e.status, m.document_id, m.start, m."end", m.surface
       FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE e.review <> 'rejected' ORDER BY m.document_id, m.start`,
    )
    .all()
    .map((r) => ({
      entity: { id: r.id, key: r.key, type: r.type, name: r.name, status: r.status },
      documentId: r.document_id,
      start: r.start,
      end: r.end,
      surface: r.surface,
    }));
  const evidence = db
    .prepare<[], Record<string, string | number>>(
      `SELECT r.id, r.type, s.id AS sid, s.key AS skey, s.type AS stype, s.name AS sname,
              t.id AS tid, t.key AS tkey, t.type AS ttype, t.name AS tname, v.document_id, v.start, v."end"
       FROM evidence v JOIN relations r ON r.id = v.relation_id
       JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id
       WHERE r.review <> 'rejected' AND s.review <> 'rejected' AND t.review <> 'rejected'
         ${opts.coMention ? "" : "AND r.type <> 'co_mention'"}
       ORDER BY v.document_id, v.start`,
    )
    .all()
    .map((r) => ({
      relation: {
        id: r.id as number,
        type: r.type as RelationType,
        source: { id: r.sid as number, key: r.skey as string, type: r.stype as EntityType, name: r.sname as string },
        target: { id: r.tid as number, key: r.tkey as string, type: r.ttype as EntityType, name: r.tname as string },
      },
      documentId: r.document_id as number,
      start: r.start as number,
      end: r.end as number,
    }));
  const statement = (documentId: number, start: number, end: number, type?: EntityType, surface?: string) => {
    const ctx = context(documentId);
    const unit = locate(documentId, start);
    const text = ctx?.doc.text ?? "";
    const { sentence } = sentenceAround(text, start, end);
    const out: Statement = {
      documentId,
      start,
      end,
      unit: unit?.id ?? null,
      date: unit?.date ?? null,
      sentence,
      citation: ctx ? citationAt(ctx, start).text : "",
    };
    if (type) out.status = statedStatus(text, start, end, type);
    if (surface !== undefined) out.surface = surface;
    return out;
  };
  return { units, locate, mentions, evidence, statement };
}

export interface Stated {
  selection: Selection;
  entities: Map<number, StatedEntity>;
  relations: Map<number, StatedRelation>;
}

/** Everything the selection states, keyed by entity and relation id. */
export function statedIn(corpus: Corpus, selection: Selection): Stated {
  const inside = spanTest(selection);
  const entities = new Map<number, StatedEntity>();
  for (const m of corpus.mentions) {
    if (!inside(m.documentId, m.start)) continue;
    let e = entities.get(m.entity.id);
    if (!e) {
      e = { ...m.entity, statements: [] };
      entities.set(e.id, e);
    }
    e.statements.push(corpus.statement(m.documentId, m.start, m.end, m.entity.type, m.surface));
  }
  const relations = new Map<number, StatedRelation>();
  for (const v of corpus.evidence) {
    if (!inside(v.documentId, v.start)) continue;
    let r = relations.get(v.relation.id);
    if (!r) {
      r = { ...v.relation, statements: [] };
      relations.set(r.id, r);
    }
    r.statements.push(corpus.statement(v.documentId, v.start, v.end));
  }
  return { selection, entities, relations };
}

/**
 * For the time filter: the ids of what the selection states, and the units it covers. Reads
 * only the selection's spans, by the mentions' and evidence's document indexes (a year of a
 * provincial corpus is a tenth of it; the whole corpus took seconds at 10,000 documents).
 */
export function statedIds(
  db: DB,
  selector: Selector,
): { entityIds: number[]; relationIds: number[]; units: string[]; label: string } {
  const selection = resolveSelector(listUnits(db), selector);
  const mentioned = db.prepare<[number, number, number], number>(
    `SELECT m.entity_id FROM mentions m JOIN entities e ON e.id = m.entity_id
     WHERE m.document_id = ? AND m.start >= ? AND m.start < ? AND e.review <> 'rejected'`,
  );
  const evidenced = db.prepare<[number, number, number], number>(
    `SELECT v.relation_id FROM evidence v JOIN relations r ON r.id = v.relation_id
     JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id
     WHERE v.document_id = ? AND v.start >= ? AND v.start < ?
       AND r.review <> 'rejected' AND s.review <> 'rejected' AND t.review <> 'rejected'`,
  );
  const entityIds = new Set<number>();
  const relationIds = new Set<number>();
  for (const sp of selection.spans) {
    for (const id of mentioned.pluck().all(sp.documentId, sp.start, sp.end)) entityIds.add(id);
    for (const id of evidenced.pluck().all(sp.documentId, sp.start, sp.end)) relationIds.add(id);
  }
  return {
    entityIds: [...entityIds].sort((a, b) => a - b),
    relationIds: [...relationIds].sort((a, b) => a - b),
    units: selection.units.map((u) => u.id),
    label: selection.label,
  };
}
