// The archive's contract: what the api (electron/api.ts) calls. Implemented in
// electron/archive/ on better-sqlite3; every method is synchronous (better-sqlite3
// is), commits before it returns, and throws ArchiveError with a Chinese message.
import type { CellAddress, Level } from '../../report/format';
import type { Cell, Explanation, Report } from '../../report/report';
import type { TextField } from '../../report/fields';
import type { z } from 'zod';
import type * as R from '../contract-results';
import type * as S from '../contract-schemas';

export class ArchiveError extends Error {
  constructor(
    message: string,
    /** machine-readable reason, for the UI to offer the right next step */
    readonly code:
      | 'invalid-argument'
      | 'not-found'
      | 'conflict' // e.g. agency+year exists
      | 'finalised' // report is read-only (定稿)
      | 'has-errors' // cannot finalise
      | 'disk-full'
      | 'corrupt' // file damaged: never written to
      | 'too-new' // made by a newer version of the app
      | 'locked'
      | 'io' = 'invalid-argument',
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

// What the archive answers is defined once, as the api contract's result
// schemas (electron/contract-results.ts); these are their types.
export type Agency = z.infer<typeof R.agency>;
/** an agency's 落款 preference (null: as 设置 says) and contact details */
export type AgencyDetails = z.output<typeof S.agencyDetails>;
export type ReportSummary = z.infer<typeof R.reportSummary>;
export type ReportStatus = ReportSummary['status'];
export type Publication = NonNullable<ReportSummary['publication']>;
export type OpenedReport = z.infer<typeof R.openedReport>;
export type Revision = z.infer<typeof R.revision>;
export type SearchHit = z.infer<typeof R.searchHit>;
export type BackupInfo = z.infer<typeof R.backupInfo>;

/** the report's text fields, defined in report/fields.ts (re-exported: the archive's api names them) */
export type { TextField };

export interface OpenOptions {
  /** folder of the automatic daily backups (default: <file dir>/backups) */
  backupDir?: string;
  /** how many daily backups to keep (default 30) */
  keepBackups?: number;
  /** clock, for tests */
  now?: () => Date;
  /** path of a better_sqlite3.node built for Electron (the Node build is used when absent) */
  nativeBinding?: string;
}

export interface Archive {
  readonly file: string;
  close(): void;

  listAgencies(): Agency[];
  /** create (no id) or update an agency; names are unique */
  saveAgency(input: { id?: number; name: string; level: Level; parentId?: number | null }): Agency;
  /** the agency's 落款 preference and contact details (all null until saved) */
  agencyDetails(agencyId: number): AgencyDetails;
  saveAgencyDetails(agencyId: number, details: AgencyDetails): AgencyDetails;

  listReports(options?: { includeDeleted?: boolean; agencyId?: number }): ReportSummary[];
  /** a blank report, or one started from last year's (narrative copied, row 二 from last year's row 四) */
  createReport(input: { agencyId: number; year: number; from: 'blank' | 'previous' }): ReportSummary;
  openReport(id: number): OpenedReport;

  /** autosave: each call is one committed transaction */
  setCell(id: number, address: CellAddress, value: Cell): ReportSummary;
  setText(id: number, field: TextField, text: string): ReportSummary;
  setExplanation(id: number, explanation: Explanation): ReportSummary;
  removeExplanation(id: number, explanation: Omit<Explanation, 'text'>): ReportSummary;

  /** store an imported report; an existing agency+year is replaced only with replace=true, keeping a revision first */
  importReport(report: Report, options: { replace: boolean; agencyId?: number; published?: Publication }): ReportSummary;

  /** `acceptedWarnings`: the warnings without a 审核说明 the user accepted as they are, recorded in the 定稿 revision */
  finalise(id: number, options?: { acceptedWarnings: string[] }): ReportSummary;
  /** what is known of an 已发布 report's publication; marks a finalised report 已发布 */
  setPublication(id: number, publication: Publication): ReportSummary;
  reopen(id: number, reason: string): ReportSummary;
  deleteReport(id: number): void;
  restoreReport(id: number): ReportSummary;

  listRevisions(id: number): Revision[];
  restoreRevision(revisionId: number): ReportSummary;

  search(query: string, options?: { limit?: number }): SearchHit[];

  listBackups(): BackupInfo[];
  backupTo(file: string): Promise<BackupInfo>;
  /** the automatic backup of the first open of the day (null: one exists already, or it failed) */
  readonly dailyBackup?: Promise<BackupInfo | null>;
}
