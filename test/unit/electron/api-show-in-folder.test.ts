// 打开所在文件夹: the page may only ask for files the api itself wrote or listed
// (an export, a backup, the data file), never a path of its own choosing.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { callApi, createApi, type Api } from '../../../electron/api';
import { openArchive } from '../../../electron/archive/index';
import type { Archive } from '../../../electron/archive/types';

let dir = '';
let archive: Archive;
let api: Api;
const shownInFolder: string[] = [];
const answers: { save?: string; folder?: string } = {};

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-show-'));
  archive = openArchive(path.join(dir, 'archive.sqlite'));
  await archive.dailyBackup;
  shownInFolder.length = 0;
  api = createApi({
    archive,
    dialogs: { openFile: async () => null, saveFile: async () => answers.save ?? null, chooseFolder: async () => answers.folder ?? null },
    shell: { showInFolder: (f) => void shownInFolder.push(f) },
    settingsFile: path.join(dir, 'settings.json'),
    version: '0.1.0',
  });
});
afterEach(() => {
  archive.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(key: string, ...args: unknown[]) {
  const r = await callApi(api, key, args);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as any;
}

it('shows an exported file, a backup and the data file', async () => {
  const agency = await call('saveAgency', { name: '中卫市应急管理局', level: 'department' });
  const { id } = await call('createReport', { agencyId: agency.id, year: 2024, from: 'blank' });
  answers.save = path.join(dir, '报告.json');
  const { file } = await call('exportReport', id, { format: 'json' });
  await call('showInFolder', file);
  mkdirSync(path.join(dir, 'usb'));
  answers.folder = path.join(dir, 'usb');
  const backup = await call('backupTo');
  await call('showInFolder', backup.file);
  await call('showInFolder', archive.file);
  const [daily] = await call('listBackups');
  await call('showInFolder', daily.file);
  expect(shownInFolder).toEqual([file, backup.file, archive.file, daily.file]);
});

it('refuses a path the api did not produce, showing nothing', async () => {
  const r = await callApi(api, 'showInFolder', ['/etc/passwd']);
  expect(r.ok).toBe(false);
  expect(!r.ok && r.error.code).toBe('invalid-argument');
  expect(!r.ok && r.error.message).toMatch(/只能打开/);
  expect(shownInFolder).toEqual([]);
});
