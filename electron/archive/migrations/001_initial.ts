// Migration 1: the first schema. Never edit a released migration; add 002_….
//
// A report's three tables are one JSON row (report_tables) rather than one row
// per cell: every read (open, validate on save, revision snapshot) needs the
// whole report, so one indexed row read keeps open well under 10 ms and a cell
// edit rewrites one ~3 KB row in one short transaction (autosave ≤ 5 ms, the
// fsync dominating). That row lives beside reports, not in it, so listing 2000
// reports reads small rows only. Texts get their own rows because full-text
// search indexes them.
export const name = 'initial';
export const sql = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
);

CREATE TABLE agencies (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  level TEXT NOT NULL CHECK (level IN ('department', 'government')),
  parent_id INTEGER REFERENCES agencies(id) ON DELETE RESTRICT
);

CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE RESTRICT,
  year INTEGER NOT NULL,
  unit TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('department', 'government')),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
  errors INTEGER NOT NULL DEFAULT 0,
  warnings INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  last_revision_at TEXT NOT NULL,
  deleted_at TEXT,
  UNIQUE (agency_id, year)
);

CREATE TABLE report_tables (
  report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  tables TEXT NOT NULL,
  in_force_hint TEXT
);

CREATE TABLE texts (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  field TEXT NOT NULL CHECK (field IN ('title', 'preamble', 'overview', 'problems', 'other', 'closing')),
  text TEXT NOT NULL,
  UNIQUE (report_id, field)
);

-- search joins hits to their report through this, without reading the long text rows
CREATE INDEX texts_owner ON texts (id, report_id, field);

CREATE VIRTUAL TABLE texts_fts USING fts5(text, content = 'texts', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER texts_ai AFTER INSERT ON texts BEGIN
  INSERT INTO texts_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER texts_ad AFTER DELETE ON texts BEGIN
  INSERT INTO texts_fts (texts_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER texts_au AFTER UPDATE OF text ON texts BEGIN
  INSERT INTO texts_fts (texts_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO texts_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE explanations (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  place TEXT NOT NULL,
  rule TEXT NOT NULL,
  tbl TEXT,
  row TEXT,
  col INTEGER,
  part TEXT,
  text TEXT NOT NULL,
  UNIQUE (report_id, place)
);

CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  summary TEXT NOT NULL,
  snapshot TEXT NOT NULL
);
CREATE INDEX revisions_by_report ON revisions (report_id, id);
`;
