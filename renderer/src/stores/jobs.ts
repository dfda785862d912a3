// The slow work the main process does for the page (reading an imported file,
// writing an export) runs in a job process there; while one is under way this
// store polls its status, so the page shows progress after half a second and
// offers 取消, which really stops it.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { api } from '../api';

/** shown only for work that takes longer than this: a quick import should not flash */
export const SHOW_AFTER_MS = 500;
const POLL_MS = 250;

export const useJobsStore = defineStore('jobs', () => {
  /** the running job as the main process reports it, once it has run SHOW_AFTER_MS */
  const running = ref<{ label: string; elapsedMs: number } | null>(null);
  const cancelling = ref(false);
  let tracked = 0;

  /** Await an api call that runs a job, polling its status meanwhile. */
  async function track<T>(call: Promise<T>): Promise<T> {
    const mine = ++tracked;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const s = await api().jobStatus();
        if (mine !== tracked) return;
        running.value = s && s.elapsedMs >= SHOW_AFTER_MS ? s : null;
      } catch {
        // a status that cannot be read is no reason to stop the work
      }
      if (mine === tracked) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, SHOW_AFTER_MS);
    try {
      return await call;
    } finally {
      if (mine === tracked) {
        clearTimeout(timer);
        tracked++;
        running.value = null;
        cancelling.value = false;
      }
    }
  }

  async function cancel(): Promise<void> {
    cancelling.value = true;
    try {
      await api().cancelJob();
    } catch {
      cancelling.value = false;
    }
  }

  return { running, cancelling, track, cancel };
});
