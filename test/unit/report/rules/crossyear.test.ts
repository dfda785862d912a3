// cross-year.carry-over and cross-year.in-force: only with last year's report.
import { describe, expect, it } from 'vitest';
import { withCell } from '../../../../report/report';
import { comparablePrevious, validateReport, type Finding } from '../../../../report/rules/index';
import { busyPreviousYear, busyReport } from '../../../fixtures/rules/reports';

const cross = (f: Finding[]) => f.filter((x) => x.rule.startsWith('cross-year.'));

describe('cross-year rules', () => {
  it('are silent when last year fits', () => {
    expect(cross(validateReport(busyReport(), { previous: busyPreviousYear(), final: true }))).toEqual([]);
  });

  it('are not evaluated without a previous report', () => {
    const r = withCell(busyReport(), { table: 'table3', row: '2', col: 0 }, 5);
    expect(cross(validateReport(r))).toEqual([]);
  });

  it('carry-over: this year’s 上年结转 ≠ last year’s 结转下年度, per column, on row 二', () => {
    const prev = withCell(withCell(busyPreviousYear(), { table: 'table3', row: '4', col: 1 }, 2), { table: 'table3', row: '4', col: 6 }, 3);
    const f = cross(validateReport(busyReport(), { previous: prev }));
    expect(f.map((x) => [x.rule, x.row, x.col])).toEqual([
      ['cross-year.carry-over', '2', 1],
      ['cross-year.carry-over', '2', 6],
    ]);
    expect(f[0]).toMatchObject({ severity: 'warning', table: 'table3', expected: 2, actual: 0 });
    expect(f[1]).toMatchObject({ expected: 3, actual: 1 });
    expect(f[0].message).toContain('表三“二、上年结转政府信息公开申请数量”行“商业企业”列');
    expect(f[0].message).toContain('四、结转下年度继续办理');
  });

  it('carry-over skips a column blank in either year', () => {
    const prev = withCell(busyPreviousYear(), { table: 'table3', row: '4', col: 0 }, null);
    const r = withCell(busyReport(), { table: 'table3', row: '2', col: 6 }, null);
    const f = cross(validateReport(r, { previous: prev }));
    expect(f).toEqual([]);
  });

  it('in-force: 现行有效 = last year + 制发 − 废止, on the 现行有效 cell', () => {
    const r = withCell(busyReport(), { table: 'table2', row: 'normativeDocuments', col: 2 }, 21);
    const f = cross(validateReport(r, { previous: busyPreviousYear() }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: 'cross-year.in-force',
      severity: 'warning',
      table: 'table2',
      row: 'normativeDocuments',
      col: 2,
      expected: 20,
      actual: 21,
    });
    expect(f[0].cells).toHaveLength(3);
    expect(f[0].message).toContain('表二“行政规范性文件”的“现行有效件数”');
  });

  it('in-force for 规章 too, and skipped when a cell is blank', () => {
    const prev = withCell(busyPreviousYear(), { table: 'table2', row: 'rules', col: 2 }, 4);
    const f = cross(validateReport(busyReport(), { previous: prev }));
    expect(f.map((x) => [x.row, x.expected, x.actual])).toEqual([['rules', 4, 0]]);
    const blank = withCell(busyReport(), { table: 'table2', row: 'rules', col: 0 }, null);
    expect(cross(validateReport(blank, { previous: prev }))).toEqual([]);
  });
});

describe('a previous report that is not the year before', () => {
  // a carry-over mismatch that would warn against the true year before
  const prev = () => withCell(busyPreviousYear(), { table: 'table3', row: '4', col: 6 }, 3);
  const sim = (f: Finding[]) => f.filter((x) => x.rule === 'similarity.last-year');

  it('two years back, or a later year: cross-year and similarity rules are not evaluated', () => {
    const r = busyReport();
    for (const year of [r.year - 2, r.year, r.year + 1]) {
      const p = { ...prev(), year, parts: r.parts };
      const f = validateReport(r, { previous: p });
      expect(cross(f)).toEqual([]);
      expect(sim(f)).toEqual([]);
    }
    // the same report with the real year before does warn
    const f = validateReport(r, { previous: { ...prev(), parts: r.parts } });
    expect(cross(f).length).toBeGreaterThan(0);
    expect(sim(f)).toHaveLength(1);
  });

  it('an agency renamed between the years is still compared (the archive ties reports by agency, not name)', () => {
    const p = { ...prev(), unit: busyReport().unit + '（原）' };
    expect(cross(validateReport(busyReport(), { previous: p })).length).toBeGreaterThan(0);
  });

  it('comparablePrevious says why a report cannot be compared', () => {
    const r = busyReport();
    expect(comparablePrevious(r, busyPreviousYear())).toBe(true);
    expect(comparablePrevious(r, { ...busyPreviousYear(), year: r.year - 2 })).toBe(false);
  });
});
