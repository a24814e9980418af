// The documents list at scale (issue 14): each document's count of distinct entities stored in
// a small side table kept by triggers on mentions (not on documents itself: updating a document
// row rewrites its whole text), and a covering index holding the list's columns, so listing ten
// thousand documents never reads their text (stored in overflow pages, before chars and
// imported_at in the row).
export const sql = `
CREATE TABLE document_counts (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  entities    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO document_counts (document_id, entities)
  SELECT d.id, (SELECT count(DISTINCT m.entity_id) FROM mentions m WHERE m.document_id = d.id) FROM documents d;

CREATE TRIGGER document_counts_document_insert AFTER INSERT ON documents BEGIN
  INSERT OR IGNORE INTO document_counts (document_id, entities) VALUES (new.id, 0);
END;
-- A mention adds an entity to its document unless another mention of it is there already.
CREATE TRIGGER document_counts_mention_insert AFTER INSERT ON mentions
WHEN NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = new.entity_id AND document_id = new.document_id AND id <> new.id)
BEGIN
  UPDATE document_counts SET entities = entities + 1 WHERE document_id = new.document_id;
END;
CREATE TRIGGER document_counts_mention_delete AFTER DELETE ON mentions
WHEN NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = old.entity_id AND document_id = old.document_id)
BEGIN
  UPDATE document_counts SET entities = entities - 1 WHERE document_id = old.document_id;
END;
CREATE TRIGGER document_counts_mention_move AFTER UPDATE OF entity_id, document_id ON mentions
WHEN old.entity_id <> new.entity_id OR old.document_id <> new.document_id BEGIN
  UPDATE document_counts SET entities = entities - 1 WHERE document_id = old.document_id
    AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = old.entity_id AND document_id = old.document_id);
  UPDATE document_counts SET entities = entities + 1 WHERE document_id = new.document_id
    AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = new.entity_id AND document_id = new.document_id AND id <> new.id);
END;

CREATE INDEX documents_list ON documents(id, sha256, file_name, title, doc_number, issue_date, issuer, encoding, format, imported_at, chars);
`;
