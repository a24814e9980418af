// Scale (issue 14): degree and mention counts stored on the entity and kept current by
// triggers, so every writer (import, curation, re-extraction, undo) keeps them right without
// knowing about them; an index to take the top N by degree; mentions indexed in citation order
// for paginated details; and a lighter document text index (detail=none: no positions, about
// 40 % of the size; db/graph/search.ts checks each candidate's text, so results are the same).
export const sql = `
ALTER TABLE entities ADD COLUMN degree INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;

-- Degree counts typed relations (not co_mention) that are not rejected, as db/graph always did.
UPDATE entities SET
  mention_count = (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id),
  degree = (SELECT count(*) FROM relations r WHERE r.source_id = entities.id AND r.type <> 'co_mention' AND r.review <> 'rejected')
         + (SELECT count(*) FROM relations r WHERE r.target_id = entities.id AND r.type <> 'co_mention' AND r.review <> 'rejected');

CREATE INDEX entities_by_degree ON entities(degree DESC, id);
CREATE INDEX mentions_by_entity_position ON mentions(entity_id, document_id, start);
DROP INDEX mentions_by_entity;

CREATE TRIGGER entity_counts_mention_insert AFTER INSERT ON mentions BEGIN
  UPDATE entities SET mention_count = mention_count + 1 WHERE id = new.entity_id;
END;
CREATE TRIGGER entity_counts_mention_delete AFTER DELETE ON mentions BEGIN
  UPDATE entities SET mention_count = mention_count - 1 WHERE id = old.entity_id;
END;
CREATE TRIGGER entity_counts_mention_move AFTER UPDATE OF entity_id ON mentions
WHEN old.entity_id <> new.entity_id BEGIN
  UPDATE entities SET mention_count = mention_count - 1 WHERE id = old.entity_id;
  UPDATE entities SET mention_count = mention_count + 1 WHERE id = new.entity_id;
END;
CREATE TRIGGER entity_counts_relation_insert AFTER INSERT ON relations
WHEN new.type <> 'co_mention' AND new.review <> 'rejected' BEGIN
  UPDATE entities SET degree = degree + 1 WHERE id IN (new.source_id, new.target_id);
END;
CREATE TRIGGER entity_counts_relation_delete AFTER DELETE ON relations
WHEN old.type <> 'co_mention' AND old.review <> 'rejected' BEGIN
  UPDATE entities SET degree = degree - 1 WHERE id IN (old.source_id, old.target_id);
END;
CREATE TRIGGER entity_counts_relation_update AFTER UPDATE OF type, review, source_id, target_id ON relations BEGIN
  UPDATE entities SET degree = degree - 1
    WHERE old.type <> 'co_mention' AND old.review <> 'rejected' AND id IN (old.source_id, old.target_id);
  UPDATE entities SET degree = degree + 1
    WHERE new.type <> 'co_mention' AND new.review <> 'rejected' AND id IN (new.source_id, new.target_id);
END;

DROP TRIGGER documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='id', tokenize='trigram', detail=none
);
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
`;
