// A batch of files (收集, 导入往年报告) read in one job process kept for the whole
// batch: starting a process and loading pdf.js cost more than reading most
// files, so each batch pays them once (pdf.js loaded while the first files are
// on their way). The files are sent ahead and read one at a time, in order,
// under the same memory ceiling as any job; a file that ends the process (out
// of memory, a crash) is refused alone and the files after it are read by a
// fresh process, so nothing it did reaches them.
import type { ChildProcess } from 'node:child_process';
import type { BatchFile, CollectedFile } from './collect-task';
import { ABORTED, CANCELLED, forkJobProcess, JobError, outOfMemory, TOO_LARGE, type Running, type WorkerRunnerOptions } from './process';
import type { JobReply } from './worker';

export interface FileBatch {
  /**
   * Queue one file; resolves with its result line (a refusal is a result too) once
   * the files before it are read. Rejects only when the batch was cancelled.
   */
  read(file: BatchFile, label: string): Promise<CollectedFile>;
  /** no more files: the process ends once the queued ones are read */
  end(): void;
}

interface Queued {
  id: number;
  file: BatchFile;
  label: string;
  resolve(r: CollectedFile): void;
  reject(e: Error): void;
}

export function openWorkerBatch(
  options: WorkerRunnerOptions,
  warmPdf: boolean,
  now: () => number,
  done: () => void,
): FileBatch & { running: Running } {
  const queue: Queued[] = []; // sent to the process, not yet answered; oldest first
  let child: ChildProcess | null = null;
  let ended = false;
  let over = false;
  let broken: string | null = null;
  // after the process ended with several files sent to it: the first is sent
  // again alone, so that the one refused is the file that really ended it
  let solo = false;
  let nextId = 1;

  const running: Running = {
    label: '正在准备读取文件',
    startedAt: now(),
    cancelled: false,
    stop() {
      finish();
      for (const q of queue.splice(0)) q.reject(new JobError(CANCELLED, 'cancelled'));
    },
  };

  function finish() {
    if (over) return;
    over = true;
    child?.kill();
    child = null;
    done();
  }

  const send = (c: ChildProcess, q: Queued) => c.send({ id: q.id, task: { kind: 'collect', files: [q.file] }, holdMs: options.holdMs ?? 0 });

  function start(): void {
    const c = forkJobProcess(options);
    child = c;
    c.on('message', (reply: JobReply) => {
      if (c !== child || !queue.length || reply.id !== queue[0].id) return;
      const q = queue.shift()!;
      // readCollected never throws; an error here is the process's own
      q.resolve(reply.ok ? (reply.value as CollectedFile[])[0] : { fileName: q.file.fileName, ok: false, message: reply.error.message.split('\n')[0] });
      if (solo) {
        solo = false;
        for (const rest of queue) send(c, rest);
      }
      afterOne();
    });
    // the process cannot be started at all: no file of this batch can be read
    c.on('error', (e) => {
      if (c !== child || over) return;
      broken = `无法启动处理进程：${e.message}`;
      for (const q of queue.splice(0)) q.resolve({ fileName: q.file.fileName, ok: false, message: broken });
      finish();
    });
    c.on('exit', (code, signal) => {
      if (c !== child || over) return;
      child = null;
      if (queue.length === 1 || solo) {
        // the only file the process had is the one that ended it
        const q = queue.shift()!;
        q.resolve({ fileName: q.file.fileName, ok: false, message: outOfMemory(code, signal) ? TOO_LARGE : ABORTED });
        solo = false;
      } else if (queue.length) solo = true;
      if (queue.length) {
        start();
        for (const rest of solo ? queue.slice(0, 1) : queue) send(child!, rest);
      }
      afterOne();
    });
    if (warmPdf) c.send({ id: 0, task: { kind: 'warm' } });
  }

  function afterOne() {
    if (queue.length) running.label = queue[0].label;
    else if (ended) finish();
  }

  start();
  return {
    running,
    read(file, label) {
      if (broken) return Promise.resolve({ fileName: file.fileName, ok: false, message: broken });
      if (over) return Promise.reject(new JobError(CANCELLED, 'cancelled'));
      return new Promise<CollectedFile>((resolve, reject) => {
        const q = { id: nextId++, file, label, resolve, reject };
        queue.push(q);
        if (queue.length === 1) running.label = label;
        if (!child) start();
        if (!solo) send(child!, q);
      });
    },
    end() {
      ended = true;
      if (!queue.length) finish();
    },
  };
}
