// Runs imports and exports where a slow or hostile file cannot freeze the
// window or kill the app: in a child process with a memory ceiling, one job at
// a time, with a status the page polls (to show progress after half a second)
// and a 取消 that really stops the work (the process is killed).
import { ImportError, type ImportResult } from '../../report/import/index';
import { openWorkerBatch, type FileBatch } from './batch';
import { readCollected } from './collect-task';
import { runTask, type BatchFile, type CollectedFile, type ExportTask, type ImportTask, type Task } from './tasks';
import type { JobReply } from './worker';
import { ABORTED, CANCELLED, forkJobProcess, JobError, outOfMemory, TOO_LARGE, type Running, type WorkerRunnerOptions } from './process';

export { JobError, JOB_MEMORY_MB, type WorkerRunnerOptions } from './process';

export type { FileBatch } from './batch';

export interface JobStatus {
  /** what is being done, Chinese: 正在读取 xxx.docx */
  label: string;
  elapsedMs: number;
}

export interface JobRunner {
  importFile(task: Omit<ImportTask, 'kind'>, label: string): Promise<ImportResult>;
  exportReport(task: Omit<ExportTask, 'kind'>, label: string): Promise<Uint8Array | string>;
  /**
   * Read many files (收集, 导入往年报告) one after another in one job process kept
   * for the batch (pdf.js loaded once); the status names the file being read.
   */
  openBatch(options?: { warmPdf?: boolean }): FileBatch;
  /** the running job, or null */
  status(): JobStatus | null;
  /** stop the running job; false when none was running */
  cancel(): boolean;
  close(): Promise<void>;
}

/**
 * A fresh process per job, and per batch of files: nothing a hostile file did
 * survives into the next job (within a batch, a file that ends the process is
 * refused alone and the files after it get a fresh one).
 */
export function createWorkerRunner(options: WorkerRunnerOptions): JobRunner {
  const now = options.now ?? Date.now;
  let running: Running | null = null;
  let nextId = 1;
  const busy = (r: Running) => new JobError(`请等待“${r.label}”完成，或先取消它`, 'busy');

  function run<T>(task: Task, label: string): Promise<T> {
    if (running) return Promise.reject(busy(running));
    const child = forkJobProcess(options);
    const job: Running = { label, startedAt: now(), cancelled: false, stop: () => child.kill() };
    running = job;
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const settle = (f: () => void) => {
        if (settled) return;
        settled = true;
        if (running === job) running = null;
        if (child.exitCode === null && child.signalCode === null) child.kill();
        f();
      };
      child.on('message', (reply: JobReply) => {
        if (reply.id !== id) return;
        settle(() => (reply.ok ? resolve(reply.value as T) : reject(rebuild(reply.error))));
      });
      child.on('error', (e) => settle(() => reject(new JobError(`无法启动处理进程：${e.message}`, 'error'))));
      child.on('exit', (code, signal) =>
        settle(() => {
          if (job.cancelled) return reject(new JobError(CANCELLED, 'cancelled'));
          if (outOfMemory(code, signal)) return reject(new JobError(TOO_LARGE, 'too-large'));
          reject(new JobError(ABORTED, 'error'));
        }),
      );
      child.send({ id, task, holdMs: options.holdMs ?? 0 });
    });
  }

  return {
    importFile: (t, label) => run<ImportResult>({ kind: 'import', ...t }, label),
    exportReport: (t, label) => run<Uint8Array | string>({ kind: 'export', ...t }, label),
    openBatch(o) {
      if (running) throw busy(running);
      const batch = openWorkerBatch(options, o?.warmPdf ?? false, now, () => (running = null));
      running = batch.running;
      return batch;
    },
    status: () => (running ? { label: running.label, elapsedMs: now() - running.startedAt } : null),
    cancel() {
      if (!running) return false;
      running.cancelled = true;
      running.stop();
      return true;
    },
    async close() {
      if (running) {
        running.cancelled = true;
        running.stop();
      }
    },
  };
}

/** The same jobs on the calling thread: for the command line, where nothing else waits. */
export function createInlineRunner(): JobRunner {
  let running: { label: string; startedAt: number } | null = null;
  async function run<T>(task: Task, label: string): Promise<T> {
    running = { label, startedAt: Date.now() };
    try {
      return (await runTask(task)) as T;
    } finally {
      running = null;
    }
  }
  return {
    importFile: (t, label) => run<ImportResult>({ kind: 'import', ...t }, label),
    exportReport: (t, label) => run<Uint8Array | string>({ kind: 'export', ...t }, label),
    openBatch() {
      const batch = { label: '', startedAt: Date.now() };
      return {
        async read(file: BatchFile, label: string): Promise<CollectedFile> {
          running = { ...batch, label };
          try {
            return (await readCollected({ kind: 'collect', files: [file] }))[0];
          } finally {
            running = null;
          }
        },
        end() {},
      };
    },
    status: () => (running ? { label: running.label, elapsedMs: Date.now() - running.startedAt } : null),
    cancel: () => false,
    close: async () => {},
  };
}

/** An error from the worker as the class the callers know (ImportError keeps its meaning: the file cannot be read). */
function rebuild(e: { name: string; message: string; code?: string }): Error {
  if (e.name === 'ImportError') return new ImportError(e.message);
  const err = new Error(e.message) as Error & { code?: string };
  err.name = e.name;
  if (e.code) err.code = e.code;
  return err;
}
