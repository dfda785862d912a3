// 审核意见: the office's comments on a unit's report (origin office), and on the
// department's side the comments its superior sent back (origin superior). Each
// sits on a cell, a text part or the whole report. The value at its place is
// kept when it is written or imported, so a later change shows it was fixed.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { CommentPlace, ExchangeComment } from '../../report/exchange';
import { textOf, type TextField } from '../../report/fields';
import type { CellAddress, TableKey } from '../../report/format';
import { getCell, type Report } from '../../report/report';
import type * as O from '../contract-office';

export type Comment = z.infer<typeof O.comment>;
export type CommentOrigin = Comment['origin'];

interface CommentRow {
  id: number;
  report_id: number;
  origin: CommentOrigin;
  tbl: string | null;
  row: string | null;
  col: number | null;
  part: string | null;
  text: string;
  author: string;
  created_at: string;
  seen: string | null;
  reply: string | null;
  replied_at: string | null;
}

export function placeOfRow(r: Pick<CommentRow, 'tbl' | 'row' | 'col' | 'part'>): CommentPlace | null {
  if (r.tbl !== null) return { table: r.tbl as TableKey, row: r.row!, ...(r.col !== null ? { col: r.col } : {}) } as CellAddress;
  if (r.part !== null) return { part: r.part as TextField };
  return null;
}

/** What stands at a comment's place now (JSON), to tell later whether it was fixed; null for the whole report. */
export function valueAt(report: Report, place: CommentPlace | null): string | null {
  if (!place) return null;
  if ('part' in place) return JSON.stringify(textOf(report, place.part));
  return JSON.stringify(getCell(report, place) ?? null);
}

export class CommentStore {
  private readonly q;
  constructor(db: Database.Database) {
    this.q = {
      list: db.prepare('SELECT * FROM comments WHERE report_id = ? ORDER BY id'),
      get: db.prepare('SELECT * FROM comments WHERE id = ?'),
      insert: db.prepare(
        `INSERT INTO comments (report_id, origin, tbl, row, col, part, text, author, created_at, seen)
         VALUES (@reportId, @origin, @tbl, @row, @col, @part, @text, @author, @createdAt, @seen)`,
      ),
      same: db.prepare(
        'SELECT 1 FROM comments WHERE report_id = ? AND origin = ? AND text = ? AND created_at = ? AND tbl IS ? AND row IS ? AND col IS ? AND part IS ?',
      ).pluck(),
      reply: db.prepare('UPDATE comments SET reply = ?, replied_at = ? WHERE id = ?'),
      remove: db.prepare('DELETE FROM comments WHERE id = ?'),
    };
  }

  add(reportId: number, origin: CommentOrigin, c: ExchangeComment, seen: string | null): number {
    const p = c.place;
    const cell = p && 'table' in p ? p : null;
    return Number(
      this.q.insert.run({
        reportId,
        origin,
        tbl: cell?.table ?? null,
        row: cell?.row ?? null,
        col: cell?.col ?? null,
        part: p && 'part' in p ? p.part : null,
        text: c.text,
        author: c.author,
        createdAt: c.at,
        seen,
      }).lastInsertRowid,
    );
  }

  /** The same comment imported twice (the file sent again) is kept once. */
  has(reportId: number, origin: CommentOrigin, c: ExchangeComment): boolean {
    const p = c.place;
    const cell = p && 'table' in p ? p : null;
    return !!this.q.same.get(reportId, origin, c.text, c.at, cell?.table ?? null, cell?.row ?? null, cell?.col ?? null, p && 'part' in p ? p.part : null);
  }

  /** The comments of a report; `current` tells which were fixed since. */
  list(reportId: number, current: Report): Comment[] {
    return (this.q.list.all(reportId) as CommentRow[]).map((r) => {
      const place = placeOfRow(r);
      return {
        id: r.id,
        reportId: r.report_id,
        origin: r.origin,
        place,
        text: r.text,
        author: r.author,
        createdAt: r.created_at,
        reply: r.reply,
        repliedAt: r.replied_at,
        fixed: r.seen !== null && valueAt(current, place) !== r.seen,
      };
    });
  }

  get(id: number): CommentRow | undefined {
    return this.q.get.get(id) as CommentRow | undefined;
  }
  reply(id: number, text: string | null, at: string | null): void {
    this.q.reply.run(text, at, id);
  }
  remove(id: number): void {
    this.q.remove.run(id);
  }
}
