// Opening the archive at start, with the user's way out when it cannot open:
// a damaged file offers the newest backup, a file from a newer version says so.
// Electron's message boxes are passed in (prompts), so this runs under Node in tests.
import type { Archive, BackupInfo, OpenOptions } from './archive/types';

export interface ArchiveOpeners {
  openArchive(file: string, options?: OpenOptions): Archive;
  newestBackup(file: string, options?: OpenOptions): BackupInfo | null;
  restoreArchive(file: string, backupFile: string, options?: OpenOptions): void;
}

export interface StartupPrompts {
  /** offer 恢复 or 退出 */
  askRestore(message: string, detail: string): Promise<'restore' | 'quit'>;
  /** an error the user cannot fix here: tell, then the app quits */
  fail(message: string, detail: string): Promise<void>;
}

const codeOf = (e: unknown): string | undefined => (e as { code?: unknown })?.code as string | undefined;
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The archive, or null when the app should quit (the user has been told why). */
export async function openArchiveForApp(
  file: string,
  options: OpenOptions,
  deps: ArchiveOpeners,
  prompts: StartupPrompts,
): Promise<Archive | null> {
  try {
    return deps.openArchive(file, options);
  } catch (e) {
    const code = codeOf(e);
    if (code === 'too-new') {
      await prompts.fail('数据文件由更新版本的本程序创建', `${messageOf(e)}\n\n请安装最新版本后再打开。数据文件未被改动：${file}`);
      return null;
    }
    if (code !== 'corrupt') {
      await prompts.fail('无法打开数据文件', `${messageOf(e)}\n\n数据文件：${file}`);
      return null;
    }
    return recoverFromBackup(file, options, deps, prompts, messageOf(e));
  }
}

async function recoverFromBackup(file: string, options: OpenOptions, deps: ArchiveOpeners, prompts: StartupPrompts, reason: string) {
  let backup: BackupInfo | null = null;
  try {
    backup = deps.newestBackup(file, options);
  } catch {
    backup = null; // an unreadable backup folder is the same as none
  }
  if (!backup) {
    await prompts.fail('数据文件已损坏，且没有可用的备份', `${reason}\n\n损坏的文件保留原样，未被删除：${file}\n如有 U 盘上的备份，请联系技术人员恢复。`);
    return null;
  }
  const answer = await prompts.askRestore(
    '数据文件已损坏，是否从最近的备份恢复？',
    `${reason}\n\n最近的备份：${when(backup.createdAt)}（${backup.file}）\n此后的修改将丢失；损坏的文件会另存保留，不会删除。`,
  );
  if (answer !== 'restore') return null;
  try {
    deps.restoreArchive(file, backup.file, options);
    return deps.openArchive(file, options);
  } catch (e) {
    await prompts.fail('从备份恢复失败', `${messageOf(e)}\n\n数据文件：${file}\n备份：${backup.file}`);
    return null;
  }
}
