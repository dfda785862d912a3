// The board (汇总看板): every unit of a government for a year in one query —
// the stored counts and the receipt of the collected file, never re-validating
// or parsing a report (200 units read in a few milliseconds).
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type * as O from '../contract-office';
import type { UnitKind } from '../contract-office';

export type BoardRow = z.infer<typeof O.boardRow>;

interface Row {
  unitId: number;
  name: string;
  kind: UnitKind;
  position: number;
  reportId: number | null;
  archiveStatus: 'draft' | 'final' | null;
  errors: number | null;
  warnings: number | null;
  createdAt: string | null;
  receiptStatus: 'draft' | 'final' | 'published' | null;
  receivedAt: string | null;
  unanswered: number | null;
  repetition: number | null;
  versions: number | null;
  explained: number;
  comments: number;
  openComments: number;
}

const BOARD_SQL = `
SELECT u.agency_id AS unitId, a.name, u.kind, u.position,
  r.id AS reportId, r.status AS archiveStatus, r.errors, r.warnings, r.created_at AS createdAt,
  c.status AS receiptStatus, c.received_at AS receivedAt, c.unanswered, c.repetition, c.versions,
  (SELECT COUNT(*) FROM explanations e WHERE e.report_id = r.id) AS explained,
  (SELECT COUNT(*) FROM comments m WHERE m.report_id = r.id) AS comments,
  (SELECT COUNT(*) FROM comments m WHERE m.report_id = r.id AND m.reply IS NULL) AS openComments
FROM org_units u
JOIN agencies a ON a.id = u.agency_id
LEFT JOIN reports r ON r.agency_id = u.agency_id AND r.year = @year AND r.deleted_at IS NULL
LEFT JOIN receipts c ON c.report_id = r.id
WHERE u.government_id = @gov AND (u.retired_from IS NULL OR u.retired_from > @year)
ORDER BY u.position, u.agency_id`;

const DAY = 86_400_000;
/** The calendar day of a moment on the office's clock, as a day number. */
const dayOf = (d: Date) => Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY);
const dayOfIso = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);

export class BoardQuery {
  private readonly q;
  constructor(db: Database.Database) {
    this.q = { board: db.prepare(BOARD_SQL) };
  }

  rows(governmentId: number, year: number, deadline: string | null, today: Date): BoardRow[] {
    const due = deadline ? dayOfIso(deadline) : null;
    const now = dayOf(today);
    return (this.q.board.all({ gov: governmentId, year }) as Row[]).map((r) => {
      const received = r.reportId !== null;
      const at = r.receivedAt ?? r.createdAt;
      const late = received && due !== null && at ? dayOf(new Date(at)) - due : null;
      return {
        unitId: r.unitId,
        name: r.name,
        kind: r.kind,
        position: r.position,
        reportId: r.reportId,
        received,
        receivedAt: received ? at : null,
        status: r.receiptStatus ?? r.archiveStatus,
        errors: r.errors,
        warnings: r.warnings,
        // counted at collect; for a report made here, the warnings not explained yet
        unanswered: r.unanswered ?? (r.warnings === null ? null : Math.max(0, r.warnings - r.explained)),
        repetition: r.repetition,
        daysLeft: !received && due !== null ? due - now : null,
        daysLate: late !== null && late > 0 ? late : null,
        comments: r.comments,
        openComments: r.openComments,
        versions: r.versions ?? (received ? 1 : 0),
      };
    });
  }
}
