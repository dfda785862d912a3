// Opening files: real migrations recorded, newer / foreign / damaged files refused without a write.
import { writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ArchiveError, openArchive } from '../../../../electron/archive/index';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../../electron/archive/migrations/index';
import { freshArchive, sha256, tempDir, track } from './helpers';

function openError(file: string): ArchiveError {
  try {
    track(openArchive(file));
  } catch (e) {
    return e as ArchiveError;
  }
  throw new Error('expected the open to be refused');
}

describe('archive schema', () => {
  it('runs the numbered migrations once and records them', () => {
    const { archive, file } = freshArchive();
    archive.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const rows = db.prepare('SELECT version, name FROM migrations ORDER BY version').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table')").all() as { name: string }[]).map((t) => t.name);
    for (const t of ['agencies', 'reports', 'texts', 'texts_fts', 'explanations', 'revisions', 'meta']) expect(tables).toContain(t);
    db.close();
    // a second open applies nothing again and keeps the data
    const again = track(openArchive(file));
    again.saveAgency({ name: '某局', level: 'department' });
    again.close();
    const db2 = new Database(file, { readonly: true });
    expect((db2.prepare('SELECT count(*) AS n FROM migrations').get() as { n: number }).n).toBe(MIGRATIONS.length);
    db2.close();
  });

  it('refuses a file made by a newer version, without writing to it', () => {
    const { archive, file } = freshArchive();
    archive.saveAgency({ name: '某局', level: 'department' });
    archive.close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = sha256(file);
    const e = openError(file);
    expect(e).toBeInstanceOf(ArchiveError);
    expect(e.code).toBe('too-new');
    expect(e.message).toMatch(/更新版本/);
    expect(sha256(file)).toBe(before);
    expect(existsSync(file + '-wal')).toBe(false);
  });

  it('refuses a file that is not SQLite at all as corrupt, leaving it untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'archive.sqlite');
    writeFileSync(file, '这不是数据库文件'.repeat(500));
    const before = sha256(file);
    const e = openError(file);
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/损坏.*不会对它做任何写入/);
    expect(e.message).toMatch(/没有找到可用的自动备份/);
    expect(sha256(file)).toBe(before);
  });

  it("refuses another program's SQLite database", () => {
    const dir = tempDir();
    const file = path.join(dir, 'other.db');
    const db = new Database(file);
    db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    db.close();
    const before = sha256(file);
    const e = openError(file);
    // 'corrupt': at the archive's path it is as unusable as a damaged file, and the start offers a restore
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/不是年报档案文件.*不会对它做任何写入/);
    expect(sha256(file)).toBe(before);
  });

  it('refuses a folder and a bad path with a Chinese message', () => {
    const dir = tempDir();
    expect(openError(dir).message).toMatch(/是文件夹/);
    expect(openError('' as string).code).toBe('invalid-argument');
  });
});

describe('migrations', () => {
  it('applies later migrations in order, each recorded; a failing one rolls back whole', async () => {
    const { migrate, MIGRATIONS: base } = await import('../../../../electron/archive/migrations/index');
    const { archive, file } = freshArchive();
    archive.saveAgency({ name: '某局', level: 'department' });
    archive.close();
    const db = new Database(file);
    const now = () => new Date('2026-05-01T00:00:00Z');
    const next = [
      ...base,
      { version: base.length + 1, name: 'agency-code', sql: 'ALTER TABLE agencies ADD COLUMN code TEXT' },
      { version: base.length + 2, name: 'agency-code-index', sql: 'CREATE INDEX agencies_code ON agencies (code)' },
    ];
    expect(migrate(db, now, next)).toEqual([base.length + 1, base.length + 2]);
    expect(migrate(db, now, next)).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(base.length + 2);
    const broken = [...next, { version: base.length + 3, name: 'broken', sql: 'CREATE TABLE z (a); INSERT INTO nowhere VALUES (1)' }];
    expect(() => migrate(db, now, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(base.length + 2);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'z'").get()).toEqual({ n: 0 });
    expect((db.prepare('SELECT name FROM migrations ORDER BY version').all() as { name: string }[]).map((r) => r.name)).toEqual([
      ...base.map((m) => m.name),
      'agency-code',
      'agency-code-index',
    ]);
    expect((db.prepare('SELECT name FROM agencies').get() as { name: string }).name).toBe('某局');
    db.close();
  });
});
