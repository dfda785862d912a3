// cell.missing and cell.invalid: one finding per cell, in the place of that cell.
import { describe, expect, it } from 'vitest';
import { allCells, type CellAddress } from '../../../../report/format';
import { withCell, type Report } from '../../../../report/report';
import { validateReport, type Finding } from '../../../../report/rules/index';
import { busyReport, completeReport, seedReport } from '../../../fixtures/rules/reports';

const place = (f: Finding): CellAddress => (f.col === undefined ? { table: f.table!, row: f.row! } : { table: f.table!, row: f.row!, col: f.col });
const rule = (r: Report, id: string, final = true) => validateReport(r, { final }).filter((f) => f.rule === id);

describe('cell.missing', () => {
  it('the seed: exactly the 15 blanks of table 四, errors when final', () => {
    const f = rule(seedReport(), 'cell.missing');
    expect(f).toHaveLength(15);
    expect(f.every((x) => x.severity === 'error' && x.table === 'table4')).toBe(true);
    expect(f[0].message).toContain('表四“行政复议”的“结果维持”');
  });

  it('is a warning while drafting', () => {
    const f = rule(seedReport(), 'cell.missing', false);
    expect(f).toHaveLength(15);
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
  });

  it('every one of the 199 cells, blanked alone, gives exactly one finding at its own place', () => {
    for (const a of allCells()) {
      const f = rule(withCell(completeReport(), a, null), 'cell.missing');
      expect(f.map(place)).toEqual([a]);
      expect(f[0].cells).toEqual([a]);
    }
  });

  it('zero is not missing', () => {
    expect(rule(completeReport(), 'cell.missing')).toEqual([]);
  });

  it('a blank report: every cell missing, no arithmetic noise', () => {
    const r = completeReport();
    for (const k of Object.keys(r.table3)) r.table3[k] = [null, null, null, null, null, null, null];
    const found = validateReport(r, { final: true });
    expect(found.filter((f) => f.rule === 'cell.missing')).toHaveLength(175);
    expect(found.filter((f) => f.rule.startsWith('table3.'))).toEqual([]);
  });
});

describe('cell.invalid', () => {
  const fee: CellAddress = { table: 'table2', row: 'feesWanYuan' };
  const natural: CellAddress = { table: 'table3', row: '3.1', col: 0 };
  const review: CellAddress = { table: 'table4', row: 'review', col: 1 };

  it.each([
    ['negative count', natural, -1, '负数'],
    ['fraction of a count', review, 1.5, '整数'],
    ['beyond 2^53', { table: 'table2', row: 'licensing' } as CellAddress, 2 ** 53 + 2, '过大'],
    ['fee with 7 decimals', fee, 0.1234567, '6 位小数'],
    ['fee in exponent form with 7 decimals', fee, 1e-7, '6 位小数'],
    ['negative fee', fee, -0.5, '负数'],
    ['count in the 3-wide rows of table 二', { table: 'table2', row: 'rules', col: 2 } as CellAddress, 2.5, '整数'],
  ])('%s is an error at that cell', (_, a, v, why) => {
    const f = rule(withCell(completeReport(), a, v), 'cell.invalid');
    expect(f).toHaveLength(1);
    expect(place(f[0])).toEqual(a);
    expect(f[0]).toMatchObject({ severity: 'error', actual: v });
    expect(f[0].message).toContain(why);
  });

  it('accepts a fee with 4 decimals, and large whole counts', () => {
    let r = withCell(completeReport(), fee, 12.3456);
    r = withCell(r, { table: 'table2', row: 'licensing' }, 2 ** 53 - 1);
    expect(rule(r, 'cell.invalid')).toEqual([]);
  });

  it('an invalid cell is not summed: no arithmetic storm around it', () => {
    const r = withCell(busyReport(), natural, -3);
    const found = validateReport(r, { final: true }).filter((f) => f.severity === 'error');
    expect(found.map((f) => f.rule)).toEqual(['cell.invalid']);
  });
});
