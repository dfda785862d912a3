// The error/warning counts shown in the list: computed on each save (as a draft,
// against last year's report) and stored, so listing never re-validates.
import type { Report } from '../../report/report';
import { validateReport } from '../../report/rules/index';
import type { ReportRow, ReportStore } from './reports';

/** Recount a report, and next year's draft too: its cross-year rules read this one. */
export function recount(reports: ReportStore, row: Pick<ReportRow, 'id' | 'agency_id' | 'year'>, report: Report): void {
  countOne(reports, row.id, report, reports.previousOf(row)?.report);
  const next = reports.rowOf(row.agency_id, row.year + 1);
  if (next && !next.deleted_at && next.status === 'draft') countOne(reports, next.id, reports.load(next), report);
}

function countOne(reports: ReportStore, id: number, report: Report, previous: Report | undefined): void {
  let findings;
  try {
    findings = validateReport(report, { previous });
  } catch {
    return; // a failing rule must never cost the user an edit; the old counts stay
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  reports.setCounts(id, errors, findings.filter((f) => f.severity === 'warning').length);
}
