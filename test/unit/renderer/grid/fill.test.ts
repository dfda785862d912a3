import { describe, expect, it } from 'vitest';
import { validateReport } from '../../../../report/rules/index';
import { blankReport, getCell, setCellInPlace, type Report } from '../../../../report/report';
import { COMPUTED_TOTALS } from '../../../../report/sums';
import { copyPreviousPlan, fillBlanksPlan, fillDownPlan, fillRangePlan, tableCells } from '../../../../renderer/src/components/grid/fill';
import type { CellChange } from '../../../../renderer/src/components/grid/paste';

const t3 = (row: string, col: number) => ({ table: 'table3' as const, row, col });

function apply(r: Report, changes: CellChange[]): Report {
  const next = structuredClone(r);
  for (const c of changes) setCellInPlace(next, c.address, c.value);
  return next;
}

describe('填充空白为 0', () => {
  it('fills every blank of a blank report, and its blank-cell findings go', () => {
    const r = blankReport('测试局', 2024);
    const plan = fillBlanksPlan(r, tableCells());
    expect(plan).toHaveLength(tableCells().length);
    const after = apply(r, plan);
    expect(tableCells().every((a) => getCell(after, a) === 0)).toBe(true);
    expect(validateReport(after, {}).filter((f) => f.rule === 'cell.missing')).toEqual([]);
  });

  it('leaves figures already typed, and computes the totals from them rather than writing 0', () => {
    const r = blankReport('测试局', 2024);
    r.table2.licensing = 4337;
    r.table3['1'][0] = 5; // 新收 自然人
    const after = apply(r, fillBlanksPlan(r, tableCells()));
    expect(after.table2.licensing).toBe(4337);
    expect(after.table3['1'][0]).toBe(5);
    expect(after.table3['1'][6]).toBe(5); // 总计 of row 一
    for (const d of COMPUTED_TOTALS) {
      const sum = d.addends.reduce((s, a) => s + (getCell(after, a) ?? 0), 0);
      expect(getCell(after, d.total)).toBe(sum);
    }
  });

  it('one table only', () => {
    const r = blankReport('测试局', 2024);
    const after = apply(r, fillBlanksPlan(r, tableCells(['table2'])));
    expect(tableCells(['table2']).every((a) => getCell(after, a) === 0)).toBe(true);
    expect(tableCells(['table3', 'table4']).every((a) => getCell(after, a) === null)).toBe(true);
  });

  it('a selection holding only a total whose addends stay blank fills nothing (no made-up 0)', () => {
    const r = blankReport('测试局', 2024);
    expect(fillBlanksPlan(r, [t3('1', 6)])).toEqual([]);
    // with its row's cells selected too, the total is their sum
    const row = [0, 1, 2, 3, 4, 5, 6].map((c) => t3('1', c));
    const after = apply(r, fillBlanksPlan(r, row));
    expect(after.table3['1']).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('nothing to fill in a complete table', () => {
    const r = blankReport('测试局', 2024);
    const full = apply(r, fillBlanksPlan(r, tableCells()));
    expect(fillBlanksPlan(full, tableCells())).toEqual([]);
  });
});

describe('Excel habits', () => {
  it('Ctrl+Enter: one value into every cell of a range, the totals follow', () => {
    const r = blankReport('测试局', 2024);
    const range = [0, 1, 2, 3, 4, 5].map((c) => t3('1', c));
    const after = apply(r, fillRangePlan(r, range, 2));
    expect(after.table3['1']).toEqual([2, 2, 2, 2, 2, 2, 12]);
  });

  it('Ctrl+D: each column takes its top value', () => {
    const r = blankReport('测试局', 2024);
    r.table3['1'] = [1, 2, 3, null, null, null, null];
    const rows = ['1', '2'].map((row) => [0, 1, 2].map((c) => t3(row, c)));
    const after = apply(r, fillDownPlan(r, rows));
    expect(after.table3['2'].slice(0, 3)).toEqual([1, 2, 3]);
    expect(fillDownPlan(r, rows.slice(0, 1))).toEqual([]);
  });
});

describe('复制上年数字', () => {
  it("copies last year's figures, never row 二 of table 三, a blank of last year left, totals from their addends", () => {
    const prev = blankReport('x', 2023);
    for (const a of tableCells()) setCellInPlace(prev, a, 3);
    setCellInPlace(prev, t3('1', 1), null);
    const r = blankReport('x', 2024);
    setCellInPlace(r, t3('2', 0), 9); // the carry-over from last year's row 四
    const next = apply(r, copyPreviousPlan(r, prev, tableCells()));
    expect(getCell(next, t3('2', 0))).toBe(9);
    expect(getCell(next, t3('1', 0))).toBe(3);
    expect(getCell(next, t3('1', 1))).toBeNull();
    expect(getCell(next, { table: 'table2', row: 'licensing' })).toBe(3);
    // a selection copies only its cells
    expect(copyPreviousPlan(r, prev, [{ table: 'table4', row: 'review', col: 0 }]).map((c) => c.address)).toContainEqual({ table: 'table4', row: 'review', col: 0 });
  });
});
