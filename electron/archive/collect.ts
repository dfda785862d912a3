// 收集: a file read in the job process (jobs/collect-task.ts) is matched to its
// unit and stored as that unit's report of the year. Matching uses the
// structure's names (report/rollup/names.ts): by the unit named in the report,
// then by the file name; a match that is not sure is never taken — the file
// waits for the office to choose. A re-import replaces the report and keeps the
// earlier version in its history (the archive's revisions).
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { ExchangeStatus } from '../../report/exchange';
import { placeKey } from '../../report/fields';
import type { Report } from '../../report/report';
import { matchUnit, unitNameFromFile, type UnitMatch } from '../../report/rollup/names';
import { repetition } from '../../report/rules/similarity';
import { validateReport } from '../../report/rules/index';
import type * as O from '../contract-office';

export type CollectLine = z.infer<typeof O.collectLine>;

export class ReceiptStore {
  private readonly q;
  constructor(db: Database.Database) {
    this.q = {
      upsert: db.prepare(
        `INSERT INTO receipts (report_id, status, source, received_at, unanswered, repetition) VALUES (@id, @status, @source, @at, @unanswered, @repetition)
         ON CONFLICT (report_id) DO UPDATE SET status = excluded.status, source = excluded.source, received_at = excluded.received_at,
           unanswered = excluded.unanswered, repetition = excluded.repetition, versions = versions + 1`,
      ),
    };
  }
  save(id: number, r: { status: ExchangeStatus | null; source: string; at: string; unanswered: number; repetition: number | null }): void {
    this.q.upsert.run({ id, ...r });
  }
}

/** What the board shows beside the stored counts: warnings not explained, repetition of last year's text. */
export function receiptFigures(report: Report, previous: Report | undefined): { unanswered: number; repetition: number | null } {
  let unanswered = 0;
  try {
    const explained = new Set((report.explanations ?? []).map(placeKey));
    unanswered = validateReport(report, { previous }).filter((f) => f.severity === 'warning' && !explained.has(placeKey(f))).length;
  } catch {
    // a failing rule must not refuse a unit's file: the board shows the stored counts
  }
  const rep = previous && previous.year === report.year - 1 ? repetition(report, previous).share : null;
  return { unanswered, repetition: rep };
}

export interface UnitChoice {
  match: UnitMatch;
  /** which name was matched: the report's or the file's */
  by: 'report' | 'file' | null;
  name: string;
}

/** The unit of a collected file: the report's unit name first, then the file name. */
export function chooseUnit(
  report: Report,
  fileName: string,
  units: readonly { id: string; name: string; aliases?: readonly string[] }[],
  region: string,
): UnitChoice {
  const byReport = matchUnit(report.unit, units, region);
  if (byReport.kind === 'sure') return { match: byReport, by: 'report', name: report.unit };
  const fromFile = unitNameFromFile(fileName);
  const byFile = fromFile ? matchUnit(fromFile, units, region) : ({ kind: 'none' } as UnitMatch);
  // the file name settles an unsure report name only when it names one of its candidates
  if (byFile.kind === 'sure' && (byReport.kind === 'none' || byReport.candidates.includes(byFile.id)))
    return { match: byFile, by: 'file', name: fromFile! };
  if (byReport.kind === 'unsure') return { match: byReport, by: 'report', name: report.unit };
  if (byFile.kind === 'unsure') return { match: byFile, by: 'file', name: fromFile! };
  return { match: { kind: 'none' }, by: null, name: report.unit || fromFile || '' };
}
