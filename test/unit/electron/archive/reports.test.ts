// Agencies, years, autosave, finalise/reopen, trash and import on a real archive file.
import { describe, expect, it } from 'vitest';
import { ArchiveError, openArchive, type Archive } from '../../../../electron/archive/index';
import { allCells } from '../../../../report/format';
import { asEdition, getCell } from '../../../../report/report';
import { completeReport, freshArchive, track } from './helpers';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ArchiveError);
    expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
    return (e as ArchiveError).code;
  }
  throw new Error('expected an ArchiveError');
}

function withAgency(archive: Archive) {
  const agency = archive.saveAgency({ name: '中卫市应急管理局', level: 'department' });
  return agency;
}

describe('agencies', () => {
  it('creates, renames and refuses duplicate names and parent loops', () => {
    const { archive } = freshArchive();
    const city = archive.saveAgency({ name: '中卫市人民政府', level: 'government' });
    const dept = archive.saveAgency({ name: '中卫市应急管理局', level: 'department', parentId: city.id });
    expect(archive.listAgencies().map((a) => a.name).sort()).toEqual(['中卫市人民政府', '中卫市应急管理局'].sort());
    expect(codeOf(() => archive.saveAgency({ name: '中卫市应急管理局', level: 'department' }))).toBe('conflict');
    expect(codeOf(() => archive.saveAgency({ id: city.id, name: '中卫市人民政府', level: 'government', parentId: dept.id }))).toBe('invalid-argument');
    expect(codeOf(() => archive.saveAgency({ name: '   ', level: 'department' }))).toBe('invalid-argument');
    expect(codeOf(() => archive.saveAgency({ name: '某局', level: 'county' as never }))).toBe('invalid-argument');
    expect(codeOf(() => archive.saveAgency({ name: '某局', level: 'department', parentId: 999 }))).toBe('not-found');
    const renamed = archive.saveAgency({ id: dept.id, name: '中卫市应急局', level: 'department', parentId: city.id });
    expect(renamed.name).toBe('中卫市应急局');
    expect(archive.listAgencies()).toHaveLength(2);
  });
});

describe('reports', () => {
  it('autosaves a cell and a text so that a new connection reads them back', () => {
    const { archive, file } = freshArchive();
    const a = withAgency(archive);
    const s = archive.createReport({ agencyId: a.id, year: 2023, from: 'blank' });
    expect(s.status).toBe('draft');
    archive.setCell(s.id, { table: 'table3', row: '1', col: 0 }, 12);
    archive.setCell(s.id, { table: 'table2', row: 'feesWanYuan' }, 1.25);
    archive.setText(s.id, 'overview', '2023年，本局主动公开政府信息。');
    archive.setExplanation(s.id, { rule: 'cross-year.carry-over', table: 'table3', row: '2', col: 0, text: '上年误计1件' });
    const other = track(openArchive(file));
    const { report } = other.openReport(s.id);
    expect(report.table3['1'][0]).toBe(12);
    expect(asEdition(report, '2021').table2.feesWanYuan).toBe(1.25);
    expect(report.parts.overview).toBe('2023年，本局主动公开政府信息。');
    expect(report.title).toBe('中卫市应急管理局2023年政府信息公开工作年度报告');
    expect(report.explanations).toEqual([{ rule: 'cross-year.carry-over', table: 'table3', row: '2', col: 0, text: '上年误计1件' }]);
    archive.setExplanation(s.id, { rule: 'cross-year.carry-over', table: 'table3', row: '2', col: 0, text: '改写的说明' });
    expect(other.openReport(s.id).report.explanations).toHaveLength(1);
    archive.removeExplanation(s.id, { rule: 'cross-year.carry-over', table: 'table3', row: '2', col: 0 });
    expect(other.openReport(s.id).report.explanations).toBeUndefined();
  });

  it('accepts every cell of the official format and reads each back', () => {
    const { archive } = freshArchive();
    const s = archive.createReport({ agencyId: withAgency(archive).id, year: 2023, from: 'blank' });
    const cells = allCells();
    cells.forEach((c, i) => archive.setCell(s.id, c, i + 1));
    const { report } = archive.openReport(s.id);
    cells.forEach((c, i) => expect(getCell(report, c)).toBe(i + 1));
    archive.setCell(s.id, cells[0], null);
    expect(getCell(archive.openReport(s.id).report, cells[0])).toBeNull();
  });

  it('stores the draft error/warning counts on each save and lists them without re-validating', () => {
    const { archive } = freshArchive();
    const a = withAgency(archive);
    const s = archive.importReport(completeReport(), { replace: false });
    expect(s.errors).toBe(0);
    const after = archive.setCell(s.id, { table: 'table3', row: '3.1', col: 6 }, 999); // breaks a total
    expect(after.errors).toBeGreaterThan(0);
    const listed = archive.listReports().find((x) => x.id === s.id)!;
    expect(listed.errors).toBe(after.errors);
    expect(listed.agencyId).toBe(a.id);
  });

  it("recounts next year's draft when last year's report changes (cross-year rules)", () => {
    const { archive } = freshArchive();
    const prev = completeReport();
    prev.table3['4'] = [0, 0, 0, 0, 0, 0, 0];
    const p = archive.importReport(prev, { replace: false });
    const next = archive.createReport({ agencyId: p.agencyId, year: 2024, from: 'previous' });
    const before = archive.listReports().find((x) => x.id === next.id)!;
    archive.setCell(p.id, { table: 'table3', row: '4', col: 0 }, 9); // 2024's 上年结转 no longer matches
    const after = archive.listReports().find((x) => x.id === next.id)!;
    expect(after.errors + after.warnings).toBeGreaterThan(before.errors + before.warnings);
  });

  it('refuses bad arguments and stores nothing', () => {
    const { archive } = freshArchive();
    const a = withAgency(archive);
    const s = archive.createReport({ agencyId: a.id, year: 2023, from: 'blank' });
    const bad: (() => unknown)[] = [
      () => archive.setCell(s.id, { table: 'table3', row: '9', col: 0 }, 1),
      () => archive.setCell(s.id, { table: 'table3', row: '1', col: 7 }, 1),
      () => archive.setCell(s.id, { table: 'table2', row: 'licensing', col: 0 }, 1),
      () => archive.setCell(s.id, { table: 'table5' as never, row: '1', col: 0 }, 1),
      () => archive.setCell(s.id, { table: 'table3', row: '1', col: 0 }, -1),
      () => archive.setCell(s.id, { table: 'table3', row: '1', col: 0 }, 1.5),
      () => archive.setCell(s.id, { table: 'table3', row: '1', col: 0 }, '3' as never),
      () => archive.setCell(s.id, { table: 'table3', row: '1', col: 0 }, Number.NaN),
      () => archive.setCell(s.id, { table: 'table2', row: 'feesWanYuan' }, 1.1234567), // 7 decimals: the spec allows 6
      () => archive.setCell(1.5, { table: 'table3', row: '1', col: 0 }, 1),
      () => archive.setText(s.id, 'summary' as never, 'x'),
      () => archive.setText(s.id, 'overview', 42 as never),
      () => archive.setText(s.id, 'overview', 'x'.repeat(200_001)),
      () => archive.setExplanation(s.id, { rule: '', text: 'x' }),
      () => archive.setExplanation(s.id, null as never),
      () => archive.createReport({ agencyId: a.id, year: 1999, from: 'blank' }),
      () => archive.createReport({ agencyId: a.id, year: 2024.5, from: 'blank' }),
      () => archive.createReport({ agencyId: a.id, year: 2024, from: 'copy' as never }),
      () => archive.reopen(s.id, '  '),
      () => archive.search(7 as never),
      () => archive.listReports({ agencyId: -1 }),
      () => archive.importReport({ unit: 'x' } as never, { replace: false }),
      () => archive.importReport({ ...completeReport(), year: 1990 }, { replace: false }),
      () => archive.importReport(completeReport(), { replace: 'yes' as never }),
      () => archive.openReport(0),
      () => archive.deleteReport('1' as never),
      () => archive.restoreReport(-3),
      () => archive.listRevisions(Number.POSITIVE_INFINITY),
      () => archive.restoreRevision(0),
      () => archive.finalise(null as never),
      () => archive.search('政策', { limit: 0 }),
      () => archive.removeExplanation(s.id, { rule: 'x', col: -1 }),
    ];
    for (const fn of bad) expect(codeOf(fn)).toBe('invalid-argument');
    expect(codeOf(() => archive.setCell(99, { table: 'table3', row: '1', col: 0 }, 1))).toBe('not-found');
    expect(codeOf(() => archive.createReport({ agencyId: 99, year: 2024, from: 'blank' }))).toBe('not-found');
    const { report } = archive.openReport(s.id);
    expect(report.table3['1']).toEqual([null, null, null, null, null, null, null]);
    expect(report.parts.overview).toBe('');
    expect(report.explanations).toBeUndefined();
    expect(archive.listReports()).toHaveLength(1);
    expect(archive.listAgencies()).toHaveLength(1);
  });

  it('creates next year from last year: narrative kept as it was (no year re-dated), 上年结转 from 结转下年度, 现行有效件数 as a hint', () => {
    const { archive } = freshArchive();
    const prev = completeReport();
    prev.table3['4'] = [1, 0, 0, 0, 0, 2, 3];
    prev.table2.rules = [1, 0, 5];
    prev.table2.normativeDocuments = [2, 1, 17];
    prev.parts.overview = '2023年，本局共主动公开信息120条，较2022年增加。编号12023年不变。';
    const p = archive.importReport(prev, { replace: false });
    const s = archive.createReport({ agencyId: p.agencyId, year: 2024, from: 'previous' });
    const opened = archive.openReport(s.id);
    expect(opened.report.year).toBe(2024);
    expect(opened.report.title).toBe('中卫市应急管理局2024年政府信息公开工作年度报告');
    expect(opened.report.parts.overview).toBe(prev.parts.overview);
    expect(opened.report.preamble).toBe(prev.preamble);
    expect(opened.report.closing).toBe(prev.closing);
    expect(opened.report.table3['2']).toEqual([1, 0, 0, 0, 0, 2, 3]);
    expect(opened.report.table3['1']).toEqual([null, null, null, null, null, null, null]);
    expect(opened.report.table2.rules).toEqual([null, null, null]);
    expect(opened.inForceHint).toEqual({ rules: 5, normativeDocuments: 17 });
    expect(opened.previous?.year).toBe(2023);
    expect(opened.previous?.table3['4']).toEqual([1, 0, 0, 0, 0, 2, 3]);
    // no last year → a clear refusal; an existing year → conflict
    expect(codeOf(() => archive.createReport({ agencyId: p.agencyId, year: 2030, from: 'previous' }))).toBe('not-found');
    expect(codeOf(() => archive.createReport({ agencyId: p.agencyId, year: 2024, from: 'blank' }))).toBe('conflict');
  });

  it('finalises only without errors, then is read-only until reopened with a reason', () => {
    const { archive } = freshArchive();
    const a = withAgency(archive);
    const blank = archive.createReport({ agencyId: a.id, year: 2022, from: 'blank' });
    let e: ArchiveError | undefined;
    try {
      archive.finalise(blank.id);
    } catch (x) {
      e = x as ArchiveError;
    }
    expect(e?.code).toBe('has-errors');
    expect(e?.message).toMatch(/还有 \d+ 处错误/);
    expect(archive.openReport(blank.id).summary.status).toBe('draft');

    const s = archive.importReport(completeReport(), { replace: false });
    expect(archive.finalise(s.id).status).toBe('final');
    expect(codeOf(() => archive.setCell(s.id, { table: 'table3', row: '1', col: 0 }, 5))).toBe('finalised');
    expect(codeOf(() => archive.setText(s.id, 'overview', '改'))).toBe('finalised');
    expect(codeOf(() => archive.importReport(completeReport(), { replace: true }))).toBe('finalised');
    expect(archive.openReport(s.id).report.table3['1'][0]).toBe(completeReport().table3['1'][0]);
    expect(archive.reopen(s.id, '上级要求补充说明').status).toBe('draft');
    expect(archive.listRevisions(s.id).map((r) => r.summary)).toEqual(['重新打开：上级要求补充说明', '定稿']);
    archive.setCell(s.id, { table: 'table3', row: '1', col: 0 }, 5);
    expect(archive.openReport(s.id).report.table3['1'][0]).toBe(5);
  });

  it('moves a report to the trash and back', () => {
    const { archive } = freshArchive();
    const s = archive.importReport(completeReport(), { replace: false });
    archive.deleteReport(s.id);
    expect(archive.listReports()).toHaveLength(0);
    const trashed = archive.listReports({ includeDeleted: true });
    expect(trashed).toHaveLength(1);
    expect(trashed[0].deletedAt).not.toBeNull();
    expect(codeOf(() => archive.setCell(s.id, { table: 'table3', row: '1', col: 0 }, 1))).toBe('not-found');
    expect(codeOf(() => archive.createReport({ agencyId: s.agencyId, year: 2023, from: 'blank' }))).toBe('conflict');
    expect(archive.search('主动公开')).toHaveLength(0);
    const back = archive.restoreReport(s.id);
    expect(back.deletedAt).toBeNull();
    expect(archive.openReport(s.id).report.parts.overview).toBe(completeReport().parts.overview);
  });

  it('imports: creates the agency by unit, refuses an existing year unless replace, keeps a revision before replacing', () => {
    const { archive } = freshArchive();
    const first = archive.importReport(completeReport(), { replace: false });
    expect(archive.listAgencies().map((a) => a.name)).toEqual(['中卫市应急管理局']);
    const changed = completeReport();
    changed.table3['1'][0] = 77;
    expect(codeOf(() => archive.importReport(changed, { replace: false }))).toBe('conflict');
    expect(archive.openReport(first.id).report.table3['1'][0]).not.toBe(77);
    const replaced = archive.importReport(changed, { replace: true });
    expect(replaced.id).toBe(first.id);
    expect(archive.openReport(first.id).report.table3['1'][0]).toBe(77);
    const revs = archive.listRevisions(first.id);
    expect(revs.map((r) => r.summary)).toEqual(['导入前']);
    // into a chosen agency
    const other = archive.saveAgency({ name: '中卫市财政局', level: 'department' });
    const into = archive.importReport(completeReport(), { replace: false, agencyId: other.id });
    expect(into.agencyName).toBe('中卫市财政局');
    expect(codeOf(() => archive.importReport(completeReport(), { replace: false, agencyId: 999 }))).toBe('not-found');
  });
});
