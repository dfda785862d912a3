// What the disk and other programs can do to an edit: full disk, read-only, locked.
// Each gives a clear Chinese error, keeps what was saved before, and recovers.
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ArchiveError, openArchive, SqliteArchive } from '../../../../electron/archive/index';
import { completeReport, freshArchive, track, errorOf, bigText } from './helpers';



describe('archive faults', () => {
  it('full disk (max_page_count): clear error, earlier edits intact, works again once space is back', async () => {
    const { archive, file } = freshArchive();
    await archive.dailyBackup;
    const s = archive.importReport(completeReport(), { replace: false });
    archive.setCell(s.id, { table: 'table3', row: '1', col: 0 }, 11);
    archive.setText(s.id, 'other', '保存在磁盘满之前');
    const db = (archive as SqliteArchive).db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);

    const e = errorOf(() => archive.setText(s.id, 'problems', bigText(60_000, 1)));
    expect(e).toBeInstanceOf(ArchiveError);
    expect(e.code).toBe('disk-full');
    expect(e.message).toMatch(/磁盘空间不足.*之前保存的内容完好/);
    expect(errorOf(() => archive.importReport(completeReport('另一个局', 2023), { replace: false })).code).toBe('disk-full');

    // another connection sees everything saved before, and nothing of the failed edits
    const other = track(openArchive(file));
    const { report } = other.openReport(s.id);
    expect(report.table3['1'][0]).toBe(11);
    expect(report.parts.other).toBe('保存在磁盘满之前');
    expect(report.parts.problems).toBe(completeReport().parts.problems);
    expect(other.listReports()).toHaveLength(1);
    other.close();

    db.pragma('max_page_count = 1073741823');
    const big = bigText(60_000, 1);
    archive.setText(s.id, 'problems', big);
    archive.importReport(completeReport('另一个局', 2023), { replace: false });
    expect(archive.openReport(s.id).report.parts.problems).toBe(big);
    expect(archive.listReports()).toHaveLength(2);
    expect((db.pragma('integrity_check') as { integrity_check: string }[])[0].integrity_check).toBe('ok');
  });

  it('a read-only archive: edits refused with a clear message, data intact', () => {
    const { archive } = freshArchive();
    const s = archive.importReport(completeReport(), { replace: false });
    const db = (archive as SqliteArchive).db;
    // root ignores file permissions, so make the connection read-only the way SQLite reports it
    db.pragma('query_only = 1');
    const e = errorOf(() => archive.setCell(s.id, { table: 'table3', row: '1', col: 0 }, 5));
    expect(e.code).toBe('io');
    expect(e.message).toMatch(/只读/);
    expect(archive.openReport(s.id).report.table3['1'][0]).toBe(completeReport().table3['1'][0]);
    db.pragma('query_only = 0');
    archive.setCell(s.id, { table: 'table3', row: '1', col: 0 }, 5);
    expect(archive.openReport(s.id).report.table3['1'][0]).toBe(5);
  });

  it('another program holding the write lock: locked, then works once it lets go', () => {
    const { archive, file } = freshArchive();
    const s = archive.importReport(completeReport(), { replace: false });
    (archive as SqliteArchive).db.pragma('busy_timeout = 50');
    const intruder = new Database(file);
    intruder.exec('BEGIN IMMEDIATE');
    const e = errorOf(() => archive.setCell(s.id, { table: 'table3', row: '1', col: 0 }, 6));
    expect(e.code).toBe('locked');
    expect(e.message).toMatch(/正被另一个程序/);
    intruder.exec('ROLLBACK');
    intruder.close();
    archive.setCell(s.id, { table: 'table3', row: '1', col: 0 }, 6);
    expect(archive.openReport(s.id).report.table3['1'][0]).toBe(6);
  });
});

describe('damage found while working', () => {
  it('after SQLite reports corruption, every later write is refused and the file is left as it is', async () => {
    const { SqliteError } = Database as unknown as { SqliteError: new (m: string, c: string) => Error };
    const { archive, file } = freshArchive();
    await archive.dailyBackup;
    const s = archive.importReport(completeReport(), { replace: false });
    // white-box: make the next read fail the way a damaged page does
    const reports = (archive as unknown as { reports: { row: (id: number) => unknown } }).reports;
    const realRow = reports.row.bind(reports);
    reports.row = () => {
      throw new SqliteError('database disk image is malformed', 'SQLITE_CORRUPT');
    };
    expect(errorOf(() => archive.openReport(s.id)).code).toBe('corrupt');
    reports.row = realRow;
    (archive as SqliteArchive).db.pragma('wal_checkpoint(TRUNCATE)');
    const { sha256 } = await import('./helpers');
    const before = sha256(file);
    const walBefore = statSync(file + '-wal').size;
    const e = errorOf(() => archive.setCell(s.id, { table: 'table3', row: '1', col: 0 }, 1));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/已损坏/);
    expect(errorOf(() => archive.saveAgency({ name: '新机关', level: 'department' })).code).toBe('corrupt');
    expect(sha256(file)).toBe(before);
    expect(statSync(file + '-wal').size).toBe(walBefore);
  });
});
