// Opening the archive at start, with the user's way out when it cannot open:
// a damaged or unusable file offers every sound file to restore from (the file
// kept aside by an earlier restore, the automatic backups), a file from a newer
// version says so. Electron's message boxes are passed in (prompts), so this
// runs under Node in tests.
import type { RestoreCandidate } from './archive/restore';
import type { Archive, BackupInfo, OpenOptions } from './archive/types';

export interface ArchiveOpeners {
  openArchive(file: string, options?: OpenOptions): Archive;
  newestBackup(file: string, options?: OpenOptions): BackupInfo | null;
  restoreArchive(file: string, backupFile: string, options?: OpenOptions): void;
  /** the sound kept-aside files and backups, newest first; absent: the newest backup only */
  restoreCandidates?(file: string, options?: OpenOptions): RestoreCandidate[];
}

/** How many files the start offers to restore from (buttons of one message box). */
export const MAX_OFFERED = 3;

export interface StartupPrompts {
  /** offer 恢复 from one of `choices` (their labels, newest first) or 退出; 'restore' = the first */
  askRestore(message: string, detail: string, choices: string[]): Promise<'restore' | 'quit' | number>;
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

function candidatesOf(file: string, options: OpenOptions, deps: ArchiveOpeners): RestoreCandidate[] {
  try {
    if (deps.restoreCandidates) return deps.restoreCandidates(file, options).slice(0, MAX_OFFERED);
    const b = deps.newestBackup(file, options);
    return b ? [{ ...b, kind: 'backup' }] : [];
  } catch {
    return []; // an unreadable backup folder is the same as none
  }
}

const labelOf = (c: RestoreCandidate) => (c.kind === 'aside' ? `恢复前保留的数据文件（${when(c.createdAt)}）` : `${when(c.createdAt)}的自动备份`);

async function recoverFromBackup(file: string, options: OpenOptions, deps: ArchiveOpeners, prompts: StartupPrompts, reason: string) {
  const candidates = candidatesOf(file, options, deps);
  if (!candidates.length) {
    await prompts.fail('数据文件已损坏，且没有可用的备份', `${reason}\n\n损坏的文件保留原样，未被删除：${file}\n如有 U 盘上的备份，请联系技术人员恢复。`);
    return null;
  }
  const single = candidates.length === 1 && candidates[0].kind === 'backup';
  const listed = candidates.map((c) => `${labelOf(c)}：${c.file}`).join('\n');
  const answer = await prompts.askRestore(
    single ? '数据文件已损坏，是否从最近的备份恢复？' : '数据文件已损坏或无法使用，是否从下列文件之一恢复？',
    single
      ? `${reason}\n\n最近的备份：${when(candidates[0].createdAt)}（${candidates[0].file}）\n此后的修改将丢失；损坏的文件会另存保留，不会删除。`
      : `${reason}\n\n可以恢复的文件（从新到旧）：\n${listed}\n所选文件之后的修改将丢失；现在的文件会另存保留，不会删除。`,
    candidates.map(labelOf),
  );
  const index = answer === 'restore' ? 0 : answer;
  if (typeof index !== 'number' || !candidates[index]) return null;
  const chosen = candidates[index];
  try {
    deps.restoreArchive(file, chosen.file, options);
    return deps.openArchive(file, options);
  } catch (e) {
    await prompts.fail('从备份恢复失败', `${messageOf(e)}\n\n数据文件：${file}\n备份：${chosen.file}`);
    return null;
  }
}
