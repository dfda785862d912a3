// The start on a broken archive, on real files: it offers every sound file it can
// restore from — the file kept aside by an earlier restore and the automatic
// backups — and the chosen one brings the data back.
import { readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listRestoreCandidates, newestBackup, openArchive, restoreArchive } from '../../../../electron/archive/index';
import { openArchiveForApp } from '../../../../electron/startup';
import { clock, completeReport, sha256, tempDir, track } from './helpers';

describe('starting on an archive that is not usable', () => {
  it('offers the kept-aside file and the backups; the chosen aside file is restored', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'archive.sqlite');
    const c = clock('2026-03-01T08:00:00');
    let a = openArchive(file, { now: c.now });
    await a.dailyBackup; // the backup of 03-01: empty
    a.importReport(completeReport('今天的工作', 2024), { replace: false });
    a.close();
    // what an earlier, unchecked restore left: the real data aside, another program's database in place
    const aside = `${file}.before-restore-20260301-170000-000`;
    renameSync(file, aside);
    const db = new Database(file);
    db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY)');
    db.pragma('user_version = 1');
    db.close();
    const foreign = sha256(file);

    const offered: { message: string; detail: string; choices: string[] }[] = [];
    const restored = await openArchiveForApp(
      file,
      { now: c.now },
      { openArchive, newestBackup, restoreArchive, restoreCandidates: listRestoreCandidates },
      {
        askRestore: async (message, detail, choices) => {
          offered.push({ message, detail, choices });
          return choices.findIndex((x) => x.includes('恢复前'));
        },
        fail: async (m, d) => {
          throw new Error(`unexpected failure: ${m} ${d}`);
        },
      },
    );
    expect(offered).toHaveLength(1);
    expect(offered[0].message).toMatch(/数据文件已损坏或无法使用/);
    expect(offered[0].detail).toMatch(/不是年报档案文件/);
    expect(offered[0].choices).toHaveLength(2);
    expect(offered[0].detail).toContain(aside);
    expect(offered[0].detail).toMatch(/archive-2026-03-01\.sqlite/);
    const archive = track(restored!);
    expect(archive.listReports().map((r) => r.agencyName)).toEqual(['今天的工作']);
    // the foreign file was kept aside too, never deleted
    const kept = readdirSync(dir).filter((f) => f.includes('.before-restore-') && !/-(wal|shm)$/.test(f));
    expect(kept.map((f) => sha256(path.join(dir, f)))).toContain(foreign);
  });
});
