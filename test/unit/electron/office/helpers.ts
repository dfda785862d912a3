// Shared by the office tests: a county with its units on a real archive file.
import { officeOf } from '../../../../electron/office/api';
import type { Archive } from '../../../../electron/archive/index';
import { completeReport } from '../../../fixtures/archive/reports';
import type { CollectedFile } from '../../../../electron/jobs/collect-task';
import type { Report } from '../../../../report/report';

export { completeReport };

/** 沙坡头县 with its office, three departments and two townships. */
export function county(archive: Archive) {
  const gov = officeOf(archive).ensureGovernment('沙坡头县人民政府');
  const office = officeOf(archive).addUnit(gov.id, { name: '沙坡头县人民政府办公室', kind: 'office' });
  const pasted = officeOf(archive).pasteUnits(gov.id, '沙坡头县应急管理局\n沙坡头县教育局\n沙坡头县财政局\n', 'department');
  const towns = officeOf(archive).pasteUnits(gov.id, '宣和镇\n永康镇', 'township');
  return { gov, office, departments: pasted.created, towns: towns.created };
}

/** A unit's report with figures made from a seed number, so sums are checkable. */
export function unitReport(unit: string, n: number, year = 2023): Report {
  const r = completeReport(unit, year);
  r.table2.rules = [n, 1, n + 3];
  r.table3['1'] = [n, 0, 0, 0, 0, 0, n];
  return r;
}

export const read = (fileName: string, report: Report, status?: 'draft' | 'final' | 'published'): CollectedFile => ({
  fileName,
  ok: true,
  report,
  problems: [],
  exchange: status !== undefined,
  ...(status ? { status } : {}),
});
