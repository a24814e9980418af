// Full-text search with the trigram tokenizer: Chinese needs no word splitting.
// Queries shorter than 3 characters cannot use trigrams; db/graph/search.ts falls
// back to instr() for those.
export const sql = `
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='id', tokenize='trigram'
);
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

-- One row per entity name (rowid = -entity id) and per alias (rowid = alias id),
-- so either can be replaced by rowid without scanning.
CREATE VIRTUAL TABLE names_fts USING fts5(name, entity_id UNINDEXED, tokenize='trigram');
CREATE TRIGGER names_fts_entity_insert AFTER INSERT ON entities BEGIN
  INSERT INTO names_fts(rowid, name, entity_id) VALUES (-new.id, new.name, new.id);
END;
CREATE TRIGGER names_fts_entity_rename AFTER UPDATE OF name ON entities BEGIN
  DELETE FROM names_fts WHERE rowid = -old.id;
  INSERT INTO names_fts(rowid, name, entity_id) VALUES (-new.id, new.name, new.id);
END;
CREATE TRIGGER names_fts_entity_delete AFTER DELETE ON entities BEGIN
  DELETE FROM names_fts WHERE rowid = -old.id;
END;
CREATE TRIGGER names_fts_alias_insert AFTER INSERT ON aliases BEGIN
  INSERT INTO names_fts(rowid, name, entity_id) VALUES (new.id, new.alias, new.entity_id);
END;
CREATE TRIGGER names_fts_alias_delete AFTER DELETE ON aliases BEGIN
  DELETE FROM names_fts WHERE rowid = old.id;
END;

-- A database upgraded from version 1 already holds rows the triggers never saw: index them
-- (no-ops on a new, empty database).
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
INSERT INTO names_fts(rowid, name, entity_id) SELECT -id, name, id FROM entities;
INSERT INTO names_fts(rowid, name, entity_id) SELECT id, alias, entity_id FROM aliases;
`;
