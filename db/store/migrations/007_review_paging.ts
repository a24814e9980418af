// The review table at scale (issue 14): a page sorted by confidence (the default) within a review
// state reads its rows in index order and stops, and the states are counted from the index; an
// "items" counter moved by every write that can change an item's label, type or rule (not its
// review state) keeps the Chinese label order and the filter menus' counts (db/curate/review-order.ts)
// through review decisions.
// The relations' index names id before type: ties of confidence (extracted confidences take a few
// values, so a tie can be most of the table) are then in id order too, with no sort of the tie.
export const sql = `
CREATE INDEX entities_by_review_confidence ON entities(review, confidence);
CREATE INDEX relations_by_review_confidence ON relations(review, confidence, id, type);

INSERT INTO change_counters (name, n) VALUES ('items', 0);
CREATE TRIGGER change_items_entity_insert AFTER INSERT ON entities BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'items';
END;
CREATE TRIGGER change_items_entity_delete AFTER DELETE ON entities BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'items';
END;
CREATE TRIGGER change_items_entity_update AFTER UPDATE OF name, type, rule ON entities BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'items';
END;
CREATE TRIGGER change_items_relation_insert AFTER INSERT ON relations BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'items';
END;
CREATE TRIGGER change_items_relation_delete AFTER DELETE ON relations BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'items';
END;
CREATE TRIGGER change_items_relation_update AFTER UPDATE OF source_id, target_id, type, rule ON relations BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'items';
END;
`;
