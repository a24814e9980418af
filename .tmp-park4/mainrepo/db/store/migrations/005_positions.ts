// Where the explorer drew each entity (issue 14): the same picture on every launch, and a big
// knowledge base's overview drawn at once from stored positions instead of a force layout.
// Keyed by entity id: an entity merged away or deleted takes its position with it (cascade);
// renamed, retyped or re-extracted it keeps its id and so its place.
export const sql = `
CREATE TABLE entity_positions (
  entity_id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
  x         REAL NOT NULL,
  y         REAL NOT NULL
);
`;
