// Found in review: the export's save dialog answered with the archive's own file
// (or its WAL, or a backup) must not overwrite it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi, createApi, type Api } from '../../../electron/api';
import { openArchive } from '../../../electron/archive/index';
import type { Archive } from '../../../electron/archive/types';

let dir = '';
let archive: Archive;
let api: Api;
let saveAnswer: string | null = null;
const file = () => path.join(dir, 'data', '年报档案.sqlite');

function start(): void {
  archive = openArchive(file());
  api = createApi({
    archive,
    dialogs: { openFile: async () => null, saveFile: async () => saveAnswer, chooseFolder: async () => null },
    shell: { showInFolder() {} },
    settingsFile: path.join(dir, 'settings.json'),
    version: '0.0.0',
  });
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-api-review-'));
  mkdirSync(path.join(dir, 'data'));
  start();
  await archive.dailyBackup;
});
afterEach(() => {
  archive.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('export never overwrites the archive', () => {
  it('the archive file, its WAL, or a backup chosen in the save dialog: refused in Chinese, the archive intact', async () => {
    const agency = archive.saveAgency({ name: '某某局', level: 'department' });
    const s = archive.createReport({ agencyId: agency.id, year: 2024, from: 'blank' });
    archive.setText(s.id, 'overview', '档案中的文字');
    const backup = archive.listBackups()[0].file;
    for (const target of [file(), file() + '-wal', backup, path.join(dir, 'data', '.', '年报档案.sqlite')]) {
      saveAnswer = target;
      for (const format of ['json', 'docx']) {
        const r = await callApi(api, 'exportReport', [s.id, { format }]);
        expect(r.ok, `${target} ${format}`).toBe(false);
        if (!r.ok) expect(r.error.message).toMatch(/档案/);
      }
    }
    archive.close();
    start();
    expect(archive.openReport(s.id).report.parts.overview).toBe('档案中的文字');
    expect(archive.listBackups()).toHaveLength(1);
  });
});

describe('restoring a backup that fails, and the archive cannot be opened again either', () => {
  it('says both, in Chinese, instead of only the second failure', async () => {
    const agency = archive.saveAgency({ name: '某某局', level: 'department' });
    archive.createReport({ agencyId: agency.id, year: 2024, from: 'blank' });
    const backup = archive.listBackups()[0].file;
    const failing = createApi({
      archive,
      dialogs: { openFile: async () => null, saveFile: async () => null, chooseFolder: async () => null },
      shell: { showInFolder() {} },
      settingsFile: path.join(dir, 'settings.json'),
      version: '0.0.0',
      restoreFromBackup: () => {
        throw Object.assign(new Error('备份文件也已损坏或是空的'), { code: 'corrupt' });
      },
      reopenArchive: () => {
        throw Object.assign(new Error('档案文件正被另一个程序或窗口使用'), { code: 'locked' });
      },
    });
    const r = await callApi(failing, 'restoreBackup', [backup]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain('备份文件也已损坏或是空的');
      expect(r.error.message).toContain('档案文件正被另一个程序或窗口使用');
      expect(r.error.message).toMatch(/重新启动/);
    }
    start(); // the file itself is untouched
    expect(archive.listReports()).toHaveLength(1);
  });
});
