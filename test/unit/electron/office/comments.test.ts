// 审核意见 both ways: written in the office, carried as an exchange file, seen by the department.
import { officeOf } from '../../../../electron/office/api';
import { describe, expect, it } from 'vitest';
import { readExchange, writeExchange } from '../../../../report/exchange';
import { errorOf, freshArchive } from '../archive/helpers';
import { county, read, unitReport } from './helpers';

describe('comments', () => {
  it('are written on a cell, a part or the whole report, exported, and imported by the department at their place until fixed or answered', () => {
    const office = freshArchive().archive;
    const { gov, departments } = county(office);
    const line = officeOf(office).receive(gov.id, 2023, read('a.json', unitReport(departments[0].name, 1)));
    const cell = { table: 'table3' as const, row: '1', col: 0 };
    officeOf(office).addComment(line.reportId!, { place: cell, text: '新收申请数与上年结转数不一致，请核实', author: '县政务公开办 张三' });
    officeOf(office).addComment(line.reportId!, { place: { part: 'problems' }, text: '问题写得太笼统', author: '张三' });
    const all = officeOf(office).addComment(line.reportId!, { place: null, text: '请于1月30日前修改后重新报送', author: '张三' });
    expect(all.map((c) => [c.origin, c.place, c.fixed])).toEqual([
      ['office', cell, false],
      ['office', { part: 'problems' }, false],
      ['office', null, false],
    ]);
    expect(officeOf(office).board(gov.id, 2023).rows.find((r) => r.reportId === line.reportId)).toMatchObject({ comments: 3, openComments: 3 });

    const file = writeExchange({ kind: 'comments', comments: officeOf(office).commentsFor(line.reportId!), from: gov.name, app: 'test', createdAt: '2024-01-25T00:00:00Z' });
    const x = readExchange(file);
    if (x.kind !== 'comments') throw new Error('not comments');

    // the department's own archive: its report under its own name
    const dept = freshArchive().archive;
    const own = dept.importReport(unitReport('沙坡头县应急管理局', 1), { replace: false });
    const imported = officeOf(dept).importComments(x.comments);
    expect(imported).toMatchObject({ reportId: own.id, added: 3, skipped: 0 });
    expect(officeOf(dept).importComments(x.comments)).toMatchObject({ added: 0, skipped: 3 });
    let seen = officeOf(dept).listComments(own.id);
    expect(seen.map((c) => [c.origin, c.place, c.author, c.fixed])).toEqual([
      ['superior', cell, '县政务公开办 张三', false],
      ['superior', { part: 'problems' }, '张三', false],
      ['superior', null, '张三', false],
    ]);
    // fixing the cell, answering the whole-report comment
    dept.setCell(own.id, cell, 7);
    seen = officeOf(dept).replyComment(seen[2].id, '已修改，1月29日重新报送');
    expect(seen.map((c) => [c.fixed, c.reply])).toEqual([
      [true, null],
      [false, null],
      [false, '已修改，1月29日重新报送'],
    ]);
  });

  it('refuses comments for a report the archive does not have, saying which', () => {
    const dept = freshArchive().archive;
    const e = errorOf(() => officeOf(dept).importComments({ unit: '沙坡头县应急管理局', year: 2023, comments: [] }));
    expect(e.message).toBe('档案中没有“沙坡头县应急管理局”2023年的报告，请先新建或导入该报告，再导入审核意见');
  });
});
