// Restoring the archive from a backup (or from a file kept aside by an earlier
// restore). The candidate is verified in full — a SQLite file, a user_version this
// app knows, exactly this app's schema, integrity_check — and copied through
// SQLite (VACUUM INTO, which also carries what is still in its -wal); the copy is
// verified again; only then is the old file kept aside under a name never used
// before and the copy renamed into place. A crash at any point leaves a whole
// archive at the archive's path.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { renameDurably, syncDirectory } from '../files';
import { sameFile } from '../file-identity';
import { listBackups } from './backup';
import { verifyArchiveFile } from './database';
import { archiveError } from './errors';
import { ArchiveError, type BackupInfo, type OpenOptions } from './types';

export const ASIDE_MARK = '.before-restore-';
const RESTORING = '.restoring';

export interface RestoreCandidate extends BackupInfo {
  /** an automatic backup, or the archive as it was before an earlier restore */
  kind: 'backup' | 'aside';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const stampOf = (d: Date) =>
  `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}-${pad(d.getMilliseconds(), 3)}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Keep `target` aside under a name no other file has: exclusive creation, never an overwrite. */
function keepAside(target: string, now: Date): string {
  const stem = `${target}${ASIDE_MARK}${stampOf(now)}`;
  for (let n = 0; ; n++) {
    const aside = n === 0 ? stem : `${stem}-${n}`;
    try {
      fs.linkSync(target, aside); // fails with EEXIST, never replaces
      return aside;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
    }
    try {
      // no hard links here (FAT USB sticks, some shares): a copy, still exclusive
      fs.copyFileSync(target, aside, fs.constants.COPYFILE_EXCL);
      return aside;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/** Replace the archive file by a verified backup; the old file and its WAL are kept aside. Close the archive first. */
export function restoreFromBackup(file: string, backupFile: string, options: OpenOptions): void {
  const target = path.resolve(file);
  const source = path.resolve(backupFile);
  if (!fs.existsSync(source)) throw new ArchiveError(`找不到备份文件：${source}`, 'not-found');
  if (sameFile(target, source)) throw new ArchiveError('备份文件不能是档案文件本身', 'invalid-argument');
  verifyArchiveFile(source, options.nativeBinding);
  const tmp = `${target}.${process.pid}-${Date.now()}${RESTORING}`;
  try {
    const ro = new Database(source, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    try {
      ro.prepare('VACUUM INTO ?').run(tmp);
    } finally {
      ro.close();
    }
    const fd = fs.openSync(tmp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // what is swapped in is the copy: verify it, not only the file it came from
    verifyArchiveFile(tmp, options.nativeBinding);
    if (fs.existsSync(target)) {
      const aside = keepAside(target, (options.now ?? (() => new Date()))());
      // the old -wal must go with the old file: replayed onto the backup it would corrupt it
      for (const suffix of ['-wal', '-shm']) if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, aside + suffix);
    }
    renameDurably(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
      syncDirectory(path.dirname(target));
    } catch {
      // ignore: report the original failure
    }
    throw archiveError(e, target);
  }
}

/** The files a damaged start can be restored from, sound ones only, newest first: kept-aside files and backups. */
export function restoreCandidates(file: string, options: OpenOptions): RestoreCandidate[] {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  const asideName = new RegExp(`^${escape(path.basename(target) + ASIDE_MARK)}[0-9-]+$`);
  let asides: RestoreCandidate[] = [];
  try {
    asides = fs
      .readdirSync(dir)
      .filter((n) => asideName.test(n))
      .map((n) => {
        const f = path.join(dir, n);
        const st = fs.statSync(f);
        return { file: f, createdAt: st.mtime.toISOString(), bytes: st.size, kind: 'aside' as const };
      });
  } catch {
    asides = [];
  }
  let backups: RestoreCandidate[] = [];
  try {
    backups = listBackups(file, options).map((b) => ({ ...b, kind: 'backup' as const }));
  } catch {
    backups = [];
  }
  const sound = (c: RestoreCandidate) => {
    try {
      verifyArchiveFile(c.file, options.nativeBinding);
      return true;
    } catch {
      return false;
    }
  };
  return [...asides, ...backups].filter(sound).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

const LEFTOVER_AGE_MS = 5 * 60_000;

/**
 * Remove what killed backups and restores left: this app's `<stem>-YYYY-MM-DD.sqlite.partial`
 * in the backup folder and `<archive>.*.restoring` beside the archive. Only files older than a
 * few minutes (real time, not the test clock): a younger one may belong to a backup still
 * running in another process.
 */
export function removeLeftovers(file: string, backupDir: string, stem: string): void {
  const target = path.resolve(file);
  const places: [string, RegExp][] = [
    [backupDir, new RegExp(`^${escape(stem)}-\\d{4}-\\d{2}-\\d{2}\\.sqlite\\.partial$`)],
    [path.dirname(target), new RegExp(`^${escape(path.basename(target))}(\\.[0-9-]+)?${escape(RESTORING)}$`)],
  ];
  for (const [dir, pattern] of places) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue; // no backup folder yet
    }
    for (const n of names.filter((x) => pattern.test(x))) {
      const f = path.join(dir, n);
      try {
        if (Date.now() - fs.statSync(f).mtimeMs >= LEFTOVER_AGE_MS) fs.rmSync(f, { force: true });
      } catch {
        // in use or already gone: the next start tries again
      }
    }
  }
}
