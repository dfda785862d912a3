// The job process itself: how it is started (its memory ceiling), how its end is
// read, and the errors a job ends with. Shared by one-off jobs and batches.
import { fork, type ChildProcess } from 'node:child_process';

export class JobError extends Error {
  constructor(
    message: string,
    readonly code: 'cancelled' | 'too-large' | 'busy' | 'error',
  ) {
    super(message);
    this.name = 'JobError';
  }
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
export const CANCELLED = '已取消';
export const TOO_LARGE = '文件过大或结构异常：读取它需要的内存超过限制，已停止。请检查文件是否为年度报告';
export const ABORTED = '处理意外中止，请重试';

/** What the runner is doing now: its label, and how to stop it. */
export interface Running {
  label: string;
  startedAt: number;
  cancelled: boolean;
  stop(): void;
}

/** The job process, started with its memory ceiling. */
export function forkJobProcess(options: WorkerRunnerOptions): ChildProcess {
  return fork(options.workerFile, [], {
    // structured clone: a Uint8Array crosses as bytes, not as a JSON object of numbers
    serialization: 'advanced',
    execArgv: [`--max-old-space-size=${options.maxMemoryMb ?? JOB_MEMORY_MB}`],
    // Electron runs the child as plain Node
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
}

/** V8 ends a process whose heap is exhausted with abort (SIGABRT, or exit code 134). */
export const outOfMemory = (code: number | null, signal: NodeJS.Signals | null) => signal === 'SIGABRT' || code === 134;
