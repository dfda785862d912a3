// Starting from last year (issue 13 §10): last year's lines marked until edited, and the
// year replaced only where it stands as a year.
import { describe, expect, it } from 'vitest';
import { carriedPieces, carriedRanges } from '../../../renderer/src/carried';
import { replaceYear } from '../../../report/text';

describe('carried-over text', () => {
  const last = '（一）主动公开情况\n2024年，本局总计公开信息80余条。\n\n2024年共发布政策解读3篇。';
  it('marks the lines still word for word as last year, not edited ones, blank lines or one character', () => {
    const now = '（一）主动公开情况\n2025年，本局总计公开信息80余条。\n\n  2024年共发布政策解读3篇。\n。';
    const ranges = carriedRanges(now, last + '\n。');
    expect(ranges.map(([s, e]) => now.slice(s, e))).toEqual(['（一）主动公开情况', '  2024年共发布政策解读3篇。']);
    expect(carriedPieces(now, ranges).map((p) => p.carried)).toEqual([true, false, true, false]);
    expect(carriedPieces(now, ranges).map((p) => p.text).join('')).toBe(now);
  });
  it('marks nothing without last year’s report', () => {
    expect(carriedRanges(last, null)).toEqual([]);
    expect(carriedRanges('', last)).toEqual([]);
  });
});

describe('replaceYear', () => {
  it('replaces a year written as a year only, and counts', () => {
    expect(replaceYear('2024年，较2023年增加；2024 年度；编号12024年；20245', 2024, 2025)).toEqual({
      text: '2025年，较2023年增加；2025 年度；编号12024年；20245',
      count: 2,
    });
    expect(replaceYear('无年份', 2024, 2025)).toEqual({ text: '无年份', count: 0 });
  });
});
