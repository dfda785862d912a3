// The open report's session and save queue (renderer/src/reportSession.ts,
// saveQueue.ts) over the REAL api and a REAL archive file: what the page shows
// must be what the archive will hold once the queued saves land, whatever the
// user opens in between. The api reaches them through the preload's bridge.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi, createApi, type Api } from '../../../electron/api';
import { openArchive } from '../../../electron/archive/index';
import { ArchiveError, type Archive } from '../../../electron/archive/types';
import { makeApiBridge } from '../../../electron/bridge';
import { getCell } from '../../../report/report';
import type { CellAddress } from '../../../report/format';
import type { Report } from '../../../report/report';
import { createReportSession, type ReportSession, type SessionCalls } from '../../../renderer/src/reportSession';

let dir = '';
let archive: Archive;
let api: Api;
/** setCell calls still to refuse as if the file were locked by another program */
let failSetCell = 0;
/** run as the archive is asked for a report: what the user does while the page reloads */
let whileOpening: (() => void) | null = null;
/** window.api as the preload gives it */
let bridge: SessionCalls & { commitImport(input: { report: Report; replace: boolean }): Promise<unknown> };
const newSession = (): ReportSession => createReportSession(() => bridge);
/** the page's 导入替换 (stores/archive.ts commitImport): the open report's saves first, then the import */
const importInto = async (session: ReportSession, report: Report, replace: boolean) => {
  await session.beforeImport(report);
  return bridge.commitImport({ report, replace });
};

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
  bridge = makeApiBridge(Object.keys(api), invoke) as unknown as SessionCalls & { commitImport(input: { report: Report; replace: boolean }): Promise<unknown> };
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

describe('report session save queue', () => {
  it('reopening a report whose save failed shows the queued value, which the retry then stores', async () => {
    const { a, b } = await twoReports();
    const session = newSession();
    await session.open(a);
    failSetCell = 1;
    session.editCells([{ address: CELL, value: 7 }]);
    await session.flush(); // returns on the failure
    expect(session.saveState()).toBe('error');
    // the user looks at another report and comes back before the retry
    await session.open(b);
    await session.open(a);
    expect(getCell(session.state.report!, CELL)).toBe(7);
    session.retryNow();
    await session.flush();
    expect(session.saveState()).toBe('saved');
    expect(getCell(archive.openReport(a).report, CELL)).toBe(7);
    expect(getCell(session.state.report!, CELL)).toBe(7);
  });

  it('reopening a report while its edits are still queued shows them (not the older archive copy)', async () => {
    const { a, b } = await twoReports();
    const session = newSession();
    await session.open(a);
    session.editText('overview', '今年共收到申请十件');
    await session.open(b); // leaving saves the typed text (queued, not yet stored)
    const reopening = session.open(a);
    await reopening;
    expect(session.state.report!.parts.overview).toBe('今年共收到申请十件');
    await session.flush();
    expect(archive.openReport(a).report.parts.overview).toBe('今年共收到申请十件');
  });

  it('a failed save then a success keeps every edit, in order, on disk', async () => {
    const { a } = await twoReports();
    const session = newSession();
    await session.open(a);
    failSetCell = 1;
    session.editCells([{ address: CELL, value: 1 }]);
    session.editCells([{ address: CELL, value: 2 }]);
    session.editCells([{ address: { ...CELL, col: 1 }, value: 3 }]);
    await session.flush();
    expect(session.saveState()).toBe('error');
    session.retryNow();
    await session.flush();
    const r = archive.openReport(a).report;
    expect([getCell(r, CELL), getCell(r, { ...CELL, col: 1 })]).toEqual([2, 3]);
  });

  it('undo reaches the disk, not only the page', async () => {
    const { a } = await twoReports();
    const session = newSession();
    await session.open(a);
    session.editCells([{ address: CELL, value: 5 }]);
    await session.flush();
    expect(getCell(archive.openReport(a).report, CELL)).toBe(5);
    session.undo();
    await session.flush();
    expect(getCell(archive.openReport(a).report, CELL)).toBe(null);
    session.redo();
    await session.flush();
    expect(getCell(archive.openReport(a).report, CELL)).toBe(5);
  });

  it('restoring a revision is refused while a save fails: the retry would land on the restored version', async () => {
    const { a } = await twoReports();
    archive.setText(a, 'overview', '原来的文字');
    const rev = archive.importReport({ ...archive.openReport(a).report, parts: { overview: '导入的文字', problems: '', other: '' } }, { replace: true });
    const [kept] = archive.listRevisions(rev.id);
    const session = newSession();
    await session.open(a);
    failSetCell = 1;
    session.editCells([{ address: CELL, value: 9 }]);
    await session.flush();
    await expect(session.restoreRevision(kept.id)).rejects.toThrow(/保存/);
    await expect(session.finalise()).rejects.toThrow(/保存/);
    expect(archive.openReport(a).report.parts.overview).toBe('导入的文字');
    expect(archive.openReport(a).summary.status).toBe('draft');
    session.retryNow();
    await session.flush();
    expect(getCell(archive.openReport(a).report, CELL)).toBe(9);
    await session.restoreRevision(kept.id);
    expect(session.state.report!.parts.overview).toBe('原来的文字');
    expect(archive.openReport(a).report.parts.overview).toBe('原来的文字');
  });

  it('an edit the archive refuses stays announced as not saved after later edits save, until that field saves', async () => {
    const { a } = await twoReports();
    const session = newSession();
    await session.open(a);
    session.editText('other', '长'.repeat(200_001)); // over the archive's limit: refused, never retried
    await session.flush();
    expect(session.state.saveError).toMatch(/未保存/);
    session.editCells([{ address: CELL, value: 4 }]);
    await session.flush();
    expect(getCell(archive.openReport(a).report, CELL)).toBe(4);
    // the page still holds the refused text: it must not read 已保存 (closing would lose it silently)
    expect(session.saveState()).toBe('error');
    session.editText('other', '改短后的文字');
    await session.flush();
    expect(session.saveState()).toBe('saved');
    expect(archive.openReport(a).report.parts.other).toBe('改短后的文字');
  });

  it('an edit made while the page reloads after restoring a revision is saved and shown', async () => {
    const { a } = await twoReports();
    archive.setText(a, 'overview', '原来的文字');
    archive.importReport({ ...archive.openReport(a).report, parts: { overview: '导入的文字', problems: '', other: '' } }, { replace: true });
    const [kept] = archive.listRevisions(a);
    const session = newSession();
    await session.open(a);
    whileOpening = () => {
      session.editCells([{ address: CELL, value: 3 }]);
      session.editText('other', '重新加载时输入的文字');
    };
    await session.restoreRevision(kept.id);
    expect(getCell(session.state.report!, CELL)).toBe(3);
    expect(session.state.report!.parts.other).toBe('重新加载时输入的文字');
    expect(session.state.report!.parts.overview).toBe('原来的文字');
    await session.flush();
    const r = archive.openReport(a).report;
    expect([getCell(r, CELL), r.parts.other, r.parts.overview]).toEqual([3, '重新加载时输入的文字', '原来的文字']);
  });

  it('an import replacing the open report comes after its queued edits (kept in 导入前), and is refused while they fail', async () => {
    const { a } = await twoReports();
    const session = newSession();
    await session.open(a);
    const replacement = { ...archive.openReport(a).report, parts: { overview: '导入的文字', problems: '', other: '' } };
    failSetCell = 1;
    session.editCells([{ address: CELL, value: 6 }]);
    await session.flush();
    await expect(importInto(session, replacement, true)).rejects.toThrow(/保存/);
    expect(archive.openReport(a).report.parts.overview).toBe('');
    session.retryNow();
    session.editText('overview', '导入前输入的文字');
    await importInto(session, replacement, true); // the typed text lands first
    expect(archive.openReport(a).report.parts.overview).toBe('导入的文字');
    const before = archive.listRevisions(a).find((r) => r.summary === '导入前')!;
    archive.restoreRevision(before.id);
    const r = archive.openReport(a).report;
    expect([getCell(r, CELL), r.parts.overview]).toEqual([6, '导入前输入的文字']);
  });
});
