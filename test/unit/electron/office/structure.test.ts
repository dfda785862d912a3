// 组织结构: a government and its units on a real archive file.
import { officeOf } from '../../../../electron/office/api';
import { describe, expect, it } from 'vitest';
import { errorOf, freshArchive } from '../archive/helpers';
import { county, unitReport } from './helpers';

describe('the structure', () => {
  it('adds a government with its units in order, from a pasted list with blank lines and duplicates reported', () => {
    const { archive } = freshArchive();
    const gov = officeOf(archive).ensureGovernment('沙坡头县人民政府');
    expect(gov.region).toBe('沙坡头县');
    officeOf(archive).addUnit(gov.id, { name: '沙坡头县人民政府办公室', kind: 'office' });
    const pasted = officeOf(archive).pasteUnits(gov.id, '沙坡头县应急管理局\r\n\n沙坡头县教育局\n沙坡头县应急管理局\n  \n沙坡头县人民政府办公室\n', 'department');
    expect(pasted.created.map((u) => u.name)).toEqual(['沙坡头县应急管理局', '沙坡头县教育局']);
    expect(pasted.duplicates).toEqual(['沙坡头县应急管理局', '沙坡头县人民政府办公室']);
    expect(pasted.blankLines).toBe(2);
    const units = officeOf(archive).government(gov.id).units;
    expect(units.map((u) => [u.name, u.kind, u.position])).toEqual([
      ['沙坡头县人民政府办公室', 'office', 0],
      ['沙坡头县应急管理局', 'department', 1],
      ['沙坡头县教育局', 'department', 2],
    ]);
    // each unit is an agency of the archive, under its government
    const agencies = archive.listAgencies();
    expect(agencies.find((a) => a.name === '沙坡头县教育局')).toMatchObject({ level: 'department', parentId: gov.id });
    expect(agencies.find((a) => a.name === '沙坡头县人民政府')).toMatchObject({ level: 'government' });
    // the same government asked for again is the same
    expect(officeOf(archive).ensureGovernment('沙坡头县人民政府').id).toBe(gov.id);
    expect(officeOf(archive).governments().map((g) => g.name)).toEqual(['沙坡头县人民政府']);
  });

  it('a unit is in one structure only; an agency already in the archive becomes the unit with its reports', () => {
    const { archive } = freshArchive();
    const earlier = archive.importReport(unitReport('沙坡头县教育局', 1, 2022), { replace: false });
    const gov = officeOf(archive).ensureGovernment('沙坡头县人民政府');
    const u = officeOf(archive).addUnit(gov.id, { name: '沙坡头县教育局', kind: 'department' });
    expect(u.id).toBe(earlier.agencyId);
    expect(errorOf(() => officeOf(archive).addUnit(gov.id, { name: '沙坡头县教育局', kind: 'department' })).message).toBe('组织结构中已有单位“沙坡头县教育局”');
    const other = officeOf(archive).ensureGovernment('中宁县人民政府');
    expect(errorOf(() => officeOf(archive).addUnit(other.id, { name: '沙坡头县教育局', kind: 'department' })).message).toContain('“沙坡头县人民政府”的组织结构中已有');
  });

  it('renames a unit (机构改革): same unit, past years kept, the old name an alias', () => {
    const { archive } = freshArchive();
    const { gov, departments } = county(archive);
    const old = departments[0];
    const past = archive.importReport(unitReport(old.name, 1, 2022), { replace: false, agencyId: old.id });
    const renamed = officeOf(archive).renameUnit(old.id, '沙坡头县应急管理局（地震局）');
    expect(renamed).toMatchObject({ id: old.id, name: '沙坡头县应急管理局（地震局）', aliases: ['沙坡头县应急管理局'] });
    const reports = archive.listReports({ agencyId: old.id });
    expect(reports.map((r) => r.id)).toEqual([past.id]);
    // its reports stay with it; the report keeps the name it was written under
    expect(archive.openReport(past.id).report.unit).toBe('沙坡头县应急管理局');
    expect(officeOf(archive).government(gov.id).units.find((u) => u.id === old.id)!.name).toBe('沙坡头县应急管理局（地震局）');
  });

  it('retires and merges: a merged unit reports no more from that year, its files go to the unit it became', () => {
    const { archive } = freshArchive();
    const { gov, departments } = county(archive);
    const [a, b] = departments;
    const merged = officeOf(archive).retireUnit(b.id, 2023, a.id);
    expect(merged).toMatchObject({ retiredFrom: 2023, mergedInto: a.id });
    expect(officeOf(archive).board(gov.id, 2023).rows.map((r) => r.unitId)).not.toContain(b.id);
    expect(officeOf(archive).board(gov.id, 2022).rows.map((r) => r.unitId)).toContain(b.id);
    // a 2023 file under the merged unit's name is the successor's
    const line = officeOf(archive).receive(gov.id, 2023, { fileName: 'x.json', ok: true, report: unitReport(b.name, 2), problems: [], exchange: false });
    expect(line).toMatchObject({ outcome: 'imported', unitId: a.id });
    expect(errorOf(() => officeOf(archive).retireUnit(a.id, 2023, a.id)).message).toBe('单位不能合并到自己');
    expect(officeOf(archive).restoreUnit(b.id)).toMatchObject({ retiredFrom: null, mergedInto: null });
  });

  it('reorders exactly the government’s units; refuses a partial or repeated order', () => {
    const { archive } = freshArchive();
    const { gov } = county(archive);
    const ids = officeOf(archive).government(gov.id).units.map((u) => u.id);
    const reversed = [...ids].reverse();
    expect(officeOf(archive).reorderUnits(gov.id, reversed).map((u) => u.id)).toEqual(reversed);
    expect(errorOf(() => officeOf(archive).reorderUnits(gov.id, ids.slice(1))).message).toContain('全部单位');
    expect(errorOf(() => officeOf(archive).reorderUnits(gov.id, [ids[0], ...ids.slice(0, -1)])).message).toContain('重复');
  });

  it('keeps a local deadline per government and year', () => {
    const { archive } = freshArchive();
    const { gov } = county(archive);
    expect(officeOf(archive).setDeadline(gov.id, 2023, '2024-01-26').deadlines).toEqual({ '2023': '2024-01-26' });
    expect(officeOf(archive).board(gov.id, 2023).deadline).toBe('2024-01-26');
    expect(errorOf(() => officeOf(archive).setDeadline(gov.id, 2023, '2022-01-26')).message).toContain('2023年或以后');
    expect(officeOf(archive).setDeadline(gov.id, 2023, null).deadlines).toEqual({});
  });

  it('marks a subordinate government as having its own total', () => {
    const { archive } = freshArchive();
    const city = officeOf(archive).ensureGovernment('中卫市人民政府');
    const c = officeOf(archive).addUnit(city.id, { name: '沙坡头区人民政府', kind: 'government' });
    expect(c.ownTotal).toBe(true);
    expect(archive.listAgencies().find((a) => a.id === c.id)!.level).toBe('government');
    expect(officeOf(archive).updateUnit(c.id, { ownTotal: false, aliases: ['沙坡头区政府'] })).toMatchObject({ ownTotal: false, aliases: ['沙坡头区政府'] });
  });
});
