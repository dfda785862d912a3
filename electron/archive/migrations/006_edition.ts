// Migration 6 (issue 15 §1): each stored report keeps the edition of the format
// it follows ('2021', or '2019' for reports of 2019 and 2020). Every report stored
// before this was of the 2021 edition, the only one the program held. No CHECK on
// the values: report/formats/ names the editions, and a later one needs no rebuild.
export const name = 'edition';
export const sql = `
ALTER TABLE reports ADD COLUMN edition TEXT NOT NULL DEFAULT '2021';
`;
