// A second process restores a backup onto the archive file while this process has
// it open: every later edit here is refused with a clear message (never written
// into the file that was swapped out), and every edit acknowledged before is kept
// (in the file the restore kept aside).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ArchiveError, openArchive } from '../../../../electron/archive/index';
import { completeReport, tempDir, track, errorOf } from './helpers';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const CHILD = path.join(ROOT, 'test/fixtures/archive/restore-child.ts');
const cell = { table: 'table3', row: '1', col: 0 } as const;


describe('the archive file swapped by another process', () => {
  it('refuses further edits with a clear message; nothing acknowledged is lost', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'archive.sqlite');
    const archive = track(openArchive(file, { backupDir: path.join(dir, 'backups') }));
    await archive.dailyBackup;
    const { id } = archive.importReport(completeReport(), { replace: false });
    const backup = (await archive.backupTo(path.join(tempDir(), 'usb.sqlite'))).file;
    for (let v = 1; v <= 20; v++) archive.setCell(id, cell, v); // acknowledged

    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', CHILD, file, backup], { cwd: ROOT });
    expect(stdout).toBe('restored\n');

    for (const edit of [() => archive.setCell(id, cell, 21), () => archive.setText(id, 'other', '替换之后'), () => archive.saveAgency({ name: '新机关', level: 'department' })]) {
      const e = errorOf(edit);
      expect(e).toBeInstanceOf(ArchiveError);
      expect(e.message).toMatch(/数据文件已被其他程序替换.*请重新启动程序/);
      expect(e.message).not.toMatch(/SQLITE|\bio\b/);
    }
    archive.close();

    // the restored archive is the backup's state, untouched by this process
    const restored = track(openArchive(file, { backupDir: tempDir() }));
    expect(restored.openReport(id).report.table3['1'][0]).toBe(completeReport().table3['1'][0]);
    restored.close();
    // the 20 acknowledged edits are in the file kept aside, none of the refused ones
    const [aside] = readdirSync(dir).filter((f) => f.includes('.before-restore-') && !/-(wal|shm)$/.test(f));
    const kept = track(openArchive(path.join(dir, aside), { backupDir: tempDir() }));
    expect(kept.openReport(id).report.table3['1'][0]).toBe(20);
    expect(kept.openReport(id).report.parts.other).toBe(completeReport().parts.other);
    expect(kept.listAgencies().map((a) => a.name)).not.toContain('新机关');
  });

  it('closing the swapped-out connection leaves the new archive’s journal alone (its edits not yet in the file survive)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'archive.sqlite');
    const archive = openArchive(file, { backupDir: path.join(dir, 'backups') });
    await archive.dailyBackup;
    const { id } = archive.importReport(completeReport(), { replace: false });
    const backup = (await archive.backupTo(path.join(tempDir(), 'usb.sqlite'))).file;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', CHILD, file, backup], { cwd: ROOT });
    expect(stdout).toBe('restored\n');

    // the other program works on the restored file: its edit sits in the new file's -wal
    const other = track(openArchive(file, { backupDir: tempDir() }));
    other.setCell(id, cell, 4242);
    expect(existsSync(file + '-wal') && statSync(file + '-wal').size > 0).toBe(true);
    // this process closes its connection to the file that was swapped out
    archive.close();
    expect(existsSync(file + '-wal')).toBe(true);
    other.close();
    const again = track(openArchive(file, { backupDir: tempDir() }));
    expect(again.openReport(id).report.table3['1'][0]).toBe(4242);
  });
});
