// Walks and the review table at 100k entities (issue 14).
// - The relations' end indexes carry the other end, type and review state: a neighbourhood's hop
//   and the edges among the nodes shown are read from the index alone (no row per relation of a
//   hub), and they replace the single-column ones (same prefix, so foreign keys still use them).
// - A narrow index by id over what a walk tests (review, type, level, status, degree): the nodes
//   a hop reaches are checked without reading their rows (a hub's two hops reach ~12k).
// - label_changes logs every item whose review-table label may have changed (added, removed,
//   renamed, its ends moved, or a relation becoming or ceasing to be co_mention), so the Chinese
//   label order (db/curate/review-order.ts) is updated for those items instead of re-ranked; a
//   renamed entity stands for its relations. The log keeps its latest 65,536 rows: a reader
//   further behind ranks everything again.
// - review_counts: items by side (0 entity, 1 stated relation) and review state, so the review
//   table's counts by state read three rows, not every item.
export const sql = `
CREATE INDEX relations_from ON relations(source_id, target_id, type, review);
CREATE INDEX relations_to ON relations(target_id, source_id, type, review);
DROP INDEX relations_by_source;
DROP INDEX relations_by_target;
CREATE INDEX entities_walk ON entities(id, review, type, level, status, degree);

CREATE TABLE label_changes (seq INTEGER PRIMARY KEY, kind INTEGER NOT NULL, id INTEGER NOT NULL);
CREATE TRIGGER label_changes_trim AFTER INSERT ON label_changes WHEN new.seq % 4096 = 0 BEGIN
  DELETE FROM label_changes WHERE seq <= new.seq - 65536;
END;
CREATE TRIGGER label_entity_insert AFTER INSERT ON entities BEGIN
  INSERT INTO label_changes (kind, id) VALUES (0, new.id);
END;
CREATE TRIGGER label_entity_delete AFTER DELETE ON entities BEGIN
  INSERT INTO label_changes (kind, id) VALUES (0, old.id);
END;
CREATE TRIGGER label_entity_rename AFTER UPDATE OF name ON entities WHEN old.name IS NOT new.name BEGIN
  INSERT INTO label_changes (kind, id) VALUES (0, new.id);
END;
CREATE TRIGGER label_relation_insert AFTER INSERT ON relations WHEN new.type <> 'co_mention' BEGIN
  INSERT INTO label_changes (kind, id) VALUES (1, new.id);
END;
CREATE TRIGGER label_relation_delete AFTER DELETE ON relations WHEN old.type <> 'co_mention' BEGIN
  INSERT INTO label_changes (kind, id) VALUES (1, old.id);
END;
CREATE TRIGGER label_relation_update AFTER UPDATE OF source_id, target_id, type ON relations
WHEN old.source_id <> new.source_id OR old.target_id <> new.target_id
  OR (old.type = 'co_mention') <> (new.type = 'co_mention') BEGIN
  INSERT INTO label_changes (kind, id) VALUES (1, new.id);
END;

CREATE TABLE review_counts (
  kind  INTEGER NOT NULL,
  state TEXT NOT NULL,
  n     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (kind, state)
) WITHOUT ROWID;
INSERT INTO review_counts (kind, state, n)
  SELECT 0, s.value, (SELECT count(*) FROM entities WHERE review = s.value)
  FROM json_each('["unreviewed","confirmed","rejected"]') s
  UNION ALL
  SELECT 1, s.value, (SELECT count(*) FROM relations WHERE review = s.value AND type <> 'co_mention')
  FROM json_each('["unreviewed","confirmed","rejected"]') s;
CREATE TRIGGER review_counts_entity_insert AFTER INSERT ON entities BEGIN
  UPDATE review_counts SET n = n + 1 WHERE kind = 0 AND state = new.review;
END;
CREATE TRIGGER review_counts_entity_delete AFTER DELETE ON entities BEGIN
  UPDATE review_counts SET n = n - 1 WHERE kind = 0 AND state = old.review;
END;
CREATE TRIGGER review_counts_entity_update AFTER UPDATE OF review ON entities WHEN old.review <> new.review BEGIN
  UPDATE review_counts SET n = n - 1 WHERE kind = 0 AND state = old.review;
  UPDATE review_counts SET n = n + 1 WHERE kind = 0 AND state = new.review;
END;
CREATE TRIGGER review_counts_relation_insert AFTER INSERT ON relations WHEN new.type <> 'co_mention' BEGIN
  UPDATE review_counts SET n = n + 1 WHERE kind = 1 AND state = new.review;
END;
CREATE TRIGGER review_counts_relation_delete AFTER DELETE ON relations WHEN old.type <> 'co_mention' BEGIN
  UPDATE review_counts SET n = n - 1 WHERE kind = 1 AND state = old.review;
END;
CREATE TRIGGER review_counts_relation_update AFTER UPDATE OF review, type ON relations
WHEN old.review <> new.review OR old.type <> new.type BEGIN
  UPDATE review_counts SET n = n - 1 WHERE kind = 1 AND state = old.review AND old.type <> 'co_mention';
  UPDATE review_counts SET n = n + 1 WHERE kind = 1 AND state = new.review AND new.type <> 'co_mention';
END;
`;
