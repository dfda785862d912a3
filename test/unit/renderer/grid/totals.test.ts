import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportJson } from '../../../../report/json';
import { blankReport, getCell, setCellInPlace, type Report } from '../../../../report/report';
import { COMPUTED_TOTALS } from '../../../../report/sums';
import { sumOf, withTotals } from '../../../../renderer/src/components/grid/totals';

const t3 = (row: string, col: number) => ({ table: 'table3' as const, row, col });

function apply(r: Report, changes: ReturnType<typeof withTotals>): Report {
  const next = structuredClone(r);
  for (const c of changes) setCellInPlace(next, c.address, c.value);
  return next;
}

function filledTable3(): Report {
  const r = blankReport('测试局', 2024);
  for (const row of Object.keys(r.table3)) for (let c = 0; c < 7; c++) r.table3[row][c] = 0;
  for (const g of Object.keys(r.table4) as (keyof Report['table4'])[]) r.table4[g] = [0, 0, 0, 0, 0];
  return r;
}

describe('automatic totals', () => {
  it('an addend change also carries its row total, its column total and the grand total', () => {
    const r = filledTable3();
    const out = withTotals(r, [{ address: t3('3.3.2', 1), value: 4 }]);
    expect(out).toEqual([
      { address: t3('3.3.2', 1), value: 4 },
      { address: t3('3.3.2', 6), value: 4 },
      { address: t3('3.7', 1), value: 4 },
      { address: t3('3.7', 6), value: 4 },
    ]);
  });

  it('a total the user typed that disagrees is kept, not overwritten later', () => {
    let r = filledTable3();
    r = apply(r, withTotals(r, [{ address: t3('1', 6), value: 9 }])); // typed by hand
    expect(r.table3['1'][6]).toBe(9);
    const out = withTotals(r, [{ address: t3('1', 0), value: 2 }]);
    expect(out).toEqual([{ address: t3('1', 0), value: 2 }]);
  });

  it('blank totals are filled once every addend is filled; a blanked addend blanks a computed total', () => {
    let r: Report = blankReport('测试局', 2024);
    for (let c = 0; c < 5; c++) r = apply(r, withTotals(r, [{ address: t3('2', c), value: c }]));
    expect(r.table3['2'][6]).toBeNull();
    r = apply(r, withTotals(r, [{ address: t3('2', 5), value: 10 }]));
    expect(r.table3['2'][6]).toBe(0 + 1 + 2 + 3 + 4 + 10);
    r = apply(r, withTotals(r, [{ address: t3('2', 5), value: null }]));
    expect(r.table3['2'][6]).toBeNull();
  });

  it('totals changed in the same action (a pasted row with its total) are left as given', () => {
    const r = filledTable3();
    const out = withTotals(r, [
      { address: t3('1', 0), value: 3 },
      { address: t3('1', 6), value: 5 },
    ]);
    expect(out.find((c) => c.address.row === '1' && c.address.col === 6)!.value).toBe(5);
  });

  it('table 四 group totals follow their four outcomes', () => {
    const r = filledTable3();
    const out = withTotals(r, [{ address: { table: 'table4', row: 'litigationDirect', col: 3 }, value: 2 }]);
    expect(out[1]).toEqual({ address: { table: 'table4', row: 'litigationDirect', col: 4 }, value: 2 });
    expect(out).toHaveLength(2);
  });

  it('the seed report is consistent with every total definition', () => {
    const r = parseReportJson(readFileSync(new URL('../../../fixtures/shared/spec/seed-report.json', import.meta.url), 'utf8'));
    expect(COMPUTED_TOTALS).toHaveLength(24 + 7 + 3);
    for (const d of COMPUTED_TOTALS.filter((x) => x.total.table === 'table3')) expect(sumOf(r, d.addends)).toBe(getCell(r, d.total));
  });
});
