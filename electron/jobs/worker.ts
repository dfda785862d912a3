// The job process (a child process of the app): runs one task per message, in
// order, and answers each with its result or its Chinese error. A file that would take the whole
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

async function answer({ id, task, holdMs }: JobRequest): Promise<void> {
  if (holdMs && holdMs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, holdMs);
  let reply: JobReply;
  try {
    reply = { id, ok: true, value: await runTask(task) };
  } catch (e) {
    const err = e as Error & { code?: unknown };
    reply = { id, ok: false, error: { name: err?.name ?? 'Error', message: err?.message ?? String(e), code: typeof err?.code === 'string' ? err.code : undefined } };
  }
  process.send?.(reply);
}

// one task at a time, in the order sent: a batch sends the next file before this
// one is done, and two files read at once would share the memory ceiling
let queue: Promise<void> = Promise.resolve();
process.on('message', (request: JobRequest) => {
  queue = queue.then(() => answer(request));
});
