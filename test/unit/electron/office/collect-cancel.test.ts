// 收集 through the api with the real job process: the status names the files
// being read (n/m), and 取消 stops the collect with every unread file said so.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { buildJobWorker } from '../../../../build/build-electron.mjs';
import { createApi } from '../../../../electron/api';
import { openArchive } from '../../../../electron/archive/index';
import { createWorkerRunner } from '../../../../electron/jobs/runner';
import { reportToJson } from '../../../../report/json';
import { unitReport } from './helpers';

let dir: string;
let workerFile: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-collect-cancel-'));
  workerFile = await buildJobWorker(path.join(dir, 'job-worker.cjs'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collect with progress and 取消', () => {
  it('shows which files are read, and a cancel leaves the unread files unimported, saying so', async () => {
    const archive = openArchive(path.join(dir, 'a.sqlite'));
    const jobs = createWorkerRunner({ workerFile, holdMs: 4000 });
    const folder = path.join(dir, 'files');
    mkdirSync(folder);
    for (let i = 1; i <= 3; i++) writeFileSync(path.join(folder, `${i}.json`), reportToJson(unitReport(`甲县第${i}局`, i)));
    const api = createApi({
      archive,
      jobs,
      dialogs: { openFile: async () => null, saveFile: async () => null, chooseFolder: async () => folder },
      shell: { showInFolder() {} },
      settingsFile: path.join(dir, 'settings.json'),
      version: 't',
    });
    try {
      const gov = await api.officeSaveGovernment('甲县人民政府');
      await api.officePasteUnits(gov.id, '甲县第1局\n甲县第2局\n甲县第3局', 'department');
      const collecting = api.officeCollect(gov.id, 2023, 'folder');
      await expect.poll(async () => (await api.jobStatus())?.label, { timeout: 10_000 }).toBe('正在收集（1/3）：1.json');
      expect(await api.cancelJob()).toBe(true);
      const r = (await collecting)!;
      expect(r.cancelled).toBe(true);
      expect(r.lines.map((l) => [l.file, l.message])).toEqual([
        ['1.json', '未导入：已取消'],
        ['2.json', '未导入：已取消'],
        ['3.json', '未导入：已取消'],
      ]);
      expect(archive.listReports()).toEqual([]);
    } finally {
      await jobs.close();
      archive.close();
    }
  });
});
