// The knowledge base proper: documents and their structure, entities, relations
// with their evidence, the curation log and saved views.
// Offsets (start/end) are UTF-16 indices into documents.text, [start, end).
const now = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))";

export const sql = `
CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  sha256      TEXT NOT NULL UNIQUE,
  file_name   TEXT NOT NULL,
  title       TEXT,
  doc_number  TEXT,
  issue_date  TEXT,
  issuer      TEXT,
  encoding    TEXT NOT NULL,
  format      TEXT NOT NULL,
  text        TEXT NOT NULL,
  -- JS string length (UTF-16 units), which SQLite's length() does not give.
  chars       INTEGER NOT NULL,
  imported_at TEXT NOT NULL DEFAULT ${now}
);

CREATE TABLE document_parts (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  title       TEXT NOT NULL,
  doc_number  TEXT,
  issue_date  TEXT,
  issuer      TEXT,
  CHECK (start <= "end")
);
CREATE INDEX document_parts_by_doc ON document_parts(document_id, start);

CREATE TABLE sections (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('chapter','part','sub','item','article','column')),
  label       TEXT NOT NULL,
  heading     TEXT NOT NULL DEFAULT '',
  depth       INTEGER NOT NULL DEFAULT 0,
  path        TEXT NOT NULL,
  CHECK (start <= "end")
);
CREATE INDEX sections_by_doc ON sections(document_id, start);

CREATE TABLE entities (
  id             INTEGER PRIMARY KEY,
  -- Stable key "type:normalised name": curation survives re-extraction through it.
  key            TEXT NOT NULL UNIQUE,
  -- Equal (type, resolution_key) means the same thing across documents (明远 / 明远集团).
  resolution_key TEXT NOT NULL,
  type           TEXT NOT NULL CHECK (type IN ('cluster','park','platform','enterprise','department')),
  name           TEXT NOT NULL,
  level          TEXT CHECK (level IN ('national','provincial','city')),
  status         TEXT NOT NULL DEFAULT 'existing' CHECK (status IN ('existing','planned')),
  attributes     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
  origin         TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted','user')),
  review         TEXT NOT NULL DEFAULT 'unreviewed' CHECK (review IN ('unreviewed','confirmed','rejected')),
  note           TEXT,
  tags           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
  rule           TEXT,
  confidence     REAL,
  created_at     TEXT NOT NULL DEFAULT ${now},
  updated_at     TEXT NOT NULL DEFAULT ${now}
);
CREATE INDEX entities_by_resolution ON entities(type, resolution_key);

CREATE TABLE aliases (
  id        INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  UNIQUE (entity_id, alias)
);

CREATE TABLE mentions (
  id          INTEGER PRIMARY KEY,
  entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  surface     TEXT NOT NULL,
  rule        TEXT,
  confidence  REAL,
  UNIQUE (document_id, start, "end", entity_id),
  CHECK (start < "end")
);
CREATE INDEX mentions_by_entity ON mentions(entity_id, document_id);

CREATE TABLE relations (
  id         INTEGER PRIMARY KEY,
  type       TEXT NOT NULL CHECK (type IN ('cluster_enterprise','cluster_platform','enterprise_platform',
               'department_cluster','department_responsible','park_cluster','park_enterprise','co_mention')),
  source_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  target_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  origin     TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted','user')),
  review     TEXT NOT NULL DEFAULT 'unreviewed' CHECK (review IN ('unreviewed','confirmed','rejected')),
  -- Number of evidence rows (stating sentences) across the corpus.
  weight     INTEGER NOT NULL DEFAULT 0,
  rule       TEXT,
  confidence REAL,
  created_at TEXT NOT NULL DEFAULT ${now},
  updated_at TEXT NOT NULL DEFAULT ${now},
  UNIQUE (type, source_id, target_id),
  CHECK (source_id <> target_id)
);
CREATE INDEX relations_by_source ON relations(source_id);
CREATE INDEX relations_by_target ON relations(target_id);

CREATE TABLE evidence (
  id          INTEGER PRIMARY KEY,
  relation_id INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  UNIQUE (relation_id, document_id, start, "end"),
  CHECK (start <= "end")
);
CREATE INDEX evidence_by_document ON evidence(document_id);

-- Append-only log of curation actions (undo/redo, audit). Only the undone flag may change.
CREATE TABLE edits (
  id      INTEGER PRIMARY KEY,
  at      TEXT NOT NULL DEFAULT ${now},
  actor   TEXT NOT NULL DEFAULT 'user',
  action  TEXT NOT NULL,
  payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
  undone  INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);
CREATE TRIGGER edits_append_only_delete BEFORE DELETE ON edits
BEGIN SELECT RAISE(ABORT, 'edits is an append-only log'); END;
CREATE TRIGGER edits_append_only_update BEFORE UPDATE OF id, at, actor, action, payload ON edits
BEGIN SELECT RAISE(ABORT, 'edits is an append-only log'); END;

CREATE TABLE views (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  position   INTEGER NOT NULL DEFAULT 0,
  state      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(state)),
  created_at TEXT NOT NULL DEFAULT ${now},
  updated_at TEXT NOT NULL DEFAULT ${now}
);
`;
