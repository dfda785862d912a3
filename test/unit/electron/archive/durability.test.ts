// What the power-cut claim rests on, asserted so that weakening it fails a test:
// every connection in WAL mode with synchronous = FULL (each commit fsynced before
// it returns), and every rename that gives a file its final name followed by an
// fsync of the folder holding that name (writeFileAtomic, backups, restores).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openArchive, restoreArchive, SqliteArchive } from '../../../../electron/archive/index';
import { writeFileAtomic } from '../../../../electron/files';
import { completeReport, tempDir, track } from './helpers';

const SYNCHRONOUS_FULL = 2;

/** Records renames and folder fsyncs, in order, as they reach the file system. */
function watchFs() {
  const log: string[] = [];
  const dirFds = new Map<number, string>();
  const openSync = fs.openSync;
  vi.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
    const fd = (openSync as (...a: unknown[]) => number)(p, ...rest);
    try {
      if (fs.statSync(p).isDirectory()) dirFds.set(fd, path.resolve(String(p)));
    } catch {
      // not ours to judge
    }
    return fd;
  }) as typeof fs.openSync);
  const fsyncSync = fs.fsyncSync;
  vi.spyOn(fs, 'fsyncSync').mockImplementation((fd: number) => {
    if (dirFds.has(fd)) log.push(`fsync-dir ${dirFds.get(fd)}`);
    return fsyncSync(fd);
  });
  const renameSync = fs.renameSync;
  vi.spyOn(fs, 'renameSync').mockImplementation((a: fs.PathLike, b: fs.PathLike) => {
    log.push(`rename ${path.resolve(String(b))}`);
    return renameSync(a, b);
  });
  const rename = fs.promises.rename;
  vi.spyOn(fs.promises, 'rename').mockImplementation(async (a: fs.PathLike, b: fs.PathLike) => {
    log.push(`rename ${path.resolve(String(b))}`);
    return rename(a, b);
  });
  return log;
}

/** The rename onto `file` is followed, later in the log, by an fsync of its folder. */
function renamedDurably(log: string[], file: string): boolean {
  const at = log.lastIndexOf(`rename ${path.resolve(file)}`);
  return at >= 0 && log.slice(at + 1).includes(`fsync-dir ${path.dirname(path.resolve(file))}`);
}

afterEach(() => vi.restoreAllMocks());

describe('durability', () => {
  it('every archive connection: journal_mode WAL, synchronous FULL, a fresh file and a reopened one', () => {
    const dir = tempDir();
    const file = path.join(dir, 'archive.sqlite');
    for (let i = 0; i < 2; i++) {
      const a = track(openArchive(file)) as SqliteArchive;
      expect(a.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(a.db.pragma('synchronous', { simple: true })).toBe(SYNCHRONOUS_FULL);
      a.saveAgency({ name: `机关${i}`, level: 'department' });
      a.close();
    }
  });

  it('writeFileAtomic syncs the folder after the rename', async () => {
    const dir = tempDir();
    const file = path.join(dir, '报告.json');
    const log = watchFs();
    await writeFileAtomic(file, '{}');
    expect(fs.readFileSync(file, 'utf8')).toBe('{}');
    expect(renamedDurably(log, file), log.join('\n')).toBe(true);
  });

  it('a backup and a restore sync the folder after their renames', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'archive.sqlite');
    const a = track(openArchive(file, { backupDir: path.join(dir, 'backups') }));
    await a.dailyBackup;
    a.importReport(completeReport(), { replace: false });
    const target = path.join(tempDir(), 'usb', '备份.sqlite');
    const log = watchFs();
    await a.backupTo(target);
    expect(renamedDurably(log, target), log.join('\n')).toBe(true);
    a.close();
    restoreArchive(file, target);
    expect(renamedDurably(log, file), log.join('\n')).toBe(true);
  });
});
