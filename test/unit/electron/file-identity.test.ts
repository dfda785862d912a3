// Paths compared as the OS resolves them: an export or a backup through a linked
// folder (a real symlink) onto the archive is refused, the archive left intact.
import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi, createApi, type Api } from '../../../electron/api';
import { openArchive } from '../../../electron/archive/index';
import type { Archive } from '../../../electron/archive/types';
import { isArchiveFile, normalName, pathKey, sameFile } from '../../../electron/file-identity';
import { completeReport } from '../../fixtures/archive/reports';
import { sha256 } from './archive/helpers';

let dir = '';
let data = '';
let link = '';
let archive: Archive;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-identity-'));
  data = path.join(dir, 'data');
  mkdirSync(data);
  link = path.join(dir, '链接到数据');
  symlinkSync(data, link, 'dir');
  archive = openArchive(path.join(data, 'archive.sqlite'));
  await archive.dailyBackup;
});
afterEach(() => {
  archive.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('file identity', () => {
  it('one file under many names: a linked folder, dots, a hard link; a new name through the link', () => {
    const f = path.join(data, 'a.txt');
    writeFileSync(f, 'x');
    linkSync(f, path.join(dir, 'hard.txt'));
    expect(sameFile(path.join(link, 'a.txt'), f)).toBe(true);
    expect(sameFile(path.join(data, 'sub', '..', 'a.txt'), f)).toBe(true);
    expect(sameFile(path.join(dir, 'hard.txt'), f)).toBe(true);
    expect(sameFile(path.join(link, 'new.txt'), path.join(data, 'new.txt'))).toBe(true);
    expect(sameFile(path.join(link, 'missing', 'new.txt'), path.join(data, 'missing', 'new.txt'))).toBe(true);
    expect(sameFile(path.join(link, 'b.txt'), f)).toBe(false);
    expect(pathKey(path.join(link, 'new.txt'))).toBe(path.join(data, 'new.txt'));
  });

  it('Windows compares names without case and without trailing dots and spaces', () => {
    expect(normalName('Archive.SQLITE. ', 'win32')).toBe(normalName('archive.sqlite', 'win32'));
    expect(normalName('archive.sqlite...', 'win32')).toBe('archive.sqlite');
    expect(normalName('Archive.sqlite', 'linux')).not.toBe(normalName('archive.sqlite', 'linux'));
    expect(normalName('Archive.sqlite ', 'linux')).toBe('Archive.sqlite ');
  });

  it('the archive, its side files, its backups and kept-aside files, through the linked folder', () => {
    const [backup] = archive.listBackups();
    expect(isArchiveFile(path.join(link, 'archive.sqlite'), archive)).toBe(true);
    expect(isArchiveFile(path.join(link, 'archive.sqlite-wal'), archive)).toBe(true);
    expect(isArchiveFile(path.join(link, 'archive.sqlite-journal'), archive)).toBe(true);
    expect(isArchiveFile(path.join(link, 'backups', path.basename(backup.file)), archive)).toBe(true);
    expect(isArchiveFile(path.join(link, 'archive.sqlite.before-restore-20260101-000000-000'), archive)).toBe(true);
    expect(isArchiveFile(path.join(link, '报告.docx'), archive)).toBe(false);
  });
});

describe('export and backup through a linked folder', () => {
  function apiSaving(to: string): Api {
    return createApi({
      archive,
      dialogs: { openFile: async () => null, saveFile: async () => to, chooseFolder: async () => link },
      shell: { showInFolder() {} },
      settingsFile: path.join(dir, 'settings.json'),
      version: '0.1.0',
    });
  }

  it('refuses to export onto the archive through the link; the archive and its edits stay', async () => {
    const { id } = archive.importReport(completeReport(), { replace: false });
    (archive as unknown as { db: { pragma(s: string): unknown } }).db.pragma('wal_checkpoint(TRUNCATE)');
    const before = sha256(archive.file);
    for (const target of ['archive.sqlite', 'archive.sqlite-wal', path.join('backups', path.basename(archive.listBackups()[0].file))]) {
      const r = await callApi(apiSaving(path.join(link, target)), 'exportReport', [id, { format: 'json' }]);
      expect(r.ok, target).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/不能导出到档案文件/);
    }
    expect(sha256(archive.file)).toBe(before);
    archive.setCell(id, { table: 'table3', row: '1', col: 0 }, 3);
    archive.close();
    archive = openArchive(path.join(data, 'archive.sqlite'));
    expect(archive.openReport(id).report.table3['1'][0]).toBe(3);
  });

  it('refuses a backup onto the archive through the link', async () => {
    await expect(archive.backupTo(path.join(link, 'archive.sqlite'))).rejects.toThrow(/不能覆盖档案文件/);
    expect(archive.listAgencies()).toEqual([]);
  });
});
