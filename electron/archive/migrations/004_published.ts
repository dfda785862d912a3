// Migration 4 (issue 13 §8 §9): a report of a past year imported from its published
// copy is 已发布 — finalised, with the publication date and web address when known
// (a row here; a finalised report without one is 已定稿). The list also shows how
// many warnings were answered with a 审核说明 and how many are blank cells (warnings
// while drafting, errors at 定稿): counts beside the stored warnings, made on the
// next open for the reports counted before (rules_version cleared).
export const name = 'published';
export const sql = `
CREATE TABLE publications (
  report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  published_on TEXT,
  url TEXT
);
ALTER TABLE reports ADD COLUMN explained INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reports ADD COLUMN blanks INTEGER NOT NULL DEFAULT 0;
UPDATE reports SET rules_version = NULL;
`;
