// The compiled tables: cell by cell sums, blank is not zero, a county's total counted once.
import { describe, expect, it } from 'vitest';
import { cellsOf, FEE_DECIMALS, FORMATS, type CellAddress } from '../../../../report/format';
import { getCell, withCell, type Report } from '../../../../report/report';
import { compileTables, compiledReport, exactSum, type RollupUnit } from '../../../../report/rollup/sum';
import { validateReport } from '../../../../report/rules/index';
import { kindOf } from '../../../../report/sums';
import { randomConsistentReport } from '../../../fixtures/rules/randomReport';
import { busyReport, completeReport, seedReport } from '../../../fixtures/rules/reports';

const CELLS = cellsOf(FORMATS['2021']);
const unit = (id: string, report: Report | null, extra: Partial<RollupUnit> = {}): RollupUnit => ({ id, name: `单位${id}`, report, ...extra });
const fee: CellAddress = { table: 'table2', row: 'feesWanYuan' };
const t31: CellAddress = { table: 'table3', row: '3.1', col: 0 };

describe('compileTables', () => {
  it('every cell is the sum of the units’ cells (an independent sum over random consistent reports)', () => {
    const reports = Array.from({ length: 12 }, (_, i) => ({ ...randomConsistentReport(i + 1), unit: `单位${i}` }));
    const c = compileTables(reports.map((r, i) => unit(String(i), r)));
    for (const a of CELLS) {
      // amounts in 万元 have at most FEE_DECIMALS decimals: add them as whole units of the last one
      const scale = kindOf(a) === 'amount' ? 10 ** FEE_DECIMALS : 1;
      let whole = 0;
      for (const r of reports) whole += Math.round((getCell(r, a) as number) * scale);
      const want = whole / scale;
      expect(getCell(c as unknown as Report, a), JSON.stringify(a)).toBe(want);
      expect(c.provenance(a)).toMatchObject({ sum: want, blank: [], missing: [] });
      expect(c.provenance(a)!.parts).toHaveLength(12);
    }
    expect(c.included.map((u) => u.id)).toEqual(reports.map((_, i) => String(i)));
    // the compiled report of sums of consistent reports is itself consistent
    const gov = compiledReport({ unit: '中卫市人民政府', year: 2023, level: 'government' }, c);
    expect(validateReport(gov).filter((f) => f.rule.startsWith('table'))).toEqual([]);
  });

  it('a unit’s blank is not a zero: the compiled cell stays blank, its provenance has the partial sum and names the blank units', () => {
    const a = withCell(busyReport(), t31, 5);
    const b = withCell(busyReport(), t31, null);
    const c = withCell(busyReport(), t31, 2);
    const compiled = compileTables([unit('a', a), unit('b', b), unit('c', c)]);
    expect(getCell(compiled as unknown as Report, t31)).toBeNull();
    expect(compiled.provenance(t31)).toEqual({
      sum: 7,
      parts: [
        { id: 'a', unit: '单位a', value: 5 },
        { id: 'c', unit: '单位c', value: 2 },
      ],
      blank: ['单位b'],
      missing: [],
    });
    // the seed's table 四 is blank: every compiled cell of it stays blank, never 0
    const withSeed = compileTables([unit('a', busyReport()), unit('s', seedReport())]);
    for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) expect(withSeed.table4[g]).toEqual([null, null, null, null, null]);
    expect(withSeed.provenance({ table: 'table4', row: 'review', col: 4 })).toMatchObject({ sum: 2, blank: ['单位s'] });
    // every unit blank: sum null
    const none = compileTables([unit('s', seedReport())]);
    expect(none.provenance({ table: 'table4', row: 'review', col: 0 })).toMatchObject({ sum: null, parts: [], blank: ['单位s'] });
  });

  it('units without a report are listed as missing, and the received ones are summed', () => {
    const c = compileTables([unit('a', busyReport()), unit('m', null), unit('b', busyReport())]);
    expect(c.missing).toEqual(['单位m']);
    expect(c.table3['1'][6]).toBe(24);
    expect(c.provenance({ table: 'table3', row: '1', col: 6 })).toMatchObject({ sum: 24, missing: ['单位m'] });
    // nothing received: every cell blank
    const empty = compileTables([unit('m', null)]);
    expect(CELLS.every((a) => getCell(empty as unknown as Report, a) === null)).toBe(true);
  });

  it('a county under the city with its own compiled total is summed as that total, never also through its own units', () => {
    const countyTotal = { ...busyReport(), unit: '沙坡头区人民政府', level: 'government' as const };
    const dept = withCell(busyReport(), t31, 100);
    const cityDept = busyReport();
    const units = [unit('county', countyTotal), unit('countyDept', dept, { parent: 'county' }), unit('cityDept', cityDept)];
    const c = compileTables(units);
    expect(c.table3['3.1'][0]).toBe(5 + 5); // county total + city department, not the county's department's 100
    expect(c.included.map((u) => u.id)).toEqual(['county', 'cityDept']);
    expect(c.skipped).toEqual([{ id: 'countyDept', unit: '单位countyDept', why: '已计入“单位county”的汇总数，不再单独计入' }]);
    // a township under the county's department (two levels down) is skipped too
    const deeper = compileTables([...units, unit('sub', busyReport(), { parent: 'countyDept' })]);
    expect(deeper.skipped.map((s) => s.id)).toEqual(['countyDept', 'sub']);
    // a county that does not compile its own (ownTotal false) is summed through its units
    const through = compileTables([unit('county', null, { ownTotal: false }), unit('countyDept', dept, { parent: 'county' })]);
    expect(through.table3['3.1'][0]).toBe(100);
    expect(through.missing).toEqual(['单位county']);
    // a county that compiles its own but whose total has not come: its units wait, not summed in its place
    const waiting = compileTables([unit('county', null, { ownTotal: true }), unit('countyDept', dept, { parent: 'county' })]);
    expect(waiting.skipped[0].why).toMatch(/尚未收到/);
    expect(waiting.missing).toEqual(['单位county']);
  });

  it('amounts in 万元 add without float drift', () => {
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(exactSum([1.01, 2.02, 3.03])).toBe(6.06);
    const fees = [0.1, 0.2, 0.7, 1.15, 2.05];
    const c = compileTables(fees.map((v, i) => unit(String(i), withCell(completeReport(), fee, v))));
    expect(c.table2.feesWanYuan).toBe(4.2);
    expect(0.1 + 0.2 + 0.7 + 1.15 + 2.05).not.toBe(4.2); // what naive adding would give
  });

  it('compiledReport: a government report of edition 2021 with the tables; the office’s texts kept from its previous version', () => {
    const c = compileTables([unit('a', busyReport()), unit('b', busyReport())]);
    const fresh = compiledReport({ unit: '中卫市人民政府', year: 2023, level: 'government' }, c);
    expect(fresh).toMatchObject({ format: 'zfxxgk-annual-report', edition: '2021', unit: '中卫市人民政府', year: 2023, level: 'government' });
    expect(fresh.title).toBe('中卫市人民政府2023年政府信息公开工作年度报告');
    expect(fresh.table3['1']).toEqual([18, 4, 0, 0, 2, 0, 24]);
    const office = { ...fresh, parts: { overview: '全市……', problems: '一是……', other: '无' }, explanations: [{ rule: 'rollup.sum', text: '已核实' }] };
    const again = compiledReport({ unit: '中卫市人民政府', year: 2023, level: 'government' }, compileTables([unit('a', busyReport())]), office);
    expect(again.parts).toEqual(office.parts);
    expect(again.explanations).toEqual(office.explanations);
    expect(again.table3['1']).toEqual([9, 2, 0, 0, 1, 0, 12]);
    // the compiled tables are copies: editing the report leaves the compiled result alone
    again.table3['1'][0] = 0;
    expect(c.table3['1'][0]).toBe(18);
  });
});
