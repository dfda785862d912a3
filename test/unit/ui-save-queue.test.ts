// The renderer's save queue (renderer/src/stores/report.ts) over the REAL api
// and a REAL archive file: what the page shows must be what the archive will
// hold once the queued saves land, whatever the user opens in between.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi, createApi, type Api } from '../../electron/api';
import { openArchive } from '../../electron/archive/index';
import { ArchiveError, type Archive } from '../../electron/archive/types';
import { makeApiBridge } from '../../electron/bridge';
import { getCell } from '../../report/report';
import type { CellAddress } from '../../report/format';
import type { Cell } from '../../report/report';
import type { Report } from '../../report/report';

// the store is type-checked with the renderer (tsconfig.web.json, DOM types); loaded here by a
// path tsc -p tsconfig.node.json does not follow, with the surface this test uses
interface ReportStore {
  report: Report | null;
  saveState: 'saved' | 'saving' | 'error';
  open(id: number): Promise<void>;
  editCells(edits: { address: CellAddress; value: Cell }[]): void;
  editText(field: 'overview' | 'other', text: string): void;
  saveError: string | null;
  flush(): Promise<void>;
  retryNow(): void;
  undo(): boolean;
  redo(): boolean;
  restoreRevision(revisionId: number): Promise<void>;
  finalise(): Promise<void>;
}
const STORE = '../../renderer/src/stores/report';
const ARCHIVE_STORE = '../../renderer/src/stores/archive';
const useArchiveStore = async (): Promise<{ commitImport(r: Report, replace: boolean): Promise<unknown> }> =>
  ((await import(/* @vite-ignore */ ARCHIVE_STORE)) as { useArchiveStore: () => { commitImport(r: Report, replace: boolean): Promise<unknown> } }).useArchiveStore();
const useReportStore = async (): Promise<ReportStore> => ((await import(/* @vite-ignore */ STORE)) as { useReportStore: () => ReportStore }).useReportStore();

let dir = '';
let archive: Archive;
let api: Api;
/** setCell calls still to refuse as if the file were locked by another program */
let failSetCell = 0;
/** run as the archive is asked for a report: what the user does while the page reloads */
let whileOpening: (() => void) | null = null;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-queue-'));
  archive = openArchive(path.join(dir, '档案.sqlite'));
  api = createApi({
    archive,
    dialogs: { openFile: async () => null, saveFile: async () => null, chooseFolder: async () => null },
    shell: { showInFolder() {} },
    settingsFile: path.join(dir, 'settings.json'),
    version: '0.0.0',
  });
  const invoke = async (channel: string, ...args: unknown[]) => {
    const key = channel.slice('api:'.length);
    if (key === 'setCell' && failSetCell > 0) {
      failSetCell--;
      return { ok: false, error: { message: new ArchiveError('档案文件正被另一个程序或窗口使用，这次修改没有保存。', 'locked').message, code: 'locked' } };
    }
    if (key === 'openReport' && whileOpening) {
      const f = whileOpening;
      whileOpening = null;
      f();
    }
    return callApi(api, key, args);
  };
  (globalThis as unknown as { window: unknown }).window = { api: makeApiBridge(Object.keys(api), invoke) };
  setActivePinia(createPinia());
  failSetCell = 0;
  whileOpening = null;
});
afterEach(() => {
  archive.close();
  rmSync(dir, { recursive: true, force: true });
});

const CELL: CellAddress = { table: 'table3', row: '1', col: 0 };

async function twoReports() {
  const ag = archive.saveAgency({ name: '某某局', level: 'department' });
  const a = archive.createReport({ agencyId: ag.id, year: 2024, from: 'blank' });
  const b = archive.createReport({ agencyId: ag.id, year: 2023, from: 'blank' });
  return { a: a.id, b: b.id };
}

describe('report store save queue', () => {
  it('reopening a report whose save failed shows the queued value, which the retry then stores', async () => {
    const { a, b } = await twoReports();
    const store = await useReportStore();
    await store.open(a);
    failSetCell = 1;
    store.editCells([{ address: CELL, value: 7 }]);
    await store.flush(); // returns on the failure
    expect(store.saveState).toBe('error');
    // the user looks at another report and comes back before the retry
    await store.open(b);
    await store.open(a);
    expect(getCell(store.report!, CELL)).toBe(7);
    store.retryNow();
    await store.flush();
    expect(store.saveState).toBe('saved');
    expect(getCell(archive.openReport(a).report, CELL)).toBe(7);
    expect(getCell(store.report!, CELL)).toBe(7);
  });

  it('reopening a report while its edits are still queued shows them (not the older archive copy)', async () => {
    const { a, b } = await twoReports();
    const store = await useReportStore();
    await store.open(a);
    store.editText('overview', '今年共收到申请十件');
    await store.open(b); // leaving saves the typed text (queued, not yet stored)
    const reopening = store.open(a);
    await reopening;
    expect(store.report!.parts.overview).toBe('今年共收到申请十件');
    await store.flush();
    expect(archive.openReport(a).report.parts.overview).toBe('今年共收到申请十件');
  });

  it('a failed save then a success keeps every edit, in order, on disk', async () => {
    const { a } = await twoReports();
    const store = await useReportStore();
    await store.open(a);
    failSetCell = 1;
    store.editCells([{ address: CELL, value: 1 }]);
    store.editCells([{ address: CELL, value: 2 }]);
    store.editCells([{ address: { ...CELL, col: 1 }, value: 3 }]);
    await store.flush();
    expect(store.saveState).toBe('error');
    store.retryNow();
    await store.flush();
    const r = archive.openReport(a).report;
    expect([getCell(r, CELL), getCell(r, { ...CELL, col: 1 })]).toEqual([2, 3]);
  });

  it('undo reaches the disk, not only the page', async () => {
    const { a } = await twoReports();
    const store = await useReportStore();
    await store.open(a);
    store.editCells([{ address: CELL, value: 5 }]);
    await store.flush();
    expect(getCell(archive.openReport(a).report, CELL)).toBe(5);
    store.undo();
    await store.flush();
    expect(getCell(archive.openReport(a).report, CELL)).toBe(null);
    store.redo();
    await store.flush();
    expect(getCell(archive.openReport(a).report, CELL)).toBe(5);
  });

  it('restoring a revision is refused while a save fails: the retry would land on the restored version', async () => {
    const { a } = await twoReports();
    archive.setText(a, 'overview', '原来的文字');
    const rev = archive.importReport({ ...archive.openReport(a).report, parts: { overview: '导入的文字', problems: '', other: '' } }, { replace: true });
    const [kept] = archive.listRevisions(rev.id);
    const store = await useReportStore();
    await store.open(a);
    failSetCell = 1;
    store.editCells([{ address: CELL, value: 9 }]);
    await store.flush();
    await expect(store.restoreRevision(kept.id)).rejects.toThrow(/保存/);
    await expect(store.finalise()).rejects.toThrow(/保存/);
    expect(archive.openReport(a).report.parts.overview).toBe('导入的文字');
    expect(archive.openReport(a).summary.status).toBe('draft');
    store.retryNow();
    await store.flush();
    expect(getCell(archive.openReport(a).report, CELL)).toBe(9);
    await store.restoreRevision(kept.id);
    expect(store.report!.parts.overview).toBe('原来的文字');
    expect(archive.openReport(a).report.parts.overview).toBe('原来的文字');
  });

  it('an edit the archive refuses stays announced as not saved after later edits save, until that field saves', async () => {
    const { a } = await twoReports();
    const store = await useReportStore();
    await store.open(a);
    store.editText('other', '长'.repeat(200_001)); // over the archive's limit: refused, never retried
    await store.flush();
    expect(store.saveError).toMatch(/未保存/);
    store.editCells([{ address: CELL, value: 4 }]);
    await store.flush();
    expect(getCell(archive.openReport(a).report, CELL)).toBe(4);
    // the page still holds the refused text: it must not read 已保存 (closing would lose it silently)
    expect(store.saveState).toBe('error');
    store.editText('other', '改短后的文字');
    await store.flush();
    expect(store.saveState).toBe('saved');
    expect(archive.openReport(a).report.parts.other).toBe('改短后的文字');
  });

  it('an edit made while the page reloads after restoring a revision is saved and shown', async () => {
    const { a } = await twoReports();
    archive.setText(a, 'overview', '原来的文字');
    archive.importReport({ ...archive.openReport(a).report, parts: { overview: '导入的文字', problems: '', other: '' } }, { replace: true });
    const [kept] = archive.listRevisions(a);
    const store = await useReportStore();
    await store.open(a);
    whileOpening = () => {
      store.editCells([{ address: CELL, value: 3 }]);
      store.editText('other', '重新加载时输入的文字');
    };
    await store.restoreRevision(kept.id);
    expect(getCell(store.report!, CELL)).toBe(3);
    expect(store.report!.parts.other).toBe('重新加载时输入的文字');
    expect(store.report!.parts.overview).toBe('原来的文字');
    await store.flush();
    const r = archive.openReport(a).report;
    expect([getCell(r, CELL), r.parts.other, r.parts.overview]).toEqual([3, '重新加载时输入的文字', '原来的文字']);
  });

  it('an import replacing the open report comes after its queued edits (kept in 导入前), and is refused while they fail', async () => {
    const { a } = await twoReports();
    const store = await useReportStore();
    const archiveStore = await useArchiveStore();
    await store.open(a);
    const replacement = { ...archive.openReport(a).report, parts: { overview: '导入的文字', problems: '', other: '' } };
    failSetCell = 1;
    store.editCells([{ address: CELL, value: 6 }]);
    await store.flush();
    await expect(archiveStore.commitImport(replacement, true)).rejects.toThrow(/保存/);
    expect(archive.openReport(a).report.parts.overview).toBe('');
    store.retryNow();
    store.editText('overview', '导入前输入的文字');
    await archiveStore.commitImport(replacement, true); // the typed text lands first
    expect(archive.openReport(a).report.parts.overview).toBe('导入的文字');
    const before = archive.listRevisions(a).find((r) => r.summary === '导入前')!;
    archive.restoreRevision(before.id);
    const r = archive.openReport(a).report;
    expect([getCell(r, CELL), r.parts.overview]).toEqual([6, '导入前输入的文字']);
  });
});
