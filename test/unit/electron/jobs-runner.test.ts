// The job runner: imports and exports in a real child process (the bundle the
// app ships), cancelled for real, refused when a file needs too much memory,
// and never blocking the thread that serves the page.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { buildJobWorker } from '../../../build/build-electron.mjs';
import { createWorkerRunner, JobError } from '../../../electron/jobs/runner';
import { importReport, ImportError } from '../../../report/import/index';
import { parseReportJson, reportToJson } from '../../../report/json';

const ROOT = path.resolve(__dirname, '../../..');
const SEED_TXT = path.join(ROOT, 'test/fixtures/shared/seeds/000_68281a0ece325528.txt');
const SEED_JSON = path.join(ROOT, 'test/fixtures/shared/spec/seed-report.json');
let dir: string;
let workerFile: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-jobs-'));
  workerFile = await buildJobWorker(path.join(dir, 'job-worker.cjs'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytesOf = (file: string) => new Uint8Array(readFileSync(file));

describe("jobs in a child process", () => {
  it('imports the seed text exactly as the importer does in process', async () => {
    const runner = createWorkerRunner({ workerFile });
    const got = await runner.importFile({ bytes: bytesOf(SEED_TXT), fileName: 'seed.txt' }, '正在读取 seed.txt');
    const want = await importReport(bytesOf(SEED_TXT), 'seed.txt');
    expect(got).toEqual(want);
    expect(runner.status()).toBeNull();
  });

  it('exports a .docx that reads back as the same report', async () => {
    const runner = createWorkerRunner({ workerFile });
    const seed = parseReportJson(readFileSync(SEED_JSON, 'utf8'));
    const docx = await runner.exportReport({ format: 'docx', report: seed }, '正在导出');
    expect(docx).toBeInstanceOf(Uint8Array);
    const back = await importReport(docx as Uint8Array, 'seed.docx');
    expect(back.report.table2).toEqual(seed.table2);
    expect(back.report.table3).toEqual(seed.table3);
    expect(await runner.exportReport({ format: 'json', report: seed }, '正在导出')).toBe(reportToJson(seed));
  });

  it('an unreadable file is refused with the importer’s own Chinese message', async () => {
    const runner = createWorkerRunner({ workerFile });
    const err = await runner.importFile({ bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), fileName: 'a.docx' }, 'x').catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toContain('PDF');
  });

  it('while a job runs, the calling thread keeps serving (a timer fires with the job still running)', async () => {
    const runner = createWorkerRunner({ workerFile, holdMs: 1500 });
    const job = runner.importFile({ bytes: bytesOf(SEED_TXT), fileName: 'seed.txt' }, '正在读取 seed.txt');
    const seenDuring = await new Promise((resolve) => setTimeout(() => resolve(runner.status()), 100));
    expect(seenDuring).toMatchObject({ label: '正在读取 seed.txt' });
    // one job at a time: a second is refused with a message naming the first
    const busy = await runner.importFile({ bytes: bytesOf(SEED_TXT), fileName: 'b.txt' }, '正在读取 b.txt').catch((e) => e);
    expect(busy).toBeInstanceOf(JobError);
    expect(busy.code).toBe('busy');
    expect(busy.message).toContain('正在读取 seed.txt');
    await expect(job).resolves.toMatchObject({ report: { unit: expect.any(String) } });
  });

  it('取消 stops the job for real: it rejects as cancelled and the runner is free again', async () => {
    const runner = createWorkerRunner({ workerFile, holdMs: 30_000 });
    const job = runner.importFile({ bytes: bytesOf(SEED_TXT), fileName: 'seed.txt' }, '正在读取 seed.txt');
    await new Promise((r) => setTimeout(r, 100));
    expect(runner.cancel()).toBe(true);
    const err = await job.catch((e) => e);
    expect(err).toBeInstanceOf(JobError);
    expect(err.code).toBe('cancelled');
    expect(runner.status()).toBeNull();
    expect(runner.cancel()).toBe(false);
  }, 10_000);

  it('a file that needs more memory than a job may take is refused; the process lives on', async () => {
    const runner = createWorkerRunner({ workerFile, maxMemoryMb: 16 });
    const seed = JSON.parse(readFileSync(SEED_JSON, 'utf8'));
    seed.closing = '很长的结尾。'.repeat(3_000_000); // about 54 MB as UTF-8
    const bytes = new TextEncoder().encode(JSON.stringify(seed));
    const err = await runner.importFile({ bytes, fileName: 'big.json' }, '正在读取 big.json').catch((e) => e);
    // V8 aborts the job process (a worker thread's abort would take this process with it)
    expect(err).toBeInstanceOf(JobError);
    expect(err.code).toBe('too-large');
    expect(err.message).toContain('内存超过限制');
    expect(runner.status()).toBeNull();
  }, 30_000);

  it('a batch: a file that takes the process’s whole memory is refused alone, the files after it read by a fresh process; 取消 ends the rest', async () => {
    const runner = createWorkerRunner({ workerFile, maxMemoryMb: 32 });
    const seed = JSON.parse(readFileSync(SEED_JSON, 'utf8'));
    seed.closing = '很长的结尾。'.repeat(3_000_000);
    const big = new TextEncoder().encode(JSON.stringify(seed));
    const txt = bytesOf(SEED_TXT);
    const batch = runner.openBatch();
    const read = [
      batch.read({ bytes: txt, fileName: 'a.txt' }, '（1/3）a.txt'),
      batch.read({ bytes: big, fileName: 'big.json' }, '（2/3）big.json'),
      batch.read({ bytes: txt, fileName: 'c.txt' }, '（3/3）c.txt'),
    ];
    const out = await Promise.all(read);
    expect(out.map((f) => [f.fileName, f.ok])).toEqual([['a.txt', true], ['big.json', false], ['c.txt', true]]);
    expect((out[1] as { message: string }).message).toContain('内存超过限制');
    expect(out[2]).toEqual({ ...out[0], fileName: 'c.txt' });
    expect(runner.status()?.label).toBe('（3/3）c.txt'); // the batch is open until ended
    batch.end();
    expect(runner.status()).toBeNull();

    const held = createWorkerRunner({ workerFile, holdMs: 30_000 });
    const slow = held.openBatch();
    const pending = [slow.read({ bytes: txt, fileName: 'a.txt' }, 'a'), slow.read({ bytes: txt, fileName: 'b.txt' }, 'b')].map((p) => p.catch((e) => e));
    expect(() => held.openBatch()).toThrow(JobError); // one job at a time
    expect(held.cancel()).toBe(true);
    expect((await Promise.all(pending)).map((e) => e.code)).toEqual(['cancelled', 'cancelled']);
    expect(held.status()).toBeNull();
  }, 30_000);
});
