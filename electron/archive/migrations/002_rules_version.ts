// Migration 2: the rules' version the stored counts were made with. NULL (every
// report of an older file) never equals the current version, so the first open
// after this migration recounts every report (counts.ts recountStale).
export const name = 'rules_version';
export const sql = `
ALTER TABLE reports ADD COLUMN rules_version TEXT;
`;
