// The SQLite archive (better-sqlite3). See types.ts for the contract.
import path from 'node:path';
import { SqliteArchive } from './archive';
import { backupDirOf, dailyBackup, newestGoodBackup, stemOf } from './backup';
import { inspectFile, openDatabase } from './database';
import { unwritable } from './errors';
import { removeLeftovers, restoreCandidates, restoreFromBackup, type RestoreCandidate } from './restore';
import { ArchiveError, type Archive, type BackupInfo, type OpenOptions } from './types';
export * from './types';
export { SqliteArchive } from './archive';
export type { RestoreCandidate } from './restore';

/** Open (or create) the archive file: integrity check, migrations, daily backup. */
export function openArchive(file: string, options: OpenOptions = {}): Archive {
  if (typeof file !== 'string' || !file.trim()) throw new ArchiveError('档案文件路径不正确', 'invalid-argument');
  const now = options.now ?? (() => new Date());
  // every edit is saved at once: a folder that cannot be written is said at the start, in plain words
  const denied = unwritable(file);
  if (denied) throw denied;
  const state = inspectFile(file, options.nativeBinding);
  if (state.kind === 'corrupt' || state.kind === 'foreign') {
    const backup = newestGoodBackup(file, options);
    const offer = backup
      ? `最新的完好备份是 ${backup.file}（${backup.createdAt.slice(0, 10)}），可以从该备份恢复。`
      : '没有找到可用的自动备份；如有拷贝到 U 盘等处的备份，可以从那里恢复。';
    // another program's database at the archive's path is as unusable as a damaged file: offer the same way out
    const what = state.kind === 'corrupt' ? `档案文件已损坏（${path.resolve(file)}）` : `${path.resolve(file)} 不是年报档案文件（${state.detail}）`;
    throw new ArchiveError(`${what}，为保护现有数据，本程序不会对它做任何写入。${offer}`, 'corrupt');
  }
  // what killed backups and restores left behind
  removeLeftovers(file, backupDirOf(file, options), stemOf(file));
  const archive = new SqliteArchive(file, openDatabase(file, now, options.nativeBinding), options);
  // never fails the open: a failed backup leaves the archive usable and is retried on the next open
  archive.dailyBackup = dailyBackup(archive.db, archive.file, options, now()).catch(() => null);
  return archive;
}

/** The newest good backup of an archive file, to offer when the file is damaged. */
export function newestBackup(file: string, options: OpenOptions = {}): BackupInfo | null {
  return newestGoodBackup(file, options);
}

/** The sound files a damaged archive can be restored from: kept-aside files and backups, newest first. */
export function listRestoreCandidates(file: string, options: OpenOptions = {}): RestoreCandidate[] {
  return restoreCandidates(file, options);
}

/** Replace the archive file by a backup; the damaged file is kept aside, never deleted. Close the archive first. */
export function restoreArchive(file: string, backupFile: string, options: OpenOptions = {}): void {
  restoreFromBackup(file, backupFile, options);
}
