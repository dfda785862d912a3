// The open report's saves, one by one in order: a failed save keeps its value
// in the page, shows the Chinese error and retries; a save the archive refuses
// for good stays announced as not saved. Framework-free: the api calls are
// injected, and the state it keeps is a plain object the store may make reactive.
import type { CellAddress } from '../../report/format';
import { placeKey, samePlace, withText, type Place, type TextField } from '../../report/fields';
import { setCellInPlace, type Cell, type Explanation, type Report } from '../../report/report';
import type { ReportSummary } from '../../electron/archive/types';
import { codeOf, messageOf } from './messages';

/** The api calls that save, as window.api has them (each answers the report's new summary). */
export interface SaveCalls {
  setCell(reportId: number, address: CellAddress, value: Cell): Promise<ReportSummary>;
  setText(reportId: number, field: TextField, text: string): Promise<ReportSummary>;
  setExplanation(reportId: number, explanation: Explanation): Promise<ReportSummary>;
  removeExplanation(reportId: number, place: Place): Promise<ReportSummary>;
}

/** What the page shows of the saves; replaced (never mutated) field by field. */
export interface SaveState {
  inFlight: boolean;
  pendingCount: number;
  typedCount: number;
  /** the Chinese error the page shows, or null */
  saveError: string | null;
  /** per text field: 'pending' while typed text is not yet stored, 'saved' once it is */
  textState: Partial<Record<TextField, 'pending' | 'saved'>>;
}

export const blankSaveState = (): SaveState => ({ inFlight: false, pendingCount: 0, typedCount: 0, saveError: null, textState: {} });

// each save carries its report's id: the user may open another report while saves are still queued
export type SaveOp = { rid: number } & (
  | { kind: 'cell'; address: CellAddress; value: Cell }
  | { kind: 'text'; field: TextField; text: string }
  | { kind: 'explain'; explanation: Explanation }
  | { kind: 'unexplain'; explanation: Place }
);
export type NewOp = SaveOp extends infer T ? (T extends SaveOp ? Omit<T, 'rid'> : never) : never;

export const RETRY_MS = 3000;
/** typing is saved after this pause (and at once on leaving the field, the page or the window) */
export const TEXT_SAVE_DELAY_MS = 600;
/** the longest a save waits for the frame after its edit */
export const DRAIN_FALLBACK_MS = 100;

export interface SaveQueueOptions {
  calls: () => SaveCalls;
  state: SaveState;
  /** the report the page shows: only its saves update the page */
  shownId(): number | null;
  /** a save of the shown report landed: its new summary */
  onSaved(summary: ReportSummary): void;
}

/** what a save changes, so a later save of the same thing answers an earlier refusal */
function targetOf(op: SaveOp): string {
  if (op.kind === 'cell') return JSON.stringify([op.rid, op.address.table, op.address.row, op.address.col ?? null]);
  if (op.kind === 'text') return JSON.stringify([op.rid, op.field]);
  return JSON.stringify([op.rid, 'explanation', placeKey(op.explanation)]);
}

/** A copy of the report's explanations with the one of this place replaced (or removed). */
export function withExplanation(list: readonly Explanation[] | undefined, place: Place, e?: Explanation): Explanation[] {
  const others = (list ?? []).filter((x) => !samePlace(x, place));
  return e ? [...others, e] : others;
}

export type SaveQueue = ReturnType<typeof createSaveQueue>;

export function createSaveQueue({ calls, state, shownId, onSaved }: SaveQueueOptions) {
  const queue: SaveOp[] = [];
  // edits the archive refused (never retried), by what they changed: the page still shows them, so
  // 未保存 stays until that cell/field saves or the report is read again (a later save elsewhere is no answer)
  const refused = new Map<string, string>();
  let failing: string | null = null;
  const announce = () => (state.saveError = failing ?? [...refused.values()].pop() ?? null);
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  // typed text waiting for a pause before it is queued: one save per pause, not per key
  const typed = new Map<TextField, { rid: number; text: string; timer: ReturnType<typeof setTimeout> }>();

  function enqueue(newOp: NewOp, rid: number | null = shownId()): void {
    if (rid === null) return;
    const op = { ...newOp, rid } as SaveOp;
    // a newer text for the same field replaces the waiting one (never the one in flight): one save per pause in typing
    if (op.kind === 'text') {
      const i = queue.findIndex((q, n) => q.kind === 'text' && q.field === op.field && q.rid === op.rid && (n > 0 || !state.inFlight));
      if (i >= 0) queue.splice(i, 1);
    }
    queue.push(op);
    state.pendingCount = queue.length;
    scheduleDrain();
  }

  // A save is sent after the frame that shows the edit: the call (serialising, IPC) is not part of
  // the keystroke. Without a frame (a hidden window paints none) it goes after DRAIN_FALLBACK_MS.
  let drainTimer: ReturnType<typeof setTimeout> | null = null;
  function scheduleDrain(): void {
    if (drainTimer || state.inFlight) return;
    const run = () => {
      if (!drainTimer) return;
      clearTimeout(drainTimer);
      drainTimer = null;
      void drain();
    };
    drainTimer = setTimeout(run, DRAIN_FALLBACK_MS);
    (globalThis as { requestAnimationFrame?: (f: () => void) => number }).requestAnimationFrame?.(() => setTimeout(run));
  }
  /** the saves waiting for their frame go now (a failing one still waits for its retry) */
  function drainNow(): void {
    if (!drainTimer) return;
    clearTimeout(drainTimer);
    drainTimer = null;
    void drain();
  }

  /** typing in a text field: saved after a pause */
  function typeText(field: TextField, text: string): void {
    if (shownId() === null) return;
    const old = typed.get(field);
    if (old) clearTimeout(old.timer);
    const rid = old?.rid ?? shownId()!;
    const timer = setTimeout(() => {
      typed.delete(field);
      state.typedCount = typed.size;
      enqueue({ kind: 'text', field, text }, rid);
    }, TEXT_SAVE_DELAY_MS);
    typed.set(field, { rid, text, timer });
    state.typedCount = typed.size;
    state.textState = { ...state.textState, [field]: 'pending' };
  }

  /** queue every typed text now, without waiting for the pause */
  function flushTyped(): void {
    for (const [field, t] of [...typed]) {
      clearTimeout(t.timer);
      typed.delete(field);
      enqueue({ kind: 'text', field, text: t.text }, t.rid);
    }
    state.typedCount = 0;
  }

  /** resolves when every queued save has landed (or one failed and waits for its retry) */
  async function settled(): Promise<void> {
    // a retry in flight is awaited even while the last error still shows: its outcome decides
    while (state.inFlight || (queue.length && !state.saveError)) await new Promise((r) => setTimeout(r, 20));
  }

  /** save everything now; resolves once stored (or a save failed and waits for its retry) */
  async function flush(): Promise<void> {
    flushTyped();
    drainNow();
    await settled();
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
      else if (op.kind === 'explain') next.explanations = withExplanation(next.explanations, op.explanation, op.explanation);
      else next.explanations = withExplanation(next.explanations, op.explanation);
    }
    if (next.explanations?.length === 0) delete next.explanations;
    return next;
  }

  /** the page now shows the archive's copy: refused edits are no longer on it */
  function forgetRefused(): void {
    refused.clear();
    announce();
    state.textState = {};
  }

  async function send(op: SaveOp): Promise<ReportSummary> {
    const api = calls();
    switch (op.kind) {
      case 'cell':
        return api.setCell(op.rid, op.address, op.value);
      case 'text':
        return api.setText(op.rid, op.field, op.text);
      case 'explain':
        return api.setExplanation(op.rid, op.explanation);
      case 'unexplain':
        return api.removeExplanation(op.rid, op.explanation);
    }
  }

  async function drain(): Promise<void> {
    if (state.inFlight) return;
    state.inFlight = true;
    try {
      while (queue.length) {
        const op = queue[0];
        try {
          const s = await send(op);
          if (s.id === shownId()) onSaved(s);
          queue.shift();
          if (op.kind === 'text' && op.rid === shownId() && !typed.has(op.field) && !queue.some((q) => q.kind === 'text' && q.field === op.field))
            state.textState = { ...state.textState, [op.field]: 'saved' };
          state.pendingCount = queue.length;
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
            state.pendingCount = queue.length;
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
      state.inFlight = false;
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

  return { enqueue, typeText, flushTyped, flush, settled, withPending, forgetRefused, retryNow };
}
