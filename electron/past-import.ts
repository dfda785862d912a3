// 导入往年报告 (issue 15 §11): several files, or a folder, of past years read at
// once through the same batch path as 收集 (readFilesInJob: one job process,
// with its progress and 取消). Each file goes to the agency and year it names;
// one that would replace a report already in the archive is not imported but
// waits for the clerk's consent (importPastReplace, the old one kept in history).
import path from 'node:path';
import type { Archive } from './archive/types';
import { ArchiveError } from './archive/types';
import type { ApiFunctions, Result } from './contract';
import type { CollectedFile } from './jobs/collect-task';
import type { JobRunner } from './jobs/runner';
import { readFilesInJob } from './jobs/read-files';
import { chooseInputFiles } from './choose-files';
import type { Dialogs } from './api';

const EXTENSIONS = ['docx', 'doc', 'wps', 'pdf', 'html', 'htm', 'txt', 'json'];
const MAX_FILES = 1000;

export interface PastImportContext {
  archive(): Archive;
  dialogs: Dialogs;
  jobs: JobRunner;
}

type Line = NonNullable<Result<'importPastFiles'>>['lines'][number];
type Keys = 'importPastFiles' | 'importPastReplace';

export function createPastImportApi(ctx: PastImportContext): Pick<ApiFunctions, Keys> {
  // files read that would replace a report: kept for this session until the clerk decides
  const waiting = new Map<string, CollectedFile & { ok: true }>();
  let next = 1;

  const choose = (from: 'files' | 'folder') =>
    chooseInputFiles(
      ctx.dialogs,
      { folderTitle: '选择存放往年报告的文件夹', filesTitle: '选择往年报告（可多选）', oneTitle: '选择往年报告', filterName: '往年报告（.docx / .doc / .pdf / 网页 / .txt / .json）', extensions: EXTENSIONS },
      from,
    );

  /** Store one file read; a report already there waits for consent. */
  function store(f: CollectedFile): Line {
    if (!f.ok) return { fileName: f.fileName, outcome: 'failed', message: f.message };
    const { report } = f;
    const notes = f.problems.length;
    if (!report.unit.trim()) return { fileName: f.fileName, outcome: 'failed', year: report.year, message: '没有读出机关名称，请用“导入文件”单独导入并填写' };
    const at = { agency: report.unit.trim(), year: report.year };
    try {
      const s = ctx.archive().importReport(report, { replace: false, published: { date: null, url: null } });
      return { fileName: f.fileName, outcome: 'imported', ...at, reportId: s.id, notes };
    } catch (e) {
      if (e instanceof ArchiveError && e.code === 'conflict') {
        const key = `r${next++}`;
        waiting.set(key, f);
        return { fileName: f.fileName, outcome: 'exists', ...at, pending: key, notes, message: '档案中已有这一年的报告，未替换' };
      }
      return { fileName: f.fileName, outcome: 'failed', ...at, message: (e as Error).message };
    }
  }

  return {
    async importPastFiles(from) {
      const files = await choose(from);
      if (!files || !files.length) return null;
      if (files.length > MAX_FILES) throw new ArchiveError(`一次最多导入 ${MAX_FILES} 个文件，所选有 ${files.length} 个`, 'invalid-argument');
      const lines: Line[] = [];
      const cancelled = await readFilesInJob(ctx.jobs, files, '正在导入往年报告', (f) => lines.push(store(f)));
      const read = new Set(lines.map((l) => l.fileName));
      for (const f of files) if (!read.has(path.basename(f))) lines.push({ fileName: path.basename(f), outcome: 'failed', message: '已取消，未导入' });
      return { lines, cancelled };
    },
    /** 替换: the clerk consents; the archive keeps the replaced version in its history */
    async importPastReplace(keys) {
      return keys.map((key): Line => {
        const f = waiting.get(key);
        if (!f) return { fileName: key, outcome: 'failed', message: '该文件已处理或已过期，请重新导入' };
        waiting.delete(key);
        const at = { agency: f.report.unit.trim(), year: f.report.year };
        try {
          // a published (已发布) report is read-only: the consent to replace it reopens it, recorded with its reason
          const old = ctx.archive().listReports().find((r) => r.agencyName === at.agency && r.year === at.year);
          if (old?.status === 'final') ctx.archive().reopen(old.id, `导入往年报告时用“${f.fileName}”替换`);
          const s = ctx.archive().importReport(f.report, { replace: true, published: { date: null, url: null } });
          return { fileName: f.fileName, outcome: 'replaced', ...at, reportId: s.id, notes: f.problems.length };
        } catch (e) {
          return { fileName: f.fileName, outcome: 'failed', ...at, message: (e as Error).message };
        }
      });
    },
  };
}
