// The compiled report (汇总报告): the government's own report of a year whose
// tables are its units' summed (report/rollup/sum.ts). What the compile wrote is
// kept per cell, so a cell the office typed over is told apart (kept, flagged
// with the difference) from one that a re-imported unit report has changed
// (marked, refreshed on request).
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { cellsOf, FORMATS, type CellAddress } from '../../report/format';
import { getCell, setCellInPlace, type Cell, type Report } from '../../report/report';
import { cellKey, compiledReport, compileTables, type Compiled, type RollupUnit } from '../../report/rollup/sum';
import type * as O from '../contract-office';
import { recount } from './counts';
import { invalid, notFound } from './errors';
import { inService, type OrgStore } from './organisation';
import { toSummary, type ReportStore } from './reports';
import type { RevisionStore } from './revisions';
import { ArchiveError } from './types';

export type Compilation = z.infer<typeof O.compilation>;
export type Provenance = z.infer<typeof O.provenance>;

const CELLS: readonly CellAddress[] = cellsOf(FORMATS['2021']);

interface CompilationRow {
  report_id: number;
  excluded: string;
  compiled: string;
  compiled_at: string;
}

export interface CompileStores {
  db: Database.Database;
  org: OrgStore;
  reports: ReportStore;
  revisions: RevisionStore;
}

export class CompileStore {
  private readonly q;
  constructor(private readonly s: CompileStores) {
    this.q = {
      get: s.db.prepare('SELECT * FROM compilations WHERE report_id = ?'),
      save: s.db.prepare(
        `INSERT INTO compilations (report_id, excluded, compiled, compiled_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (report_id) DO UPDATE SET excluded = excluded.excluded, compiled = excluded.compiled, compiled_at = excluded.compiled_at`,
      ),
      setCompiled: s.db.prepare('UPDATE compilations SET compiled = ? WHERE report_id = ?'),
      reportOf: s.db.prepare('SELECT id FROM reports WHERE agency_id = ? AND year = ?').pluck(),
    };
  }

  /** The government's compiled report of the year, if one was compiled. */
  reportIdOf(governmentId: number, year: number): number | null {
    const id = this.q.reportOf.get(governmentId, year) as number | undefined;
    return id !== undefined && this.q.get.get(id) ? id : null;
  }

  /** The units taken into the sum (all serving units unless left out), with their reports of the year. */
  private unitsFor(governmentId: number, year: number, excluded: ReadonlySet<number>): RollupUnit[] {
    return this.s.org
      .units(governmentId)
      .filter((u) => inService(u, year) && !excluded.has(u.id))
      .map((u) => {
        const row = this.s.reports.rowOf(u.id, year);
        return { id: String(u.id), name: u.name, report: row && !row.deleted_at ? this.s.reports.load(row) : null, ownTotal: u.ownTotal };
      });
  }

  /** Compile (or compile again): cells the office typed over are kept, every other cell takes the sum. In the caller's write transaction. */
  compile(governmentId: number, year: number, exclude: readonly number[], now: string): number {
    const gov = this.s.org.requireGovernment(governmentId);
    const unitIds = new Set(this.s.org.units(governmentId).map((u) => u.id));
    for (const id of exclude) if (!unitIds.has(id)) throw invalid(`编号为 ${id} 的单位不属于${gov.name}`);
    const compiled = compileTables(this.unitsFor(governmentId, year, new Set(exclude)));
    const row = this.s.reports.rowOf(governmentId, year);
    const fresh = valuesOf(compiled);
    let id: number;
    if (row) {
      if (row.deleted_at) throw new ArchiveError(`${gov.name}${year}年的报告在回收站中，请先恢复再汇总`, 'conflict');
      if (row.status === 'final') throw new ArchiveError(`${gov.name}${year}年的报告已定稿，请先重新打开再汇总`, 'finalised');
      const current = this.s.reports.load(row);
      const before = this.record(row.id);
      const next = compiledReport({ unit: gov.name, year, level: 'government' }, compiled, current);
      // a figure the office typed over the last compile stays as typed
      if (before) for (const a of CELLS) {
        const k = cellKey(a);
        const was = before.compiled[k] ?? null;
        const value = getCell(current, a) ?? null;
        if (value !== was) setCellInPlace(next, a, value);
      }
      this.s.revisions.keep(row.id, current, '汇总前', now);
      this.s.reports.replaceContent(row.id, next, now);
      this.s.reports.setRevisedAt(row.id, now);
      id = row.id;
    } else {
      id = this.s.reports.insert(governmentId, compiledReport({ unit: gov.name, year, level: 'government' }, compiled), null, now);
    }
    this.q.save.run(id, JSON.stringify([...exclude].sort((a, b) => a - b)), JSON.stringify(fresh), now);
    const saved = this.s.reports.row(id)!;
    recount(this.s.reports, saved, this.s.reports.load(saved));
    return id;
  }

  private record(reportId: number): { excluded: number[]; compiled: Record<string, Cell>; at: string } | null {
    const r = this.q.get.get(reportId) as CompilationRow | undefined;
    return r ? { excluded: JSON.parse(r.excluded), compiled: JSON.parse(r.compiled), at: r.compiled_at } : null;
  }

  private require(reportId: number) {
    const row = this.s.reports.row(reportId);
    const rec = row && this.record(reportId);
    if (!row || !rec) throw notFound(`编号为 ${reportId} 的报告不是汇总报告`);
    return { row, rec, compiled: compileTables(this.unitsFor(row.agency_id, row.year, new Set(rec.excluded))) };
  }

  /** What the compiled report holds against the last compile and against the units' reports as they are now. */
  status(reportId: number): Compilation {
    const { row, rec, compiled } = this.require(reportId);
    const report = this.s.reports.load(row);
    const names = new Map(this.s.org.units(row.agency_id).map((u) => [u.id, u.name]));
    const cells = CELLS.flatMap((a) => {
      const key = cellKey(a);
      const value = getCell(report, a) ?? null;
      const was = rec.compiled[key] ?? null;
      const p = compiled.cells.get(key)!;
      const fresh = p.blank.length || compiled.included.length === 0 ? null : p.sum;
      const overridden = value !== was;
      const changed = fresh !== was;
      return overridden || changed || p.blank.length ? [{ key, value, compiled: was, fresh, overridden, changed }] : [];
    });
    return {
      report: toSummary(row),
      compiledAt: rec.at,
      included: compiled.included.map((u) => ({ id: Number(u.id), unit: u.unit })),
      excluded: rec.excluded.map((id) => ({ id, unit: names.get(id) ?? `#${id}` })),
      missing: compiled.missing,
      skipped: compiled.skipped.map((s) => ({ id: Number(s.id), unit: s.unit, why: s.why })),
      cells,
    };
  }

  provenance(reportId: number, a: CellAddress): Provenance {
    const p = this.require(reportId).compiled.provenance(a);
    if (!p) throw invalid('没有这个单元格');
    return { sum: p.sum, parts: p.parts.map((x) => ({ id: Number(x.id), unit: x.unit, value: x.value })), blank: p.blank, missing: p.missing };
  }

  /** Take the units' current sums into the compiled report: the changed cells not typed over, or the cells named. */
  refresh(reportId: number, keys: readonly string[] | undefined, now: string): void {
    const { row, rec, compiled } = this.require(reportId);
    if (row.status === 'final') throw new ArchiveError('汇总报告已定稿，请先重新打开再更新', 'finalised');
    const report = this.s.reports.load(row);
    const fresh = valuesOf(compiled);
    const wanted = keys ? new Set(keys) : null;
    const next: Report = structuredClone(report);
    const stored = { ...rec.compiled };
    let n = 0;
    for (const a of CELLS) {
      const k = cellKey(a);
      const value = getCell(report, a) ?? null;
      const was = rec.compiled[k] ?? null;
      const take = wanted ? wanted.has(k) : value === was && fresh[k] !== was;
      if (!take) continue;
      setCellInPlace(next, a, fresh[k]);
      stored[k] = fresh[k];
      n++;
    }
    if (n === 0) return;
    this.s.revisions.keep(row.id, report, '更新汇总数前', now);
    this.s.reports.setTables(row.id, next, now);
    this.s.reports.setRevisedAt(row.id, now);
    this.q.setCompiled.run(JSON.stringify(stored), row.id);
    recount(this.s.reports, row, next);
  }

  /** Each unit's figures and the compiled total, for the side-by-side spreadsheet. */
  figures(governmentId: number, year: number, exclude: readonly number[]): { units: RollupUnit[]; compiled: Compiled } {
    const units = this.unitsFor(governmentId, year, new Set(exclude));
    return { units, compiled: compileTables(units) };
  }
}

function valuesOf(c: Compiled): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const a of CELLS) {
    const p = c.cells.get(cellKey(a))!;
    out[cellKey(a)] = p.blank.length || c.included.length === 0 ? null : p.sum;
  }
  return out;
}
