// The revisions table: whole-report snapshots kept at meaningful moments
// (before an import overwrites, at 定稿, at reopen, every few minutes of editing).
import type Database from 'better-sqlite3';
import { reportFromJson } from '../../report/json';
import type { Report } from '../../report/report';
import type { Revision } from './types';

/** An edit this long after the last revision keeps a new one first. */
export const AUTO_REVISION_MS = 5 * 60 * 1000;

interface RevisionRow {
  id: number;
  report_id: number;
  created_at: string;
  summary: string;
}

export class RevisionStore {
  private readonly q;
  constructor(db: Database.Database) {
    this.q = {
      insert: db.prepare('INSERT INTO revisions (report_id, created_at, summary, snapshot) VALUES (?, ?, ?, ?)'),
      list: db.prepare('SELECT id, report_id, created_at, summary FROM revisions WHERE report_id = ? ORDER BY id DESC'),
      get: db.prepare('SELECT id, report_id, created_at, summary, snapshot FROM revisions WHERE id = ?'),
    };
  }

  keep(reportId: number, report: Report, summary: string, now: string): number {
    return Number(this.q.insert.run(reportId, now, summary, JSON.stringify(report)).lastInsertRowid);
  }

  list(reportId: number): Revision[] {
    return (this.q.list.all(reportId) as RevisionRow[]).map((r) => ({
      id: r.id,
      reportId: r.report_id,
      createdAt: r.created_at,
      summary: r.summary,
    }));
  }

  get(id: number): { reportId: number; report: Report } | undefined {
    const r = this.q.get.get(id) as (RevisionRow & { snapshot: string }) | undefined;
    // the snapshot goes through the interchange schema, so a damaged one is refused, not half-restored
    return r && { reportId: r.report_id, report: reportFromJson(JSON.parse(r.snapshot)) };
  }
}
