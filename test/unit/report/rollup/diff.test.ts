import { describe, expect, it } from 'vitest';
import { withCell } from '../../../../report/report';
import { changedCells, overriddenCells } from '../../../../report/rollup/diff';
import { compileTables, compiledReport, type RollupUnit } from '../../../../report/rollup/sum';
import { busyReport, seedReport } from '../../../fixtures/rules/reports';

const unit = (id: string, report = busyReport()): RollupUnit => ({ id, name: `单位${id}`, report });

describe('changedCells / overriddenCells', () => {
  it('a re-imported unit report: exactly the compiled cells that change, with the difference; blank vs 0 counts as a change', () => {
    const before = compileTables([unit('a'), unit('b')]);
    const corrected = withCell(withCell(busyReport(), { table: 'table3', row: '3.1', col: 0 }, 7), { table: 'table2', row: 'feesWanYuan' }, 0.1);
    const after = compileTables([unit('a'), unit('b', corrected)]);
    expect(changedCells(before, after)).toEqual([
      { cell: { table: 'table2', row: 'feesWanYuan' }, before: 0, after: 0.1, difference: 0.1 },
      { cell: { table: 'table3', row: '3.1', col: 0 }, before: 10, after: 12, difference: 2 },
    ]);
    const withBlank = compileTables([unit('a'), unit('b', seedReport())]);
    const review = changedCells(before, withBlank).filter((c) => c.cell.table === 'table4' && c.cell.row === 'review');
    expect(review).toHaveLength(5);
    expect(review[0]).toEqual({ cell: { table: 'table4', row: 'review', col: 0 }, before: 2, after: null });
    expect(changedCells(before, before)).toEqual([]);
  });

  it('a compiled cell the office typed over is found with its difference', () => {
    const compiled = compileTables([unit('a'), unit('b')]);
    const gov = withCell(compiledReport({ unit: '中卫市人民政府', year: 2023, level: 'government' }, compiled), { table: 'table2', row: 'licensing' }, 9000);
    expect(overriddenCells(gov, compiled)).toEqual([{ cell: { table: 'table2', row: 'licensing' }, before: 8674, after: 9000, difference: 326 }]);
  });
});
