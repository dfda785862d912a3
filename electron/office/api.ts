// The office's api functions (issue 11), spread into createApi (electron/api.ts):
// the structure, 收集 through the job process with progress, the board,
// 审核意见 both ways, the compiled report and the office's exports. Paths come
// only from the dialogs, as everywhere in the api.
import path from 'node:path';
import { readExchange, writeExchange } from '../../report/exchange';
import { ReportFormatError } from '../../report/json';
import type { Archive } from '../archive/types';
import { ArchiveError } from '../archive/types';
import type { ApiFunctions, Result } from '../contract';
import type { OfficeKey } from '../contract-office';
import { isArchiveFile } from '../file-identity';
import { MAX_INPUT_BYTES, readInputFile, writeFileAtomic } from '../files';
import type { CollectedFile } from '../jobs/collect-task';
import type { JobRunner } from '../jobs/runner';
import { readFilesInJob } from '../jobs/read-files';
import { commentSheetDocx, reviewSheetDocx } from './docx-sheets';
import { figuresXlsx } from './figures-xlsx';
import type { Office } from './office';
import type { Dialogs } from '../api';
import { chooseInputFiles } from '../choose-files';

/** Files one collect takes at most (a city has a few hundred units). */
export const MAX_COLLECT_FILES = 1000;
const COLLECT_EXTENSIONS = ['json', 'docx', 'txt'];

export interface OfficeApiContext {
  archive(): Archive;
  dialogs: Dialogs;
  jobs: JobRunner;
  version: string;
  /** record a file this api wrote, so the page may show it in its folder */
  shown(file: string): void;
}

/**
 * The archive's office part (SqliteArchive.office). Not on the Archive interface:
 * that interface is read by the page's type-check, which must not see Node code.
 */
export function officeOf(archive: Archive): Office {
  const office = (archive as Archive & { office?: Office }).office;
  if (!office) throw new ArchiveError('此档案不支持汇总功能', 'invalid-argument');
  return office;
}

type CollectLine = NonNullable<Result<'officeCollect'>>['lines'][number];

export function createOfficeApi(ctx: OfficeApiContext): Pick<ApiFunctions, OfficeKey> {
  const office = () => officeOf(ctx.archive());
  // files waiting for the office to choose their unit (kept for this session)
  const pending = new Map<string, { governmentId: number; year: number; file: CollectedFile }>();
  let nextPending = 1;

  async function save(title: string, defaultName: string, ext: string, fileType: string, data: () => Promise<Uint8Array | string>) {
    const file = await ctx.dialogs.saveFile({ title, defaultName, filters: [{ name: fileType, extensions: [ext] }] });
    if (!file) return null;
    if (isArchiveFile(file, ctx.archive())) throw new ArchiveError('不能导出到档案文件或它的备份上，请换一个文件名或位置', 'invalid-argument');
    await writeFileAtomic(file, await data());
    ctx.shown(file);
    return { file };
  }

  const chooseFiles = (from: 'files' | 'folder') =>
    chooseInputFiles(
      ctx.dialogs,
      { folderTitle: '选择存放各单位报告的文件夹', filesTitle: '选择各单位报送的文件', oneTitle: '选择单位报送的文件', filterName: '年度报告（交换文件 .json / .docx / .txt）', extensions: COLLECT_EXTENSIONS },
      from,
    );

  const readAll = (files: string[], onRead: (f: CollectedFile) => void) => readFilesInJob(ctx.jobs, files, '正在收集', onRead);

  const withPending = (governmentId: number, year: number, file: CollectedFile, line: CollectLine): CollectLine => {
    if (line.outcome !== 'ask') return line;
    const key = `p${nextPending++}`;
    pending.set(key, { governmentId, year, file });
    return { ...line, pending: key };
  };

  return {
    async officeGovernments() {
      return office().governments();
    },
    async officeSaveGovernment(name) {
      return office().ensureGovernment(name);
    },
    async officeAddUnit(gid, input) {
      return office().addUnit(gid, input);
    },
    async officePasteUnits(gid, text, kind) {
      return office().pasteUnits(gid, text, kind);
    },
    async officeRenameUnit(uid, name) {
      return office().renameUnit(uid, name);
    },
    async officeUpdateUnit(uid, patch) {
      return office().updateUnit(uid, patch);
    },
    async officeReorderUnits(gid, ids) {
      return office().reorderUnits(gid, ids);
    },
    async officeRetireUnit(uid, r) {
      return office().retireUnit(uid, r.fromYear, r.mergedInto ?? null);
    },
    async officeRestoreUnit(uid) {
      return office().restoreUnit(uid);
    },
    async officeSetDeadline(gid, year, date) {
      return office().setDeadline(gid, year, date);
    },

    /** 收集: choose files or a folder; one result line per file, in the order read. null = cancelled. */
    async officeCollect(gid, year, from) {
      office().government(gid); // an unknown government is said before any dialog
      const files = await chooseFiles(from);
      if (!files) return null;
      if (files.length === 0) throw new ArchiveError('所选文件夹中没有 .json、.docx 或 .txt 文件', 'invalid-argument');
      if (files.length > MAX_COLLECT_FILES) throw new ArchiveError(`一次最多收集 ${MAX_COLLECT_FILES} 个文件，所选有 ${files.length} 个，请分批收集`, 'invalid-argument');
      const lines: CollectLine[] = [];
      const cancelled = await readAll(files, (f) => lines.push(withPending(gid, year, f, office().receive(gid, year, f))));
      if (cancelled) {
        const seen = new Set(lines.map((l) => l.file));
        for (const f of files) {
          const name = path.basename(f);
          if (!seen.has(name)) lines.push({ file: name, outcome: 'refused', message: '未导入：已取消', unitId: null, unitName: null, reportId: null, pending: null, candidates: [] });
        }
      }
      return { lines, cancelled };
    },
    /** The office's choice of unit for a file that waited. */
    async officeResolve(key, unitId) {
      const p = pending.get(key);
      if (!p) throw new ArchiveError('这个文件已处理或已过期，请重新收集', 'not-found');
      const line = office().receive(p.governmentId, p.year, p.file, unitId);
      if (line.outcome !== 'ask') pending.delete(key);
      return { ...line, pending: line.outcome === 'ask' ? key : null };
    },

    async officeBoard(gid, year) {
      return office().board(gid, year);
    },

    async officeComments(rid) {
      return office().listComments(rid);
    },
    async officeAddComment(rid, c) {
      return office().addComment(rid, c);
    },
    async officeReplyComment(cid, text) {
      return office().replyComment(cid, text);
    },
    async officeRemoveComment(cid) {
      office().removeComment(cid);
    },
    /** 导出审核意见: the exchange file for the unit, or the .docx 审核意见单 for paper. null = cancelled. */
    async officeExportComments(rid, format) {
      const comments = office().commentsFor(rid);
      if (!comments.comments.length) throw new ArchiveError('这份报告还没有审核意见', 'invalid-argument');
      const gov = office().governmentOfReport(rid)?.name ?? '';
      const base = `${comments.unit}${comments.year}年度年报审核意见`;
      if (format === 'docx')
        return save('导出审核意见单', `${base}单.docx`, 'docx', 'Word 文档', () => commentSheetDocx({ government: gov, ...comments }));
      const text = writeExchange({ kind: 'comments', comments, from: gov, app: `政府信息公开年报 ${ctx.version}`, createdAt: new Date().toISOString() });
      return save('导出审核意见（交换文件）', `${base}.json`, 'json', '审核意见交换文件', async () => text);
    },
    /** 导入审核意见 (the department's side): the superior's comments file onto its own report. null = cancelled. */
    async officeImportComments() {
      const file = await ctx.dialogs.openFile({ title: '导入上级审核意见', filters: [{ name: '审核意见交换文件（.json）', extensions: ['json'] }] });
      if (!file) return null;
      const bytes = await readInputFile(file);
      if (bytes.length > MAX_INPUT_BYTES) throw new ArchiveError('文件过大，不是审核意见文件', 'invalid-argument');
      let x;
      try {
        x = readExchange(new TextDecoder().decode(bytes));
      } catch (e) {
        if (e instanceof ReportFormatError) throw new ArchiveError(e.message, 'invalid-argument');
        throw e;
      }
      if (x.kind !== 'comments') throw new ArchiveError('这是年度报告文件，不是审核意见文件；报告请用“导入”或“收集”', 'invalid-argument');
      return office().importComments(x.comments);
    },

    async officeCompile(gid, year, o) {
      return office().compile(gid, year, o?.exclude ?? []);
    },
    async officeCompilation(rid) {
      try {
        return office().compilation(rid);
      } catch (e) {
        if (e instanceof ArchiveError && e.code === 'not-found') return null;
        throw e;
      }
    },
    async officeProvenance(rid, address) {
      return office().provenance(rid, address);
    },
    async officeRefresh(rid, keys) {
      return office().refreshCompiled(rid, keys);
    },
    async officeRollupFindings(gid, year) {
      return office().rollupFindings(gid, year);
    },
    /** 审核单 (.docx) of the board, or the units' figures side by side (.xlsx). null = cancelled. */
    async officeExport(gid, year, what) {
      const board = office().board(gid, year);
      if (what === 'review-docx')
        return save('导出审核单', `${board.name}${year}年度年报审核单.docx`, 'docx', 'Word 文档', () =>
          reviewSheetDocx({ government: board.name, year, deadline: board.deadline, rows: board.rows }),
        );
      const { units, compiled } = office().figures(gid, year, office().excludedOf(gid, year));
      return save('导出各单位数据', `${board.name}${year}年度各单位数据.xlsx`, 'xlsx', 'Excel 工作簿', () => figuresXlsx({ government: board.name, year, units, compiled }));
    },
  };
}
