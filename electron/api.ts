// The api: one object of async functions, the only door from the renderer to
// the machine. IPC channels and the preload's surface derive from its keys
// (API_KEYS); every argument is validated here; file paths come only from the
// dialogs passed in, never from the page.
import path from 'node:path';
import { z } from 'zod';
import { importReport, type ImportProblem } from '../report/import/index';
import { reportFromJson, reportToJson } from '../report/json';
import { exportDocx, type FontFamilySet } from '../report/docx/index';
import { validateReport } from '../report/rules/index';
import type { Report } from '../report/report';
import { readInputFile, writeFileAtomic } from './files';
import { isArchiveFile } from './file-identity';
import type { Archive } from './archive/types';
import { ArchiveError } from './archive/types';
import { loadSettings, saveSettings, type Settings } from './settings';

export interface FileFilter {
  name: string;
  extensions: string[];
}
/** The OS dialogs, injected so tests can answer them with paths. null = cancelled. */
export interface Dialogs {
  openFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseFolder(options: { title: string }): Promise<string | null>;
}
export interface Shell {
  showInFolder(file: string): void;
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
}

export interface ImportPreview {
  report: Report;
  problems: ImportProblem[];
  source: string; // file name or 粘贴的文本
}

const id = z.number().int().positive();
const level = z.enum(['department', 'government']);
const cellAddress = z.object({
  table: z.enum(['table2', 'table3', 'table4']),
  row: z.string().max(40),
  col: z.number().int().min(0).max(6).optional(),
});
const cellValue = z.number().finite().min(0).nullable();
const textField = z.enum(['overview', 'problems', 'other', 'title', 'preamble', 'closing']);
const explanation = z.object({
  rule: z.string().max(60),
  table: z.string().max(10).optional(),
  row: z.string().max(40).optional(),
  col: z.number().int().optional(),
  part: z.string().max(20).optional(),
  text: z.string().max(200_000),
});
const fonts = z.enum(['gb2312', 'windows']);

/** Validate arguments, or throw an ArchiveError('invalid-argument') that names the api function. */
function args<T extends z.ZodTypeAny>(name: string, schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new ArchiveError(`调用 ${name} 的参数不正确（${i.path.join('.') || '参数'}：${i.message}）`, 'invalid-argument');
  }
  return r.data;
}

const IMPORT_FILTERS: FileFilter[] = [{ name: '年度报告（.docx / .txt / .json）', extensions: ['docx', 'txt', 'json'] }];

export function createApi(ctx: ApiContext) {
  const { dialogs } = ctx;
  // files this api wrote or listed: the only ones the page may ask to show in their folder
  const shownFiles = new Set<string>();
  const shown = <T extends { file: string } | null>(r: T): T => (r && shownFiles.add(r.file), r);
  // replaced when a backup is restored
  let archive = ctx.archive;
  const settings = () => loadSettings(ctx.settingsFile);

  return {
    async getAppInfo() {
      return { version: ctx.version, dataFile: archive.file, today: new Date().toISOString() };
    },
    async getSettings(): Promise<Settings> {
      return settings();
    },
    async saveSettings(input: unknown): Promise<Settings> {
      const s = args('saveSettings', z.object({ fonts: fonts.optional(), signature: z.boolean().optional() }).strict(), input);
      return saveSettings(ctx.settingsFile, { ...(await settings()), ...s });
    },

    async listAgencies() {
      return archive.listAgencies();
    },
    async saveAgency(input: unknown) {
      const a = args(
        'saveAgency',
        z.object({ id: id.optional(), name: z.string().trim().min(1, '机关名称不能为空').max(100), level, parentId: id.nullable().optional() }),
        input,
      );
      return archive.saveAgency(a);
    },

    async listReports(options?: unknown) {
      const o = args('listReports', z.object({ includeDeleted: z.boolean().optional(), agencyId: id.optional() }).optional(), options);
      return archive.listReports(o);
    },
    async createReport(input: unknown) {
      const a = args('createReport', z.object({ agencyId: id, year: z.number().int().min(2000).max(2100), from: z.enum(['blank', 'previous']) }), input);
      return archive.createReport(a);
    },
    async openReport(reportId: unknown) {
      return archive.openReport(args('openReport', id, reportId));
    },
    async setCell(reportId: unknown, address: unknown, value: unknown) {
      return archive.setCell(args('setCell', id, reportId), args('setCell', cellAddress, address), args('setCell', cellValue, value));
    },
    async setText(reportId: unknown, field: unknown, text: unknown) {
      return archive.setText(args('setText', id, reportId), args('setText', textField, field), args('setText', z.string().max(200_000), text));
    },
    async setExplanation(reportId: unknown, e: unknown) {
      return archive.setExplanation(args('setExplanation', id, reportId), args('setExplanation', explanation, e));
    },
    async removeExplanation(reportId: unknown, e: unknown) {
      return archive.removeExplanation(args('removeExplanation', id, reportId), args('removeExplanation', explanation.omit({ text: true }), e));
    },
    async finalise(reportId: unknown) {
      return archive.finalise(args('finalise', id, reportId));
    },
    async reopen(reportId: unknown, reason: unknown) {
      return archive.reopen(args('reopen', id, reportId), args('reopen', z.string().trim().min(1, '请填写重新打开的原因').max(500), reason));
    },
    async deleteReport(reportId: unknown) {
      archive.deleteReport(args('deleteReport', id, reportId));
    },
    async restoreReport(reportId: unknown) {
      return archive.restoreReport(args('restoreReport', id, reportId));
    },
    async listRevisions(reportId: unknown) {
      return archive.listRevisions(args('listRevisions', id, reportId));
    },
    async restoreRevision(revisionId: unknown) {
      return archive.restoreRevision(args('restoreRevision', id, revisionId));
    },
    async search(query: unknown) {
      return archive.search(args('search', z.string().trim().min(1).max(200), query));
    },

    /** 导入: choose a file, read it; nothing is stored until commitImport. null = cancelled. */
    async importFile(): Promise<ImportPreview | null> {
      const file = await dialogs.openFile({ title: '导入年度报告', filters: IMPORT_FILTERS });
      if (!file) return null;
      const { report, problems } = await importReport(await readInputFile(file), path.basename(file));
      return { report, problems, source: path.basename(file) };
    },
    /** 粘贴: text copied from a published report */
    async importText(text: unknown): Promise<ImportPreview> {
      const t = args('importText', z.string().min(1, '粘贴的内容为空').max(2_000_000), text);
      const { report, problems } = await importReport(new TextEncoder().encode(t), '粘贴的文本.txt');
      return { report, problems, source: '粘贴的文本' };
    },
    async commitImport(input: unknown) {
      const a = args('commitImport', z.object({ report: z.unknown(), replace: z.boolean(), agencyId: id.optional() }), input);
      return archive.importReport(reportFromJson(a.report), { replace: a.replace, agencyId: a.agencyId });
    },

    /** 导出: ask where, write atomically; null = cancelled */
    async exportReport(reportId: unknown, options: unknown): Promise<{ file: string } | null> {
      const rid = args('exportReport', id, reportId);
      const o = args('exportReport', z.object({ format: z.enum(['docx', 'json']), fonts: fonts.optional() }), options);
      const { report } = archive.openReport(rid);
      const name = `${report.unit}${report.year}年政府信息公开工作年度报告.${o.format}`;
      const file = await dialogs.saveFile({
        title: '导出年度报告',
        defaultName: name,
        filters: [o.format === 'docx' ? { name: 'Word 文档', extensions: ['docx'] } : { name: '交换文件', extensions: ['json'] }],
      });
      if (!file) return null;
      // the rename of an atomic write would replace the archive (or a backup) under the open database
      if (isArchiveFile(file, archive)) throw new ArchiveError('不能导出到档案文件或它的备份上，请换一个文件名或位置', 'invalid-argument');
      const s = await settings();
      const data =
        o.format === 'docx'
          ? await exportDocx(report, {
              fonts: (o.fonts ?? s.fonts) as FontFamilySet,
              signature: s.signature ? { agency: report.unit, date: chineseDate(new Date()) } : undefined,
            })
          : reportToJson(report);
      await writeFileAtomic(file, data);
      return shown({ file });
    },
    /** 打开所在文件夹 for the data file, a backup, or a file this session exported */
    async showInFolder(file: unknown) {
      const f = args('showInFolder', z.string().min(1).max(4096), file);
      const known = shownFiles.has(f) || f === archive.file || archive.listBackups().some((b) => b.file === f);
      if (!known) throw new ArchiveError('只能打开本程序导出或备份的文件所在的文件夹', 'invalid-argument');
      ctx.shell.showInFolder(f);
    },

    /** validation in the main process, as before finalising (the renderer runs the same rules itself) */
    async validate(reportId: unknown, options?: unknown) {
      const o = args('validate', z.object({ final: z.boolean().optional() }).optional(), options);
      const opened = archive.openReport(args('validate', id, reportId));
      return validateReport(opened.report, { previous: opened.previous ?? undefined, final: o?.final, today: new Date() });
    },

    async listBackups() {
      return archive.listBackups();
    },
    /**
     * 从备份恢复: one of listBackups' files, or (no argument) a file chosen in the
     * open dialog, e.g. on a USB stick. null = cancelled.
     */
    async restoreBackup(file?: unknown): Promise<{ file: string } | null> {
      if (!ctx.restoreFromBackup || !ctx.reopenArchive) throw new ArchiveError('此环境不支持从备份恢复', 'invalid-argument');
      let backupFile: string | null;
      if (file === undefined) {
        backupFile = await dialogs.openFile({ title: '选择要恢复的备份文件', filters: [{ name: '档案备份', extensions: ['sqlite', 'db', 'bak'] }] });
        if (!backupFile) return null;
      } else {
        const f = args('restoreBackup', z.string().min(1).max(4096), file);
        // the page may only name a backup the archive listed, never an arbitrary path
        if (!archive.listBackups().some((b) => b.file === f)) throw new ArchiveError('没有这个备份，请从列表中选择', 'invalid-argument');
        backupFile = f;
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

export type Api = ReturnType<typeof createApi>;
export type ApiKey = keyof Api;

/** What crosses IPC: errors become data so the renderer gets the Chinese message and code, not a stack. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: { message: string; code: string } };

export async function callApi(api: Api, key: string, callArgs: unknown[]): Promise<Envelope> {
  if (!Object.hasOwn(api, key)) return { ok: false, error: { message: `没有这个功能：${key}`, code: 'invalid-argument' } };
  try {
    const fn = api[key as ApiKey] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await fn(...callArgs) };
  } catch (e) {
    const err = e as Error & { code?: string };
    return { ok: false, error: { message: err.message || String(e), code: typeof err.code === 'string' ? err.code : 'error' } };
  }
}
