// 汇总报告: the government's report compiled from its units', with provenance, overrides and refresh.
import { officeOf } from '../../../../electron/office/api';
import { describe, expect, it } from 'vitest';
import { getCell } from '../../../../report/report';
import { errorOf, freshArchive } from '../archive/helpers';
import { county, read, unitReport } from './helpers';

const RULES_ISSUED = { table: 'table2' as const, row: 'rules', col: 0 };
const NEW_REQUESTS = { table: 'table3' as const, row: '1', col: 0 };

function received() {
  const { archive } = freshArchive();
  const c = county(archive);
  const [a, b, d] = c.departments;
  officeOf(archive).receive(c.gov.id, 2023, read('a.json', unitReport(a.name, 2)));
  officeOf(archive).receive(c.gov.id, 2023, read('b.json', unitReport(b.name, 5)));
  const blank = unitReport(d.name, 7);
  blank.table2.rules = [null, 1, 10];
  officeOf(archive).receive(c.gov.id, 2023, read('d.json', blank));
  return { archive, ...c };
}

describe('the compiled report', () => {
  it('sums every received unit; a blank is never 0; provenance names the figures and the units still blank or missing', () => {
    const { archive, gov, departments, office, towns } = received();
    const c = officeOf(archive).compile(gov.id, 2023);
    expect(c.report).toMatchObject({ level: 'government', agencyName: '沙坡头县人民政府', year: 2023 });
    const r = archive.openReport(c.report.id).report;
    expect(r.unit).toBe('沙坡头县人民政府');
    expect(getCell(r, NEW_REQUESTS)).toBe(14);
    expect(getCell(r, { table: 'table2', row: 'rules', col: 1 })).toBe(3);
    // one unit left 规章 新制发 blank: the compiled cell stays blank, its provenance has the partial sum
    expect(getCell(r, RULES_ISSUED)).toBeNull();
    const p = officeOf(archive).provenance(c.report.id, RULES_ISSUED);
    expect(p).toEqual({
      sum: 7,
      parts: [
        { id: departments[0].id, unit: departments[0].name, value: 2 },
        { id: departments[1].id, unit: departments[1].name, value: 5 },
      ],
      blank: [departments[2].name],
      missing: [office.name, ...towns.map((t) => t.name)],
    });
    expect(c.missing).toEqual([office.name, ...towns.map((t) => t.name)]);
    expect(c.cells.find((x) => x.key === 'table2|rules|0')).toMatchObject({ value: null, compiled: null, overridden: false, changed: false });
    expect(officeOf(archive).board(gov.id, 2023).compiledReportId).toBe(c.report.id);
  });

  it('leaves out the units the office chooses and the totals change', () => {
    const { archive, gov, departments } = received();
    const all = officeOf(archive).compile(gov.id, 2023);
    const without = officeOf(archive).compile(gov.id, 2023, [departments[1].id]);
    expect(without.report.id).toBe(all.report.id);
    expect(getCell(archive.openReport(all.report.id).report, NEW_REQUESTS)).toBe(9);
    expect(without.excluded).toEqual([{ id: departments[1].id, unit: departments[1].name }]);
    expect(archive.listRevisions(all.report.id).map((x) => x.summary)).toContain('汇总前');
  });

  it('marks cells a re-imported unit report changes, and refreshes them on request; a typed-over cell is kept and flagged', () => {
    const { archive, gov, departments } = received();
    const c = officeOf(archive).compile(gov.id, 2023);
    // the office types over one compiled figure
    archive.setCell(c.report.id, { table: 'table2', row: 'rules', col: 1 }, 10);
    // a corrected report arrives
    officeOf(archive).receive(gov.id, 2023, read('b2.json', unitReport(departments[1].name, 6)));
    const status = officeOf(archive).compilation(c.report.id);
    const changed = status.cells.find((x) => x.key === 'table3|1|0')!;
    expect(changed).toMatchObject({ value: 14, compiled: 14, fresh: 15, changed: true, overridden: false });
    expect(status.cells.find((x) => x.key === 'table2|rules|1')).toMatchObject({ value: 10, compiled: 3, fresh: 3, overridden: true, changed: false });
    const after = officeOf(archive).refreshCompiled(c.report.id);
    const r = archive.openReport(c.report.id).report;
    expect(getCell(r, NEW_REQUESTS)).toBe(15);
    expect(getCell(r, { table: 'table2', row: 'rules', col: 1 })).toBe(10);
    expect(after.cells.find((x) => x.key === 'table3|1|0')).toBeUndefined();
    // compiling again keeps the typed figure too
    officeOf(archive).compile(gov.id, 2023);
    expect(getCell(archive.openReport(c.report.id).report, { table: 'table2', row: 'rules', col: 1 })).toBe(10);
  });

  it('sums a subordinate government as its own total, never also through its units', () => {
    const { archive } = freshArchive();
    const city = officeOf(archive).ensureGovernment('中卫市人民政府');
    const dept = officeOf(archive).addUnit(city.id, { name: '中卫市教育局', kind: 'department' });
    const countyUnit = officeOf(archive).addUnit(city.id, { name: '沙坡头区人民政府', kind: 'government' });
    const countyGov = officeOf(archive).ensureGovernment('沙坡头区人民政府');
    expect(countyGov.id).toBe(countyUnit.id);
    officeOf(archive).addUnit(countyGov.id, { name: '沙坡头区教育局', kind: 'department' });
    officeOf(archive).receive(countyGov.id, 2023, read('x.json', unitReport('沙坡头区教育局', 4)));
    officeOf(archive).compile(countyGov.id, 2023);
    officeOf(archive).receive(city.id, 2023, read('y.json', unitReport(dept.name, 1)));
    const c = officeOf(archive).compile(city.id, 2023);
    expect(getCell(archive.openReport(c.report.id).report, NEW_REQUESTS)).toBe(5);
    expect(c.included.map((u) => u.unit)).toEqual(['中卫市教育局', '沙坡头区人民政府']);
  });

  it('refuses to leave out a unit of another government', () => {
    const { archive, gov } = received();
    const other = officeOf(archive).ensureGovernment('中宁县人民政府');
    const stranger = officeOf(archive).addUnit(other.id, { name: '中宁县教育局', kind: 'department' });
    expect(errorOf(() => officeOf(archive).compile(gov.id, 2023, [stranger.id])).message).toContain('不属于沙坡头县人民政府');
  });

  it('runs the rollup rules over the compiled report and its units: a typed-over cell, a copied narrative', () => {
    const { archive, gov, departments } = received();
    const c = officeOf(archive).compile(gov.id, 2023);
    expect(officeOf(archive).rollupFindings(gov.id, 2023).filter((f) => f.rule === 'rollup.sum' && f.severity === 'warning')).toEqual([]);
    // less than the units received so far add up to: wrong even before the rest arrive
    archive.setCell(c.report.id, NEW_REQUESTS, 3);
    const sum = officeOf(archive).rollupFindings(gov.id, 2023).filter((f) => f.rule === 'rollup.sum' && f.severity === 'warning');
    expect(sum.map((f) => [f.table, f.row, f.col])).toEqual([['table3', '1', 0]]);
    // a unit whose narrative is another's word for word
    const copy = unitReport(departments[0].name, 2);
    const other = archive.openReport(archive.listReports().find((r) => r.agencyId === departments[1].id)!.id).report;
    copy.parts = { ...other.parts, overview: '本年主动公开信息二百条，依申请公开办理及时规范。政务公开平台运行稳定，信息发布审核严格。' };
    other.parts = { ...copy.parts };
    officeOf(archive).receive(gov.id, 2023, read('a2.json', copy));
    officeOf(archive).receive(gov.id, 2023, read('b2.json', other));
    const copied = officeOf(archive).rollupFindings(gov.id, 2023).filter((f) => f.rule === 'rollup.copied-text');
    expect(copied.map((f) => f.unit).sort()).toEqual([departments[0].name, departments[1].name].sort());
  });
});
