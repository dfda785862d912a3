// A format that gains rows: a report of the old shape is upgraded on read, from
// a .json file and from the archive, with nothing lost. The grown format is a
// copy of FORMATS['2021'] with a table 三 row and a table 二 row added, as a
// later change to the official format would add them: data plus one UpgradeStep.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReportStore } from '../../../electron/archive/reports';
import { FORMATS, table3RowsOf, type Formats, type ReportFormat, type Table3Group } from '../../../report/formats';
import { ReportFormatError, parseReportJson, reportFromJson, reportToJson } from '../../../report/json';
import type { Report } from '../../../report/report';
import { upgrade } from '../../../report/upgrade';
import { SEED_PATH } from '../../fixtures/rules/reports';
import { completeReport, freshArchive } from '../electron/archive/helpers';

const base = FORMATS['2021'];

function grown(): ReportFormat {
  const groups: Table3Group[] = base.table3.groups.map((g) =>
    g.key === '3.6' ? { ...g, items: [...g.items, { key: '3.6.4', label: '4.新增的其他处理情形' }] } : g,
  );
  const rows = table3RowsOf(
    base.table3.rows.filter((r) => r.section === '1' || r.section === '2'),
    groups,
    base.table3.rows.filter((r) => r.section === '4'),
  );
  const blocks = [
    ...base.table2.blocks,
    { article: '第二十条第（九）项', headers: ['信息内容', '本年数量'], rows: [{ key: 'newMatters', label: '新增事项', width: 1, kind: 'count' }] },
  ] as const;
  return {
    ...base,
    schemaVersion: 2,
    upgrades: [...base.upgrades, { to: 2, note: '表二增加“新增事项”，表三增加（六）4', addedRows: { table2: ['newMatters'], table3: ['3.6.4'] } }],
    table2: { ...base.table2, blocks, rows: blocks.flatMap((b) => b.rows) },
    table3: {
      ...base.table3,
      groups,
      rows,
      outcomeRows: rows.filter((r) => r.section === '3' && r.key !== base.table3.outcomeTotal).map((r) => r.key),
    },
  };
}

const GROWN: Formats = { '2021': grown() };
const seedText = readFileSync(SEED_PATH, 'utf8');

/** The report without the grown rows and with the old schemaVersion: what the old shape held. */
function withoutNewRows(r: Report): unknown {
  const copy = structuredClone(r) as unknown as { schemaVersion: number; table2: Record<string, unknown>; table3: Record<string, unknown> };
  delete copy.table2.newMatters;
  delete copy.table3['3.6.4'];
  copy.schemaVersion = 1;
  return copy;
}

describe('a .json file of the old shape', () => {
  it('is read with the new rows blank and every value kept', () => {
    const old = parseReportJson(seedText);
    const r = parseReportJson(seedText, GROWN);
    expect(r.schemaVersion).toBe(2);
    expect(r.table3['3.6.4']).toEqual([null, null, null, null, null, null, null]);
    expect((r.table2 as Record<string, unknown>).newMatters).toBeNull();
    expect(withoutNewRows(r)).toEqual(old);
    // written back in the new shape, the added row where the format puts it
    const keys = Object.keys(JSON.parse(reportToJson(r, GROWN)).table3);
    expect(keys.slice(keys.indexOf('3.6.3'), keys.indexOf('3.6.3') + 3)).toEqual(['3.6.3', '3.6.4', '3.7']);
    expect(parseReportJson(reportToJson(r, GROWN), GROWN)).toEqual(r);
  });

  it('still refuses an unknown row and a row the old shape had but the file lacks', () => {
    const o = JSON.parse(seedText);
    expect(() => reportFromJson({ ...o, table3: { ...o.table3, '9': [0, 0, 0, 0, 0, 0, 0] } }, GROWN)).toThrow('未知的行：9');
    const missing = structuredClone(o);
    delete missing.table3['3.5.2'];
    expect(() => reportFromJson(missing, GROWN)).toThrow('缺少 table3["3.5.2"]');
  });

  it('a file that claims the new version but lacks the new row is refused, not filled in', () => {
    const o = { ...JSON.parse(seedText), schemaVersion: 2 };
    expect(() => reportFromJson(o, GROWN)).toThrow(ReportFormatError);
    expect(() => reportFromJson(o, GROWN)).toThrow('缺少 table2.newMatters');
  });

  it('a version older than the history, or newer than the format, is refused naming the versions', () => {
    expect(() => reportFromJson({ ...JSON.parse(seedText), schemaVersion: 0 }, GROWN)).toThrow('本程序只能读取版本 1–2');
    expect(() => reportFromJson({ ...JSON.parse(seedText), schemaVersion: 3 }, GROWN)).toThrow('schemaVersion=3');
  });

  it('upgrade leaves its input alone, and a report of the current shape as it is', () => {
    const o = JSON.parse(seedText);
    const before = structuredClone(o);
    const up = upgrade(o, GROWN) as typeof o;
    expect(o).toEqual(before);
    expect(up.table3['3.6.4']).toEqual([null, null, null, null, null, null, null]);
    expect(upgrade(up, GROWN)).toBe(up);
    expect(upgrade(o)).toBe(o); // the program's own format: version 1 is current
  });
});

describe('the archive holding reports of the old shape', () => {
  it('reads them upgraded, with nothing lost, and writes the new shape back', () => {
    const { archive, file } = freshArchive();
    const stamped = archive.importReport(completeReport('中卫市应急管理局', 2023), { replace: false });
    const legacy = archive.importReport(completeReport('中卫市交通运输局', 2023), { replace: false });
    archive.setExplanation(legacy.id, { rule: 'cross-year.carry-over', table: 'table3', row: '2', col: 0, text: '上年误计1件' });
    archive.close();

    const db = new Database(file);
    try {
      // the tables as the program wrote them before they carried a schemaVersion
      const tables = JSON.parse((db.prepare('SELECT tables FROM report_tables WHERE report_id = ?').get(legacy.id) as { tables: string }).tables);
      expect(tables.schemaVersion).toBe(1);
      delete tables.schemaVersion;
      db.prepare('UPDATE report_tables SET tables = ? WHERE report_id = ?').run(JSON.stringify(tables), legacy.id);

      const now = new ReportStore(db);
      const later = new ReportStore(db, GROWN);
      for (const id of [stamped.id, legacy.id]) {
        const old = now.load(now.row(id)!);
        const r = later.load(later.row(id)!);
        expect(r.schemaVersion).toBe(2);
        expect(r.table3['3.6.4']).toEqual([null, null, null, null, null, null, null]);
        expect((r.table2 as Record<string, unknown>).newMatters).toBeNull();
        expect(withoutNewRows(r)).toEqual(old);
        expect(reportFromJson(JSON.parse(reportToJson(r, GROWN)), GROWN)).toEqual(r); // a valid report of the new shape
      }
      expect(later.load(later.row(legacy.id)!).explanations).toEqual([
        { rule: 'cross-year.carry-over', table: 'table3', row: '2', col: 0, text: '上年误计1件' },
      ]);

      // the next edit stores the new shape
      const r = later.load(later.row(legacy.id)!);
      r.table3['3.6.4'] = [1, 0, 0, 0, 0, 0, 1];
      later.setTables(legacy.id, r, '2026-03-02T10:00:00Z');
      const stored = JSON.parse((db.prepare('SELECT tables FROM report_tables WHERE report_id = ?').get(legacy.id) as { tables: string }).tables);
      expect(stored.schemaVersion).toBe(2);
      expect(stored.table3['3.6.4']).toEqual([1, 0, 0, 0, 0, 0, 1]);
      expect(later.load(later.row(legacy.id)!)).toEqual(r);
    } finally {
      db.close();
    }
  });
});
