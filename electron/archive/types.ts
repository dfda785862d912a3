// The archive's contract: what the api (electron/api.ts) calls. Implemented in
// electron/archive/ on better-sqlite3; every method is synchronous (better-sqlite3
// is), commits before it returns, and throws ArchiveError with a Chinese message.
import type { CellAddress, Level } from '../../report/format';
import type { Cell, Explanation, Report } from '../../report/report';
import type { TextField } from '../../report/fields';

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

export interface Agency {
  id: number;
  name: string;
  level: Level;
  parentId: number | null;
}

export type ReportStatus = 'draft' | 'final';

export interface ReportSummary {
  id: number;
  agencyId: number;
  agencyName: string;
  level: Level;
  year: number;
  status: ReportStatus;
  /** counts of the last validation (as a draft), stored at each save */
  errors: number;
  warnings: number;
  updatedAt: string; // ISO
  deletedAt: string | null; // in the trash when set
}

export interface OpenedReport {
  summary: ReportSummary;
  report: Report;
  /** last year's report of the same agency, when the archive has it */
  previous: Report | null;
  /** hint carried from last year when created from it: 现行有效件数 of 规章 / 行政规范性文件 */
  inForceHint: { rules: Cell; normativeDocuments: Cell } | null;
}

/** the report's text fields, defined in report/fields.ts (re-exported: the archive's api names them) */
export type { TextField };

export interface Revision {
  id: number;
  reportId: number;
  createdAt: string;
  /** why it was kept, Chinese: 导入前, 定稿, 重新打开：<reason>, 自动保存 … */
  summary: string;
}

export interface SearchHit {
  reportId: number;
  agencyName: string;
  year: number;
  field: TextField;
  /** text around the match, the match wrapped in 【】 */
  snippet: string;
}

export interface BackupInfo {
  file: string; // absolute path
  createdAt: string;
  bytes: number;
}

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
  importReport(report: Report, options: { replace: boolean; agencyId?: number }): ReportSummary;

  finalise(id: number): ReportSummary;
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
