// The api over a REAL archive file in a temp folder, with dialogs answered by
// temp paths: what the screens do, from creating an agency to export, import
// and backup; cancelled dialogs, bad files and bad arguments lose nothing.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi, createApi, type Api, type Dialogs } from '../../../electron/api';
import { openArchive } from '../../../electron/archive/index';
import type { Archive } from '../../../electron/archive/types';
import { dataPaths } from '../../../electron/paths';
import { parseReportJson } from '../../../report/json';

// the seed report as a GB18030 text file, as older Windows tools save it (in the repository, not /work/shared)
const SEED_TXT = path.resolve(__dirname, '../../fixtures/import/seed-gb18030.txt');
let dir = '';
let archive: Archive;
let api: Api;
/** the next answer of each dialog; undefined = the user cancels */
const answers: { open?: string; save?: string; folder?: string } = {};
const asked: string[] = [];

function start(): void {
  const data = dataPaths(path.join(dir, 'userData'));
  mkdirSync(path.dirname(data.archive), { recursive: true });
  archive = openArchive(data.archive);
  const dialogs: Dialogs = {
    openFile: async (o) => (asked.push(o.title), answers.open ?? null),
    saveFile: async (o) => (asked.push(`${o.title}:${o.defaultName}`), answers.save ?? null),
    chooseFolder: async (o) => (asked.push(o.title), answers.folder ?? null),
  };
  api = createApi({ archive, dialogs, shell: { showInFolder() {} }, settingsFile: data.settings, version: '0.1.0' });
}
async function call<T = any>(key: string, ...args: unknown[]): Promise<T> {
  const r = await callApi(api, key, args);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}
async function refused(key: string, ...args: unknown[]): Promise<{ message: string; code: string }> {
  const r = await callApi(api, key, args);
  expect(r.ok, `${key} should be refused`).toBe(false);
  return (r as { ok: false; error: { message: string; code: string } }).error;
}
/** an agency with a 2024 report */
async function agencyAndReport(): Promise<number> {
  const agency = await call('saveAgency', { name: '中卫市应急管理局', level: 'department' });
  const summary = await call('createReport', { agencyId: agency.id, year: 2024, from: 'blank' });
  return summary.id;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-api-'));
  for (const k of Object.keys(answers) as (keyof typeof answers)[]) delete answers[k];
  asked.length = 0;
  start();
  await archive.dailyBackup;
});
afterEach(() => {
  archive.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('editing through the api', () => {
  it('agency, report, cells and text are in the file after a restart', async () => {
    const id = await agencyAndReport();
    await call('setCell', id, { table: 'table3', row: '1', col: 0 }, 12);
    await call('setText', id, 'overview', '2024年，本局主动公开政府信息。');
    archive.close();
    start(); // same file, as after closing and opening the app
    const opened = await call('openReport', id);
    expect(opened.report.table3['1'][0]).toBe(12);
    expect(opened.report.parts.overview).toBe('2024年，本局主动公开政府信息。');
    expect((await call('getAppInfo')).dataFile).toBe(dataPaths(path.join(dir, 'userData')).archive);
  });

  it('a malformed call is refused and stores nothing', async () => {
    const id = await agencyAndReport();
    await call('setCell', id, { table: 'table3', row: '1', col: 0 }, 5);
    const before = JSON.stringify((await call('openReport', id)).report);
    for (const args of [[id, { table: 'table3', row: '1', col: 0 }, -1], [id, { table: 'table3', row: '1', col: 0 }, '7'], [id, { table: 'tableX', row: '1' }, 1], [id, 'overview', 3]]) {
      expect((await refused('setCell', ...args)).code).toBe('invalid-argument');
    }
    expect((await refused('setText', id, 'secrets', 'x')).code).toBe('invalid-argument');
    expect((await refused('saveAgency', { name: '', level: 'department' })).message).toContain('机关名称不能为空');
    expect((await refused('nonexistent')).code).toBe('invalid-argument');
    expect((await refused('__proto__')).code).toBe('invalid-argument');
    expect(JSON.stringify((await call('openReport', id)).report)).toBe(before);
    expect(await call('listAgencies')).toHaveLength(1);
  });
});

describe('export', () => {
  it('writes .json to the path the save dialog gives, equal to the stored report', async () => {
    const id = await agencyAndReport();
    await call('setCell', id, { table: 'table3', row: '1', col: 0 }, 3);
    const target = path.join(dir, '导出', '年报.json');
    mkdirSync(path.dirname(target));
    answers.save = target;
    expect(await call('exportReport', id, { format: 'json' })).toEqual({ file: target });
    expect(asked).toContain('导出年度报告:中卫市应急管理局2024年政府信息公开工作年度报告.json');
    const written = parseReportJson(readFileSync(target, 'utf8'));
    expect(written).toEqual((await call('openReport', id)).report);
  });

  it('writes a real .docx that imports back with the same numbers', async () => {
    const id = await agencyAndReport();
    await call('setCell', id, { table: 'table3', row: '1', col: 0 }, 7);
    await call('setCell', id, { table: 'table3', row: '1', col: 6 }, 7);
    const target = path.join(dir, '年报.docx');
    answers.save = target;
    expect(await call('exportReport', id, { format: 'docx', fonts: 'windows' })).toEqual({ file: target });
    const bytes = readFileSync(target);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    answers.open = target;
    const preview = await call('importFile');
    expect(preview.source).toBe('年报.docx');
    expect(preview.report.unit).toBe('中卫市应急管理局');
    expect(preview.report.table3['1'][0]).toBe(7);
    expect(preview.report.table3['1'][6]).toBe(7);
  });

  it('a cancelled save dialog writes nothing; an unwritable place says so in Chinese', async () => {
    const id = await agencyAndReport();
    expect(await call('exportReport', id, { format: 'docx' })).toBeNull();
    answers.save = path.join(dir, '不存在的文件夹', '年报.docx');
    const e = await refused('exportReport', id, { format: 'docx' });
    expect(e.message).toContain('文件夹不存在');
    expect(existsSync(answers.save)).toBe(false);
  });
});

describe('import', () => {
  it('reads the seed text from the chosen file; commitImport stores it', async () => {
    answers.open = SEED_TXT;
    const preview = await call('importFile');
    expect(preview.report.unit).toBe('中卫市应急管理局');
    expect(preview.report.year).toBe(2023);
    expect(await call('listReports')).toEqual([]); // nothing stored before commit
    const summary = await call('commitImport', { report: preview.report, replace: false });
    expect(summary).toMatchObject({ agencyName: '中卫市应急管理局', year: 2023 });
    const again = await call('openReport', summary.id);
    expect(again.report.table3).toEqual(preview.report.table3);
  });

  it('a cancelled open dialog returns null', async () => {
    expect(await call('importFile')).toBeNull();
    expect(asked).toEqual(['导入年度报告']);
  });

  it('bad files get a Chinese message and store nothing', async () => {
    const id = await agencyAndReport();
    const before = await call('listReports');
    const huge = path.join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 60 * 1024 * 1024); // sparse: costs no disk
    const junk = path.join(dir, 'junk.docx');
    writeFileSync(junk, Buffer.from([0, 1, 2, 3, 255, 254, 0, 9]));
    const cases: [string, RegExp][] = [
      [path.join(dir, 'missing.txt'), /找不到文件/],
      [dir, /是文件夹/],
      [huge, /文件过大/],
      [junk, /[\u4e00-\u9fff]/],
    ];
    for (const [file, message] of cases) {
      answers.open = file;
      const e = await refused('importFile');
      expect(e.message, file).toMatch(message);
    }
    expect((await refused('importText', '')).message).toContain('粘贴的内容为空');
    expect((await refused('commitImport', { report: { unit: 'x' }, replace: false })).message).toMatch(/[\u4e00-\u9fff]/);
    expect(await call('listReports')).toEqual(before);
    expect((await call('openReport', id)).summary.year).toBe(2024);
  });
});

describe('backup', () => {
  it('backupTo writes a copy into the chosen folder that opens with the same data', async () => {
    await agencyAndReport();
    const usb = path.join(dir, 'U盘');
    mkdirSync(usb);
    answers.folder = usb;
    const r = await call('backupTo');
    expect(path.dirname(r.file)).toBe(usb);
    expect(path.basename(r.file)).toMatch(/^年报档案备份-\d{14}\.sqlite$/);
    const copy = openArchive(r.file, { backupDir: path.join(dir, 'copy-backups') });
    try {
      expect(copy.listAgencies().map((a) => a.name)).toEqual(['中卫市应急管理局']);
      expect(copy.listReports().map((s) => s.year)).toEqual([2024]);
    } finally {
      copy.close();
    }
  });
  it('a cancelled folder dialog returns null and writes nothing', async () => {
    expect(await call('backupTo')).toBeNull();
  });
});

describe('settings', () => {
  it('are saved beside the archive and validated', async () => {
    expect(await call('getSettings')).toEqual({ fonts: 'gb2312', signature: false });
    await call('saveSettings', { fonts: 'windows' });
    archive.close();
    start();
    expect((await call('getSettings')).fonts).toBe('windows');
    expect((await refused('saveSettings', { fonts: 'comic-sans' })).code).toBe('invalid-argument');
    expect((await refused('saveSettings', { path: '/etc' })).code).toBe('invalid-argument');
  });
});

describe('starting on a damaged archive file (real file, real backup)', () => {
  it('offers the daily backup; restoring brings the data back and keeps the damaged file', async () => {
    await agencyAndReport();
    const file = archive.file;
    archive.close();
    // the daily backup was taken on open, before the agency existed: take one with it
    archive = openArchive(file, { now: () => new Date(Date.now() + 86_400_000) });
    await archive.dailyBackup;
    archive.close();
    const bytes = readFileSync(file);
    bytes.fill(0x41, 0, 4096); // the SQLite header and first page destroyed
    writeFileSync(file, bytes);

    const { openArchiveForApp } = await import('../../../electron/startup');
    const { newestBackup, restoreArchive } = await import('../../../electron/archive/index');
    const shown: string[] = [];
    const restored = await openArchiveForApp(file, {}, { openArchive, newestBackup, restoreArchive }, {
      askRestore: async (m) => (shown.push(m), 'restore'),
      fail: async (m, d) => void shown.push(`${m} ${d}`),
    });
    expect(shown).toEqual(['数据文件已损坏，是否从最近的备份恢复？']);
    expect(restored).not.toBeNull();
    archive = restored!;
    expect(archive.listAgencies().map((a) => a.name)).toEqual(['中卫市应急管理局']);
    const aside = readdirSync(path.dirname(file)).filter((f) => f.startsWith('archive.sqlite.before-restore-') && !/-(wal|shm)$/.test(f));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(path.dirname(file), aside[0])).subarray(0, 4).toString()).toBe('AAAA');
  });
});
