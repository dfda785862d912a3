// The figures against last year's and the two ratios (issue 14 §9–§11).
import { describe, expect, it } from 'vitest';
import type { Report, Row5, Row7 } from '../../../../report/report';
import { validateReport } from '../../../../report/rules/index';
import { correctionRate, disclosureRate } from '../../../../report/rules/ratios';
import { busyPreviousYear, busyReport, completeReport } from '../../../fixtures/rules/reports';

const of = (rule: string, r: Report, previous?: Report) => validateReport(r, { previous }).filter((f) => f.rule === rule);
const lastYearOf = (r: Report): Report => ({ ...structuredClone(r), year: r.year - 1 });

describe('table.same-as-last-year (§9)', () => {
  it('last year’s tables kept as they were: one info on the table with most equal cells', () => {
    const r = busyReport();
    const f = of('table.same-as-last-year', r, lastYearOf(r));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'info', table: 'table3' });
    expect(f[0].message).toMatch(/与上年报告的数字相同，占两年不都为 0 的 \d+ 格的 100%/);
  });
  it('silent on a real next year (busy and its previous year)', () => expect(of('table.same-as-last-year', busyReport(), busyPreviousYear())).toEqual([]));
  it('cells 0 in both years are not counted: the seed (all zeros) against itself says nothing', () => {
    const r = completeReport();
    expect(of('table.same-as-last-year', r, lastYearOf(r))).toEqual([]);
  });
  it('80 % is not over 80 %: 4 of 5 equal cells stay silent, 5 of 5 fire', () => {
    const r = completeReport();
    r.table2.normativeDocuments = [3, 1, 20];
    r.table2.licensing = 7;
    r.table2.penalty = 9; // and 0 elsewhere: five cells compared
    const p = lastYearOf(r);
    expect(of('table.same-as-last-year', r, p)).toHaveLength(1);
    p.table2.penalty = 8;
    expect(of('table.same-as-last-year', r, p)).toEqual([]);
  });
  it('not run without last year', () => expect(of('table.same-as-last-year', busyReport())).toEqual([]));
});

describe('table.outlier (§10)', () => {
  function pair(now: number, last: number): [Report, Report] {
    const r = completeReport();
    r.table2.licensing = now;
    const p = lastYearOf(r);
    p.table2.licensing = last;
    return [r, p];
  }
  it.each([
    [60, 11, '是上年的 5 倍多'],
    [10, 51, '不足上年的五分之一'],
  ])('%d against %d fires on that cell', (now, last, words) => {
    const f = of('table.outlier', ...pair(now, last));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'info', table: 'table2', row: 'licensing', expected: last, actual: now });
    expect(f[0].message).toContain(words);
  });
  it.each([
    [55, 11], // exactly five times
    [50, 9], // last year under 10
    [9, 100], // this year under 10
    [11, 11],
  ])('%d against %d is silent', (now, last) => expect(of('table.outlier', ...pair(now, last))).toEqual([]));
  it('a total that jumps with its addend: one finding, on the addend', () => {
    const r = busyReport();
    const p = busyPreviousYear();
    r.table3['1'] = [90, 2, 0, 0, 1, 0, 93] as Row7;
    p.table3['1'] = [12, 0, 0, 0, 0, 0, 12] as Row7;
    const f = of('table.outlier', r, p);
    expect(f.map((x) => [x.row, x.col])).toEqual([['1', 0]]);
  });
  it('a total that jumps from many small addends is the one place', () => {
    const r = busyReport();
    const p = busyPreviousYear();
    r.table3['1'] = [9, 9, 9, 9, 9, 9, 54] as Row7;
    p.table3['1'] = [2, 2, 2, 2, 1, 1, 10] as Row7;
    expect(of('table.outlier', r, p).map((x) => [x.row, x.col])).toEqual([['1', 6]]);
  });
});

describe('figures.ratios (§11)', () => {
  function answered(disclosed: number, partly: number, other: number): Report {
    const r = completeReport();
    r.table3['3.1'] = [disclosed, 0, 0, 0, 0, 0, disclosed] as Row7;
    r.table3['3.2'] = [partly, 0, 0, 0, 0, 0, partly] as Row7;
    r.table3['3.4.1'] = [other, 0, 0, 0, 0, 0, other] as Row7;
    const n = disclosed + partly + other;
    r.table3['3.7'] = [n, 0, 0, 0, 0, 0, n] as Row7;
    r.table3['1'] = [n, 0, 0, 0, 0, 0, n] as Row7;
    return r;
  }
  it('实质公开率 from 30 answered applications, info on （七）总计', () => {
    const r = answered(20, 4, 6);
    expect(disclosureRate(r)).toEqual({ rate: 0.8, numerator: 24, denominator: 30 });
    const f = of('figures.ratios', r);
    expect(f).toEqual([expect.objectContaining({ severity: 'info', table: 'table3', row: '3.7', col: 6, message: expect.stringContaining('实质公开率为 80.0%') })]);
  });
  it('under 30 answered applications, no rate', () => {
    expect(disclosureRate(answered(20, 4, 5))).toBeUndefined();
    expect(of('figures.ratios', answered(20, 4, 5))).toEqual([]);
  });
  it('复议纠错率 = 结果纠正 / (总计 − 尚未审结), only from 30 decided reviews', () => {
    const r = completeReport();
    r.table4.review = [24, 6, 0, 3, 33] as Row5;
    expect(correctionRate(r)).toEqual({ rate: 0.2, numerator: 6, denominator: 33 - 3 });
    const f = of('figures.ratios', r);
    expect(f).toEqual([expect.objectContaining({ table: 'table4', row: 'review', col: 1, message: expect.stringContaining('纠错率为 20.0%') })]);
    r.table4.review = [25, 6, 2, 10, 43] as Row5; // 33 decided of 43
    expect(correctionRate(r)?.denominator).toBe(33);
    r.table4.review = [20, 6, 2, 10, 38] as Row5; // 28 decided
    expect(correctionRate(r)).toBeUndefined();
  });
  it('a blank makes no rate', () => {
    const r = answered(20, 4, 6);
    r.table3['3.2'][6] = null;
    expect(disclosureRate(r)).toBeUndefined();
  });
  it('never an error or a warning: the seed and the busy report have none', () => {
    expect(of('figures.ratios', completeReport())).toEqual([]);
    expect(of('figures.ratios', busyReport())).toEqual([]);
  });
});

describe('the two ratios in 历年对比 (renderer/src/trends.ts reads report/rules/ratios.ts)', () => {
  it('percent per year; a year under 30 cases is a gap', async () => {
    const { ratioSeries } = await import('../../../../renderer/src/trends');
    const busy = completeReport();
    busy.table3['3.1'] = [20, 0, 0, 0, 0, 0, 20] as Row7;
    busy.table3['3.2'] = [5, 0, 0, 0, 0, 0, 5] as Row7;
    busy.table3['3.7'] = [40, 0, 0, 0, 0, 0, 40] as Row7;
    busy.table4.review = [24, 6, 0, 3, 33] as Row5;
    expect(ratioSeries([completeReport(), busy])).toEqual([
      { name: '实质公开率', data: [null, 62.5] },
      { name: '复议纠错率', data: [null, 20] },
    ]);
  });
});
