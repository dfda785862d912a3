import { describe, expect, it } from 'vitest';
import { blankReport } from '../../../../report/report';
import { validateReport, type Finding } from '../../../../report/rules/index';
import { cellKey } from '../../../../renderer/src/components/grid/layout';
import { cellMarks } from '../../../../renderer/src/components/grid/marks';

const t3 = (row: string, col: number) => ({ table: 'table3' as const, row, col });

describe('cell marks from findings', () => {
  it('the cell to change gets the level, the cells taking part a lighter mark, both the message', () => {
    const f: Finding = { rule: 'table3.row-total', severity: 'error', ...t3('1', 6), message: '总计不等于各项之和', cells: [t3('1', 0), t3('1', 6)] };
    const marks = cellMarks([f], 'table3');
    expect(marks.get(cellKey(t3('1', 6)))).toEqual({ level: 'error', partLevel: null, messages: ['总计不等于各项之和'] });
    expect(marks.get(cellKey(t3('1', 0)))).toEqual({ level: null, partLevel: 'error', messages: ['总计不等于各项之和'] });
    expect(cellMarks([f], 'table4').size).toBe(0);
  });

  it('blank cells while drafting are "missing", not warnings; an error outranks them; table 二 single cells have no col', () => {
    const r = blankReport('测试局', 2024);
    const marks = cellMarks(validateReport(r), 'table2');
    expect(marks.get('table2|licensing|')?.level).toBe('missing');
    expect(marks.get('table2|rules|0')?.level).toBe('missing');
    const both = cellMarks(
      [
        { rule: 'cell.missing', severity: 'warning', ...t3('2', 0), message: 'a' },
        { rule: 'table3.balance', severity: 'error', ...t3('2', 0), message: 'b' },
      ],
      'table3',
    );
    expect(both.get(cellKey(t3('2', 0)))).toMatchObject({ level: 'error', messages: ['a', 'b'] });
  });

  it('a warning answered with a 审核说明 is marked as explained and shows the explanation', () => {
    const f: Finding = { rule: 'cross-year.carry-over', severity: 'warning', ...t3('2', 0), message: '与上年结转不一致' };
    const marks = cellMarks([f], 'table3', [{ rule: 'cross-year.carry-over', table: 'table3', row: '2', col: 0, text: '上年误计' }]);
    expect(marks.get(cellKey(t3('2', 0)))).toEqual({ level: 'explained', partLevel: null, messages: ['与上年结转不一致（审核说明：上年误计）'] });
  });

  it('an explanation answers the finding of its own part only: the same rule on the same cell from another part stays a warning', () => {
    const place = { rule: 'consistency.text-vs-table' as const, ...t3('1', 0) };
    const fromOverview: Finding = { ...place, severity: 'warning', part: 'overview', message: '概述与表格不一致', cells: [t3('1', 0)] };
    const fromProblems: Finding = { ...place, severity: 'warning', part: 'problems', message: '问题部分与表格不一致', cells: [t3('1', 0)] };
    const answered = [{ ...place, part: 'problems', text: '已核实' }];
    expect(cellMarks([fromOverview], 'table3', answered).get(cellKey(t3('1', 0)))?.level).toBe('warning');
    expect(cellMarks([fromProblems], 'table3', answered).get(cellKey(t3('1', 0)))?.level).toBe('explained');
  });
});
