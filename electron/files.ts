// Reading input files with a size limit and writing output atomically
// (temporary file + rename), with Chinese messages for what the OS refuses.
import fsSync, { promises as fs } from 'node:fs';
import path from 'node:path';

/** Files larger than this are not reports (the biggest real ones are a few MB). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export class FileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileError';
  }
}

export function explainFsError(e: unknown, file: string, action: '读取' | '写入'): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const name = path.basename(file);
  switch (code) {
    case 'ENOENT':
      return action === '读取' ? `找不到文件：${file}` : `无法写入 ${name}：文件夹不存在（${path.dirname(file)}）`;
    case 'ENOTDIR':
      return action === '读取' ? `找不到文件：${file}` : `无法写入 ${name}：${path.dirname(file)} 不是文件夹`;
    case 'EACCES':
    case 'EPERM':
      return `没有权限${action} ${file}，请换一个位置或检查文件权限`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `${name} 正被其他程序（如 Word、WPS）占用，请先关闭该文件再${action}`;
    case 'EISDIR':
      return `${file} 是文件夹，不是文件`;
    case 'ENOSPC':
      return `磁盘空间不足，无法${action} ${name}，请清理磁盘后重试`;
    case 'EROFS':
      return `${file} 所在位置只读，无法${action}`;
    default:
      return `无法${action} ${file}：${(e as Error)?.message ?? e}`;
  }
}

export async function readInputFile(file: string): Promise<Uint8Array> {
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (st.size > MAX_INPUT_BYTES) throw new FileError(`文件过大（${(st.size / 1048576).toFixed(0)} MB），不是年报文件`);
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError(explainFsError(e, file, '读取'));
  }
}

/** Write via a temporary file in the same folder, fsync, and rename, so a failure never leaves a half-written file. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    // on disk before it takes the real name: a power cut must not leave an empty file under that name
    const handle = await fs.open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
    // the rename is a change to the folder: on disk only once the folder is synced
    syncDirectory(path.dirname(file));
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => {});
    throw new FileError(explainFsError(e, file, '写入'));
  }
}

/**
 * fsync a folder, so a rename or a new name in it survives a power cut (POSIX:
 * the file's data is synced by the caller, the name lives in the folder).
 * Windows cannot open a folder for syncing and does not need it (NTFS journals
 * the rename): there, and where a file system refuses, nothing is done.
 * fs.* is called through the module object so tests can watch the calls.
 */
export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  let fd: number;
  try {
    fd = fsSync.openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsSync.fsyncSync(fd);
  } catch (e) {
    // some file systems (network shares) refuse fsync on a folder: the rename itself has happened
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EPERM' && code !== 'EISDIR') throw e;
  } finally {
    fsSync.closeSync(fd);
  }
}

/** rename, then sync the folder that holds the new name. */
export function renameDurably(from: string, to: string): void {
  fsSync.renameSync(from, to);
  syncDirectory(path.dirname(to));
}
