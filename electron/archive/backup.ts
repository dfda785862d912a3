// Backups: one automatic copy on the first open of each day (SQLite's online
// backup, so a consistent copy even while editing), a copy to a chosen place
// (a USB stick), and restoring the archive from a backup, the replaced file
// kept aside and never deleted.
import { closeSync, copyFileSync, existsSync, linkSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { inspectFile } from './database';
import { archiveError } from './errors';
import { ArchiveError, type BackupInfo, type OpenOptions } from './types';

export const DEFAULT_KEEP_BACKUPS = 30;

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const stampOf = (d: Date) => `${localDay(d).replace(/-/g, '')}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

export function backupDirOf(file: string, options: OpenOptions): string {
  return path.resolve(options.backupDir ?? path.join(path.dirname(path.resolve(file)), 'backups'));
}

function stemOf(file: string): string {
  return path.basename(file, path.extname(file));
}

function infoOf(file: string): BackupInfo {
  const st = statSync(file);
  return { file: path.resolve(file), createdAt: st.mtime.toISOString(), bytes: st.size };
}

/** The automatic backups of this archive file, newest first. */
export function listBackups(file: string, options: OpenOptions): BackupInfo[] {
  const dir = backupDirOf(file, options);
  if (!existsSync(dir)) return [];
  const re = new RegExp(`^${stemOf(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$`);
  return readdirSync(dir)
    .filter((f) => re.test(f))
    .sort()
    .reverse()
    .map((f) => infoOf(path.join(dir, f)));
}

/** The newest backup that opens and passes integrity_check. */
export function newestGoodBackup(file: string, options: OpenOptions): BackupInfo | null {
  for (const b of listBackups(file, options)) {
    try {
      if (inspectFile(b.file, options.nativeBinding).kind === 'ok') return b;
    } catch {
      // unreadable or too new: try the next older one
    }
  }
  return null;
}

/** Online backup into a temporary name, fsync, then rename: a half-made copy never carries the final name. */
export async function backupInto(db: Database.Database, target: string): Promise<BackupInfo> {
  const tmp = `${target}.partial`;
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    await db.backup(tmp);
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
    return infoOf(target);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder itself is unusable: nothing was written there
    }
    const err = archiveError(e, target);
    if (err.code === 'disk-full') throw new ArchiveError(`备份失败：备份位置（${path.dirname(target)}）磁盘空间不足，请清理空间或换一个位置。档案本身完好。`, 'disk-full');
    throw new ArchiveError(`备份失败：${err.message}`, err.code);
  }
}

/** The backup of the first open of the day, and pruning to the newest keepBackups. */
export async function dailyBackup(db: Database.Database, file: string, options: OpenOptions, now: Date): Promise<BackupInfo | null> {
  const dir = backupDirOf(file, options);
  const target = path.join(dir, `${stemOf(file)}-${localDay(now)}.sqlite`);
  if (existsSync(target)) return null;
  const info = await backupInto(db, target);
  const keep = options.keepBackups ?? DEFAULT_KEEP_BACKUPS;
  for (const old of listBackups(file, options).slice(keep)) unlinkSync(old.file);
  return info;
}

/** Replace the archive file by a (checked) backup; the old file and its WAL are renamed aside. */
export function restoreFromBackup(file: string, backupFile: string, options: OpenOptions): void {
  const target = path.resolve(file);
  const source = path.resolve(backupFile);
  if (target === source) throw new ArchiveError('备份文件不能是档案文件本身', 'invalid-argument');
  if (!existsSync(source)) throw new ArchiveError(`找不到备份文件：${source}`, 'not-found');
  const state = inspectFile(source, options.nativeBinding);
  if (state.kind !== 'ok') throw new ArchiveError(`备份文件也已损坏或是空的（${source}），请选择另一个备份`, 'corrupt');
  const stamp = stampOf((options.now ?? (() => new Date()))());
  const tmp = `${target}.restoring`;
  try {
    copyFileSync(source, tmp);
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // keep the old file aside first (a hard link, or a copy where links are not supported), then swap
    // the restored copy in with one rename: a crash at any point leaves a file at the archive's path
    const aside = `${target}.before-restore-${stamp}`;
    if (existsSync(target)) {
      try {
        linkSync(target, aside);
      } catch {
        copyFileSync(target, aside);
      }
    }
    // the old -wal must go with the old file: replayed onto the backup it would corrupt it
    for (const suffix of ['-wal', '-shm']) if (existsSync(target + suffix)) renameSync(target + suffix, aside + suffix);
    renameSync(tmp, target);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // ignore: report the original failure
    }
    throw archiveError(e, target);
  }
}
