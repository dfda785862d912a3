// Undo/redo across cells and text: one step per user action. Typing in one
// text field merges into one step until the user pauses or does something else.
// Framework-free: the stacks live in a plain state object the store may make reactive.
import type { TextField } from '../../report/fields';
import type { CellAddress } from '../../report/format';
import type { Cell } from '../../report/report';

export type Change =
  | { kind: 'cell'; address: CellAddress; before: Cell; after: Cell }
  | { kind: 'text'; field: TextField; before: string; after: string };
export type Step = Change[];

/** the stacks, replaced (never mutated) on each change */
export interface UndoState {
  done: Step[];
  undone: Step[];
}

export const blankUndoState = (): UndoState => ({ done: [], undone: [] });

const MERGE_MS = 1500;
const LIMIT = 500;

export type Undo = ReturnType<typeof createUndo>;

export function createUndo(state: UndoState = blankUndoState()) {
  let lastText: { field: TextField; at: number } | null = null;

  function push(step: Step): void {
    state.done = [...state.done.slice(-LIMIT + 1), step];
    state.undone = [];
  }

  function record(step: Step): void {
    lastText = null;
    push(step);
  }

  function recordText(field: TextField, before: string, after: string): void {
    const now = Date.now();
    const top = state.done[state.done.length - 1];
    if (lastText && lastText.field === field && now - lastText.at < MERGE_MS && top?.length === 1 && top[0].kind === 'text') {
      const merged: Change = { ...top[0], after };
      state.done = [...state.done.slice(0, -1), [merged]];
      state.undone = [];
    } else push([{ kind: 'text', field, before, after }]);
    lastText = { field, at: now };
  }

  function undo(): Step | undefined {
    const step = state.done[state.done.length - 1];
    if (!step) return undefined;
    state.done = state.done.slice(0, -1);
    state.undone = [...state.undone, step];
    lastText = null;
    return step;
  }

  function redo(): Step | undefined {
    const step = state.undone[state.undone.length - 1];
    if (!step) return undefined;
    state.undone = state.undone.slice(0, -1);
    state.done = [...state.done, step];
    lastText = null;
    return step;
  }

  function clear(): void {
    state.done = [];
    state.undone = [];
    lastText = null;
  }

  return { record, recordText, undo, redo, clear, canUndo: () => state.done.length > 0, canRedo: () => state.undone.length > 0 };
}
