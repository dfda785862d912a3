// 导入往年报告 (issue 15 §11) through the api with the real job process and a
// real archive: a folder of real published PDFs (test/fixtures/import/real) and
// a broken file, each to its agency and year, one line per file; the same
// folder again replaces nothing until the clerk consents, and the replaced
// version stays in the report's history.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { buildJobWorker } from '../../../build/build-electron.mjs';
import { createApi } from '../../../electron/api';
import { openArchive } from '../../../electron/archive/index';
import { createWorkerRunner } from '../../../electron/jobs/runner';

const REAL = path.resolve(__dirname, '../../fixtures/import/real');
let dir: string;
let workerFile: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-past-import-'));
  workerFile = await buildJobWorker(path.join(dir, 'job-worker.cjs'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('many past years at once', () => {
  it('each file to its agency and year; a report already there waits for consent, then is replaced with its history kept', async () => {
    const archive = openArchive(path.join(dir, 'a.sqlite'));
    const jobs = createWorkerRunner({ workerFile });
    const folder = path.join(dir, 'files');
    mkdirSync(folder);
    for (const f of ['hongze-district-2023.pdf', 'hongze-district-2024.pdf', 'huaian-city-2024.pdf']) copyFileSync(path.join(REAL, f), path.join(folder, f));
    writeFileSync(path.join(folder, 'broken.pdf'), '%PDF-1.4 not really');
    writeFileSync(path.join(folder, 'notes.xlsx'), 'not offered'); // no report kind: not even listed
    const api = createApi({
      archive,
      jobs,
      dialogs: { openFile: async () => null, saveFile: async () => null, chooseFolder: async () => folder },
      shell: { showInFolder() {} },
      settingsFile: path.join(dir, 'settings.json'),
      version: 't',
    });
    try {
      const first = (await api.importPastFiles('folder'))!;
      expect(first.cancelled).toBe(false);
      expect(first.lines.map((l) => [l.fileName, l.outcome, l.agency, l.year])).toEqual([
        ['broken.pdf', 'failed', undefined, undefined],
        ['hongze-district-2023.pdf', 'imported', '洪泽区人民政府', 2023],
        ['hongze-district-2024.pdf', 'imported', '淮安市洪泽区人民政府', 2024],
        ['huaian-city-2024.pdf', 'imported', '淮安市人民政府', 2024],
      ]);
      expect(first.lines[0].message).toMatch(/PDF/);
      expect(first.lines.find((l) => l.fileName === 'huaian-city-2024.pdf')?.notes).toBe(0);
      const stored = archive.listReports().map((r) => [r.agencyName, r.year]);
      expect(stored).toHaveLength(3);
      const huaian = archive.listReports().find((r) => r.agencyName === '淮安市人民政府')!;
      expect(archive.openReport(huaian.id).report.table3['3.6.1']).toEqual([67, 3, 0, 0, 1, 0, 71]);

      const again = (await api.importPastFiles('folder'))!;
      const waiting = again.lines.filter((l) => l.outcome === 'exists');
      expect(waiting.map((l) => l.fileName)).toEqual(['hongze-district-2023.pdf', 'hongze-district-2024.pdf', 'huaian-city-2024.pdf']);
      expect(waiting.every((l) => l.pending && l.message === '档案中已有这一年的报告，未替换')).toBe(true);
      expect(archive.listRevisions(huaian.id)).toHaveLength(0);

      const replaced = await api.importPastReplace([waiting[2].pending!]);
      expect(replaced.map((l) => [l.fileName, l.outcome])).toEqual([['huaian-city-2024.pdf', 'replaced']]);
      expect(JSON.stringify(archive.listRevisions(huaian.id))).toContain('导入前'); // the replaced version, kept
      expect((await api.importPastReplace([waiting[2].pending!]))[0].outcome).toBe('failed'); // once only
      expect(archive.listReports()).toHaveLength(3);
    } finally {
      await jobs.close();
      archive.close();
    }
  }, 120_000);
});
