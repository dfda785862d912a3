// The api: one object of async functions, the only door from the renderer to
// the machine. IPC channels and the preload's surface derive from its keys
// (API_KEYS); every argument is checked against the contract (electron/contract.ts)
// by callApi before a function runs; file paths come only from the dialogs passed
// in, never from the page.
import path from 'node:path';
import { EXPORTERS } from '../report/export/index';
import type { FontFamilySet } from '../report/docx/index';
import { validateReport } from '../report/rules/index';
import { readInputFile, writeFileAtomic } from './files';
import { isArchiveFile } from './file-identity';
import type { Archive } from './archive/types';
import { ArchiveError } from './archive/types';
import { createInlineRunner, type JobRunner } from './jobs/runner';
import { isApiKey, parseArgs, type ApiFunctions, type ImportPreview } from './contract';
import { loadSettings, saveSettings } from './settings';
import { createOfficeApi } from './office/api';
import { createPastImportApi } from './past-import';
import { reportHtml } from '../report/page/web';
import { browserPrinter, type Printer } from './pdf';

export type { ImportPreview } from './contract';

export interface FileFilter {
  name: string;
  extensions: string[];
}
/** The OS dialogs, injected so tests can answer them with paths. null = cancelled. */
export interface Dialogs {
  openFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseFolder(options: { title: string }): Promise<string | null>;
  /** several files at once (收集); absent: one file through openFile */
  openFiles?(options: { title: string; filters: FileFilter[] }): Promise<string[] | null>;
}
export interface Shell {
  showInFolder(file: string): void;
  /** 打开文档: the file in the program the system opens it with. Absent: not offered */
  openDocument?(file: string): Promise<void>;
}

export interface ApiContext {
  archive: Archive;
  dialogs: Dialogs;
  shell: Shell;
  /** settings.json lives here */
  settingsFile: string;
  version: string;
  /**
   * Replace the archive file by a backup and open it again (the host knows the
   * open options). Called with the current archive closed; the replaced file is
   * kept aside by restoreArchive, never deleted. Absent: restoring is not offered.
   */
  restoreFromBackup?: (backupFile: string) => Archive;
  /** Open the archive file again as it is (after a failed restore). */
  reopenArchive?: () => Archive;
  /**
   * Where imports and exports run: the app passes a job process runner, so a slow or
   * hostile file never blocks or kills the main process. Absent: on the calling thread.
   */
  jobs?: JobRunner;
  /** 打印 and PDF: Electron's window in the app; absent, a headless browser makes PDFs and printing is not offered */
  printer?: Printer;
}

const IMPORT_FILTERS: FileFilter[] = [
  { name: '年度报告（.docx / .doc / .wps / .pdf / 网页 .html / .txt / .json）', extensions: ['docx', 'doc', 'wps', 'pdf', 'html', 'htm', 'txt', 'json'] },
];

export function createApi(ctx: ApiContext): ApiFunctions {
  const { dialogs } = ctx;
  // files this api wrote or listed: the only ones the page may ask to show in their folder
  const shownFiles = new Set<string>();
  const shown = <T extends { file: string } | null>(r: T): T => (r && shownFiles.add(r.file), r);
  // replaced when a backup is restored
  let archive = ctx.archive;
  const settings = () => loadSettings(ctx.settingsFile);
  const jobs = ctx.jobs ?? createInlineRunner();
  const printer = ctx.printer ?? browserPrinter;

  // the 政务公开办's year (issue 11): electron/office/api.ts
  const officeApi = createOfficeApi({ archive: () => archive, dialogs, jobs, version: ctx.version, shown: (f) => void shownFiles.add(f) });

  return {
    ...officeApi,
    ...createPastImportApi({ archive: () => archive, dialogs, jobs }),
    async getAppInfo() {
      return { version: ctx.version, dataFile: archive.file, today: new Date().toISOString() };
    },
    async getSettings() {
      return settings();
    },
    async saveSettings(patch) {
      return saveSettings(ctx.settingsFile, { ...(await settings()), ...patch });
    },

    async listAgencies() {
      return archive.listAgencies();
    },
    async saveAgency(input) {
      return archive.saveAgency(input);
    },
    async agencyDetails(agencyId) {
      return archive.agencyDetails(agencyId);
    },
    async saveAgencyDetails(agencyId, details) {
      return archive.saveAgencyDetails(agencyId, details);
    },

    async listReports(options) {
      return archive.listReports(options);
    },
    async createReport(input) {
      return archive.createReport(input);
    },
    async openReport(reportId) {
      return archive.openReport(reportId);
    },
    async setCell(reportId, address, value) {
      return archive.setCell(reportId, address, value);
    },
    async setText(reportId, field, text) {
      return archive.setText(reportId, field, text);
    },
    async setExplanation(reportId, e) {
      return archive.setExplanation(reportId, e);
    },
    async removeExplanation(reportId, place) {
      return archive.removeExplanation(reportId, place);
    },
    async finalise(reportId, options) {
      return archive.finalise(reportId, options);
    },
    async setPublication(reportId, publication) {
      return archive.setPublication(reportId, publication);
    },
    async reopen(reportId, reason) {
      return archive.reopen(reportId, reason);
    },
    async deleteReport(reportId) {
      archive.deleteReport(reportId);
    },
    async restoreReport(reportId) {
      return archive.restoreReport(reportId);
    },
    async listRevisions(reportId) {
      return archive.listRevisions(reportId);
    },
    async restoreRevision(revisionId) {
      return archive.restoreRevision(revisionId);
    },
    async search(query) {
      return archive.search(query);
    },

    /** 导入: choose a file, read it; nothing is stored until commitImport. null = cancelled. */
    async importFile(): Promise<ImportPreview | null> {
      const file = await dialogs.openFile({ title: '导入年度报告', filters: IMPORT_FILTERS });
      if (!file) return null;
      const name = path.basename(file);
      const { report, problems, origin } = await jobs.importFile({ bytes: await readInputFile(file), fileName: name }, `正在读取 ${name}`);
      return { report, problems, source: name, origin };
    },
    /** 粘贴: text copied from a published report */
    async importText(text): Promise<ImportPreview> {
      const { report, problems, origin } = await jobs.importFile({ bytes: new TextEncoder().encode(text), fileName: '粘贴的文本.txt' }, '正在读取粘贴的文本');
      return { report, problems, source: '粘贴的文本', origin };
    },
    async commitImport(a) {
      return archive.importReport(a.report, { replace: a.replace, agencyId: a.agencyId, published: a.published });
    },

    /** 导出: ask where, write atomically; null = cancelled */
    async exportReport(rid, o): Promise<{ file: string } | null> {
      const { report, previous, summary } = archive.openReport(rid);
      const exporter = EXPORTERS[o.format];
      const name = `${report.unit}${report.year}年政府信息公开工作年度报告${exporter.nameSuffix ?? ''}.${exporter.ext}`;
      const file = await dialogs.saveFile({
        title: '导出年度报告',
        defaultName: name,
        filters: [{ name: exporter.fileType, extensions: [exporter.ext] }],
      });
      if (!file) return null;
      // the rename of an atomic write would replace the archive (or a backup) under the open database
      if (isArchiveFile(file, archive)) throw new ArchiveError('不能导出到档案文件或它的备份上，请换一个文件名或位置', 'invalid-argument');
      const s = await settings();
      const options = {
        fonts: (o.fonts ?? s.fonts) as FontFamilySet,
        // 2023 年 → 2023年, <http://…> → http://…: only when the clerk asked for it in 导出
        tidy: o.tidy ?? false,
        // 落款: the agency's own choice, else 设置's
        signature: (archive.agencyDetails(summary.agencyId).signature ?? s.signature) ? { agency: report.unit, date: chineseDate(new Date()) } : undefined,
        // the 审核说明清单 lists last year's warnings too (carry-over, 现行有效, repetition)
        previous: exporter.id === 'explanations' ? (previous ?? undefined) : undefined,
      };
      const data = await jobs.exportReport({ format: exporter.id, report, options }, `正在生成${exporter.fileType}`);
      await writeFileAtomic(file, data);
      return shown({ file });
    },
    /** PDF（打印版）: the page model's pages, as 预览 shows them; null = cancelled */
    async exportPdf(rid): Promise<{ file: string } | null> {
      const { report } = archive.openReport(rid);
      const file = await dialogs.saveFile({
        title: '导出 PDF',
        defaultName: `${report.unit}${report.year}年政府信息公开工作年度报告.pdf`,
        filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
      });
      if (!file) return null;
      if (isArchiveFile(file, archive)) throw new ArchiveError('不能导出到档案文件或它的备份上，请换一个文件名或位置', 'invalid-argument');
      const data = await printer.pdf(reportHtml(report, { print: true }));
      await writeFileAtomic(file, data);
      return shown({ file });
    },
    /** 打印: the system print dialog for the same pages; false when cancelled there */
    async printReport(rid): Promise<boolean> {
      const { report } = archive.openReport(rid);
      if (!printer.print) throw new ArchiveError('这里不能直接打印（打印需要在桌面程序中进行），请先导出 PDF 再打印', 'invalid-argument');
      return printer.print(reportHtml(report, { print: true }));
    },
    /** 打开文档: a file this session exported, in Word/WPS or the PDF reader */
    async openDocument(f) {
      if (!shownFiles.has(f)) throw new ArchiveError('只能打开本程序导出的文件', 'invalid-argument');
      if (!ctx.shell.openDocument) throw new ArchiveError('这里不能打开文档，请到文件所在的文件夹中打开', 'invalid-argument');
      try {
        await ctx.shell.openDocument(f);
      } catch (e) {
        throw new ArchiveError(`没有能打开这个文件的程序：${(e as Error).message}。请到文件所在的文件夹中用 Word 或 WPS 打开`, 'io');
      }
    },
    /** the import or export under way (the page polls it to show progress), or null */
    async jobStatus() {
      return jobs.status();
    },
    /** 取消: stop the import or export under way; false when none was */
    async cancelJob() {
      return jobs.cancel();
    },
    /** 打开所在文件夹 for the data file, a backup, or a file this session exported */
    async showInFolder(f) {
      const known = shownFiles.has(f) || f === archive.file || archive.listBackups().some((b) => b.file === f);
      if (!known) throw new ArchiveError('只能打开本程序导出或备份的文件所在的文件夹', 'invalid-argument');
      ctx.shell.showInFolder(f);
    },

    /** validation in the main process, as before finalising (the renderer runs the same rules itself) */
    async validate(reportId, o) {
      const opened = archive.openReport(reportId);
      return validateReport(opened.report, { previous: opened.previous ?? undefined, final: o?.final, today: new Date() });
    },

    async listBackups() {
      return archive.listBackups();
    },
    /**
     * 从备份恢复: one of listBackups' files, or (no argument) a file chosen in the
     * open dialog, e.g. on a USB stick. null = cancelled.
     */
    async restoreBackup(file): Promise<{ file: string } | null> {
      if (!ctx.restoreFromBackup || !ctx.reopenArchive) throw new ArchiveError('此环境不支持从备份恢复', 'invalid-argument');
      let backupFile: string | null;
      if (file === undefined) {
        backupFile = await dialogs.openFile({ title: '选择要恢复的备份文件', filters: [{ name: '档案备份', extensions: ['sqlite', 'db', 'bak'] }] });
        if (!backupFile) return null;
      } else {
        // the page may only name a backup the archive listed, never an arbitrary path
        if (!archive.listBackups().some((b) => b.file === file)) throw new ArchiveError('没有这个备份，请从列表中选择', 'invalid-argument');
        backupFile = file;
      }
      archive.close();
      try {
        archive = ctx.restoreFromBackup(backupFile);
      } catch (e) {
        try {
          archive = ctx.reopenArchive(); // the old file is still in place: keep working on it
        } catch (again) {
          // both failed: say both, the restore's reason is the one the user acted on
          const code = (again as { code?: unknown })?.code;
          throw new ArchiveError(
            `从备份恢复失败：${(e as Error).message}；重新打开原档案也失败：${(again as Error).message}。请关闭并重新启动程序。`,
            typeof code === 'string' ? (code as ArchiveError['code']) : 'io',
          );
        }
        throw e;
      }
      return { file: backupFile };
    },
    async backupTo(): Promise<{ file: string } | null> {
      const dir = await dialogs.chooseFolder({ title: '选择备份位置（如 U 盘）' });
      if (!dir) return null;
      const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '');
      const info = await archive.backupTo(path.join(dir, `年报档案备份-${stamp}.sqlite`));
      return shown({ file: info.file });
    },
  };
}

function chineseDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

export type Api = ApiFunctions;
export type { ApiKey } from './contract';

/** What crosses IPC: errors become data so the renderer gets the Chinese message and code, not a stack. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: { message: string; code: string } };

export async function callApi(api: Api, key: string, callArgs: unknown[]): Promise<Envelope> {
  if (!Object.hasOwn(api, key) || !isApiKey(key)) return { ok: false, error: { message: `没有这个功能：${key}`, code: 'invalid-argument' } };
  // the contract first: the function gets checked, normalised arguments or is not called
  const parsed = parseArgs(key, Array.isArray(callArgs) ? callArgs : []);
  if (!parsed.ok) return { ok: false, error: { message: parsed.message, code: 'invalid-argument' } };
  try {
    const fn = api[key] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await fn(...(parsed.value as unknown[])) };
  } catch (e) {
    const err = e as Error & { code?: string };
    return { ok: false, error: { message: err.message || String(e), code: typeof err.code === 'string' ? err.code : 'error' } };
  }
}
