// The open report. Edits change the page at once (so the rules run on the new
// values), then go to the archive one by one in order; a failed save keeps the
// value in the page, shows the Chinese error and retries. Nothing is lost.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { CellAddress } from '../../../report/format';
import { getCell, setCellInPlace, type Cell, type Explanation, type Report } from '../../../report/report';
import type { OpenedReport, ReportSummary, Revision, TextField } from '../../../electron/archive/types';
import { api, codeOf, messageOf } from '../api';
import { useUndo, type Change } from './undo';

// each save carries its report's id: the user may open another report while saves are still queued
type SaveOp = { rid: number } & (
  | { kind: 'cell'; address: CellAddress; value: Cell }
  | { kind: 'text'; field: TextField; text: string }
  | { kind: 'explain'; explanation: Explanation }
  | { kind: 'unexplain'; explanation: Omit<Explanation, 'text'> }
);
type NewOp = SaveOp extends infer T ? (T extends SaveOp ? Omit<T, 'rid'> : never) : never;

const RETRY_MS = 3000;
/** typing is saved after this pause (and at once on leaving the field, the page or the window) */
export const TEXT_SAVE_DELAY_MS = 600;

export function textOf(r: Report, field: TextField): string {
  if (field === 'overview' || field === 'problems' || field === 'other') return r.parts[field];
  return r[field] ?? '';
}

function withText(r: Report, field: TextField, text: string): Report {
  if (field === 'overview' || field === 'problems' || field === 'other') return { ...r, parts: { ...r.parts, [field]: text } };
  return { ...r, [field]: text };
}

/** what a save changes, so a later save of the same thing answers an earlier refusal */
function targetOf(op: SaveOp): string {
  if (op.kind === 'cell') return JSON.stringify([op.rid, op.address.table, op.address.row, op.address.col ?? null]);
  if (op.kind === 'text') return JSON.stringify([op.rid, op.field]);
  const e = op.explanation;
  return JSON.stringify([op.rid, 'explanation', e.rule, e.table ?? null, e.row ?? null, e.col ?? null, e.part ?? null]);
}

function sameExplained(a: Omit<Explanation, 'text'>, b: Omit<Explanation, 'text'>): boolean {
  return a.rule === b.rule && a.table === b.table && a.row === b.row && a.col === b.col && a.part === b.part;
}

export const useReportStore = defineStore('report', () => {
  const id = ref<number | null>(null);
  const summary = ref<ReportSummary | null>(null);
  // replaced (never mutated) on each edit, so every reader sees one consistent report
  const report = shallowRef<Report | null>(null);
  const previous = shallowRef<Report | null>(null);
  const inForceHint = ref<OpenedReport['inForceHint']>(null);
  const loading = ref(false);
  const loadError = ref<string | null>(null);

  const queue: SaveOp[] = [];
  const inFlight = ref(false);
  const pendingCount = ref(0);
  const saveError = ref<string | null>(null);
  // edits the archive refused (never retried), by what they changed: the page still shows them, so
  // 未保存 stays until that cell/field saves or the report is read again (a later save elsewhere is no answer)
  const refused = new Map<string, string>();
  let failing: string | null = null;
  const announce = () => (saveError.value = failing ?? [...refused.values()].pop() ?? null);
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  // typed text waiting for a pause before it is queued: one save per pause, not per key
  const typed = new Map<TextField, { rid: number; text: string; timer: ReturnType<typeof setTimeout> }>();
  const typedCount = ref(0);
  /** per text field: 'pending' while typed text is not yet stored, 'saved' once it is */
  const textState = ref<Partial<Record<TextField, 'pending' | 'saved'>>>({});

  const undo = useUndo();
  const readonly = computed(() => summary.value?.status === 'final');

  /** 已保存 / 保存中… / 未保存 (error) */
  const saveState = computed<'saved' | 'saving' | 'error'>(() =>
    saveError.value ? 'error' : inFlight.value || pendingCount.value > 0 || typedCount.value > 0 ? 'saving' : 'saved',
  );

  /** queue every typed text now, without waiting for the pause */
  function flushTyped(): void {
    for (const [field, t] of [...typed]) {
      clearTimeout(t.timer);
      typed.delete(field);
      enqueue({ kind: 'text', field, text: t.text }, t.rid);
    }
    typedCount.value = 0;
  }

  /** save everything now; resolves once stored (or a save failed and waits for its retry) */
  async function flush(): Promise<void> {
    flushTyped();
    await settled();
  }

  function scheduleText(field: TextField, text: string): void {
    if (id.value === null) return;
    const old = typed.get(field);
    if (old) clearTimeout(old.timer);
    const rid = old?.rid ?? id.value;
    const timer = setTimeout(() => {
      typed.delete(field);
      typedCount.value = typed.size;
      enqueue({ kind: 'text', field, text }, rid);
    }, TEXT_SAVE_DELAY_MS);
    typed.set(field, { rid, text, timer });
    typedCount.value = typed.size;
    textState.value = { ...textState.value, [field]: 'pending' };
  }

  /** resolves when every queued save has landed (or one failed and waits for its retry) */
  async function settled(): Promise<void> {
    // a retry in flight is awaited even while the last error still shows: its outcome decides
    while (inFlight.value || (queue.length && !saveError.value)) await new Promise((r) => setTimeout(r, 20));
  }

  async function open(reportId: number): Promise<void> {
    flushTyped();
    if (id.value === reportId && report.value) {
      // saves still failing: the page holds the only up-to-date copy, keep it
      if (saveError.value) return;
      await settled();
    }
    loading.value = true;
    loadError.value = null;
    try {
      const o = await api().openReport(reportId);
      id.value = reportId;
      summary.value = o.summary;
      report.value = withPending(o.report, reportId);
      previous.value = o.previous;
      inForceHint.value = o.inForceHint;
      // the page now shows the archive's copy: refused edits are no longer on it
      refused.clear();
      announce();
      textState.value = {};
      undo.clear();
    } catch (e) {
      loadError.value = messageOf(e);
    } finally {
      loading.value = false;
    }
  }

  /**
   * The archive's copy plus this report's saves still queued (or failing): they land
   * after this read, so the page must show them, or the next edit would build on older text.
   */
  function withPending(r: Report, rid: number): Report {
    const waiting = [...typed].filter(([, t]) => t.rid === rid).map(([field, t]): SaveOp => ({ kind: 'text', field, text: t.text, rid }));
    const mine = [...queue.filter((q) => q.rid === rid), ...waiting];
    if (!mine.length) return r;
    let next: Report = structuredClone(r);
    for (const op of mine) {
      if (op.kind === 'cell') setCellInPlace(next, op.address, op.value);
      else if (op.kind === 'text') next = withText(next, op.field, op.text);
      else if (op.kind === 'explain') next.explanations = [...(next.explanations ?? []).filter((x) => !sameExplained(x, op.explanation)), op.explanation];
      else next.explanations = (next.explanations ?? []).filter((x) => !sameExplained(x, op.explanation));
    }
    if (next.explanations?.length === 0) delete next.explanations;
    return next;
  }

  function enqueue(newOp: NewOp, rid: number | null = id.value): void {
    if (rid === null) return;
    const op = { ...newOp, rid } as SaveOp;
    // a newer text for the same field replaces the waiting one (never the one in flight): one save per pause in typing
    if (op.kind === 'text') {
      const i = queue.findIndex((q, n) => q.kind === 'text' && q.field === op.field && q.rid === op.rid && (n > 0 || !inFlight.value));
      if (i >= 0) queue.splice(i, 1);
    }
    queue.push(op);
    pendingCount.value = queue.length;
    void drain();
  }

  async function send(op: SaveOp): Promise<ReportSummary> {
    const rid = op.rid;
    switch (op.kind) {
      case 'cell':
        return api().setCell(rid, op.address, op.value);
      case 'text':
        return api().setText(rid, op.field, op.text);
      case 'explain':
        return api().setExplanation(rid, op.explanation);
      case 'unexplain':
        return api().removeExplanation(rid, op.explanation);
    }
  }

  async function drain(): Promise<void> {
    if (inFlight.value) return;
    inFlight.value = true;
    try {
      while (queue.length) {
        const op = queue[0];
        try {
          const s = await send(op);
          if (s.id === id.value) summary.value = s;
          queue.shift();
          if (op.kind === 'text' && op.rid === id.value && !typed.has(op.field) && !queue.some((q) => q.kind === 'text' && q.field === op.field))
            textState.value = { ...textState.value, [op.field]: 'saved' };
          pendingCount.value = queue.length;
          refused.delete(targetOf(op));
          failing = null;
          announce();
        } catch (e) {
          const code = codeOf(e);
          const msg = messageOf(e);
          // (the code may not survive Electron's contextBridge, hence the wording as a fallback)
          if (code === 'finalised' || code === 'invalid-argument' || /已定稿|参数不正确/.test(msg)) {
            // will never succeed: drop it and say why, the page value is shown as not saved
            queue.shift();
            pendingCount.value = queue.length;
            refused.set(targetOf(op), `${msg}（此项修改未保存）`);
            announce();
            continue;
          }
          failing = `保存失败：${msg}。修改仍保留在页面上，程序将自动重试。`;
          announce();
          scheduleRetry();
          return;
        }
      }
    } finally {
      inFlight.value = false;
    }
  }

  function scheduleRetry(): void {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void drain();
    }, RETRY_MS);
  }

  function retryNow(): void {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    void drain();
  }

  /** apply changes to the page and queue their saves; not recorded for undo */
  function apply(changes: Change[]): void {
    if (!report.value) return;
    let next: Report = structuredClone(report.value);
    for (const c of changes) {
      if (c.kind === 'cell') setCellInPlace(next, c.address, c.after);
      else next = withText(next, c.field, c.after);
    }
    report.value = next;
    for (const c of changes) {
      if (c.kind === 'cell') enqueue({ kind: 'cell', address: c.address, value: c.after });
      else scheduleText(c.field, c.after);
    }
  }

  /** one user action on the grid (a typed value, a delete, a paste): one undo step */
  function editCells(edits: { address: CellAddress; value: Cell }[]): void {
    if (!report.value || readonly.value) return;
    const changes: Change[] = [];
    for (const e of edits) {
      const before = getCell(report.value, e.address);
      if (before === undefined || before === e.value) continue;
      changes.push({ kind: 'cell', address: e.address, before, after: e.value });
    }
    if (!changes.length) return;
    undo.record(changes);
    apply(changes);
  }

  /** typing in a text field; consecutive typing in one field merges into one undo step */
  function editText(field: TextField, text: string): void {
    if (!report.value || readonly.value) return;
    const before = textOf(report.value, field);
    if (before === text) return;
    undo.recordText(field, before, text);
    apply([{ kind: 'text', field, before, after: text }]);
  }

  function undoStep(): boolean {
    const step = undo.undo();
    if (!step || readonly.value) return false;
    apply(step.map((c) => ({ ...c, before: c.after, after: c.before }) as Change).reverse());
    return true;
  }

  function redoStep(): boolean {
    const step = undo.redo();
    if (!step || readonly.value) return false;
    apply(step);
    return true;
  }

  function explain(e: Explanation): void {
    if (!report.value) return;
    const list = (report.value.explanations ?? []).filter((x) => !sameExplained(x, e));
    report.value = { ...report.value, explanations: [...list, e] };
    enqueue({ kind: 'explain', explanation: e });
  }

  function unexplain(e: Omit<Explanation, 'text'>): void {
    if (!report.value) return;
    const { rule, table, row, col, part } = e;
    const key = { rule, table, row, col, part };
    report.value = { ...report.value, explanations: (report.value.explanations ?? []).filter((x) => !sameExplained(x, key)) };
    enqueue({ kind: 'unexplain', explanation: key });
  }

  /** reload from the archive after a change made there (定稿, 恢复版本) */
  async function reload(): Promise<void> {
    if (id.value === null) return;
    // the id stays set: an edit made while the archive answers must still be queued for this report
    await open(id.value);
  }

  /** save everything, or refuse: an action on the archive's copy must not race the page's unsaved edits */
  async function flushOrRefuse(action: string): Promise<void> {
    await flush();
    if (saveError.value) throw new Error(`还有修改没有保存到档案中，保存成功后才能${action}。请点“重试”。`);
  }

  async function finalise(): Promise<void> {
    await flushOrRefuse('定稿'); // it would finalise the older text the archive holds
    summary.value = await api().finalise(id.value!);
  }
  async function reopen(reason: string): Promise<void> {
    await flush();
    summary.value = await api().reopen(id.value!, reason);
  }
  async function listRevisions(): Promise<Revision[]> {
    return api().listRevisions(id.value!);
  }
  async function restoreRevision(revisionId: number): Promise<void> {
    // a queued or failing save would land on top of the restored version
    await flushOrRefuse('恢复历史版本');
    await api().restoreRevision(revisionId);
    await reload();
  }

  return {
    id, summary, report, previous, inForceHint, loading, loadError, readonly,
    saveState, saveError, pendingCount, textState,
    canUndo: undo.canUndo, canRedo: undo.canRedo,
    open, editCells, editText, undo: undoStep, redo: redoStep, explain, unexplain,
    retryNow, flush, reload, finalise, reopen, listRevisions, restoreRevision,
  };
});
