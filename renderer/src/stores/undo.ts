// Undo/redo across cells and text: one step per user action. Typing in one
// text field merges into one step until the user pauses or does something else.
import { computed, ref, shallowRef } from 'vue';
import type { CellAddress } from '../../../report/format';
import type { Cell } from '../../../report/report';
import type { TextField } from '../../../electron/archive/types';

export type Change =
  | { kind: 'cell'; address: CellAddress; before: Cell; after: Cell }
  | { kind: 'text'; field: TextField; before: string; after: string };
export type Step = Change[];

const MERGE_MS = 1500;
const LIMIT = 500;

export function useUndo() {
  const done = shallowRef<Step[]>([]);
  const undone = shallowRef<Step[]>([]);
  const lastText = ref<{ field: TextField; at: number } | null>(null);

  function push(step: Step): void {
    done.value = [...done.value.slice(-LIMIT + 1), step];
    undone.value = [];
  }

  function record(step: Step): void {
    lastText.value = null;
    push(step);
  }

  function recordText(field: TextField, before: string, after: string): void {
    const now = Date.now();
    const top = done.value[done.value.length - 1];
    if (lastText.value && lastText.value.field === field && now - lastText.value.at < MERGE_MS && top?.length === 1 && top[0].kind === 'text') {
      const merged: Change = { ...top[0], after };
      done.value = [...done.value.slice(0, -1), [merged]];
      undone.value = [];
    } else push([{ kind: 'text', field, before, after }]);
    lastText.value = { field, at: now };
  }

  function undo(): Step | undefined {
    const step = done.value[done.value.length - 1];
    if (!step) return undefined;
    done.value = done.value.slice(0, -1);
    undone.value = [...undone.value, step];
    lastText.value = null;
    return step;
  }

  function redo(): Step | undefined {
    const step = undone.value[undone.value.length - 1];
    if (!step) return undefined;
    undone.value = undone.value.slice(0, -1);
    done.value = [...done.value, step];
    lastText.value = null;
    return step;
  }

  function clear(): void {
    done.value = [];
    undone.value = [];
    lastText.value = null;
  }

  return { record, recordText, undo, redo, clear, canUndo: computed(() => done.value.length > 0), canRedo: computed(() => undone.value.length > 0) };
}
