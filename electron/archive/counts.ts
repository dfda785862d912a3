// The error/warning counts shown in the list: computed on each save (as a draft,
// against last year's report) and stored with the rules' version, so listing
// never re-validates and counts made by older rules are redone on open.
import type Database from 'better-sqlite3';
import type { Report } from '../../report/report';
import { placeKey } from '../../report/fields';
import { RULES_VERSION, validateReport } from '../../report/rules/index';
import { cellMissing } from '../../report/rules/cells';
import type { ReportRow, ReportStore } from './reports';

/** Recount a report, and next year's draft too: its cross-year rules read this one. */
export function recount(reports: ReportStore, row: Pick<ReportRow, 'id' | 'agency_id' | 'year'>, report: Report): void {
  countOne(reports, row.id, report, reports.previousOf(row)?.report);
  const next = reports.rowOf(row.agency_id, row.year + 1);
  if (next && !next.deleted_at && next.status === 'draft') countOne(reports, next.id, reports.load(next), report);
}

/** The reports whose counts were stored by another version of the rules (or before versions were stored). */
export function staleReports(db: Database.Database, version: string = RULES_VERSION): number[] {
  return db.prepare('SELECT id FROM reports WHERE rules_version IS NOT ? ORDER BY agency_id, year').pluck().all(version) as number[];
}

/**
 * Recount these reports (ordered by agency and year, as staleReports gives
 * them), in the caller's transaction. Each report is read once, also when it is
 * another's previous year.
 */
export function recountAll(reports: ReportStore, ids: readonly number[], version: string = RULES_VERSION): void {
  const loaded = new Map<number, Report>();
  const load = (row: ReportRow) => loaded.get(row.id) ?? loaded.set(row.id, reports.load(row)).get(row.id)!;
  for (const id of ids) {
    const row = reports.row(id);
    if (!row) continue;
    const prev = reports.rowOf(row.agency_id, row.year - 1);
    countOne(reports, id, load(row), prev && !prev.deleted_at ? load(prev) : undefined, version);
    // last year's report is not read again once this one is counted
    if (prev) loaded.delete(prev.id);
  }
}

function countOne(reports: ReportStore, id: number, report: Report, previous: Report | undefined, version = RULES_VERSION): void {
  let findings;
  try {
    findings = validateReport(report, { previous });
  } catch {
    return; // a failing rule must never cost the user an edit; the old counts (and their version) stay
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning');
  const answered = new Set((report.explanations ?? []).map(placeKey));
  reports.setCounts(
    id,
    {
      errors,
      warnings: warnings.length,
      explained: warnings.filter((f) => answered.has(placeKey(f))).length,
      // blank cells: warnings while drafting, errors at 定稿 (the rule marks them toFill)
      blanks: warnings.filter((f) => f.rule === cellMissing.id).length,
    },
    version,
  );
}
