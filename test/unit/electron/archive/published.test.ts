// Issue 13 §8 §9 in the archive (real files): a report imported as published is
// 已发布 (final, with its date and web address, editable), read-only until
// reopened; the list counts the warnings answered with a 审核说明; a 定稿 that
// accepts unanswered warnings names them in its revision.
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../../electron/archive/index';
import { validateReport } from '../../../../report/rules/index';
import { completeReport, errorOf, freshArchive, track } from './helpers';

describe('已发布 reports and answered warnings', () => {
  it('an import marked published is final with its publication, editable, read-only until reopened', () => {
    const { archive, file } = freshArchive();
    const s = archive.importReport(completeReport('中卫市应急管理局', 2022), {
      replace: false,
      published: { date: '2023-01-20', url: 'http://www.nx.gov.cn/zwgk/2022nb.html' },
    });
    expect(s.status).toBe('final');
    expect(s.publication).toEqual({ date: '2023-01-20', url: 'http://www.nx.gov.cn/zwgk/2022nb.html' });
    expect(errorOf(() => archive.setCell(s.id, { table: 'table2', row: 'licensing' }, 5)).code).toBe('finalised');

    // the date and address are edited while read-only; a wrong date is refused in Chinese
    expect(archive.setPublication(s.id, { date: '2023-01-28', url: null }).publication).toEqual({ date: '2023-01-28', url: null });
    expect(errorOf(() => archive.setPublication(s.id, { date: '2023-02-30', url: null })).message).toContain('发布日期不是一个真实的日期');
    expect(errorOf(() => archive.setPublication(s.id, { date: '2023年1月', url: null })).message).toContain('2024-01-31');

    // kept across a restart, in the list too
    archive.close();
    const again = track(openArchive(file));
    expect(again.listReports()[0].publication).toEqual({ date: '2023-01-28', url: null });
    // reopened on purpose: editable again, and what was published stays known
    const r = again.reopen(s.id, '发现表三有误，更正后重新发布');
    expect(r.status).toBe('draft');
    expect(again.setCell(s.id, { table: 'table2', row: 'licensing' }, 5).status).toBe('draft');
    expect(errorOf(() => again.setPublication(s.id, { date: '2023-01-28', url: null })).message).toContain('定稿后才能标为已发布');
  });

  it('an import not marked published stays a draft, without publication', () => {
    const { archive } = freshArchive();
    const s = archive.importReport(completeReport('中卫市应急管理局', 2024), { replace: false });
    expect(s.status).toBe('draft');
    expect(s.publication).toBeNull();
  });

  it('counts the warnings answered with a 审核说明 apart, and a 定稿 records the accepted ones', () => {
    const { archive } = freshArchive();
    const last = completeReport('中卫市应急管理局', 2022);
    last.table3['4'] = [1, 0, 0, 0, 0, 0, 1]; // this year's 上年结转 then disagrees: a carry-over warning
    archive.importReport(last, { replace: false });
    const s = archive.importReport(completeReport('中卫市应急管理局', 2023), { replace: false });
    const warnings = validateReport(archive.openReport(s.id).report, { previous: last }).filter((f) => f.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    expect(archive.listReports().find((x) => x.id === s.id)).toMatchObject({ warnings: warnings.length, explained: 0, blanks: 0 });
    const blank = archive.setCell(s.id, { table: 'table2', row: 'licensing' }, null);
    expect(blank).toMatchObject({ warnings: warnings.length + 1, blanks: 1 });
    archive.setCell(s.id, { table: 'table2', row: 'licensing' }, 0);

    const [w] = warnings;
    const answered = archive.setExplanation(s.id, { rule: w.rule, table: w.table, row: w.row, col: w.col, part: w.part, text: '上年数字经核实有误' } as never);
    expect(answered).toMatchObject({ warnings: warnings.length, explained: 1 });

    archive.removeExplanation(s.id, { rule: w.rule, table: w.table, row: w.row, col: w.col, part: w.part } as never);
    archive.finalise(s.id, { acceptedWarnings: [w.message] });
    expect(archive.listRevisions(s.id)[0].summary).toBe(`定稿（确认无误、未填写审核说明的警告 1 条：${w.message}）`);
  });
});
