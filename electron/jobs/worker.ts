// The job process (a child process of the app): runs one task per message and
// answers with its result or its Chinese error. A file that would take the whole
// memory or loop for long hurts only this process, which the app then ends:
// a worker thread would not do, since V8 aborts the whole process when a
// worker's heap runs out inside JSON.parse or a string allocation.
import { runTask, type Task } from './tasks';

export interface JobRequest {
  id: number;
  task: Task;
  /** test only: block this process so long first (shows the app's thread is not blocked) */
  holdMs?: number;
}
export type JobReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; code?: string } };

process.on('message', async ({ id, task, holdMs }: JobRequest) => {
  if (holdMs && holdMs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, holdMs);
  let reply: JobReply;
  try {
    reply = { id, ok: true, value: await runTask(task) };
  } catch (e) {
    const err = e as Error & { code?: unknown };
    reply = { id, ok: false, error: { name: err?.name ?? 'Error', message: err?.message ?? String(e), code: typeof err?.code === 'string' ? err.code : undefined } };
  }
  process.send?.(reply);
});
