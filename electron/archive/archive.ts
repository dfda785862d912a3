// The Archive on one SQLite connection. Every public method validates its
// arguments, then does its work in one short IMMEDIATE transaction that has
// committed (and, with synchronous=FULL, been fsynced) before it returns.
import path from 'node:path';
import type Database from 'better-sqlite3';
import { samePlace } from '../../report/fields';
import type { CellAddress } from '../../report/format';
import { blankReport, setCellInPlace, type Cell, type Explanation, type Report } from '../../report/report';
import { validateReport } from '../../report/rules/index';
import { recount, recountAll, staleReports } from './counts';
import { AgencyStore } from './agencies';
import { backupInto, listBackups } from './backup';
import { FileGuard } from './file-guard';
import { archiveError, invalid, notFound } from './errors';
import { ReportStore, toSummary, type InForceHint, type ReportRow } from './reports';
import { AUTO_REVISION_MS, RevisionStore } from './revisions';
import { SearchIndex } from './search';
import { ArchiveError, type Agency, type AgencyDetails, type Archive, type BackupInfo, type OpenOptions, type OpenedReport, type Publication, type ReportSummary, type Revision, type SearchHit, type TextField } from './types';
import { check, checkCell, checkExplanation, checkImport } from './validate';
import { startFromPrevious } from './years';
import { Office } from '../office/office';

export class SqliteArchive implements Archive {
  readonly file: string;
  dailyBackup?: Promise<BackupInfo | null>;
  private readonly agencies: AgencyStore;
  private readonly reports: ReportStore;
  private readonly revisions: RevisionStore;
  private readonly index: SearchIndex;
  private readonly now: () => Date;
  private damaged: ArchiveError | null = null;
  /** refuses writes once another process has swapped the file */
  private readonly guard: FileGuard;
  /** the 政务公开办's year (electron/office/), in this archive's transactions */
  readonly office: Office;

  constructor(file: string, readonly db: Database.Database, private readonly options: OpenOptions) {
    this.file = path.resolve(file);
    this.now = options.now ?? (() => new Date());
    this.guard = new FileGuard(this.file);
    this.agencies = new AgencyStore(db);
    this.reports = new ReportStore(db);
    this.revisions = new RevisionStore(db);
    this.index = new SearchIndex(db);
    this.office = new Office({
      db,
      archive: this,
      write: (fn) => this.write(fn),
      read: (fn) => this.run(() => this.db.transaction(fn).deferred()),
      now: this.now,
    });
    this.recountStaleCounts();
  }

  /** Counts stored by another version of the rules are redone at once (one transaction), so the list never shows them. */
  private recountStaleCounts(): void {
    try {
      const stale = staleReports(this.db);
      if (stale.length) this.write(() => recountAll(this.reports, stale));
    } catch {
      // never fails the open: the old counts stay listed and are redone on the next open
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // ---- plumbing ----------------------------------------------------------

  private run<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      const err = archiveError(e, this.file);
      if (err.code === 'corrupt') this.damaged = err;
      throw err;
    }
  }
  private write<T>(fn: () => T): T {
    // damage found while working: stop writing at once, as when found on open
    if (this.damaged) throw this.damaged;
    this.guard.check();
    return this.run(() => this.db.transaction(fn).immediate());
  }
  private stamp(): string {
    return this.now().toISOString();
  }
  private row(id: number): ReportRow {
    const row = this.reports.row(check('id', id));
    if (!row) throw notFound(`没有编号为 ${id} 的报告`);
    return row;
  }
  private editable(id: number): ReportRow {
    const row = this.row(id);
    if (row.deleted_at) throw notFound(`${row.unit}${row.year}年的报告在回收站中，请先恢复再修改`);
    if (row.status === 'final') throw new ArchiveError(`${row.unit}${row.year}年的报告已定稿，是只读的；如需修改，请先“重新打开”并说明原因`, 'finalised');
    return row;
  }
  private summary(id: number): ReportSummary {
    return toSummary(this.reports.row(id)!);
  }

  /** One autosaved edit: a revision first when the last one is ≥ 5 minutes old. */
  private edit(id: number, apply: (r: Report) => void, persist: (r: Report, now: string) => void): ReportSummary {
    return this.write(() => {
      const row = this.editable(id);
      const report = this.reports.load(row);
      const now = this.stamp();
      // abs: a clock set back (by hand) must not stop the automatic revisions
      if (Math.abs(Date.parse(now) - Date.parse(row.last_revision_at)) >= AUTO_REVISION_MS) {
        this.revisions.keep(row.id, report, '自动保存', now);
        this.reports.setRevisedAt(row.id, now);
      }
      apply(report);
      persist(report, now);
      recount(this.reports, row, report);
      return this.summary(row.id);
    });
  }

  /** next year's draft reads this report in its cross-year rules: recount it when this one leaves or returns */
  private recountNextYear(row: ReportRow): void {
    const next = this.reports.rowOf(row.agency_id, row.year + 1);
    if (next && !next.deleted_at && next.status === 'draft') recount(this.reports, next, this.reports.load(next));
  }

  // ---- agencies ----------------------------------------------------------

  listAgencies(): Agency[] {
    return this.run(() => this.agencies.list());
  }
  saveAgency(input: { id?: number; name: string; level: Agency['level']; parentId?: number | null }): Agency {
    const a = check('agency', input);
    return this.write(() => this.agencies.save(a));
  }
  agencyDetails(agencyId: number): AgencyDetails {
    const id = check('id', agencyId);
    return this.run(() => this.agencies.details(id));
  }
  saveAgencyDetails(agencyId: number, details: AgencyDetails): AgencyDetails {
    const id = check('id', agencyId);
    const d = check('agencyDetails', details);
    return this.write(() => this.agencies.saveDetails(id, d));
  }

  // ---- reports -----------------------------------------------------------

  listReports(options?: { includeDeleted?: boolean; agencyId?: number }): ReportSummary[] {
    const o = check('listOptions', options);
    // stored counts: listing never re-validates
    return this.run(() => this.reports.list(o?.includeDeleted ?? false, o?.agencyId ?? null).map(toSummary));
  }

  createReport(input: { agencyId: number; year: number; from: 'blank' | 'previous' }): ReportSummary {
    const { agencyId, year, from } = check('createInput', input);
    return this.write(() => {
      const agency = this.agencies.require(agencyId);
      const existing = this.reports.rowOf(agencyId, year);
      if (existing) {
        const where = existing.deleted_at ? '，在回收站中，可以从回收站恢复' : '';
        throw new ArchiveError(`${agency.name}${year}年的报告已经存在${where}`, 'conflict');
      }
      let start: { report: Report; hint: InForceHint | null } = { report: blankReport(agency.name, year, agency.level), hint: null };
      if (from === 'previous') {
        const prev = this.reports.previousOf({ agency_id: agencyId, year });
        if (!prev) throw notFound(`档案中没有${agency.name}${year - 1}年的报告，无法从上年报告新建，请选择新建空白报告`);
        start = startFromPrevious(prev.report, agency.name, year, agency.level);
      }
      const id = this.reports.insert(agencyId, start.report, start.hint, this.stamp());
      recount(this.reports, this.reports.row(id)!, start.report);
      return this.summary(id);
    });
  }

  openReport(id: number): OpenedReport {
    // one read transaction: report and last year's seen at the same moment
    return this.run(() => this.db.transaction((): OpenedReport => {
      const row = this.row(id);
      return {
        summary: toSummary(row),
        report: this.reports.load(row),
        previous: this.reports.previousOf(row)?.report ?? null,
        inForceHint: row.in_force_hint ? JSON.parse(row.in_force_hint) : null,
      };
    }).deferred());
  }

  setCell(id: number, address: CellAddress, value: Cell): ReportSummary {
    const c = checkCell(address, value);
    check('id', id);
    return this.edit(id, (r) => setCellInPlace(r, c.address, c.value), (r, now) => this.reports.setTables(id, r, now));
  }

  setText(id: number, field: TextField, text: string): ReportSummary {
    check('id', id);
    const f = check('field', field);
    const t = check('text', text);
    return this.edit(
      id,
      (r) => {
        if (f === 'overview' || f === 'problems' || f === 'other') r.parts[f] = t;
        else r[f] = t;
      },
      (_r, now) => this.reports.setText(id, f, t, now),
    );
  }

  setExplanation(id: number, explanation: Explanation): ReportSummary {
    check('id', id);
    const e = checkExplanation(explanation);
    return this.edit(
      id,
      (r) => {
        const others = (r.explanations ?? []).filter((x) => !samePlace(x, e));
        r.explanations = [...others, e];
      },
      (_r, now) => {
        this.reports.setExplanation(id, e);
        this.reports.touch(id, now);
      },
    );
  }

  removeExplanation(id: number, explanation: Omit<Explanation, 'text'>): ReportSummary {
    check('id', id);
    const p = check('explanationPlace', explanation);
    return this.edit(
      id,
      (r) => (r.explanations = (r.explanations ?? []).filter((x) => !samePlace(x, p))),
      (_r, now) => {
        this.reports.removeExplanation(id, p);
        this.reports.touch(id, now);
      },
    );
  }

  importReport(report: Report, options: { replace: boolean; agencyId?: number }): ReportSummary {
    const o = check('importOptions', options);
    const r = checkImport(report);
    const unit = r.unit.trim();
    if (!unit && o.agencyId === undefined) throw invalid('报告中没有机关名称，请先选择所属机关');
    return this.write(() => {
      const agency =
        o.agencyId !== undefined ? this.agencies.require(o.agencyId) : (this.agencies.byName(unit) ?? this.agencies.save({ name: unit, level: r.level }));
      const now = this.stamp();
      const existing = this.reports.rowOf(agency.id, r.year);
      let id: number;
      if (existing) {
        if (!o.replace) throw new ArchiveError(`档案中已有${agency.name}${r.year}年的报告；如要用导入的内容替换，请选择“替换”`, 'conflict');
        if (existing.status === 'final') throw new ArchiveError(`${agency.name}${r.year}年的报告已定稿，请先重新打开再导入替换`, 'finalised');
        this.revisions.keep(existing.id, this.reports.load(existing), '导入前', now);
        this.reports.replaceContent(existing.id, r, now);
        this.reports.setDeleted(existing.id, null);
        this.reports.setRevisedAt(existing.id, now);
        id = existing.id;
      } else {
        id = this.reports.insert(agency.id, r, null, now);
      }
      if (o.published) {
        // a published copy of a past year: 已发布, read-only until reopened on purpose
        this.reports.setStatus(id, 'final', now);
        this.reports.setPublication(id, o.published);
      }
      recount(this.reports, this.reports.row(id)!, r);
      return this.summary(id);
    });
  }

  finalise(id: number, options?: { acceptedWarnings: string[] }): ReportSummary {
    const accepted = check('finaliseOptions', options)?.acceptedWarnings ?? [];
    return this.write(() => {
      const row = this.editable(id);
      const report = this.reports.load(row);
      const previous = this.reports.previousOf(row)?.report;
      const errors = validateReport(report, { final: true, previous }).filter((f) => f.severity === 'error').length;
      if (errors > 0) throw new ArchiveError(`还有 ${errors} 处错误，全部改正后才能定稿`, 'has-errors');
      const now = this.stamp();
      this.reports.setStatus(row.id, 'final', now);
      // the warnings accepted without a 审核说明 stay on record with the 定稿
      const why = accepted.length ? `定稿（确认无误、未填写审核说明的警告 ${accepted.length} 条：${accepted.join('；').slice(0, 800)}）` : '定稿';
      this.revisions.keep(row.id, report, why, now);
      this.reports.setRevisedAt(row.id, now);
      recount(this.reports, row, report);
      return this.summary(row.id);
    });
  }

  setPublication(id: number, publication: Publication): ReportSummary {
    const p = check('publication', publication);
    return this.write(() => {
      const row = this.row(id);
      if (row.status !== 'final') throw invalid(`${row.unit}${row.year}年的报告还是草稿，定稿后才能标为已发布`);
      this.reports.setPublication(row.id, { date: p.date, url: p.url });
      this.reports.touch(row.id, this.stamp());
      return this.summary(row.id);
    });
  }

  reopen(id: number, reason: string): ReportSummary {
    const why = check('reason', reason);
    return this.write(() => {
      const row = this.row(id);
      if (row.status !== 'final') throw invalid(`${row.unit}${row.year}年的报告不是定稿状态，无需重新打开`);
      const now = this.stamp();
      this.revisions.keep(row.id, this.reports.load(row), `重新打开：${why}`, now);
      this.reports.setStatus(row.id, 'draft', now);
      this.reports.setRevisedAt(row.id, now);
      return this.summary(row.id);
    });
  }

  deleteReport(id: number): void {
    this.write(() => {
      const row = this.row(id);
      if (!row.deleted_at) this.reports.setDeleted(row.id, this.stamp());
      this.recountNextYear(row);
    });
  }

  restoreReport(id: number): ReportSummary {
    return this.write(() => {
      const row = this.row(id);
      this.reports.setDeleted(row.id, null);
      this.recountNextYear(row);
      return this.summary(row.id);
    });
  }

  // ---- history, search, backups ------------------------------------------

  listRevisions(id: number): Revision[] {
    return this.run(() => this.revisions.list(this.row(id).id));
  }

  restoreRevision(revisionId: number): ReportSummary {
    const revId = check('id', revisionId);
    return this.write(() => {
      const rev = this.revisions.get(revId);
      if (!rev) throw notFound(`没有编号为 ${revId} 的历史版本`);
      const row = this.editable(rev.reportId);
      const now = this.stamp();
      this.revisions.keep(row.id, this.reports.load(row), '恢复历史版本前', now);
      // the snapshot belongs to this report: keep its year and unit whatever it says
      const restored: Report = { ...rev.report, year: row.year, unit: row.unit };
      this.reports.replaceContent(row.id, restored, now);
      this.reports.setRevisedAt(row.id, now);
      recount(this.reports, row, restored);
      return this.summary(row.id);
    });
  }

  search(query: string, options?: { limit?: number }): SearchHit[] {
    const q = check('query', query);
    const limit = options?.limit === undefined ? 50 : check('limit', options.limit);
    return this.run(() => this.index.search(q, limit));
  }

  listBackups(): BackupInfo[] {
    return this.run(() => listBackups(this.file, this.options));
  }

  async backupTo(file: string): Promise<BackupInfo> {
    if (typeof file !== 'string' || !file.trim()) throw invalid('备份位置不正确');
    const target = path.resolve(file);
    if (target === this.file || target.startsWith(this.file + '-')) throw invalid('备份不能覆盖档案文件本身');
    return backupInto(this.db, target);
  }
}

