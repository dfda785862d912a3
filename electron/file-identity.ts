// Are two paths the same file? Compared as the OS resolves them, never as
// strings: a link to the data folder, a junction, an 8.3 short name (DATEN~1),
// another case, trailing dots and spaces (Windows drops them) all name the same
// file. An existing file is known by device + inode (on Windows the volume serial
// and file id); a path not yet created by the real path of its nearest existing
// folder plus its remaining name, normalised as the platform compares names.
import fs from 'node:fs';
import path from 'node:path';

type Platform = NodeJS.Platform;

const caseInsensitive = (platform: Platform) => platform === 'win32' || platform === 'darwin';

/** One name as the platform compares it. */
export function normalName(name: string, platform: Platform = process.platform): string {
  // Windows ignores trailing dots and spaces: "archive.sqlite. " opens archive.sqlite
  let n = platform === 'win32' ? name.replace(/[. ]+$/, '') : name;
  if (platform === 'darwin') n = n.normalize('NFD');
  return caseInsensitive(platform) ? n.toLowerCase() : n;
}

/** The real path of the nearest existing folder, plus the rest of the names, normalised. */
export function pathKey(file: string, platform: Platform = process.platform): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const rest: string[] = [];
  let dir = path.resolve(file);
  for (;;) {
    try {
      // .native: on Windows GetFinalPathNameByHandle, which expands 8.3 names and follows junctions
      const real = fs.realpathSync.native(dir);
      const parts = [real, ...rest.reverse().map((n) => normalName(n, platform))];
      const joined = p.join(...parts);
      return caseInsensitive(platform) ? joined.toLowerCase() : joined;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return p.join(dir, ...rest.reverse().map((n) => normalName(n, platform)));
      rest.push(path.basename(dir));
      dir = parent;
    }
  }
}

/** device:inode of an existing file (following links), null when there is none. */
export function inodeKey(file: string): string | null {
  try {
    const st = fs.statSync(file, { bigint: true });
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

/** Same file: the same inode when both exist; else the same resolved path (neither exists yet). */
export function sameFile(a: string, b: string, platform: Platform = process.platform): boolean {
  const ia = inodeKey(a);
  const ib = inodeKey(b);
  if (ia && ib) return ia === ib;
  if (ia || ib) return false;
  return pathKey(a, platform) === pathKey(b, platform);
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/**
 * The archive file, its SQLite side files, a file kept aside before a restore, or
 * one of its backups: a place an export or a backup must never write to (the
 * atomic write's rename would replace it under the open database).
 */
export function isArchiveFile(file: string, archive: { file: string; listBackups(): { file: string }[] }, platform: Platform = process.platform): boolean {
  const base = archive.file;
  if ([base, ...SIDE_FILES.map((s) => base + s)].some((f) => sameFile(file, f, platform))) return true;
  // the files kept aside before a restore: by name in the archive's folder (they may have -wal/-shm)
  const target = pathKey(file, platform);
  const aside = pathKey(base, platform) + normalName('.before-restore-', platform);
  if (target.startsWith(aside)) return true;
  return archive.listBackups().some((b) => sameFile(file, b.file, platform));
}
