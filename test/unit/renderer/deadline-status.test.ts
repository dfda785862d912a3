// What the deadline says beside a report: 剩余 N 天, 今天截止, 已逾期 N 天, and how loudly.
import { describe, expect, it } from 'vitest';
import { deadlineStatus } from '../../../renderer/src/deadline';

describe('deadlineStatus', () => {
  it('a department report: 31 January of the next year', () => {
    expect(deadlineStatus(2024, 'department', new Date(2024, 11, 1))).toEqual({ text: '剩余 61 天', tone: 'info' });
    expect(deadlineStatus(2024, 'department', new Date(2025, 0, 16))).toEqual({ text: '剩余 15 天', tone: 'warning' });
    expect(deadlineStatus(2024, 'department', new Date(2025, 0, 31))).toEqual({ text: '今天截止', tone: 'danger' });
    expect(deadlineStatus(2024, 'department', new Date(2025, 1, 1))).toEqual({ text: '已逾期 1 天', tone: 'danger' });
  });

  it('a government report: 31 March of the next year, across a leap February', () => {
    expect(deadlineStatus(2023, 'government', new Date(2024, 1, 1))).toEqual({ text: '剩余 59 天', tone: 'info' });
    expect(deadlineStatus(2024, 'government', new Date(2025, 3, 10))).toEqual({ text: '已逾期 10 天', tone: 'danger' });
  });

  it('the time of day does not change the count', () => {
    expect(deadlineStatus(2024, 'department', new Date(2025, 0, 30, 23, 59))).toEqual(deadlineStatus(2024, 'department', new Date(2025, 0, 30, 0, 1)));
  });
});
