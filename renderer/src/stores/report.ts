// The open report, made reactive for the page: the work is done by the
// framework-free session (renderer/src/reportSession.ts: edits, the save queue,
// undo); this store only holds its state in a shallowReactive object.
import { defineStore } from 'pinia';
import { computed, shallowReactive, toRefs } from 'vue';
import { api } from '../api';
import { blankSessionState, createReportSession, saveStateOf } from '../reportSession';

export const useReportStore = defineStore('report', () => {
  // shallow: the report is replaced, never mutated, and stays a plain object (structuredClone, the rules)
  const state = shallowReactive(blankSessionState());
  const session = createReportSession(api, state);
  const { id, summary, report, previous, inForceHint, loading, loadError, saveError, pendingCount, textState } = toRefs(state);

  return {
    id, summary, report, previous, inForceHint, loading, loadError,
    readonly: computed(session.readonly),
    saveState: computed(() => saveStateOf(state)),
    saveError, pendingCount, textState,
    canUndo: computed(session.canUndo),
    canRedo: computed(session.canRedo),
    open: session.open, editCells: session.editCells, editText: session.editText,
    undo: session.undo, redo: session.redo, explain: session.explain, unexplain: session.unexplain,
    retryNow: session.retryNow, flush: session.flush, reload: session.reload, beforeImport: session.beforeImport,
    finalise: session.finalise, reopen: session.reopen, setPublication: session.setPublication, listRevisions: session.listRevisions, restoreRevision: session.restoreRevision,
  };
});
