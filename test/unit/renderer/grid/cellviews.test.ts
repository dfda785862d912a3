import { describe, expect, it } from 'vitest';
import { blankReport } from '../../../../report/report';
import { cellViews } from '../../../../renderer/src/components/grid/cellViews';
import { table3Layout, table4Layout } from '../../../../renderer/src/components/grid/layout';

const layout3 = table3Layout();

function zeros() {
  const r = blankReport('测试局', 2024);
  for (const k of Object.keys(r.table3)) r.table3[k] = [0, 0, 0, 0, 0, 0, 0];
  return r;
}

describe('what each cell shows', () => {
  it('totals are styled as totals; a blank total with all addends filled shows its sum as a hint, not as data', () => {
    const r = zeros();
    r.table3['2'] = [1, 2, 0, 0, 0, 0, null];
    const v = cellViews({ layout: layout3, report: r, findings: [], autoTotals: true });
    expect(v.get('table3|2|6')).toMatchObject({ text: '3', cls: ['total', 'auto', 'hint'], title: '自动计算：3（尚未填入）' });
    expect(v.get('table3|2|0')).toMatchObject({ text: '1', cls: [], title: '', prev: null });
    expect(v.get('table3|3.7|2')!.cls).toEqual(['total', 'auto']);
    // without automatic totals the blank stays blank
    const off = cellViews({ layout: layout3, report: r, findings: [], autoTotals: false });
    expect(off.get('table3|2|6')).toMatchObject({ text: '', cls: ['total'] });
  });

  it('a blank addend means no hint: the sum is unknown', () => {
    const r = zeros();
    r.table3['2'] = [1, null, 0, 0, 0, 0, null];
    expect(cellViews({ layout: layout3, report: r, findings: [], autoTotals: true }).get('table3|2|6')!.text).toBe('');
  });

  it("last year's value is shown only when asked for, blank as empty with 空白 on hover", () => {
    const r = zeros();
    const prev = zeros();
    prev.table3['4'][0] = 7;
    prev.table3['4'][1] = null;
    expect(cellViews({ layout: layout3, report: r, findings: [], previous: prev }).get('table3|4|0')!.prev).toBeNull();
    const v = cellViews({ layout: layout3, report: r, findings: [], previous: prev, showPrevious: true });
    expect(v.get('table3|4|0')).toMatchObject({ prev: '7', title: '上年：7' });
    expect(v.get('table3|4|1')).toMatchObject({ prev: '', title: '上年：空白' });
  });

  it('findings add their mark classes and messages', () => {
    const r = zeros();
    const v = cellViews({
      layout: table4Layout(),
      report: r,
      findings: [{ rule: 'table4.group-total', severity: 'error', table: 'table4', row: 'review', col: 4, message: '总计应为 1', cells: [{ table: 'table4', row: 'review', col: 0 }] }],
      autoTotals: true,
    });
    expect(v.get('table4|review|4')).toMatchObject({ cls: ['total', 'auto', 'mark-error'], title: '总计应为 1' });
    expect(v.get('table4|review|0')).toMatchObject({ cls: ['part-error'], title: '总计应为 1' });
  });
});
