// Daily backups, backup to a chosen place, corruption detected on open, restore from a backup.
import { existsSync, openSync, readdirSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ArchiveError, newestBackup, openArchive, restoreArchive } from '../../../../electron/archive/index';
import { clock, completeReport, sha256, tempDir, track } from './helpers';

async function openOn(file: string, c: ReturnType<typeof clock>, keepBackups?: number) {
  const a = track(openArchive(file, { now: c.now, keepBackups }));
  await a.dailyBackup;
  return a;
}

function overwriteMiddle(file: string, bytes: number): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  writeSync(fd, randomBytes(bytes), 0, bytes, Math.floor(size / 2 / 4096) * 4096);
  closeSync(fd);
}

describe('backups', () => {
  it('makes one backup on the first open of each day and keeps only the newest N', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'archive.sqlite');
    const c = clock('2026-01-01T09:00:00');
    for (let day = 0; day < 5; day++) {
      const a = await openOn(file, c, 3);
      a.saveAgency({ name: `机关${day}`, level: 'department' });
      a.close();
      const again = await openOn(file, c, 3); // same day: no second backup
      again.close();
      c.advance(24 * 60);
    }
    const a = track(openArchive(file, { now: c.now, keepBackups: 3 }));
    const names = a.listBackups().map((b) => path.basename(b.file));
    expect(names).toEqual(['archive-2026-01-05.sqlite', 'archive-2026-01-04.sqlite', 'archive-2026-01-03.sqlite']);
    await a.dailyBackup;
    expect(a.listBackups()).toHaveLength(3);
    expect(readdirSync(path.join(dir, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
    // the 01-05 backup was made at the start of that day: it holds the agencies of days 0..3
    const b = track(openArchive(path.join(dir, 'backups', 'archive-2026-01-05.sqlite'), { backupDir: tempDir() }));
    expect(b.listAgencies()).toHaveLength(4);
  });

  it('opens and works even when the daily backup cannot be made', async () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const a = track(openArchive(path.join(dir, 'archive.sqlite'), { backupDir: path.join(blocker, 'backups') }));
    expect(await a.dailyBackup).toBeNull();
    expect(a.saveAgency({ name: '某局', level: 'department' }).id).toBeGreaterThan(0);
    expect(a.listBackups()).toEqual([]);
  });

  it('backs up to a chosen file (a USB stick) that opens with all the data', async () => {
    const dir = tempDir();
    const a = await openOn(path.join(dir, 'archive.sqlite'), clock());
    const s = a.importReport(completeReport(), { replace: false });
    a.setCell(s.id, { table: 'table3', row: '1', col: 0 }, 41);
    const usb = tempDir();
    const info = await a.backupTo(path.join(usb, 'nianbao', '备份.sqlite'));
    expect(info.bytes).toBeGreaterThan(0);
    expect(existsSync(info.file)).toBe(true);
    const copy = track(openArchive(info.file, { backupDir: tempDir() }));
    expect(copy.openReport(s.id).report.table3['1'][0]).toBe(41);
    // a place that cannot be written: a clear error, the archive keeps working
    const blocker = path.join(usb, 'file.txt');
    writeFileSync(blocker, 'x');
    await expect(a.backupTo(path.join(blocker, 'sub', 'b.sqlite'))).rejects.toThrow(/备份失败/);
    await expect(a.backupTo(a.file)).rejects.toBeInstanceOf(ArchiveError);
    a.setCell(s.id, { table: 'table3', row: '1', col: 0 }, 42);
  });

  it('detects a damaged file on open, never writes to it, and restores from the newest good backup', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'archive.sqlite');
    const c = clock('2026-02-01T08:00:00');
    let a = await openOn(file, c);
    for (let i = 0; i < 40; i++) a.importReport(completeReport(`机关${i}`, 2023), { replace: false });
    a.close();
    c.advance(24 * 60);
    a = await openOn(file, c); // today's backup holds the 40 reports
    a.close();
    c.advance(24 * 60);
    a = await openOn(file, c);
    a.close();
    // damage the newest backup too: the offer must skip it
    const newest = a.listBackups()[0].file;
    overwriteMiddle(newest, 64 * 1024);
    overwriteMiddle(file, 64 * 1024);
    const damaged = sha256(file);

    let e: ArchiveError | undefined;
    try {
      openArchive(file, { now: c.now });
    } catch (x) {
      e = x as ArchiveError;
    }
    expect(e?.code).toBe('corrupt');
    const good = newestBackup(file);
    expect(good?.file).toMatch(/archive-2026-02-02\.sqlite$/);
    expect(e?.message).toContain(good!.file);
    expect(e?.message).toMatch(/不会对它做任何写入/);
    expect(sha256(file)).toBe(damaged);
    expect(existsSync(file + '-wal')).toBe(false);

    // a damaged backup is refused and nothing moves
    expect(() => restoreArchive(file, newest)).toThrow(/备份文件也已损坏/);
    expect(sha256(file)).toBe(damaged);

    restoreArchive(file, good!.file, { now: c.now });
    const kept = readdirSync(dir).filter((f) => f.startsWith('archive.sqlite.before-restore-'));
    expect(kept).toHaveLength(1);
    expect(sha256(path.join(dir, kept[0]))).toBe(damaged);
    const restored = track(openArchive(file, { now: c.now }));
    expect(restored.listReports()).toHaveLength(40);
    expect(restored.openReport(restored.listReports()[0].id).report.parts.overview).toBe(completeReport().parts.overview);
  });
});
