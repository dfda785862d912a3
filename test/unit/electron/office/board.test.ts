// 汇总看板: every unit of a year in one query, from stored counts and receipts.
import { officeOf } from '../../../../electron/office/api';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { clock, freshArchive } from '../archive/helpers';
import { county, read, unitReport } from './helpers';

describe('the board', () => {
  it('shows received or not, when, status, counts, days to the deadline or days late', () => {
    const c = clock('2024-01-24T09:00:00Z');
    const { archive } = freshArchive({ now: c.now });
    const { gov, office, departments, towns } = county(archive);
    officeOf(archive).setDeadline(gov.id, 2023, '2024-01-26');
    officeOf(archive).receive(gov.id, 2023, read('a.json', unitReport(departments[0].name, 1), 'final'));
    c.advance(4 * 24 * 60); // 2024-01-28: two days late
    officeOf(archive).receive(gov.id, 2023, read('b.json', unitReport(towns[0].name, 2)));
    const board = officeOf(archive).board(gov.id, 2023);
    expect(board.rows.map((r) => r.name)).toEqual([office.name, ...departments.map((d) => d.name), ...towns.map((t) => t.name)]);
    const by = new Map(board.rows.map((r) => [r.unitId, r]));
    expect(by.get(departments[0].id)).toMatchObject({ received: true, status: 'final', receivedAt: '2024-01-24T09:00:00.000Z', daysLate: null, daysLeft: null });
    expect(by.get(towns[0].id)).toMatchObject({ received: true, status: 'draft', daysLate: 2 });
    expect(by.get(office.id)).toMatchObject({ received: false, reportId: null, daysLeft: -2, errors: null });
    const stored = archive.listReports().find((r) => r.agencyId === departments[0].id)!;
    expect(by.get(departments[0].id)).toMatchObject({ errors: stored.errors, warnings: stored.warnings });
  });

  it('shows the repetition of last year’s text', () => {
    const { archive } = freshArchive();
    const { gov, departments } = county(archive);
    const last = unitReport(departments[0].name, 1, 2022);
    officeOf(archive).receive(gov.id, 2022, read('a.json', last));
    const same = unitReport(departments[0].name, 1, 2023);
    same.parts = { ...last.parts };
    officeOf(archive).receive(gov.id, 2023, read('b.json', same));
    const fresh = unitReport(departments[1].name, 1, 2023);
    officeOf(archive).receive(gov.id, 2023, read('c.json', fresh));
    const rows = officeOf(archive).board(gov.id, 2023).rows;
    expect(rows.find((r) => r.unitId === departments[0].id)!.repetition).toBe(1);
    expect(rows.find((r) => r.unitId === departments[1].id)!.repetition).toBeNull();
  });

  it('reads 200 units with one statement, never a report’s tables', () => {
    const { archive, file } = freshArchive();
    const gov = officeOf(archive).ensureGovernment('大县人民政府');
    officeOf(archive).pasteUnits(gov.id, Array.from({ length: 200 }, (_, i) => `大县第${i + 1}局`).join('\n'), 'department');
    for (let i = 0; i < 200; i += 2) officeOf(archive).receive(gov.id, 2023, read(`${i}.json`, unitReport(`大县第${i + 1}局`, i)));
    // the tables JSON made unreadable: the board must not need it
    const db = (archive as unknown as { db: Database.Database }).db;
    db.prepare("UPDATE report_tables SET tables = 'not json'").run();
    const rows = officeOf(archive).board(gov.id, 2023).rows;
    expect(rows.length).toBe(200);
    expect(rows.filter((r) => r.received).length).toBe(100);
    expect(file).toBeTruthy();
  });
});
