// Turning what SQLite and the file system throw into ArchiveError with a Chinese
// message, so the UI can offer the right next step (free space, close the other
// program, restore a backup) instead of showing a stack.
import { ArchiveError } from './types';

export function archiveError(e: unknown, file: string): ArchiveError {
  if (e instanceof ArchiveError) return e;
  const code = String((e as { code?: unknown })?.code ?? '');
  const detail = (e as Error)?.message ?? String(e);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return new ArchiveError('磁盘空间不足，这次修改没有保存（之前保存的内容完好）。请清理磁盘空间后再试。', 'disk-full');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new ArchiveError('档案文件正被另一个程序或窗口使用，这次修改没有保存。请关闭其他打开该档案的窗口后再试。', 'locked');
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return new ArchiveError(`档案文件已损坏（${file}），为保护数据不再写入。请从备份恢复。`, 'corrupt');
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return new ArchiveError(`档案文件是只读的或没有写入权限（${file}），修改无法保存。请检查文件属性或换一个位置。`, 'io');
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('E'))
    return new ArchiveError(`读写档案文件时出错（${file}）：${detail}`, 'io');
  return new ArchiveError(`档案操作失败：${detail}`, 'io');
}

export function invalid(message: string): ArchiveError {
  return new ArchiveError(message, 'invalid-argument');
}

export function notFound(message: string): ArchiveError {
  return new ArchiveError(message, 'not-found');
}
