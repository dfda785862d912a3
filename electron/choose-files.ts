// Many files at once, as 收集 and 批量导入往年报告 ask for them: several chosen files,
// or every file of a kind in a chosen folder (hidden files and Word's ~$ lock files left
// out), sorted as a Chinese reader expects. null when the dialog was cancelled.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ArchiveError } from './archive/types';
import type { Dialogs } from './api';

export interface FileChoice {
  /** the folder dialog's title */
  folderTitle: string;
  /** the several-files dialog's title, and the one-file dialog's where several cannot be chosen */
  filesTitle: string;
  oneTitle: string;
  filterName: string;
  extensions: string[];
}

export async function chooseInputFiles(dialogs: Dialogs, c: FileChoice, from: 'files' | 'folder'): Promise<string[] | null> {
  if (from === 'folder') {
    const dir = await dialogs.chooseFolder({ title: c.folderTitle });
    if (!dir) return null;
    let names: string[];
    try {
      names = (await fs.readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
    } catch (e) {
      throw new ArchiveError(`无法读取文件夹 ${dir}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'io');
    }
    const wanted = names.filter((n) => c.extensions.includes(path.extname(n).slice(1).toLowerCase()) && !n.startsWith('.') && !n.startsWith('~$'));
    return wanted.sort((a, b) => a.localeCompare(b, 'zh-CN')).map((n) => path.join(dir, n));
  }
  const filters = [{ name: c.filterName, extensions: c.extensions }];
  if (dialogs.openFiles) return dialogs.openFiles({ title: c.filesTitle, filters });
  const one = await dialogs.openFile({ title: c.oneTitle, filters });
  return one ? [one] : null;
}
