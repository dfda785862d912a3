// The open report: edits change the page at once (so the rules run on the new
// values), then go to the archive one by one through the save queue; undo and
// actions on the archive's copy (定稿, 恢复版本, 导入替换) wait for the queue.
// Framework-free: the api is injected and the state is a plain object, which the
// Pinia store makes reactive (stores/report.ts).
import { placeOf, textOf, withText, type Place, type TextField } from '../../report/fields';
import type { CellAddress } from '../../report/format';
import { getCell, type Cell, type Explanation, type Report } from '../../report/report';
import type { OpenedReport, ReportSummary, Revision } from '../../electron/archive/types';
import { messageOf } from './messages';
import { blankSaveState, createSaveQueue, withExplanation, type SaveCalls, type SaveState } from './saveQueue';
import { blankUndoState, createUndo, type Change, type UndoState } from './undo';
import { withCells } from './withCells';

/** The api calls the open report needs, as window.api has them. */
export interface SessionCalls extends SaveCalls {
  openReport(reportId: number): Promise<OpenedReport>;
  finalise(reportId: number, options?: { acceptedWarnings: string[] }): Promise<ReportSummary>;
  reopen(reportId: number, reason: string): Promise<ReportSummary>;
  setPublication(reportId: number, publication: { date: string | null; url: string | null }): Promise<ReportSummary>;
  listRevisions(reportId: number): Promise<Revision[]>;
  restoreRevision(revisionId: number): Promise<unknown>;
}

export interface SessionState extends SaveState, UndoState {
  id: number | null;
  summary: ReportSummary | null;
  // replaced (never mutated) on each edit, so every reader sees one consistent report
  report: Report | null;
  previous: Report | null;
  inForceHint: OpenedReport['inForceHint'];
  loading: boolean;
  loadError: string | null;
}

export const blankSessionState = (): SessionState => ({
  id: null,
  summary: null,
  report: null,
  previous: null,
  inForceHint: null,
  loading: false,
  loadError: null,
  ...blankSaveState(),
  ...blankUndoState(),
});

/** 已保存 / 保存中… / 未保存 (error) */
export function saveStateOf(s: SaveState): 'saved' | 'saving' | 'error' {
  return s.saveError ? 'error' : s.inFlight || s.pendingCount > 0 || s.typedCount > 0 ? 'saving' : 'saved';
}

export type ReportSession = ReturnType<typeof createReportSession>;

export function createReportSession(calls: () => SessionCalls, state: SessionState = blankSessionState()) {
  const queue = createSaveQueue({
    calls,
    state,
    shownId: () => state.id,
    onSaved: (s) => (state.summary = s),
  });
  const undo = createUndo(state);
  const readonly = () => state.summary?.status === 'final';

  async function open(reportId: number): Promise<void> {
    queue.flushTyped();
    if (state.id === reportId && state.report) {
      // saves still failing: the page holds the only up-to-date copy, keep it
      if (state.saveError) return;
      await queue.settled();
    }
    state.loading = true;
    state.loadError = null;
    try {
      const o = await calls().openReport(reportId);
      state.id = reportId;
      state.summary = o.summary;
      state.report = queue.withPending(o.report, reportId);
      state.previous = o.previous;
      state.inForceHint = o.inForceHint;
      queue.forgetRefused();
      undo.clear();
    } catch (e) {
      state.loadError = messageOf(e);
    } finally {
      state.loading = false;
    }
  }

  /** apply changes to the page and queue their saves; not recorded for undo */
  function apply(changes: Change[]): void {
    if (!state.report) return;
    // copy on write (withCells): the parts and untouched tables stay the same objects for the rules' memos and the grids
    const cells = changes.flatMap((c) => (c.kind === 'cell' ? [{ address: c.address, value: c.after }] : []));
    let next: Report = withCells(state.report, cells);
    for (const c of changes) if (c.kind === 'text') next = withText(next, c.field, c.after);
    state.report = next;
    for (const c of changes) {
      if (c.kind === 'cell') queue.enqueue({ kind: 'cell', address: c.address, value: c.after });
      else queue.typeText(c.field, c.after);
    }
  }

  /** one user action on the grid (a typed value, a delete, a paste): one undo step */
  function editCells(edits: { address: CellAddress; value: Cell }[]): void {
    if (!state.report || readonly()) return;
    const changes: Change[] = [];
    for (const e of edits) {
      const before = getCell(state.report, e.address);
      if (before === undefined || before === e.value) continue;
      changes.push({ kind: 'cell', address: e.address, before, after: e.value });
    }
    if (!changes.length) return;
    undo.record(changes);
    apply(changes);
  }

  /** typing in a text field; consecutive typing in one field merges into one undo step */
  function editText(field: TextField, text: string): void {
    if (!state.report || readonly()) return;
    const before = textOf(state.report, field);
    if (before === text) return;
    undo.recordText(field, before, text);
    apply([{ kind: 'text', field, before, after: text }]);
  }

  function undoStep(): boolean {
    const step = undo.undo();
    if (!step || readonly()) return false;
    apply(step.map((c) => ({ ...c, before: c.after, after: c.before }) as Change).reverse());
    return true;
  }

  function redoStep(): boolean {
    const step = undo.redo();
    if (!step || readonly()) return false;
    apply(step);
    return true;
  }

  function explain(e: Explanation): void {
    if (!state.report) return;
    state.report = { ...state.report, explanations: withExplanation(state.report.explanations, e, e) };
    queue.enqueue({ kind: 'explain', explanation: e });
  }

  function unexplain(place: Place): void {
    if (!state.report) return;
    const key = placeOf(place);
    state.report = { ...state.report, explanations: withExplanation(state.report.explanations, key) };
    queue.enqueue({ kind: 'unexplain', explanation: key });
  }

  /** reload from the archive after a change made there (定稿, 恢复版本) */
  async function reload(): Promise<void> {
    if (state.id === null) return;
    // the id stays set: an edit made while the archive answers must still be queued for this report
    await open(state.id);
  }

  /** save everything, or refuse: an action on the archive's copy must not race the page's unsaved edits */
  async function flushOrRefuse(action: string): Promise<void> {
    await queue.flush();
    if (state.saveError) throw new Error(`还有修改没有保存到档案中，保存成功后才能${action}。请点“重试”。`);
  }

  /** before an import: the open report's queued edits land first (so 导入前 keeps them), never on top of the import */
  async function beforeImport(report: Report): Promise<void> {
    await queue.flush();
    const o = state.summary;
    if (state.saveError && o && o.agencyName === report.unit.trim() && o.year === report.year) {
      throw new Error('这份报告还有修改没有保存到档案中，保存成功后才能导入替换。请点“重试”。');
    }
  }

  /** `acceptedWarnings`: the warnings left without a 审核说明 the user accepted (recorded with the 定稿) */
  async function finalise(acceptedWarnings: string[] = []): Promise<void> {
    await flushOrRefuse('定稿'); // it would finalise the older text the archive holds
    state.summary = await calls().finalise(state.id!, { acceptedWarnings });
  }
  async function reopen(reason: string): Promise<void> {
    await queue.flush();
    state.summary = await calls().reopen(state.id!, reason);
  }
  /** 发布信息 of an 已发布 report: metadata, changed also while the report is read-only */
  async function setPublication(p: { date: string | null; url: string | null }): Promise<void> {
    state.summary = await calls().setPublication(state.id!, p);
  }
  async function listRevisions(): Promise<Revision[]> {
    return calls().listRevisions(state.id!);
  }
  async function restoreRevision(revisionId: number): Promise<void> {
    // a queued or failing save would land on top of the restored version
    await flushOrRefuse('恢复历史版本');
    await calls().restoreRevision(revisionId);
    await reload();
  }

  return {
    state,
    readonly,
    saveState: () => saveStateOf(state),
    canUndo: undo.canUndo,
    canRedo: undo.canRedo,
    open,
    editCells,
    editText,
    undo: undoStep,
    redo: redoStep,
    explain,
    unexplain,
    retryNow: queue.retryNow,
    flush: queue.flush,
    reload,
    beforeImport,
    finalise,
    reopen,
    setPublication,
    listRevisions,
    restoreRevision,
  };
}
