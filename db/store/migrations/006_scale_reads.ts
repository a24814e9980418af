// The filters at scale (issue 14): one covering index over what the graph filters and the
// review queue test, led by the review state (every filter has one). Counting the entities a
// type filter matches and picking its top N by degree then read the index alone (10k
// documents: 40 ms → 5 ms), and the review queue scores the unreviewed without their rows.
export const sql = `
CREATE INDEX entities_by_review ON entities(review, type, degree, confidence, level, status);

-- A counter moved by every write that can change the timeline's units (documents, gazette parts,
-- hand-set dates and their undo), so the units are kept through curation of entities and
-- relations instead of rebuilt after every write (db/store/write-cache.ts untilChanged).
CREATE TABLE change_counters (name TEXT PRIMARY KEY, n INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
INSERT INTO change_counters (name, n) VALUES ('documents', 0);
CREATE TRIGGER change_documents_insert AFTER INSERT ON documents BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'documents';
END;
CREATE TRIGGER change_documents_delete AFTER DELETE ON documents BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'documents';
END;
CREATE TRIGGER change_documents_update AFTER UPDATE ON documents BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'documents';
END;
CREATE TRIGGER change_parts_insert AFTER INSERT ON document_parts BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'documents';
END;
CREATE TRIGGER change_parts_delete AFTER DELETE ON document_parts BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'documents';
END;
CREATE TRIGGER change_parts_update AFTER UPDATE ON document_parts BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'documents';
END;
CREATE TRIGGER change_dates_insert AFTER INSERT ON edits WHEN new.action = 'setDocumentDate' BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'documents';
END;
CREATE TRIGGER change_dates_update AFTER UPDATE ON edits WHEN new.action = 'setDocumentDate' OR old.action = 'setDocumentDate' BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'documents';
END;
`;
