// The archive on a realistic file: 100 agencies × 20 years = 2000 complete reports.
// autosave_ms: one cell edit through the api (argument checks, setCell committed and fsynced,
// counts recomputed); archive_direct_setcell_ms: the same on the archive itself; archive_list_ms: listReports of all 2000;
// open_report_ms: openReport incl. last year's; search_ms: a full-text query matching every report
// (search_short_ms: a 2-character query, LIKE fallback, matching none);
// archive_file_open_ms: opening the file (integrity_check, migrations check) with today's backup already made;
// archive_open_recount_ms: the same when every report's counts were made by another rules version (recounted on open).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createApi } from '../../electron/api';
import { openArchive, type SqliteArchive } from '../../electron/archive/index';
import { completeReport } from '../fixtures/archive/reports';
import { medianMs } from './median';

const AGENCIES = 100;
const YEARS = 20;

export default async (): Promise<Record<string, number>> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-archive-bench-'));
  const file = path.join(dir, 'archive.sqlite');
  try {
    const archive = openArchive(file) as SqliteArchive;
    await archive.dailyBackup;
    // built in one transaction (each importReport nests as a savepoint), through the real import path
    archive.db.transaction(() => {
      for (let a = 0; a < AGENCIES; a++) {
        const unit = `第${a + 1}市第${(a % 7) + 1}局`;
        for (let y = 0; y < YEARS; y++) {
          const r = completeReport(unit, 2005 + y);
          r.parts.other = `${unit}${2005 + y}年第${a * YEARS + y}号事项说明。` + r.parts.other;
          archive.importReport(r, { replace: false });
        }
      }
    })();
    const target = archive.listReports().find((s) => s.year === 2024)!;
    const cell = { table: 'table3', row: '1', col: 0 } as const;
    let v = 0;
    const never = () => Promise.reject(new Error('no dialog in the bench'));
    const api = createApi({
      archive,
      dialogs: { openFile: never, saveFile: never, chooseFolder: never },
      shell: { showInFolder: () => {} },
      settingsFile: path.join(dir, 'settings.json'),
      version: 'bench',
    });
    const result = {
      autosave_ms: await medianMs(() => api.setCell(target.id, cell, v++ % 50), 200, 20),
      archive_direct_setcell_ms: await medianMs(() => archive.setCell(target.id, cell, v++ % 50), 200, 20),
      archive_list_ms: await medianMs(() => archive.listReports(), 50, 5),
      open_report_ms: await medianMs(() => archive.openReport(target.id), 200, 20),
      search_ms: await medianMs(() => archive.search('政府信息公开'), 50, 5),
      // a 2-character query that occurs nowhere: the LIKE fallback's worst case, a scan of every text
      search_short_ms: await medianMs(() => archive.search('犇骉'), 10, 2),
    };
    archive.close();
    const archive_file_open_ms = await medianMs(() => openArchive(file).close(), 10, 2);
    // the first open after the rules changed: every report's stored counts are stale and recounted
    const markStale = () => {
      const db = new Database(file);
      db.exec("UPDATE reports SET rules_version = 'stale'");
      db.close();
    };
    const archive_open_recount_ms = await medianMs(() => (markStale(), openArchive(file).close()), 3, 0);
    return { ...result, archive_file_open_ms, archive_open_recount_ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
