// Migration 3: the 政务公开办's year (issue 11). A government is an agency of
// level government; its units are agencies too, so a unit's reports, history
// and counts are the archive's own. A 机构改革 rename keeps the agency (and so
// its past years); a merge retires the unit from a year and records what it
// became. Receipts keep what came with a collected file (its exchange status,
// its source) and the figures the board shows that the stored counts lack.
export const name = 'office';
export const sql = `
CREATE TABLE org_governments (
  agency_id INTEGER PRIMARY KEY REFERENCES agencies(id) ON DELETE RESTRICT
);

CREATE TABLE org_units (
  agency_id INTEGER PRIMARY KEY REFERENCES agencies(id) ON DELETE RESTRICT,
  government_id INTEGER NOT NULL REFERENCES org_governments(agency_id) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN ('office', 'department', 'township', 'government')),
  position INTEGER NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]',
  own_total INTEGER NOT NULL DEFAULT 0 CHECK (own_total IN (0, 1)),
  retired_from INTEGER,
  merged_into INTEGER REFERENCES agencies(id) ON DELETE RESTRICT,
  CHECK (agency_id <> government_id)
);
CREATE INDEX org_units_by_government ON org_units (government_id, position);

CREATE TABLE org_deadlines (
  government_id INTEGER NOT NULL REFERENCES org_governments(agency_id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  deadline TEXT NOT NULL,
  PRIMARY KEY (government_id, year)
);

CREATE TABLE receipts (
  report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  status TEXT CHECK (status IN ('draft', 'final', 'published')),
  source TEXT NOT NULL,
  received_at TEXT NOT NULL,
  versions INTEGER NOT NULL DEFAULT 1,
  unanswered INTEGER NOT NULL DEFAULT 0,
  repetition REAL
);

CREATE TABLE comments (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  origin TEXT NOT NULL CHECK (origin IN ('office', 'superior')),
  tbl TEXT,
  row TEXT,
  col INTEGER,
  part TEXT,
  text TEXT NOT NULL,
  author TEXT NOT NULL,
  created_at TEXT NOT NULL,
  seen TEXT,
  reply TEXT,
  replied_at TEXT
);
CREATE INDEX comments_by_report ON comments (report_id, id);

CREATE TABLE compilations (
  report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  excluded TEXT NOT NULL DEFAULT '[]',
  compiled TEXT NOT NULL,
  compiled_at TEXT NOT NULL
);
`;
