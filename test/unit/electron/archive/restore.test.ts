// Restoring never destroys the archive: a candidate that is not this app's archive
// (another program's database, an empty one, our tables with a column missing) is
// refused before anything moves; the file kept aside is never overwritten; killed
// backups' .partial files are cleaned at the next open.
import { existsSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ArchiveError, openArchive, restoreArchive } from '../../../../electron/archive/index';
import { SCHEMA_VERSION } from '../../../../electron/archive/migrations/index';
import { completeReport, sha256, tempDir, track, errorOf } from './helpers';


/** A real archive with one report, closed (WAL checkpointed into the file). */
function archiveWithData(dir: string, unit = '中卫市应急管理局'): string {
  const file = path.join(dir, 'archive.sqlite');
  const a = openArchive(file, { backupDir: path.join(dir, 'backups') });
  a.importReport(completeReport(unit, 2024), { replace: false });
  a.close();
  return file;
}

function sqliteFile(file: string, build: (db: Database.Database) => void): string {
  const db = new Database(file);
  build(db);
  db.close();
  return file;
}

function asides(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.includes('.before-restore-') && !/-(wal|shm)$/.test(f));
}

describe('a restore verifies the candidate before touching the archive', () => {
  const foreign: [string, (db: Database.Database) => void, RegExp][] = [
    ['another program with user_version = 1', (db) => (db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)'), db.pragma('user_version = 1')), /不是年报档案文件/],
    ['an empty SQLite file', (db) => db.exec('CREATE TABLE x (a); DROP TABLE x'), /不是年报档案文件/],
    ['a version this app does not know', (db) => db.pragma(`user_version = ${SCHEMA_VERSION + 5}`), /更新版本/],
  ];
  for (const [what, build, message] of foreign) {
    it(`refuses ${what}; the archive, its name and its data stay`, () => {
      const dir = tempDir();
      const file = archiveWithData(dir);
      const before = sha256(file);
      const candidate = sqliteFile(path.join(tempDir(), 'candidate.sqlite'), build);
      const e = errorOf(() => restoreArchive(file, candidate));
      expect(e).toBeInstanceOf(ArchiveError);
      expect(e.message).toMatch(message);
      expect(sha256(file)).toBe(before);
      expect(asides(dir)).toEqual([]);
      expect(existsSync(file + '.restoring')).toBe(false);
      const a = track(openArchive(file, { backupDir: path.join(dir, 'backups') }));
      expect(a.listReports()).toHaveLength(1);
    });
  }

  it('refuses our own schema with a column missing or a table dropped', () => {
    const dir = tempDir();
    const file = archiveWithData(dir);
    const before = sha256(file);
    const other = tempDir();
    const noColumn = path.join(other, 'a.sqlite');
    archiveWithData(other);
    const built = path.join(other, 'archive.sqlite');
    sqliteFile(built, (db) => db.exec('ALTER TABLE reports DROP COLUMN rules_version'));
    expect(errorOf(() => restoreArchive(file, built)).message).toMatch(/不是年报档案文件.*reports/);
    sqliteFile(noColumn, (db) => {
      db.exec('CREATE TABLE agencies (id INTEGER PRIMARY KEY)');
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    });
    expect(errorOf(() => restoreArchive(file, noColumn)).message).toMatch(/不是年报档案文件/);
    expect(sha256(file)).toBe(before);
    expect(asides(dir)).toEqual([]);
  });

  it('an archive file that is another program’s database is refused on open as damaged, untouched', () => {
    const dir = tempDir();
    const file = sqliteFile(path.join(dir, 'archive.sqlite'), (db) => {
      db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
      db.pragma('user_version = 1');
    });
    const before = sha256(file);
    const e = errorOf(() => openArchive(file));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/不是年报档案文件.*不会对它做任何写入/);
    expect(sha256(file)).toBe(before);
  });

  it('restores from a kept-aside file whose last edits are still in its -wal', () => {
    const dir = tempDir();
    const file = path.join(dir, 'archive.sqlite');
    const a = openArchive(file, { backupDir: path.join(dir, 'backups') });
    a.importReport(completeReport('某局', 2024), { replace: false });
    // copy the live file and its WAL while open: the copy's newest commit lives only in the WAL
    const copy = path.join(tempDir(), 'kept.sqlite');
    for (const x of ['', '-wal']) writeFileSync(copy + x, readFileSync(file + x));
    a.close();
    const fresh = path.join(tempDir(), 'archive.sqlite');
    track(openArchive(fresh)).close();
    restoreArchive(fresh, copy);
    expect(track(openArchive(fresh)).listReports().map((r) => r.agencyName)).toEqual(['某局']);
  });
});

describe('the file kept aside before a restore', () => {
  it('two restores within the same millisecond keep two different aside files, neither overwritten', () => {
    const dir = tempDir();
    const file = archiveWithData(dir, '今天的工作');
    const today = sha256(file);
    const backup = archiveWithData(tempDir(), '备份里的');
    const now = () => new Date('2026-03-02T09:00:00.123Z');
    restoreArchive(file, backup, { now });
    restoreArchive(file, backup, { now });
    const kept = asides(dir).sort();
    expect(kept).toHaveLength(2);
    expect(new Set(kept).size).toBe(2);
    const hashes = kept.map((f) => sha256(path.join(dir, f)));
    expect(hashes).toContain(today);
    const again = track(openArchive(path.join(dir, kept.find((f) => sha256(path.join(dir, f)) === today)!), { backupDir: tempDir() }));
    expect(again.listReports().map((r) => r.agencyName)).toEqual(['今天的工作']);
  });
});

describe('leftovers of killed backups and restores', () => {
  it('the next open removes this app’s .partial and .restoring files, and nothing else', async () => {
    const dir = tempDir();
    const file = archiveWithData(dir);
    const backups = path.join(dir, 'backups');
    const partial = path.join(backups, 'archive-2026-01-05.sqlite.partial');
    const restoring = file + '.restoring';
    const foreign = path.join(backups, 'notes.partial');
    for (const f of [partial, restoring, foreign]) writeFileSync(f, Buffer.alloc(4096, 7));
    const old = new Date(Date.now() - 3600_000);
    for (const f of [partial, restoring, foreign]) utimesSync(f, old, old);
    const a = track(openArchive(file, { backupDir: backups }));
    await a.dailyBackup;
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(restoring)).toBe(false);
    expect(existsSync(foreign)).toBe(true);
    expect(readdirSync(backups).filter((f) => f.endsWith('.partial'))).toEqual(['notes.partial']);
  });
});

describe('从备份恢复 through the api with a file that is not an archive', () => {
  it('is refused with a clear message, and the open archive keeps working and saving', async () => {
    const { callApi, createApi } = await import('../../../../electron/api');
    const dir = tempDir();
    const file = archiveWithData(dir);
    let archive = track(openArchive(file));
    const candidate = sqliteFile(path.join(tempDir(), 'other.db'), (db) => {
      db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY)');
      db.pragma('user_version = 1');
    });
    const api = createApi({
      archive,
      dialogs: { openFile: async () => candidate, saveFile: async () => null, chooseFolder: async () => null },
      shell: { showInFolder() {} },
      settingsFile: path.join(dir, 'settings.json'),
      version: '0.1.0',
      restoreFromBackup: (b) => {
        restoreArchive(file, b);
        return (archive = track(openArchive(file)));
      },
      reopenArchive: () => (archive = track(openArchive(file))),
    });
    const r = await callApi(api, 'restoreBackup', []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/不是年报档案文件.*档案没有改动/);
    const [report] = archive.listReports();
    const saved = await callApi(api, 'setCell', [report.id, { table: 'table3', row: '1', col: 0 }, 8]);
    expect(saved.ok).toBe(true);
    expect(asides(dir)).toEqual([]);
    archive.close();
    expect(track(openArchive(file)).openReport(report.id).report.table3['1'][0]).toBe(8);
  });
});
