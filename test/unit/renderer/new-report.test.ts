import { describe, expect, it } from 'vitest';
import { lastWorkedAgency, yearProblem } from '../../../renderer/src/newReport';
import type { ReportSummary } from '../../../electron/archive/types';

const today = new Date(2025, 0, 10);
const summary = (agencyId: number, updatedAt: string, deletedAt: string | null = null) =>
  ({ id: agencyId * 10, agencyId, agencyName: 'x', level: 'department', year: 2024, status: 'draft', errors: 0, warnings: 0, updatedAt, deletedAt }) as ReportSummary;

describe('新建报告', () => {
  it('a mistyped year is refused with a message, never read as another year', () => {
    expect(yearProblem('2024', today)).toBeUndefined();
    expect(yearProblem('224', today)).toContain('“224”不是可填报的年度');
    expect(yearProblem('20245', today)).toContain('“20245”');
    expect(yearProblem('2026', today)).toContain('2008—2025');
    expect(yearProblem('二〇二四', today)).toContain('不是年份');
    expect(yearProblem(' ', today)).toContain('请填写报告年度');
  });

  it('defaults to the agency last worked on (trash left out)', () => {
    const agencies = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const reports = [summary(1, '2025-01-01T00:00:00Z'), summary(2, '2025-01-05T00:00:00Z'), summary(3, '2025-01-09T00:00:00Z', '2025-01-09T01:00:00Z')];
    expect(lastWorkedAgency(reports, agencies)).toBe(2);
    expect(lastWorkedAgency([], agencies)).toBe(1);
    expect(lastWorkedAgency([], [])).toBeUndefined();
  });
});
