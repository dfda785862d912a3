// Turning what SQLite and the file system throw into ArchiveError with a Chinese
// message, so the UI can offer the right next step (free space, close the other
// program, restore a backup) instead of showing a stack.
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { ArchiveError } from './types';

/** The nearest folder of `file` that exists (the one a new file or subfolder would be created in). */
function nearestFolder(file: string): string {
  let dir = path.dirname(path.resolve(file));
  while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** Why the archive's folder or file cannot be written, in Chinese; null when both can be. */
export function unwritable(file: string): ArchiveError | null {
  const dir = nearestFolder(file);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    return new ArchiveError(`数据文件夹没有写入权限：${dir}。本程序需要在这里保存每一次修改，请检查该文件夹（或 U 盘的写保护开关）的权限，或把数据放到可以写入的位置。`, 'io');
  }
  if (existsSync(file)) {
    try {
      accessSync(file, constants.W_OK);
    } catch {
      return new ArchiveError(`数据文件没有写入权限：${path.resolve(file)}。请检查文件属性（是否设为只读）后再打开。`, 'io');
    }
  }
  return null;
}

/** A short reason for the technical detail, without SQLite's or the OS's codes. */
const plain = (detail: string) => detail.replace(/\b(SQLITE_[A-Z_]+|E[A-Z]{2,})\b:?\s*/g, '').trim();

export function archiveError(e: unknown, file: string): ArchiveError {
  if (e instanceof ArchiveError) return e;
  const code = String((e as { code?: unknown })?.code ?? '');
  const detail = plain((e as Error)?.message ?? String(e));
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return new ArchiveError('磁盘空间不足，这次修改没有保存（之前保存的内容完好）。请清理磁盘空间后再试。', 'disk-full');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new ArchiveError('档案文件正被另一个程序或窗口使用，这次修改没有保存。请关闭其他打开该档案的窗口后再试。', 'locked');
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return new ArchiveError(`档案文件已损坏（${file}），为保护数据不再写入。请从备份恢复。`, 'corrupt');
  const permission = code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || ['EROFS', 'EACCES', 'EPERM', 'ENOENT'].includes(code);
  // a folder that cannot be written (read-only mount, write-protected stick, permissions) says so
  const denied = permission ? unwritable(file) : null;
  if (denied) return denied;
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return new ArchiveError(`档案文件是只读的或没有写入权限（${file}），修改无法保存。请检查文件属性或换一个位置。`, 'io');
  if (code.startsWith('SQLITE_CANTOPEN')) return new ArchiveError(`无法打开档案文件（${file}）：文件或所在文件夹不存在、被其他程序占用，或没有权限。`, 'io');
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('E'))
    return new ArchiveError(`读写档案文件时出错（${file}）：${detail}`, 'io');
  return new ArchiveError(`档案操作失败：${detail}`, 'io');
}

export function invalid(message: string): ArchiveError {
  return new ArchiveError(message, 'invalid-argument');
}

export function notFound(message: string): ArchiveError {
  return new ArchiveError(message, 'not-found');
}
