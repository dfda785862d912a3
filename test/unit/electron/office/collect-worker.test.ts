// 收集 in the real job process (the bundle the app ships): a batch read with
// its progress label per file, and a report text read as the importer reads it in process.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { buildJobWorker } from '../../../../build/build-electron.mjs';
import { createWorkerRunner } from '../../../../electron/jobs/runner';
import { importReport } from '../../../../report/import/index';
import { writeExchange } from '../../../../report/exchange';
import { unitReport } from './helpers';

const SEED_TXT = path.resolve(__dirname, '../../../fixtures/shared/seeds/000_68281a0ece325528.txt');
let dir: string;
let workerFile: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-collect-'));
  workerFile = await buildJobWorker(path.join(dir, 'job-worker.cjs'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collect in the job process', () => {
  it('reads a batch in one job process, one result per file, while its status names the file being read', async () => {
    const runner = createWorkerRunner({ workerFile });
    const txt = new Uint8Array(readFileSync(SEED_TXT));
    const ex = new TextEncoder().encode(writeExchange({ kind: 'report', report: unitReport('宣和镇', 1), status: 'published', from: '宣和镇', app: 't', createdAt: '2024-01-01T00:00:00Z' }));
    const batch = runner.openBatch();
    const jobs = [
      batch.read({ bytes: txt, fileName: 'a.txt' }, '正在收集（1/3）：a.txt'),
      batch.read({ bytes: ex, fileName: 'b.json' }, '正在收集（2/3）：b.json'),
      batch.read({ bytes: new Uint8Array([1]), fileName: 'c.xyz' }, '正在收集（3/3）：c.xyz'),
    ];
    expect(runner.status()?.label).toBe('正在收集（1/3）：a.txt');
    await jobs[0];
    // past a.txt: a file still being read (two answers may arrive together)
    expect(runner.status()?.label).toMatch(/^正在收集（[23]\/3）：(b\.json|c\.xyz)$/);
    batch.end();
    const out = await Promise.all(jobs);
    expect(out.map((f) => f.ok)).toEqual([true, true, false]);
    expect(out[0]).toMatchObject({ ok: true, report: (await importReport(txt, 'a.txt')).report, exchange: false });
    expect(out[1]).toMatchObject({ ok: true, status: 'published', exchange: true });
    expect((out[2] as { message: string }).message).toContain('不支持的文件类型');
    expect(runner.status()).toBeNull();
  });
});
