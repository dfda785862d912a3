// 从备份恢复 through the api, on real files: the restored data is there, the
// replaced file is kept aside, and a bad backup or a made-up path changes nothing.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { callApi, createApi, type Api } from '../../../electron/api';
import { openArchive, restoreArchive } from '../../../electron/archive/index';
import type { Archive } from '../../../electron/archive/types';

let dir = '';
let file = '';
let archive: Archive;
let api: Api;
const answers: { open?: string; folder?: string } = {};
const cell = { table: 'table3', row: '1', col: 0 } as const;

async function call<T = any>(key: string, ...args: unknown[]): Promise<T> {
  const r = await callApi(api, key, args);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-restore-'));
  file = path.join(dir, 'data', 'archive.sqlite');
  mkdirSync(path.dirname(file));
  archive = openArchive(file);
  await archive.dailyBackup;
  api = createApi({
    archive,
    dialogs: {
      openFile: async () => answers.open ?? null,
      saveFile: async () => null,
      chooseFolder: async () => answers.folder ?? null,
    },
    shell: { showInFolder() {} },
    settingsFile: path.join(dir, 'settings.json'),
    version: '0.1.0',
    restoreFromBackup: (backupFile) => {
      restoreArchive(file, backupFile);
      return (archive = openArchive(file));
    },
    reopenArchive: () => (archive = openArchive(file)),
  });
  delete answers.open;
  delete answers.folder;
});
afterEach(() => {
  archive.close();
  rmSync(dir, { recursive: true, force: true });
});

async function reportWith(value: number): Promise<number> {
  const agency = await call('saveAgency', { name: '中卫市应急管理局', level: 'department' });
  const { id } = await call('createReport', { agencyId: agency.id, year: 2024, from: 'blank' });
  await call('setCell', id, cell, value);
  return id;
}

it('restores a backup chosen in the dialog, keeps the replaced file aside, and goes on working', async () => {
  const id = await reportWith(5);
  mkdirSync(path.join(dir, 'usb'));
  answers.folder = path.join(dir, 'usb');
  const { file: backup } = await call('backupTo');
  await call('setCell', id, cell, 9);

  answers.open = backup;
  expect(await call('restoreBackup')).toEqual({ file: backup });
  expect((await call('openReport', id)).report.table3['1'][0]).toBe(5);
  expect(readdirSync(path.dirname(file)).some((f) => f.includes('before-restore'))).toBe(true);
  // edits go to the restored file
  await call('setCell', id, cell, 7);
  archive.close();
  archive = openArchive(file);
  expect(archive.openReport(id).report.table3['1'][0]).toBe(7);
});

it('restores one of the listed automatic backups', async () => {
  const [daily] = await call('listBackups');
  expect(daily).toBeTruthy();
  await reportWith(3); // made after the daily backup
  await call('restoreBackup', daily.file);
  expect(await call('listReports')).toEqual([]);
});

it('refuses a path that is not a listed backup, and a damaged backup, changing nothing', async () => {
  const id = await reportWith(9);
  const made = await callApi(api, 'restoreBackup', ['/etc/passwd']);
  expect(made.ok).toBe(false);
  expect(!made.ok && made.error.message).toContain('没有这个备份');

  const bad = path.join(dir, 'bad.sqlite');
  writeFileSync(bad, 'SQLite format 3\0' + 'x'.repeat(5000));
  answers.open = bad;
  const r = await callApi(api, 'restoreBackup', []);
  expect(r.ok).toBe(false);
  expect(!r.ok && /[\u4e00-\u9fa5]/.test(r.error.message)).toBe(true);
  expect((await call('openReport', id)).report.table3['1'][0]).toBe(9);
  await call('setCell', id, cell, 10);
  expect(existsSync(file)).toBe(true);
});

it('a cancelled dialog restores nothing', async () => {
  const id = await reportWith(4);
  expect(await call('restoreBackup')).toBeNull();
  expect((await call('openReport', id)).report.table3['1'][0]).toBe(4);
});
