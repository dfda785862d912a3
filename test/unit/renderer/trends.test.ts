// 历年对比 (issue 13 §14): table 二's series from format.ts's rows and headers, and 同比.
import { describe, expect, it } from 'vitest';
import { changeText, decisionSeries, normativeSeries, yearOnYear } from '../../../renderer/src/trends';
import { blankReport } from '../../../report/report';

describe('table 二 in 历年对比', () => {
  it('charts 行政许可, 行政处罚, 行政强制 and 行政规范性文件 by their three columns; a blank stays a gap', () => {
    const a = blankReport('某局', 2023);
    Object.assign(a.table2, { licensing: 10, penalty: 2, coercion: 0, normativeDocuments: [1, 0, 5], feesWanYuan: 3.5 });
    const b = blankReport('某局', 2024);
    Object.assign(b.table2, { licensing: null, penalty: 3, coercion: 1, normativeDocuments: [2, 1, 6] });
    expect(decisionSeries([a, b])).toEqual([
      { name: '行政许可', data: [10, null] },
      { name: '行政处罚', data: [2, 3] },
      { name: '行政强制', data: [0, 1] },
    ]);
    expect(normativeSeries([a, b])).toEqual([
      { name: '本年制发件数', data: [1, 2] },
      { name: '本年废止件数', data: [0, 1] },
      { name: '现行有效件数', data: [5, 6] },
    ]);
  });
});

describe('同比', () => {
  const years = [2021, 2023, 2024];
  it('compares with the year before only, never across a gap in the archive or a blank', () => {
    expect(yearOnYear(years, [5, 8, 10], 0)).toBeNull();
    expect(yearOnYear(years, [5, 8, 10], 1)).toBeNull(); // 2022 is missing
    expect(yearOnYear(years, [5, 8, 10], 2)).toEqual({ diff: 2, pct: 25 });
    expect(yearOnYear(years, [5, null, 10], 2)).toBeNull();
    expect(yearOnYear(years, [5, 0, 3], 2)).toEqual({ diff: 3, pct: null }); // no percent of 0
  });
  it('is written with its sign, 持平, or in 个百分点 for rates', () => {
    expect(changeText({ diff: 300, pct: 25 })).toBe('+300（+25%）');
    expect(changeText({ diff: -1, pct: -33.3 })).toBe('−1（−33.3%）');
    expect(changeText({ diff: 3, pct: null })).toBe('+3');
    expect(changeText({ diff: 0, pct: 0 })).toBe('持平');
    expect(changeText({ diff: 2.5, pct: 4.1 }, true)).toBe('+2.5 个百分点');
    expect(changeText(null)).toBe('');
  });
});
