// Many files read through one batch job (收集 and 导入往年报告 share it): each
// file read from disk while the job process reads the one before, its result
// handed on (and stored) while the process reads the next, in the files' order.
// The status names each file as it is read (正在收集（3/20）：x.docx).
import path from 'node:path';
import { readInputFile } from '../files';
import type { CollectedFile } from './collect-task';
import { JobError } from './process';
import type { JobRunner } from './runner';

/** Files sent ahead of the one being read, and their bytes at most: the process never waits, nor holds much. */
const AHEAD_FILES = 2;
const AHEAD_BYTES = 40 * 1024 * 1024;

interface Slot {
  fileName: string;
  bytes: number;
  done: Promise<void>;
  settled: boolean;
  result?: CollectedFile;
}

/** Read the files in the job process, handing each result to onRead in order; true when cancelled. */
export async function readFilesInJob(jobs: JobRunner, files: string[], verb: string, onRead: (f: CollectedFile) => void): Promise<boolean> {
  const batch = jobs.openBatch({ warmPdf: files.some((f) => /\.pdf$/i.test(f)) });
  const slots: Slot[] = [];
  let handed = 0;
  let cancelled = false;
  const handOn = () => {
    while (handed < slots.length && slots[handed].result) onRead(slots[handed++].result!);
  };
  const waiting = () => slots.slice(handed).filter((s) => !s.settled);
  try {
    for (const [i, f] of files.entries()) {
      // keep at most AHEAD_FILES unread in the process (and their bytes bounded)
      for (let w = waiting(); !cancelled && (w.length >= AHEAD_FILES || (w.length && w.reduce((n, s) => n + s.bytes, 0) > AHEAD_BYTES)); w = waiting()) await w[0].done;
      if (cancelled) break;
      const fileName = path.basename(f);
      const slot: Slot = { fileName, bytes: 0, done: Promise.resolve(), settled: true };
      slots.push(slot);
      let bytes: Uint8Array;
      try {
        bytes = await readInputFile(f);
      } catch (e) {
        slot.result = { fileName, ok: false, message: (e as Error).message };
        slot.settled = true;
        handOn();
        continue;
      }
      slot.bytes = bytes.length;
      slot.settled = false;
      slot.done = batch.read({ bytes, fileName }, `${verb}（${i + 1}/${files.length}）：${fileName}`).then(
        (r) => {
          slot.settled = true;
          slot.result = r;
          handOn();
        },
        (e) => {
          slot.settled = true;
          if (!(e instanceof JobError && e.code === 'cancelled')) throw e;
          cancelled = true;
        },
      );
    }
    await Promise.all(slots.map((s) => s.done));
    return cancelled;
  } finally {
    batch.end();
    handOn();
  }
}
