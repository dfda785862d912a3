// Migration 5 (issue 12 §4): each agency's 落款 preference (on, off, or as 设置 says)
// and its contact details (联系地址, 邮编, 电话, 电子邮箱), kept with the agency.
export const name = 'agency_details';
export const sql = `
CREATE TABLE agency_details (
  agency_id INTEGER PRIMARY KEY REFERENCES agencies(id) ON DELETE CASCADE,
  signature INTEGER CHECK (signature IN (0, 1)),
  address TEXT,
  postcode TEXT,
  phone TEXT,
  email TEXT
);
`;
