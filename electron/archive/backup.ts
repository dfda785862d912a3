// Backups: one automatic copy on the first open of each day (SQLite's online
// backup, so a consistent copy even while editing) and a copy to a chosen place
// (a USB stick). Restoring is in restore.ts.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { renameDurably } from '../files';
import { isArchiveFile } from '../file-identity';
import { verifyArchiveFile } from './database';
import { archiveError } from './errors';
import { ArchiveError, type BackupInfo, type OpenOptions } from './types';

export const DEFAULT_KEEP_BACKUPS = 30;

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export function backupDirOf(file: string, options: OpenOptions): string {
  return path.resolve(options.backupDir ?? path.join(path.dirname(path.resolve(file)), 'backups'));
}

export function stemOf(file: string): string {
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

/** The newest backup that is a sound archive of this app (schema, version, integrity_check). */
export function newestGoodBackup(file: string, options: OpenOptions): BackupInfo | null {
  for (const b of listBackups(file, options)) {
    try {
      verifyArchiveFile(b.file, options.nativeBinding);
      return b;
    } catch {
      // unreadable or too new: try the next older one
    }
  }
  return null;
}

/** Online backup into a temporary name, fsync, then rename: a half-made copy never carries the final name. */
export async function backupInto(db: Database.Database, target: string): Promise<BackupInfo> {
  const tmp = `${target}.partial`;
  // compared as the OS resolves paths (a linked folder, another case): never onto the live file
  if (isArchiveFile(target, { file: db.name, listBackups: () => [] }))
    throw new ArchiveError('备份不能覆盖档案文件本身', 'invalid-argument');
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    await db.backup(tmp);
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameDurably(tmp, target);
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
