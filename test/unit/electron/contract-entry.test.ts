// One validation for every entry path (issue 10, item 10): an import stores no
// cell value setCell refuses; agency names are normalised and compared as the
// user sees them; texts are stored well-formed whichever way they came in.
import { describe, expect, it } from 'vitest';
import { callApi, type Api } from '../../../electron/api';
import type { Archive } from '../../../electron/archive/types';
import { useTempApi } from './temp-api';
import { asEdition, blankReport, withCell, type Report } from '../../../report/report';
import type { CellAddress } from '../../../report/format';

let archive: Archive;
let api: Api;
useTempApi('nianbao-entry-', (t) => void ({ api, archive } = t));

async function call(key: string, ...args: unknown[]) {
  const r = await callApi(api, key, args);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as any;
}
async function refusal(key: string, ...args: unknown[]): Promise<string> {
  const r = await callApi(api, key, args);
  expect(r.ok, `${key} should be refused`).toBe(false);
  return r.ok ? '' : r.error.message;
}

const natural: CellAddress = { table: 'table3', row: '1', col: 0 };
const fee: CellAddress = { table: 'table2', row: 'feesWanYuan' };

describe('commitImport refuses what setCell refuses', () => {
  it.each([
    ['a negative count', natural, -5, '不能填写负数'],
    ['1.5 as a count', natural, 1.5, '件数应为整数'],
    ['1e300', natural, 1e300, '过大'],
    ['a fee with 9 decimals', fee, 0.123456789, '6 位小数'],
  ])('%s: the same reason as setCell, nothing stored', async (_, at, v, why) => {
    const agency = await call('saveAgency', { name: '某局', level: 'department' });
    const s = await call('createReport', { agencyId: agency.id, year: 2024, from: 'blank' });
    const setCellSays = await refusal('setCell', s.id, at, v);
    expect(setCellSays).toContain(why);
    const report = withCell(blankReport('某局', 2023), at, v);
    const importSays = await refusal('commitImport', { report, replace: false });
    expect(importSays).toContain(why);
    // the reason is the cell check's own words, whichever door
    expect(importSays.slice(importSays.indexOf('：') + 1)).toBe(setCellSays.slice(setCellSays.indexOf('：') + 1));
    expect(archive.listReports().map((r) => r.year)).toEqual([2024]);
  });

  it('accepts a fee with 6 decimals, as setCell does', async () => {
    const s = await call('commitImport', { report: withCell(blankReport('某局', 2023), fee, 0.123456), replace: false });
    expect(asEdition(archive.openReport(s.id).report, '2021').table2.feesWanYuan).toBe(0.123456);
    expect((await call('setCell', s.id, fee, 0.654321)).id).toBe(s.id);
  });
});

describe('agency names as the user sees them', () => {
  it('a trailing zero-width space or ideographic space makes no second agency', async () => {
    const a = await call('saveAgency', { name: '中卫市应急管理局', level: 'department' });
    for (const lookAlike of ['中卫市应急管理局\u200b', '\u3000中卫市应急管理局 ', '中卫\u2060市应急管理局\ufeff']) {
      expect(await refusal('saveAgency', { name: lookAlike, level: 'department' })).toContain('已有名为“中卫市应急管理局”的机关');
    }
    expect(archive.listAgencies()).toEqual([a]);
  });

  it('a new name is stored normalised: marks dropped, a lone surrogate one U+FFFD', async () => {
    expect((await call('saveAgency', { name: ' 某局\u200b', level: 'department' })).name).toBe('某局');
    expect((await call('saveAgency', { name: '某\uD83D局', level: 'department' })).name).toBe('某\uFFFD局');
    expect(archive.listAgencies().map((x) => x.name).sort()).toEqual(['某局', '某\uFFFD局'].sort());
  });

  it('an import whose unit is a look-alike lands on the existing agency', async () => {
    const a = await call('saveAgency', { name: '中卫市应急管理局', level: 'department' });
    const s = await call('commitImport', { report: blankReport('中卫市应急管理局\u200b ', 2023), replace: false });
    expect(s.agencyId).toBe(a.id);
    expect(archive.listAgencies()).toHaveLength(1);
    expect(archive.openReport(s.id).report.unit).toBe('中卫市应急管理局');
  });

  it('a name stored before names were normalised is still found by its look-alike', () => {
    // as an older version stored it (straight into the table, marks and all)
    (archive as unknown as { db: { prepare(s: string): { run(...a: unknown[]): void } } }).db
      .prepare("INSERT INTO agencies (name, level, parent_id) VALUES (?, 'department', NULL)")
      .run('旧局\u200b');
    expect(() => archive.saveAgency({ name: '旧局', level: 'department' })).toThrow('已有名为“旧局”的机关');
  });
});

describe('texts are stored well-formed by every entry path', () => {
  it('setText drops U+FFFE, U+FFFF and control characters XML cannot hold', async () => {
    const agency = await call('saveAgency', { name: '某局', level: 'department' });
    const s = await call('createReport', { agencyId: agency.id, year: 2024, from: 'blank' });
    await call('setText', s.id, 'overview', '本局\uFFFE主动\uFFFF公开\u0001。\n第二行\t完');
    expect(archive.openReport(s.id).report.parts.overview).toBe('本局主动公开。\n第二行\t完');
  });

  it('an import drops them too, in every text and in explanations', async () => {
    const r: Report = { ...blankReport('某局', 2023), title: '标题\uFFFE', closing: '结尾\u0008', explanations: [{ rule: 'cell.missing', table: 'table3', row: '1', col: 0, text: '说明\uFFFF' }] };
    r.parts.problems = '问题\uFFFE';
    const s = await call('commitImport', { report: r, replace: false });
    const stored = archive.openReport(s.id).report;
    expect([stored.title, stored.closing, stored.parts.problems, stored.explanations?.[0].text]).toEqual(['标题', '结尾', '问题', '说明']);
  });
});
