// The office's year (issue 11) on the archive: the structure, collecting units'
// files, the board, 审核意见 and the compiled report. Every method runs in one
// of the archive's transactions (write: IMMEDIATE, committed and fsynced before
// it returns), so the office's data follows the archive's rules (file guard,
// damage stops writing, Chinese messages).
import type Database from 'better-sqlite3';
import type { ExchangeComments } from '../../report/exchange';
import type { CellAddress } from '../../report/format';
import type { Report } from '../../report/report';
import { BoardQuery } from '../archive/board';
import { chooseUnit, receiptFigures, ReceiptStore, type CollectLine } from '../archive/collect';
import { CommentStore, valueAt, type Comment } from '../archive/comments';
import { CompileStore } from '../archive/compile';
import { invalid, notFound } from '../archive/errors';
import { OrgStore, type Government, type OrgUnit, type PasteResult } from '../archive/organisation';
import { ReportStore } from '../archive/reports';
import { RevisionStore } from '../archive/revisions';
import { ArchiveError, type Archive } from '../archive/types';
import type { CollectedFile } from '../jobs/collect-task';
import type { UnitKind } from '../contract-office';
import { matchUnit } from '../../report/rollup/names';
import { checkRollup, type RollupFinding } from '../../report/rollup/rules';

export interface OfficeHost {
  db: Database.Database;
  archive: Pick<Archive, 'importReport'>;
  write<T>(fn: () => T): T;
  read<T>(fn: () => T): T;
  now(): Date;
}

export class Office {
  private readonly org: OrgStore;
  private readonly reports: ReportStore;
  private readonly comments: CommentStore;
  private readonly receipts: ReceiptStore;
  private readonly boardQuery: BoardQuery;
  private readonly compiler: CompileStore;

  constructor(private readonly h: OfficeHost) {
    this.org = new OrgStore(h.db);
    this.reports = new ReportStore(h.db);
    this.comments = new CommentStore(h.db);
    this.receipts = new ReceiptStore(h.db);
    this.boardQuery = new BoardQuery(h.db);
    this.compiler = new CompileStore({ db: h.db, org: this.org, reports: this.reports, revisions: new RevisionStore(h.db) });
  }
  private stamp(): string {
    return this.h.now().toISOString();
  }

  // ---- structure -----------------------------------------------------------

  governments(): Government[] {
    return this.h.read(() => this.org.governments());
  }
  government(id: number): Government {
    return this.h.read(() => this.org.government(id));
  }
  ensureGovernment(name: string): Government {
    return this.h.write(() => this.org.ensureGovernment(name));
  }
  addUnit(governmentId: number, input: { name: string; kind: UnitKind; ownTotal?: boolean }): OrgUnit {
    return this.h.write(() => this.org.addUnit(governmentId, input));
  }
  pasteUnits(governmentId: number, text: string, kind: UnitKind): PasteResult {
    return this.h.write(() => this.org.pasteUnits(governmentId, text, kind));
  }
  renameUnit(id: number, name: string): OrgUnit {
    return this.h.write(() => this.org.renameUnit(id, name));
  }
  updateUnit(id: number, patch: { kind?: UnitKind; ownTotal?: boolean; aliases?: string[] }): OrgUnit {
    return this.h.write(() => this.org.updateUnit(id, patch));
  }
  reorderUnits(governmentId: number, ids: readonly number[]): OrgUnit[] {
    return this.h.write(() => this.org.reorder(governmentId, ids));
  }
  retireUnit(id: number, fromYear: number, mergedInto: number | null): OrgUnit {
    return this.h.write(() => this.org.retire(id, fromYear, mergedInto));
  }
  restoreUnit(id: number): OrgUnit {
    return this.h.write(() => this.org.restore(id));
  }
  setDeadline(governmentId: number, year: number, date: string | null): Government {
    return this.h.write(() => (this.org.setDeadline(governmentId, year, date), this.org.government(governmentId)));
  }

  // ---- collect -------------------------------------------------------------

  /**
   * Store one collected file as its unit's report of the year. `unitId`: the
   * office's choice when the match was not sure. Never throws for the file's
   * own faults: the line says why it was not imported.
   */
  receive(governmentId: number, year: number, file: CollectedFile, unitId?: number): CollectLine {
    const line = (outcome: CollectLine['outcome'], message: string, extra: Partial<CollectLine> = {}): CollectLine => ({
      file: file.fileName,
      outcome,
      message,
      unitId: null,
      unitName: null,
      reportId: null,
      pending: null,
      candidates: [],
      ...extra,
    });
    if (!file.ok) return line('refused', `未导入：${file.message}`);
    const report = file.report;
    if (report.year !== year) return line('refused', `未导入：这是${report.year}年度的报告，正在收集的是${year}年度`);
    const gov = this.h.read(() => this.org.government(governmentId));
    let unit: OrgUnit | undefined;
    if (unitId !== undefined) {
      unit = gov.units.find((u) => u.id === unitId);
      if (!unit) throw invalid(`编号为 ${unitId} 的单位不属于${gov.name}`);
    } else {
      const names = this.h.read(() => this.org.namesFor(governmentId, year));
      const choice = chooseUnit(report, file.fileName, names, gov.region);
      if (choice.match.kind !== 'sure') {
        const candidates =
          choice.match.kind === 'unsure'
            ? choice.match.candidates.map((id) => ({ id: Number(id), name: gov.units.find((u) => u.id === Number(id))!.name }))
            : [];
        const why =
          choice.match.kind === 'unsure'
            ? `请选择单位：${choice.match.why}`
            : `请选择单位：组织结构中没有“${choice.name || '（报告未写单位名称）'}”`;
        return line('ask', why, { candidates });
      }
      unit = gov.units.find((u) => u.id === Number((choice.match as { id: string }).id))!;
    }
    const u = unit;
    try {
      return this.h.write(() => {
        const existing = this.reports.rowOf(u.id, year);
        const replaced = !!existing && !existing.deleted_at;
        const summary = this.h.archive.importReport(report, { replace: true, agencyId: u.id });
        const previous = this.reports.previousOf({ agency_id: u.id, year })?.report;
        this.receipts.save(summary.id, { status: file.status ?? null, source: file.fileName, at: this.stamp(), ...receiptFigures(report, previous) });
        const message = replaced ? '已替换旧版本（旧版本保留在历史中）' : '已导入';
        return line(replaced ? 'replaced' : 'imported', message, { unitId: u.id, unitName: u.name, reportId: summary.id });
      });
    } catch (e) {
      if (e instanceof ArchiveError && e.code !== 'corrupt' && e.code !== 'disk-full' && e.code !== 'io') {
        return line('refused', `未导入：${e.message}`, { unitId: u.id, unitName: u.name });
      }
      throw e;
    }
  }

  // ---- board ---------------------------------------------------------------

  board(governmentId: number, year: number) {
    return this.h.read(() => {
      const gov = this.org.requireGovernment(governmentId);
      const deadline = this.org.deadline(governmentId, year);
      return {
        governmentId,
        name: gov.name,
        year,
        deadline,
        rows: this.boardQuery.rows(governmentId, year, deadline, this.h.now()),
        compiledReportId: this.compiler.reportIdOf(governmentId, year),
      };
    });
  }

  // ---- 审核意见 ------------------------------------------------------------

  private reportOf(id: number): { row: NonNullable<ReturnType<ReportStore['row']>>; report: Report } {
    const row = this.reports.row(id);
    if (!row) throw notFound(`没有编号为 ${id} 的报告`);
    return { row, report: this.reports.load(row) };
  }
  listComments(reportId: number): Comment[] {
    return this.h.read(() => this.comments.list(reportId, this.reportOf(reportId).report));
  }
  addComment(reportId: number, c: { place: Comment['place']; text: string; author: string }): Comment[] {
    return this.h.write(() => {
      const { report } = this.reportOf(reportId);
      this.comments.add(reportId, 'office', { ...c, at: this.stamp() }, valueAt(report, c.place));
      return this.comments.list(reportId, report);
    });
  }
  replyComment(id: number, text: string | null): Comment[] {
    return this.h.write(() => {
      const c = this.comments.get(id);
      if (!c) throw notFound(`没有编号为 ${id} 的审核意见`);
      this.comments.reply(id, text, text === null ? null : this.stamp());
      return this.comments.list(c.report_id, this.reportOf(c.report_id).report);
    });
  }
  removeComment(id: number): void {
    this.h.write(() => {
      if (!this.comments.get(id)) throw notFound(`没有编号为 ${id} 的审核意见`);
      this.comments.remove(id);
    });
  }
  /** The office's comments on a report, as the exchange file's content. */
  commentsFor(reportId: number): ExchangeComments {
    return this.h.read(() => {
      const { row, report } = this.reportOf(reportId);
      const list = this.comments.list(reportId, report).filter((c) => c.origin === 'office');
      return { unit: row.unit, year: row.year, comments: list.map((c) => ({ place: c.place, text: c.text, author: c.author, at: c.createdAt })) };
    });
  }
  /** The government whose structure holds the report's unit (the office that writes to it), or null. */
  governmentOfReport(reportId: number): { id: number; name: string } | null {
    return this.h.read(() => {
      const { row } = this.reportOf(reportId);
      const gid = this.h.db.prepare('SELECT government_id FROM org_units WHERE agency_id = ?').pluck().get(row.agency_id) as number | undefined;
      return gid === undefined ? null : this.org.requireGovernment(gid);
    });
  }
  /** The units left out of the year's compile (none when not compiled yet). */
  excludedOf(governmentId: number, year: number): number[] {
    return this.h.read(() => {
      const id = this.compiler.reportIdOf(governmentId, year);
      return id === null ? [] : this.compiler.status(id).excluded.map((u) => u.id);
    });
  }
  /** The department's side: the superior's comments onto its own report of that unit and year. */
  importComments(x: ExchangeComments): { reportId: number; unit: string; year: number; added: number; skipped: number } {
    return this.h.write(() => {
      const row = this.ownReportFor(x.unit, x.year);
      const report = this.reports.load(row);
      let added = 0;
      let skipped = 0;
      for (const c of x.comments) {
        if (this.comments.has(row.id, 'superior', c)) skipped++;
        else {
          this.comments.add(row.id, 'superior', c, valueAt(report, c.place));
          added++;
        }
      }
      return { reportId: row.id, unit: row.agency_name, year: row.year, added, skipped };
    });
  }
  private ownReportFor(unit: string, year: number) {
    const agencies = this.h.db.prepare('SELECT r.agency_id AS id, a.name FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.year = ? AND r.deleted_at IS NULL').all(year) as { id: number; name: string }[];
    const m = matchUnit(unit, agencies.map((a) => ({ id: String(a.id), name: a.name })));
    if (m.kind !== 'sure') {
      const why = m.kind === 'unsure' ? `（${m.why}）` : '';
      throw notFound(`档案中没有“${unit}”${year}年的报告${why}，请先新建或导入该报告，再导入审核意见`);
    }
    return this.reports.rowOf(Number(m.id), year)!;
  }

  // ---- compiled report -----------------------------------------------------

  compile(governmentId: number, year: number, exclude: readonly number[] = []) {
    return this.h.write(() => this.compiler.status(this.compiler.compile(governmentId, year, exclude, this.stamp())));
  }
  compilation(reportId: number) {
    return this.h.read(() => this.compiler.status(reportId));
  }
  compiledReportId(governmentId: number, year: number): number | null {
    return this.h.read(() => this.compiler.reportIdOf(governmentId, year));
  }
  provenance(reportId: number, a: CellAddress) {
    return this.h.read(() => this.compiler.provenance(reportId, a));
  }
  refreshCompiled(reportId: number, keys?: readonly string[]) {
    return this.h.write(() => (this.compiler.refresh(reportId, keys, this.stamp()), this.compiler.status(reportId)));
  }
  /** rollup.sum and rollup.copied-text (report/rollup/rules.ts) over the government's report and its units' of the year. */
  rollupFindings(governmentId: number, year: number): RollupFinding[] {
    return this.h.read(() => {
      const excluded = this.compiler.reportIdOf(governmentId, year) === null ? [] : this.compiler.status(this.compiler.reportIdOf(governmentId, year)!).excluded.map((u) => u.id);
      const { units } = this.compiler.figures(governmentId, year, excluded);
      const row = this.reports.rowOf(governmentId, year);
      // the rules name a unit by its id in the set: the office reads its name
      const names = new Map(units.map((u) => [u.id, u.name]));
      return checkRollup(row && !row.deleted_at ? this.reports.load(row) : null, units).map((f) => (f.unit ? { ...f, unit: names.get(f.unit) ?? f.unit } : f));
    });
  }
  figures(governmentId: number, year: number, exclude: readonly number[] = []) {
    return this.h.read(() => this.compiler.figures(governmentId, year, exclude));
  }
}
