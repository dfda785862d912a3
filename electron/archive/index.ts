// The SQLite archive (better-sqlite3). See types.ts for the contract.
import type { Archive, BackupInfo, OpenOptions } from './types';
export * from './types';

/** Open (or create) the archive file: migrations, integrity check, daily backup. */
export function openArchive(_file: string, _options: OpenOptions = {}): Archive {
  throw new Error('not yet');
}

/** The newest good backup of an archive file, to offer when the file is damaged. */
export function newestBackup(_file: string, _options: OpenOptions = {}): BackupInfo | null {
  return null;
}

/** Replace the archive file by a backup; the damaged file is kept aside, never deleted. */
export function restoreArchive(_file: string, _backupFile: string, _options: OpenOptions = {}): void {
  throw new Error('not yet');
}
