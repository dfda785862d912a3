// Stored counts carry the rules' version; counts made by another version are
// recounted when the archive is opened (real files, old counts written with SQL).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../../electron/archive/index';
import { RULES_VERSION, validateReport } from '../../../../report/rules/index';
import { completeReport, freshArchive, track } from './helpers';

/** Two years of one agency: 2023's 上年结转 disagrees with 2022 (a cross-year warning), 2022 has a blank cell. */
function twoYears() {
  const { archive, file } = freshArchive();
  const last = completeReport('中卫市应急管理局', 2022);
  last.table3['4'] = [1, 0, 0, 0, 0, 0, 1];
  last.table2.licensing = null;
  const a = archive.importReport(last, { replace: false });
  const b = archive.importReport(completeReport('中卫市应急管理局', 2023), { replace: false });
  const other = archive.importReport(completeReport('中卫市交通运输局', 2023), { replace: false });
  const counted = (id: number) => archive.listReports().find((s) => s.id === id)!;
  const expected = { a: counted(a.id), b: counted(b.id), other: counted(other.id) };
  archive.close();
  return { file, ids: { a: a.id, b: b.id, other: other.id }, expected, last };
}

const countsOf = (file: string) => {
  const archive = track(openArchive(file));
  return new Map(archive.listReports().map((s) => [s.id, { errors: s.errors, warnings: s.warnings }]));
};

describe('stored counts and the rules version', () => {
  it('stores the current rules version with every count', () => {
    const { file, expected, last } = twoYears();
    // the 2023 draft is counted against 2022 (cross-year warnings) and 2022's blank is a warning
    const warnings2022 = validateReport(last).filter((f) => f.severity === 'warning').length;
    expect(expected.a.warnings).toBe(warnings2022);
    expect(expected.b.warnings).toBeGreaterThan(expected.other.warnings);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT DISTINCT rules_version FROM reports').pluck().all()).toEqual([RULES_VERSION]);
    } finally {
      db.close();
    }
  });

  it('recounts on open the reports whose counts an older rules version made, and only those', () => {
    const { file, ids, expected } = twoYears();
    const db = new Database(file);
    // an older version, and NULL (as migration 002 leaves every report of an older file)
    db.prepare("UPDATE reports SET errors = 99, warnings = 77, rules_version = '0-00000000' WHERE id = ?").run(ids.a);
    db.prepare('UPDATE reports SET errors = 98, warnings = 76, rules_version = NULL WHERE id = ?').run(ids.b);
    // counts of the current version are trusted as stored: not re-validated on open
    db.prepare('UPDATE reports SET errors = 5, warnings = 6 WHERE id = ?').run(ids.other);
    db.close();

    const counts = countsOf(file);
    expect(counts.get(ids.a)).toEqual({ errors: expected.a.errors, warnings: expected.a.warnings });
    expect(counts.get(ids.b)).toEqual({ errors: expected.b.errors, warnings: expected.b.warnings });
    expect(counts.get(ids.other)).toEqual({ errors: 5, warnings: 6 });
    const check = new Database(file, { readonly: true });
    try {
      expect(check.prepare('SELECT DISTINCT rules_version FROM reports').pluck().all()).toEqual([RULES_VERSION]);
    } finally {
      check.close();
    }
  });

  it('a file of schema 1 (no rules version) is migrated and every report recounted', () => {
    const { file, ids, expected } = twoYears();
    const db = new Database(file);
    // what the later migrations added goes too: the file is as schema 1 left it
    db.exec('DROP TABLE agency_details; DROP TABLE publications; ALTER TABLE reports DROP COLUMN explained; ALTER TABLE reports DROP COLUMN blanks; DROP TABLE compilations; DROP TABLE comments; DROP TABLE receipts; DROP TABLE org_deadlines; DROP TABLE org_units; DROP TABLE org_governments');
    db.exec('ALTER TABLE reports DROP COLUMN edition; ALTER TABLE reports DROP COLUMN rules_version; DELETE FROM migrations WHERE version >= 2; UPDATE reports SET errors = 42, warnings = 43');
    db.pragma('user_version = 1');
    db.close();

    const counts = countsOf(file);
    for (const k of ['a', 'b', 'other'] as const) {
      expect(counts.get(ids[k])).toEqual({ errors: expected[k].errors, warnings: expected[k].warnings });
    }
  });

  it('recounts many stale reports in one transaction, each as when it was saved', () => {
    const { archive, file } = freshArchive();
    (archive as unknown as { db: Database.Database }).db.transaction(() => {
      for (let a = 0; a < 10; a++) for (let y = 0; y < 20; y++) archive.importReport(completeReport(`第${a + 1}局`, 2005 + y), { replace: false });
    })();
    const before = archive.listReports().map((s) => [s.id, s.errors, s.warnings]);
    archive.close();
    const db = new Database(file);
    db.exec("UPDATE reports SET errors = 9, warnings = 9, rules_version = 'old'");
    db.close();
    const reopened = track(openArchive(file));
    expect(reopened.listReports().map((s) => [s.id, s.errors, s.warnings])).toEqual(before);
  }, 60_000);
});
