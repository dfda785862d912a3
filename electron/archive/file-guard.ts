// Another process may replace the archive file under this one (a restore from
// another userData folder, a network share, the portable copy beside the
// installed one): the rename leaves this connection writing into the file that
// was swapped out, edits acknowledged and lost. The guard records the file's
// device + inode at open and compares before every write transaction (one stat,
// a few µs); once they differ, every later edit is refused.
import fs from 'node:fs';
import { inodeKey } from '../file-identity';
import { ArchiveError } from './types';

export class FileGuard {
  private readonly opened: string | null;
  private swapped: ArchiveError | null = null;

  constructor(private readonly file: string) {
    this.opened = inodeKey(file);
  }

  /** Throws once the path no longer names the file this connection opened. */
  check(): void {
    if (!this.swapped && this.opened !== null && this.current() !== this.opened) {
      this.swapped = new ArchiveError(
        `数据文件已被其他程序替换（例如另一个窗口或另一台电脑上的本程序从备份恢复了它）：${this.file}。为免修改写进已被替换的文件，这次修改没有保存，此后的修改也不会保存。请重新启动程序。`,
        'locked',
      );
    }
    if (this.swapped) throw this.swapped;
  }

  /** The path's identity now; a failure other than "gone" (a virus scanner holding it) is no proof of a swap. */
  private current(): string | null {
    try {
      const st = fs.statSync(this.file, { bigint: true });
      return `${st.dev}:${st.ino}`;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR' ? null : this.opened;
    }
  }
}
