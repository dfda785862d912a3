// The renderer's pure logic: undo/redo steps, days to the deadline, the trend series, the hash routes.
import { describe, expect, it, vi } from 'vitest';
import { createUndo } from '../../../renderer/src/undo';
import { daysLeft, deadlineText } from '../../../renderer/src/deadline';
import { applicationSeries, outcomeSeries, reviewSeries } from '../../../renderer/src/trends';
import { blankReport } from '../../../report/report';
import { parseReportJson } from '../../../report/json';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const a = (row: string, col: number) => ({ table: 'table3' as const, row, col });

describe('undo', () => {
  it('one step per action; a paste of many cells is one step; redo replays it', () => {
    const u = createUndo();
    u.record([{ kind: 'cell', address: a('1', 0), before: null, after: 3 }]);
    u.record([
      { kind: 'cell', address: a('2', 0), before: null, after: 1 },
      { kind: 'cell', address: a('2', 1), before: null, after: 2 },
    ]);
    expect(u.canUndo()).toBe(true);
    expect(u.undo()).toHaveLength(2);
    expect(u.canRedo()).toBe(true);
    expect(u.redo()).toHaveLength(2);
    expect(u.undo()).toHaveLength(2);
    expect(u.undo()?.[0]).toMatchObject({ after: 3 });
    expect(u.undo()).toBeUndefined();
  });

  it('typing in one field merges into one step until a pause or another action', () => {
    vi.useFakeTimers();
    const u = createUndo();
    u.recordText('overview', '', 'a');
    u.recordText('overview', 'a', 'ab');
    u.recordText('overview', 'ab', 'abc');
    vi.advanceTimersByTime(5000);
    u.recordText('overview', 'abc', 'abcd');
    u.recordText('problems', '', 'x');
    const last = u.undo()!;
    expect(last[0]).toMatchObject({ field: 'problems', before: '', after: 'x' });
    expect(u.undo()![0]).toMatchObject({ before: 'abc', after: 'abcd' });
    expect(u.undo()![0]).toMatchObject({ before: '', after: 'abc' });
    expect(u.undo()).toBeUndefined();
    vi.useRealTimers();
  });

  it('a new action after undo drops the redo stack', () => {
    const u = createUndo();
    u.record([{ kind: 'cell', address: a('1', 0), before: null, after: 3 }]);
    u.undo();
    u.record([{ kind: 'cell', address: a('1', 0), before: null, after: 4 }]);
    expect(u.canRedo()).toBe(false);
  });
});

describe('deadline', () => {
  it('31 January for a department, 31 March for a government, of the next year', () => {
    expect(deadlineText(2024, 'department')).toBe('2025年1月31日前');
    expect(deadlineText(2024, 'government')).toBe('2025年3月31日前');
    expect(daysLeft(2024, 'department', new Date(2025, 0, 1))).toBe(30);
    expect(daysLeft(2024, 'department', new Date(2025, 0, 31))).toBe(0);
    expect(daysLeft(2024, 'department', new Date(2025, 1, 2))).toBe(-2);
    expect(daysLeft(2024, 'government', new Date(2025, 0, 31))).toBe(59);
  });
});

describe('trend series', () => {
  it('reads the seed: 行政许可 aside, table 三 totals and blank table 四 as gaps', () => {
    const seed = parseReportJson(readFileSync(path.resolve(__dirname, '../../fixtures/shared/spec/seed-report.json'), 'utf8'));
    const r2 = structuredClone(seed);
    r2.year = 2024;
    r2.table3['1'][6] = 12;
    r2.table3['3.3.2'][6] = 2;
    r2.table3['3.3.5'][6] = 1;
    r2.table4.review = [1, 0, 0, 0, 1];
    const apps = applicationSeries([seed, r2]);
    expect(apps[0]).toEqual({ name: '本年新收申请', data: [0, 12] });
    const out = outcomeSeries([seed, r2]);
    expect(out).toHaveLength(6);
    expect(out[2].name).toBe('（三）不予公开');
    expect(out[2].data).toEqual([0, 3]);
    const rev = reviewSeries([seed, r2]);
    expect(rev[0]).toEqual({ name: '行政复议', data: [null, 1] });
  });

  it('a group with a blank sub-row has no total (a gap, not a false sum)', () => {
    const r = blankReport('某局', 2024);
    r.table3['3.4.1'][6] = 1;
    expect(outcomeSeries([r])[3].data).toEqual([null]);
  });
});
