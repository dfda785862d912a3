// What is left before 定稿 (issue 13 §8): judged as 定稿 judges it, split the way the clerk works.
import { describe, expect, it } from 'vitest';
import { canFinalise, finishLines, finishRefusal, finishState } from '../../../renderer/src/finish';
import { placeKey } from '../../../report/fields';
import { blankReport } from '../../../report/report';
import { validateReport } from '../../../report/rules/index';
import { completeReport } from '../../fixtures/archive/reports';

const today = new Date(2024, 11, 1);

describe('定稿前检查', () => {
  it('a blank report: its blanks are errors at 定稿, counted apart from the other errors, empty parts named', () => {
    const r = blankReport('中卫市民政局', 2024);
    const s = finishState(r, { today });
    const finalErrors = validateReport(r, { final: true, today }).filter((f) => f.severity === 'error').length;
    expect(s.blanks.length + s.errors.length).toBe(finalErrors);
    expect(s.blanks.every((f) => f.rule === 'cell.missing')).toBe(true);
    expect(s.emptyParts).toEqual(['一、总体情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
    expect(s.deadline.when).toBe('2025年1月31日前');
    expect(canFinalise(s, new Set())).toBe(false);
    expect(finishRefusal(s, new Set())[0]).toBe(`还有 ${s.blanks.length} 个空白单元格（没有发生的请填 0）`);
    expect(finishLines(s).find((l) => l.key === 'blanks')?.ok).toBe(false);
  });

  it('warnings: answered ones apart; 定稿 needs the rest accepted, and names any left', () => {
    const last = completeReport('中卫市应急管理局', 2023);
    last.table3['4'] = [1, 0, 0, 0, 0, 0, 1];
    const r = completeReport('中卫市应急管理局', 2024);
    const before = finishState(r, { previous: last, today });
    expect(before.blanks).toEqual([]);
    expect(before.errors).toEqual([]);
    expect(before.unanswered.length).toBeGreaterThanOrEqual(2);
    // the deadline is shown as such, never as a warning to answer
    expect(before.unanswered.some((f) => f.rule === 'deadline')).toBe(false);

    const [w, ...rest] = before.unanswered;
    r.explanations = [{ rule: w.rule, table: w.table, row: w.row, col: w.col, part: w.part, text: '已核实' } as never];
    const after = finishState(r, { previous: last, today });
    expect(after.answered.map(placeKey)).toEqual([placeKey(w)]);
    expect(after.unanswered.map(placeKey)).toEqual(rest.map(placeKey));
    const some = new Set(rest.slice(1).map(placeKey));
    expect(canFinalise(after, some)).toBe(false);
    expect(finishRefusal(after, some)).toEqual([`还有 1 条警告既未填写审核说明、也未确认无误：${rest[0].message}`]);
    expect(canFinalise(after, new Set(rest.map(placeKey)))).toBe(true);
  });
});
