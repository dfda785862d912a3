// The 政务公开办's year: the structure, 收集, the board, 审核意见 and the compiled
// report of one government and year. Actions are the only callers of window.api here.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { CellAddress } from '../../../report/format';
import { api, messageOf } from '../api';
import { useJobsStore } from './jobs';

type A = ReturnType<typeof api>;
export type Government = Awaited<ReturnType<A['officeGovernments']>>[number];
export type OrgUnit = Government['units'][number];
export type UnitKind = OrgUnit['kind'];
export type Board = Awaited<ReturnType<A['officeBoard']>>;
export type BoardRow = Board['rows'][number];
export type CollectLine = NonNullable<Awaited<ReturnType<A['officeCollect']>>>['lines'][number];
export type Compilation = Awaited<ReturnType<A['officeCompile']>>;
export type Provenance = Awaited<ReturnType<A['officeProvenance']>>;
export type Comment = Awaited<ReturnType<A['officeComments']>>[number];

export const KIND_LABELS: Record<UnitKind, string> = { office: '本级办公室', department: '部门', township: '乡镇街道', government: '下级政府' };
export const STATUS_LABELS: Record<string, string> = { draft: '草稿', final: '定稿', published: '已发布' };

export const useOfficeStore = defineStore('office', () => {
  const governments = ref<Government[]>([]);
  const governmentId = ref<number | null>(null);
  // the year being collected: reports of last year are due by the next January
  const year = ref(new Date().getFullYear() - 1);
  const board = ref<Board | null>(null);
  const lines = ref<CollectLine[]>([]);
  const compilation = ref<Compilation | null>(null);
  const error = ref<string | null>(null);
  const busy = ref(false);

  const government = computed(() => governments.value.find((g) => g.id === governmentId.value) ?? null);

  async function run<T>(fn: () => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    try {
      const v = await fn();
      error.value = null;
      return v;
    } catch (e) {
      error.value = messageOf(e);
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  async function load(): Promise<void> {
    await run(async () => {
      governments.value = await api().officeGovernments();
      if (governmentId.value === null || !government.value) governmentId.value = governments.value[0]?.id ?? null;
    });
  }
  async function reloadGovernments() {
    governments.value = await api().officeGovernments();
  }
  async function saveGovernment(name: string) {
    return run(async () => {
      const g = await api().officeSaveGovernment(name);
      await reloadGovernments();
      governmentId.value = g.id;
      return g;
    });
  }
  const withGov = <T>(fn: (gid: number) => Promise<T>) =>
    run(async () => {
      if (governmentId.value === null) throw new Error('请先填写本级政府的名称');
      const v = await fn(governmentId.value);
      await reloadGovernments();
      return v;
    });

  const addUnit = (name: string, kind: UnitKind) => withGov((g) => api().officeAddUnit(g, { name, kind }));
  const pasteUnits = (text: string, kind: UnitKind) => withGov((g) => api().officePasteUnits(g, text, kind));
  const renameUnit = (id: number, name: string) => withGov(() => api().officeRenameUnit(id, name));
  const updateUnit = (id: number, patch: { kind?: UnitKind; ownTotal?: boolean; aliases?: string[] }) => withGov(() => api().officeUpdateUnit(id, patch));
  const reorder = (ids: number[]) => withGov((g) => api().officeReorderUnits(g, ids));
  const retire = (id: number, fromYear: number, mergedInto: number | null) => withGov(() => api().officeRetireUnit(id, { fromYear, mergedInto }));
  const restoreUnit = (id: number) => withGov(() => api().officeRestoreUnit(id));
  const setDeadline = (date: string | null) => withGov((g) => api().officeSetDeadline(g, year.value, date));

  async function loadBoard(): Promise<void> {
    if (governmentId.value === null) return;
    await run(async () => {
      board.value = await api().officeBoard(governmentId.value!, year.value);
    });
  }

  /** 收集: the chosen files or folder, read in the job process (progress and 取消 over the page). */
  async function collect(from: 'files' | 'folder'): Promise<boolean> {
    const jobs = useJobsStore();
    const r = await run(() => jobs.track(api().officeCollect(governmentId.value!, year.value, from)));
    if (!r) return false;
    lines.value = r.lines;
    await loadBoard();
    return true;
  }
  async function resolve(line: CollectLine, unitId: number): Promise<void> {
    const done = await run(() => api().officeResolve(line.pending!, unitId));
    if (done) lines.value = lines.value.map((l) => (l === line ? done : l));
    await loadBoard();
  }

  async function compile(exclude: number[]): Promise<void> {
    const c = await run(() => api().officeCompile(governmentId.value!, year.value, { exclude }));
    if (c) compilation.value = c;
    await loadBoard();
  }
  async function loadCompilation(): Promise<void> {
    const id = board.value?.compiledReportId;
    compilation.value = id ? ((await run(() => api().officeCompilation(id))) ?? null) : null;
  }
  async function refreshCompiled(keys?: string[]): Promise<void> {
    if (!compilation.value) return;
    const c = await run(() => api().officeRefresh(compilation.value!.report.id, keys));
    if (c) compilation.value = c;
  }
  const provenance = (address: CellAddress) => api().officeProvenance(compilation.value!.report.id, address);
  const rollupFindings = ref<Awaited<ReturnType<A['officeRollupFindings']>>>([]);
  async function loadRollupFindings(): Promise<void> {
    if (governmentId.value === null) return;
    rollupFindings.value = (await run(() => api().officeRollupFindings(governmentId.value!, year.value))) ?? [];
  }
  const exportOffice = (what: 'review-docx' | 'figures-xlsx') => run(() => api().officeExport(governmentId.value!, year.value, what));

  // 审核意见 (both sides)
  const comments = ref<Comment[]>([]);
  async function loadComments(reportId: number): Promise<void> {
    comments.value = (await run(() => api().officeComments(reportId))) ?? [];
  }
  async function addComment(reportId: number, c: { place: Comment['place']; text: string; author: string }): Promise<boolean> {
    const r = await run(() => api().officeAddComment(reportId, c));
    if (r) comments.value = r;
    return !!r;
  }
  async function reply(id: number, text: string | null): Promise<void> {
    const r = await run(() => api().officeReplyComment(id, text));
    if (r) comments.value = r;
  }
  async function removeComment(reportId: number, id: number): Promise<void> {
    await run(() => api().officeRemoveComment(id));
    await loadComments(reportId);
  }
  /** a unit's report as received, and its findings (read-only on the board) */
  const findingsOf = (reportId: number) => run(() => api().validate(reportId, {}));
  const openReport = (reportId: number) => run(() => api().openReport(reportId));
  const exportComments = (reportId: number, format: 'exchange' | 'docx') => run(() => api().officeExportComments(reportId, format));
  const importComments = () => run(() => api().officeImportComments());

  return {
    governments, governmentId, government, year, board, lines, compilation, error, busy, comments,
    load, saveGovernment, addUnit, pasteUnits, renameUnit, updateUnit, reorder, retire, restoreUnit, setDeadline,
    loadBoard, collect, resolve, compile, loadCompilation, rollupFindings, loadRollupFindings, refreshCompiled, provenance, exportOffice,
    loadComments, addComment, reply, removeComment, exportComments, importComments, findingsOf, openReport,
  };
});
