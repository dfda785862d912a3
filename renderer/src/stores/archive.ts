// The archive at a glance: agencies, report summaries, the trash, search,
// import and export. Actions are the only callers of window.api here.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Level } from '../../../report/format';
import type { Report } from '../../../report/report';
import type { ExportFormat } from '../../../report/export/formats';
import type { Agency, ReportSummary, SearchHit } from '../../../electron/archive/types';
import type { Settings } from '../../../electron/contract';
import { api, messageOf } from '../api';
import { useJobsStore } from './jobs';
import { useReportStore } from './report';

export type ImportPreview = NonNullable<Awaited<ReturnType<ReturnType<typeof api>['importFile']>>>;

export const useArchiveStore = defineStore('archive', () => {
  const agencies = ref<Agency[]>([]);
  const reports = ref<ReportSummary[]>([]);
  const trash = ref<ReportSummary[]>([]);
  const hits = ref<SearchHit[]>([]);
  const loaded = ref(false);
  const loadError = ref<string | null>(null);

  async function refresh(): Promise<void> {
    try {
      const [a, all] = await Promise.all([api().listAgencies(), api().listReports({ includeDeleted: true })]);
      agencies.value = a;
      reports.value = all.filter((r) => !r.deletedAt);
      trash.value = all.filter((r) => r.deletedAt);
      loadError.value = null;
    } catch (e) {
      loadError.value = `无法读取报告列表：${messageOf(e)}`;
    } finally {
      loaded.value = true;
    }
  }

  /** each agency with its reports, newest year first */
  const byAgency = computed(() =>
    agencies.value.map((a) => ({
      agency: a,
      reports: reports.value.filter((r) => r.agencyId === a.id).sort((x, y) => y.year - x.year),
    })),
  );

  async function saveAgency(input: { id?: number; name: string; level: Level }): Promise<Agency> {
    const a = await api().saveAgency(input);
    await refresh();
    return a;
  }

  async function createReport(agencyId: number, year: number, from: 'blank' | 'previous'): Promise<ReportSummary> {
    const s = await api().createReport({ agencyId, year, from });
    await refresh();
    return s;
  }

  async function deleteReport(id: number): Promise<void> {
    await api().deleteReport(id);
    await refresh();
  }

  async function restoreReport(id: number): Promise<void> {
    await api().restoreReport(id);
    await refresh();
  }

  async function search(q: string): Promise<void> {
    hits.value = q.trim() ? await api().search(q.trim()) : [];
  }

  // reading and writing files runs in the main process's job process: progress and 取消 while it lasts
  const jobs = useJobsStore();
  async function importFile(): Promise<ImportPreview | null> {
    return jobs.track(api().importFile());
  }
  async function importText(text: string): Promise<ImportPreview> {
    return jobs.track(api().importText(text));
  }
  /** `published`: a published copy of a past year, stored as 已发布 (read-only until reopened) */
  async function commitImport(report: Report, replace: boolean, published?: { date: string | null; url: string | null }): Promise<ReportSummary> {
    // the open report's queued edits land first (so 导入前 keeps them), never on top of the import
    await useReportStore().beforeImport(report);
    const s = await api().commitImport({ report, replace, ...(published ? { published } : {}) });
    await refresh();
    return s;
  }

  /** 导入往年报告: several files or a folder, one line per file; nothing replaced without importPastReplace */
  async function importPastFiles(from: 'files' | 'folder') {
    const r = await jobs.track(api().importPastFiles(from));
    await refresh();
    return r;
  }
  async function importPastReplace(keys: string[]) {
    const lines = await api().importPastReplace(keys);
    await refresh();
    return lines;
  }

  async function exportReport(id: number, format: ExportFormat, fonts?: Settings['fonts'], tidy?: boolean): Promise<{ file: string } | null> {
    return jobs.track(api().exportReport(id, { format, fonts, ...(tidy ? { tidy } : {}) }));
  }
  async function showInFolder(file: string): Promise<void> {
    await api().showInFolder(file);
  }
  /** 导出 PDF and 打印: the pages 预览 shows (not a job: the page shows its own progress) */
  async function exportPdf(id: number): Promise<{ file: string } | null> {
    return api().exportPdf(id);
  }
  async function printReport(id: number): Promise<boolean> {
    return api().printReport(id);
  }
  /** 打开文档: an exported file in Word/WPS or the PDF reader */
  async function openDocument(file: string): Promise<void> {
    await api().openDocument(file);
  }

  /** every report of one agency, oldest first, for 历年对比 */
  async function reportsOfAgency(agencyId: number): Promise<Report[]> {
    const list = reports.value.filter((r) => r.agencyId === agencyId).sort((x, y) => x.year - y.year);
    const opened = await Promise.all(list.map((r) => api().openReport(r.id)));
    return opened.map((o) => o.report);
  }

  return {
    agencies, reports, trash, hits, loaded, loadError, byAgency,
    refresh, saveAgency, createReport, deleteReport, restoreReport, search,
    importFile, importText, commitImport, importPastFiles, importPastReplace, exportReport, showInFolder, exportPdf, printReport, openDocument, reportsOfAgency,
  };
});
