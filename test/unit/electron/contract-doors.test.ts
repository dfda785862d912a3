// One contract, two doors: the same wrong argument sent over IPC (wireApi →
// callApi, through the preload's bridge) and straight to the archive is refused
// with the same Chinese message. And the api's real answers fit the result schemas.
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../electron/api';
import type { Archive } from '../../../electron/archive/types';
import { useTempApi } from './temp-api';
import { ApiError, API_KEYS_CHANNEL, makeApiBridge } from '../../../electron/bridge';
import { CONTRACT, type ApiKey } from '../../../electron/contract';
import { wireApi, type IpcEventLike, type IpcMainLike } from '../../../electron/ipc';

const APP = 'file:///opt/nianbao/dist/renderer/index.html';

/** ipcMain and ipcRenderer as Electron pairs them (arguments structured-cloned). */
function page(api: Api) {
  const handlers = new Map<string, (e: IpcEventLike, ...a: unknown[]) => Promise<unknown>>();
  const syncs = new Map<string, (e: IpcEventLike) => void>();
  const ipc: IpcMainLike = { handle: (c, l) => void handlers.set(c, l), on: (c, l) => void syncs.set(c, l), removeHandler: (c) => void handlers.delete(c) };
  wireApi(ipc, api, (u) => u === APP);
  const frame = { senderFrame: { url: APP, parent: null } };
  const e: IpcEventLike = { ...frame };
  syncs.get(API_KEYS_CHANNEL)!(e);
  return makeApiBridge(e.returnValue as string[], async (channel, ...args) => structuredClone(await handlers.get(channel)!(frame, ...structuredClone(args))));
}

let archive: Archive;
let api: Api;
useTempApi('nianbao-doors-', (t) => void ({ api, archive } = t));

async function ipcRefusal(key: string, ...args: unknown[]): Promise<string> {
  const e = await page(api)[key](...args).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e, `${key} over IPC should be refused`).toBeInstanceOf(ApiError);
  expect((e as ApiError).code).toBe('invalid-argument');
  return (e as ApiError).message;
}
function archiveRefusal(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    expect((e as { code?: string }).code).toBe('invalid-argument');
    return (e as Error).message;
  }
  throw new Error('the archive accepted it');
}

describe('the same wrong argument, the same message by either door', () => {
  it('cells, texts, explanations, reasons, searches, agencies, new reports', async () => {
    const agency = archive.saveAgency({ name: '中卫市应急管理局', level: 'department' });
    const id = archive.createReport({ agencyId: agency.id, year: 2024, from: 'blank' }).id;
    const A = { table: 'table3', row: '1', col: 0 };
    const cases: [ApiKey, unknown[], () => unknown, RegExp][] = [
      ['setCell', [id, A, -5], () => archive.setCell(id, A as never, -5), /不能填写负数/],
      ['setCell', [id, A, 1.5], () => archive.setCell(id, A as never, 1.5), /件数应为整数/],
      ['setCell', [id, { table: 'table2', row: 'feesWanYuan' }, 0.123456789], () => archive.setCell(id, { table: 'table2', row: 'feesWanYuan' }, 0.123456789), /6 位小数/],
      ['setCell', [id, { ...A, col: 99 }, 3], () => archive.setCell(id, { ...A, col: 99 } as never, 3), /单元格位置不正确（col）/],
      ['setCell', [id, { table: 'table3', row: '9', col: 0 }, 3], () => archive.setCell(id, { table: 'table3', row: '9', col: 0 }, 3), /没有这个单元格/],
      ['setCell', [id, A, 'twelve'], () => archive.setCell(id, A as never, 'twelve' as never), /单元格的值不正确/],
      ['setCell', [0, A, 3], () => archive.setCell(0, A as never, 3), /编号不正确/],
      ['setText', [id, 'secrets', 'x'], () => archive.setText(id, 'secrets' as never, 'x'), /文字栏目不正确/],
      ['setExplanation', [id, { rule: 'cell.missing', table: 'table3', row: '1', col: 9, text: '说明' }], () => archive.setExplanation(id, { rule: 'cell.missing', table: 'table3', row: '1', col: 9, text: '说明' }), /（col）：不能大于 6/],
      ['removeExplanation', [id, { rule: '' }], () => archive.removeExplanation(id, { rule: '' }), /审核说明的位置不正确（rule）/],
      ['reopen', [id, '   '], () => archive.reopen(id, '   '), /请填写重新打开的原因/],
      ['search', ['  '], () => archive.search('  '), /请填写要搜索的内容/],
      ['saveAgency', [{ name: '\u200b ', level: 'department' }], () => archive.saveAgency({ name: '\u200b ', level: 'department' }), /机关名称不能为空/],
      ['saveAgency', [{ name: '某局', level: 'county' }], () => archive.saveAgency({ name: '某局', level: 'county' as never }), /机关层级不正确/],
      ['createReport', [{ agencyId: agency.id, year: 1999, from: 'blank' }], () => archive.createReport({ agencyId: agency.id, year: 1999, from: 'blank' }), /年度不正确：不能小于 2000/],
      ['listReports', [{ includeDeleted: 'yes' }], () => archive.listReports({ includeDeleted: 'yes' as never }), /列表选项不正确/],
    ];
    for (const [key, args, direct, why] of cases) {
      const overIpc = await ipcRefusal(key, ...args);
      expect(overIpc, `${key}(${JSON.stringify(args)})`).toMatch(why);
      expect(overIpc).toMatch(/[\u4e00-\u9fff]/);
      expect(archiveRefusal(direct), `${key}(${JSON.stringify(args)}) in the archive`).toBe(overIpc);
    }
    // nothing of it was stored
    expect(archive.openReport(id).report.table3['1'][0]).toBeNull();
    expect(archive.listAgencies()).toHaveLength(1);
  });

  it('an imported report the archive refuses is refused with the same words through commitImport', async () => {
    const r = archive.openReport(archive.createReport({ agencyId: archive.saveAgency({ name: '某局', level: 'department' }).id, year: 2024, from: 'blank' }).id).report;
    const bad = structuredClone(r);
    bad.table3['1'][0] = -5;
    const overIpc = await ipcRefusal('commitImport', { report: bad, replace: true });
    expect(overIpc).toMatch(/^要导入的报告不正确：表三“一、本年新收政府信息公开申请数量”行“自然人”列：不能填写负数/);
    expect(archiveRefusal(() => archive.importReport(bad, { replace: true }))).toBe(overIpc);
  });
});

describe('the answers fit the contract', () => {
  it('every answer of a typical session parses with its result schema', async () => {
    const call = async (key: ApiKey, ...args: unknown[]) => {
      const value = await page(api)[key](...args);
      const parsed = CONTRACT[key].result.safeParse(value);
      expect(parsed.success, `${key}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues[0])}`).toBe(true);
      return value as any;
    };
    await call('getAppInfo');
    await call('getSettings');
    await call('saveSettings', { signature: true });
    const agency = await call('saveAgency', { name: '中卫市应急管理局', level: 'department' });
    await call('listAgencies');
    const s = await call('createReport', { agencyId: agency.id, year: 2024, from: 'blank' });
    await call('setCell', s.id, { table: 'table3', row: '1', col: 0 }, 3);
    await call('setText', s.id, 'overview', '本局主动公开政府信息。');
    await call('setExplanation', s.id, { rule: 'cell.missing', table: 'table3', row: '1', col: 1, text: '本年未发生' });
    await call('removeExplanation', s.id, { rule: 'cell.missing', table: 'table3', row: '1', col: 1 });
    await call('openReport', s.id);
    await call('listReports');
    await call('listReports', { includeDeleted: true });
    await call('search', '主动公开');
    await call('listRevisions', s.id);
    await call('validate', s.id, { final: true });
    const preview = await call('importText', '中卫市应急管理局2023年政府信息公开工作年度报告\n一、总体情况\n本局主动公开。');
    await call('commitImport', { report: preview.report, replace: false, agencyId: agency.id });
    await call('deleteReport', s.id);
    await call('restoreReport', s.id);
    await call('listBackups');
    await call('importFile');
    await call('backupTo');
  });

  it('a wrong answer does not fit (the schemas check something)', () => {
    expect(CONTRACT.openReport.result.safeParse({ summary: {}, report: {}, previous: null, inForceHint: null }).success).toBe(false);
    expect(CONTRACT.listAgencies.result.safeParse([{ id: '1', name: 'x', level: 'department', parentId: null }]).success).toBe(false);
    expect(CONTRACT.validate.result.safeParse([{ rule: 'x', severity: 'fatal', message: '' }]).success).toBe(false);
  });
});
