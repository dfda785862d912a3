// table3.row-total, table3.outcome-total, table3.balance, table4.group-total:
// each fires once per broken row/column/group, on the total cell, with expected/actual.
import { describe, expect, it } from 'vitest';
import { T3_OUTCOME_ROWS, TABLE3_ROW_KEYS, type CellAddress } from '../../../../report/format';
import { withCell, type Report } from '../../../../report/report';
import { validateReport, type Finding, type RuleId } from '../../../../report/rules/index';
import { busyReport, completeReport } from '../../../fixtures/rules/reports';

const ARITHMETIC: RuleId[] = ['table3.row-total', 'table3.outcome-total', 'table3.balance', 'table4.group-total'];
const of = (r: Report, rule: RuleId) => validateReport(r, { final: true }).filter((f) => f.rule === rule);
const t3 = (row: string, col: number): CellAddress => ({ table: 'table3', row, col });
const place = (f: Finding) => ({ table: f.table, row: f.row, col: f.col });

describe('arithmetic rules on correct reports', () => {
  it.each([
    ['complete seed', completeReport()],
    ['busy report', busyReport()],
  ])('%s: no arithmetic finding', (_, r) => {
    const found = validateReport(r, { final: true }).filter((f) => ARITHMETIC.includes(f.rule));
    expect(found).toEqual([]);
  });
});

describe('table3.row-total', () => {
  it('fires on the 总计 cell of the one broken row', () => {
    const r = withCell(busyReport(), t3('3.1', 0), 6); // 自然人 5 → 6, 总计 stays 6
    const f = of(r, 'table3.row-total');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', table: 'table3', row: '3.1', col: 6, expected: 7, actual: 6 });
    expect(f[0].cells).toHaveLength(7);
    expect(f[0].message).toContain('表三“（一）予以公开”行“总计”列');
    expect(f[0].message).toContain('7');
  });

  it('a wrong total itself is found on the total', () => {
    const f = of(withCell(busyReport(), t3('1', 6), 13), 'table3.row-total');
    expect(f.map(place)).toEqual([t3('1', 6)]);
    expect(f[0]).toMatchObject({ expected: 12, actual: 13 });
  });

  it('is not evaluated for a row with a blank; the blank is cell.missing', () => {
    let r = withCell(busyReport(), t3('3.1', 2), null);
    r = withCell(r, t3('3.1', 0), 99);
    expect(of(r, 'table3.row-total')).toEqual([]);
    expect(of(r, 'cell.missing').map(place)).toEqual([t3('3.1', 2)]);
  });
});

describe('table3.outcome-total', () => {
  it('fires on （七）总计 of the broken column only', () => {
    // one more 不予公开 for 商业企业, in the row and its total too, so only the column sum breaks
    let r = withCell(busyReport(), t3('3.3.2', 1), 1);
    r = withCell(r, t3('3.3.2', 6), 1);
    const f = of(r, 'table3.outcome-total');
    expect(f.map(place)).toEqual([t3('3.7', 1), t3('3.7', 6)]);
    expect(f[0]).toMatchObject({ severity: 'error', expected: 3, actual: 2 });
    expect(f[1]).toMatchObject({ expected: 12, actual: 11 });
    expect(f[0].cells).toHaveLength(T3_OUTCOME_ROWS.length + 1);
    expect(f[0].message).toContain('表三“（七）总计”行“商业企业”列');
  });

  it('is not evaluated for a column with a blank outcome', () => {
    const r = withCell(withCell(busyReport(), t3('3.5.3', 3), null), t3('3.1', 3), 4);
    expect(of(r, 'table3.outcome-total').filter((f) => f.col === 3)).toEqual([]);
  });
});

describe('table3.balance', () => {
  it('fires on row 一 of the broken column: 一 + 二 = （七）总计 + 四', () => {
    let r = withCell(busyReport(), t3('4', 0), 3); // 结转下年度 自然人 2 → 3
    r = withCell(r, t3('4', 6), 3);
    const f = of(r, 'table3.balance');
    expect(f.map(place)).toEqual([t3('1', 0), t3('1', 6)]);
    // 一 should be 8 + 3 − 1 = 10 (自然人), 11 + 3 − 1 = 13 (总计)
    expect(f[0]).toMatchObject({ severity: 'error', expected: 10, actual: 9 });
    expect(f[1]).toMatchObject({ expected: 13, actual: 12 });
    expect(f[0].cells).toEqual(expect.arrayContaining([t3('1', 0), t3('2', 0), t3('3.7', 0), t3('4', 0)]));
    expect(f[0].message).toContain('一、本年新收政府信息公开申请数量');
    expect(f[0].message).toContain('四、结转下年度继续办理');
  });

  it('is silent when a cell of the equation is blank', () => {
    const r = withCell(withCell(busyReport(), t3('2', 0), null), t3('4', 0), 7);
    expect(of(r, 'table3.balance').filter((f) => f.col === 0)).toEqual([]);
  });
});

describe('table4.group-total', () => {
  it('fires on the 总计 of each broken group', () => {
    let r = withCell(busyReport(), { table: 'table4', row: 'review', col: 2 }, 1);
    r = withCell(r, { table: 'table4', row: 'litigationAfterReview', col: 4 }, 2);
    const f = of(r, 'table4.group-total');
    expect(f.map(place)).toEqual([
      { table: 'table4', row: 'review', col: 4 },
      { table: 'table4', row: 'litigationAfterReview', col: 4 },
    ]);
    expect(f[0]).toMatchObject({ severity: 'error', expected: 3, actual: 2 });
    expect(f[1]).toMatchObject({ expected: 0, actual: 2 });
    expect(f[0].cells).toHaveLength(5);
    expect(f[0].message).toContain('表四“行政复议”的“总计”');
  });

  it('the seed (table 四 blank) has no group-total finding, only blanks', () => {
    const r = completeReport();
    r.table4.review = [null, null, null, null, null];
    expect(of(r, 'table4.group-total')).toEqual([]);
  });
});

it('every table 三 row key takes part in a row-total check', () => {
  const keys = new Set<string>();
  for (const k of TABLE3_ROW_KEYS) {
    const f = of(withCell(completeReport(), t3(k, 0), 1), 'table3.row-total');
    for (const x of f) keys.add(x.row!);
  }
  expect([...keys].sort()).toEqual([...TABLE3_ROW_KEYS].sort());
});

describe('a draft: table 三 totals still blank, addends filled (review pass)', () => {
  it('shows only the blank totals as cell.missing warnings, no false sums', () => {
    const r = busyReport();
    for (const k of TABLE3_ROW_KEYS) r.table3[k][6] = null;
    r.table3['3.7'] = [null, null, null, null, null, null, null];
    const f = validateReport(r);
    expect(f.filter((x) => ARITHMETIC.includes(x.rule))).toEqual([]);
    expect(f.every((x) => x.rule === 'cell.missing' && x.severity === 'warning')).toBe(true);
    expect(f).toHaveLength(25 + 6);
  });

  it('a fee of 0.35 万元 (or 1e-5) is fine; 1e-7 is refused as too many decimals', () => {
    const fee = { table: 'table2', row: 'feesWanYuan' } as const;
    expect(validateReport(withCell(busyReport(), fee, 0.35), { final: true })).toEqual(validateReport(busyReport(), { final: true }));
    expect(validateReport(withCell(busyReport(), fee, 1e-5), { final: true })).toEqual(validateReport(busyReport(), { final: true }));
    const f = validateReport(withCell(busyReport(), fee, 1e-7), { final: true }).filter((x) => x.rule === 'cell.invalid');
    expect(f.map((x) => [x.row, x.message.includes('6 位小数')])).toEqual([['feesWanYuan', true]]);
  });
});
