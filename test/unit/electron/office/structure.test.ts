// 组织结构: a government and its units on a real archive file.
import { describe, expect, it } from 'vitest';
import { errorOf, freshArchive } from '../archive/helpers';
import { county, unitReport } from './helpers';

describe('the structure', () => {
  it('adds a government with its units in order, from a pasted list with blank lines and duplicates reported', () => {
    const { archive } = freshArchive();
    const gov = archive.office.ensureGovernment('沙坡头县人民政府');
    expect(gov.region).toBe('沙坡头县');
    archive.office.addUnit(gov.id, { name: '沙坡头县人民政府办公室', kind: 'office' });
    const pasted = archive.office.pasteUnits(gov.id, '沙坡头县应急管理局\r\n\n沙坡头县教育局\n沙坡头县应急管理局\n  \n沙坡头县人民政府办公室\n', 'department');
    expect(pasted.created.map((u) => u.name)).toEqual(['沙坡头县应急管理局', '沙坡头县教育局']);
    expect(pasted.duplicates).toEqual(['沙坡头县应急管理局', '沙坡头县人民政府办公室']);
    expect(pasted.blankLines).toBe(2);
    const units = archive.office.government(gov.id).units;
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
    expect(archive.office.ensureGovernment('沙坡头县人民政府').id).toBe(gov.id);
    expect(archive.office.governments().map((g) => g.name)).toEqual(['沙坡头县人民政府']);
  });

  it('a unit is in one structure only; an agency already in the archive becomes the unit with its reports', () => {
    const { archive } = freshArchive();
    const earlier = archive.importReport(unitReport('沙坡头县教育局', 1, 2022), { replace: false });
    const gov = archive.office.ensureGovernment('沙坡头县人民政府');
    const u = archive.office.addUnit(gov.id, { name: '沙坡头县教育局', kind: 'department' });
    expect(u.id).toBe(earlier.agencyId);
    expect(errorOf(() => archive.office.addUnit(gov.id, { name: '沙坡头县教育局', kind: 'department' })).message).toBe('组织结构中已有单位“沙坡头县教育局”');
    const other = archive.office.ensureGovernment('中宁县人民政府');
    expect(errorOf(() => archive.office.addUnit(other.id, { name: '沙坡头县教育局', kind: 'department' })).message).toContain('“沙坡头县人民政府”的组织结构中已有');
  });

  it('renames a unit (机构改革): same unit, past years kept, the old name an alias', () => {
    const { archive } = freshArchive();
    const { gov, departments } = county(archive);
    const old = departments[0];
    const past = archive.importReport(unitReport(old.name, 1, 2022), { replace: false, agencyId: old.id });
    const renamed = archive.office.renameUnit(old.id, '沙坡头县应急管理局（地震局）');
    expect(renamed).toMatchObject({ id: old.id, name: '沙坡头县应急管理局（地震局）', aliases: ['沙坡头县应急管理局'] });
    const reports = archive.listReports({ agencyId: old.id });
    expect(reports.map((r) => r.id)).toEqual([past.id]);
    // its reports stay with it; the report keeps the name it was written under
    expect(archive.openReport(past.id).report.unit).toBe('沙坡头县应急管理局');
    expect(archive.office.government(gov.id).units.find((u) => u.id === old.id)!.name).toBe('沙坡头县应急管理局（地震局）');
  });

  it('retires and merges: a merged unit reports no more from that year, its files go to the unit it became', () => {
    const { archive } = freshArchive();
    const { gov, departments } = county(archive);
    const [a, b] = departments;
    const merged = archive.office.retireUnit(b.id, 2023, a.id);
    expect(merged).toMatchObject({ retiredFrom: 2023, mergedInto: a.id });
    expect(archive.office.board(gov.id, 2023).rows.map((r) => r.unitId)).not.toContain(b.id);
    expect(archive.office.board(gov.id, 2022).rows.map((r) => r.unitId)).toContain(b.id);
    // a 2023 file under the merged unit's name is the successor's
    const line = archive.office.receive(gov.id, 2023, { fileName: 'x.json', ok: true, report: unitReport(b.name, 2), problems: [], exchange: false });
    expect(line).toMatchObject({ outcome: 'imported', unitId: a.id });
    expect(errorOf(() => archive.office.retireUnit(a.id, 2023, a.id)).message).toBe('单位不能合并到自己');
    expect(archive.office.restoreUnit(b.id)).toMatchObject({ retiredFrom: null, mergedInto: null });
  });

  it('reorders exactly the government’s units; refuses a partial or repeated order', () => {
    const { archive } = freshArchive();
    const { gov } = county(archive);
    const ids = archive.office.government(gov.id).units.map((u) => u.id);
    const reversed = [...ids].reverse();
    expect(archive.office.reorderUnits(gov.id, reversed).map((u) => u.id)).toEqual(reversed);
    expect(errorOf(() => archive.office.reorderUnits(gov.id, ids.slice(1))).message).toContain('全部单位');
    expect(errorOf(() => archive.office.reorderUnits(gov.id, [ids[0], ...ids.slice(0, -1)])).message).toContain('重复');
  });

  it('keeps a local deadline per government and year', () => {
    const { archive } = freshArchive();
    const { gov } = county(archive);
    expect(archive.office.setDeadline(gov.id, 2023, '2024-01-26').deadlines).toEqual({ '2023': '2024-01-26' });
    expect(archive.office.board(gov.id, 2023).deadline).toBe('2024-01-26');
    expect(errorOf(() => archive.office.setDeadline(gov.id, 2023, '2022-01-26')).message).toContain('2023年或以后');
    expect(archive.office.setDeadline(gov.id, 2023, null).deadlines).toEqual({});
  });

  it('marks a subordinate government as having its own total', () => {
    const { archive } = freshArchive();
    const city = archive.office.ensureGovernment('中卫市人民政府');
    const c = archive.office.addUnit(city.id, { name: '沙坡头区人民政府', kind: 'government' });
    expect(c.ownTotal).toBe(true);
    expect(archive.listAgencies().find((a) => a.id === c.id)!.level).toBe('government');
    expect(archive.office.updateUnit(c.id, { ownTotal: false, aliases: ['沙坡头区政府'] })).toMatchObject({ ownTotal: false, aliases: ['沙坡头区政府'] });
  });
});
