// Runs imports and exports where a slow or hostile file cannot freeze the
// window or kill the app: in a child process with a memory ceiling, one job at
// a time, with a status the page polls (to show progress after half a second)
// and a 取消 that really stops the work (the process is killed).
import { fork, type ChildProcess } from 'node:child_process';
import { ImportError, type ImportResult } from '../../report/import/index';
import { runTask, type CollectTask, type CollectedFile, type ExportTask, type ImportTask, type Task } from './tasks';
import type { JobReply } from './worker';

export interface JobStatus {
  /** what is being done, Chinese: 正在读取 xxx.docx */
  label: string;
  elapsedMs: number;
}

export class JobError extends Error {
  constructor(
    message: string,
    readonly code: 'cancelled' | 'too-large' | 'busy' | 'error',
  ) {
    super(message);
    this.name = 'JobError';
  }
}

export interface JobRunner {
  importFile(task: Omit<ImportTask, 'kind'>, label: string): Promise<ImportResult>;
  exportReport(task: Omit<ExportTask, 'kind'>, label: string): Promise<Uint8Array | string>;
  /** read a batch of collected files (the office's 收集), one result per file */
  collectFiles(task: Omit<CollectTask, 'kind'>, label: string): Promise<CollectedFile[]>;
  /** the running job, or null */
  status(): JobStatus | null;
  /** stop the running job; false when none was running */
  cancel(): boolean;
  close(): Promise<void>;
}

export interface WorkerRunnerOptions {
  /** the bundled job process (dist/electron/job-worker.cjs) */
  workerFile: string;
  /** the heap a job may use; a file that needs more is refused */
  maxMemoryMb?: number;
  /** test only: the job process blocks itself this long per task */
  holdMs?: number;
  now?: () => number;
}

export const JOB_MEMORY_MB = 512;
const CANCELLED = '已取消';
const TOO_LARGE = '文件过大或结构异常：读取它需要的内存超过限制，已停止。请检查文件是否为年度报告';

/** A fresh process per job: nothing a hostile file did survives into the next one. */
export function createWorkerRunner(options: WorkerRunnerOptions): JobRunner {
  const now = options.now ?? Date.now;
  let running: { child: ChildProcess; label: string; startedAt: number; cancelled: boolean } | null = null;
  let nextId = 1;

  function run<T>(task: Task, label: string): Promise<T> {
    if (running) return Promise.reject(new JobError(`请等待“${running.label}”完成，或先取消它`, 'busy'));
    const child = fork(options.workerFile, [], {
      // structured clone: a Uint8Array crosses as bytes, not as a JSON object of numbers
      serialization: 'advanced',
      execArgv: [`--max-old-space-size=${options.maxMemoryMb ?? JOB_MEMORY_MB}`],
      // Electron runs the child as plain Node
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    const job = { child, label, startedAt: now(), cancelled: false };
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
          // V8 ends a process whose heap is exhausted with abort (SIGABRT, or exit code 134)
          if (signal === 'SIGABRT' || code === 134) return reject(new JobError(TOO_LARGE, 'too-large'));
          reject(new JobError('处理意外中止，请重试', 'error'));
        }),
      );
      child.send({ id, task, holdMs: options.holdMs ?? 0 });
    });
  }

  return {
    importFile: (t, label) => run<ImportResult>({ kind: 'import', ...t }, label),
    exportReport: (t, label) => run<Uint8Array | string>({ kind: 'export', ...t }, label),
    collectFiles: (t, label) => run<CollectedFile[]>({ kind: 'collect', ...t }, label),
    status: () => (running ? { label: running.label, elapsedMs: now() - running.startedAt } : null),
    cancel() {
      if (!running) return false;
      running.cancelled = true;
      running.child.kill();
      return true;
    },
    async close() {
      if (running) {
        running.cancelled = true;
        running.child.kill();
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
    collectFiles: (t, label) => run<CollectedFile[]>({ kind: 'collect', ...t }, label),
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
