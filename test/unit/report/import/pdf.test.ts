// PDFs with a text layer (as LibreOffice/Word export them): the tables cell
// for cell from the positions of their text, blanks in their columns; scans,
// broken and oversized PDFs refused with a clear message; the job process's
// bundle reads them as the importer does in process.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { buildJobWorker } from '../../../../build/build-electron.mjs';
import { createWorkerRunner } from '../../../../electron/jobs/runner';
import { importReport, ImportError } from '../../../../report/import/index';
import { parseReportJson } from '../../../../report/json';

// the engine's own, before any PDF is read in this file
const NATIVE = [Array.prototype.push, JSON.parse, JSON.stringify];

const FIX = path.resolve(__dirname, '../../../fixtures/import');
const expected = (n: string) => parseReportJson(readFileSync(path.join(FIX, `libreoffice-resave-${n}.expected.json`), 'utf8'));
const pdf = (n: string) => new Uint8Array(readFileSync(path.join(FIX, `libreoffice-pdf-${n}.pdf`)));

describe('a PDF exported by LibreOffice (make-libreoffice-doc.sh)', () => {
  for (const n of ['seed', 'random7', 'random8']) {
    it(`${n}: unit, year and tables 二 and 三 cell for cell, blanks in their own columns`, async () => {
      const want = expected(n);
      const { report } = await importReport(pdf(n), `${n}.pdf`);
      expect([report.unit, report.year]).toEqual([want.unit, want.year]);
      expect(report.table2).toEqual(want.table2);
      expect(report.table3).toEqual(want.table3);
      expect(report.parts.problems.replace(/\s/g, '')).toBe(want.parts.problems.replace(/\s/g, ''));
    }, 30_000);
  }

  it('table 四 with every figure reads whole; with a blank among its one row of figures it says so, never silently', async () => {
    expect((await importReport(pdf('seed'), 'seed.pdf')).report.table4).toEqual(expected('seed').table4);
    const { problems } = await importReport(pdf('random8'), 'r.pdf');
    expect(problems.map((p) => p.message)).toContain('表四只读到 14 个数值（应有 15 个），已从左到右填入，其余按空白处理，请核对');
  }, 30_000);
});

/** A PDF of `pages` empty pages: no text layer, as a scan has none. */
function emptyPdf(pages: number): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  const objs = [`<</Type/Catalog/Pages 2 0 R>>`, `<</Type/Pages/Kids[${kids}]/Count ${pages}>>`, ...Array.from({ length: pages }, () => `<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>`)];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj${o}endobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer<</Size ${objs.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return new TextEncoder().encode(body);
}

describe('PDFs that cannot be read', () => {
  it('a scan (no text layer): the figures must be typed', async () => {
    await expect(importReport(emptyPdf(2), 'scan.pdf')).rejects.toThrow(/没有文字层/);
  });
  it('more pages than any report', async () => {
    await expect(importReport(emptyPdf(101), 'long.pdf')).rejects.toThrow(/PDF 超过 100 页/);
  });
  it('a broken PDF, and a .pdf that is none', async () => {
    const broken = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)]);
    const err = await importReport(broken, 'b.pdf').catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toMatch(/PDF 文件/);
    await expect(importReport(new TextEncoder().encode('hello'), 'x.pdf')).rejects.toThrow(/不是有效的 PDF/);
  });
  it('after pdf.js has loaded, the engine’s own push and JSON are in place (its core-js would slow every later import)', async () => {
    await importReport(pdf('random7'), 'r.pdf');
    // (core-js dresses its functions up as [native code]: compared by identity with those seen before pdf.js loaded)
    [Array.prototype.push, JSON.parse, JSON.stringify].forEach((f, i) => expect(f).toBe(NATIVE[i]));
  });
  it('a PDF cut short: refused or read, within bounds, never a crash', async () => {
    const cut = pdf('random7').subarray(0, 40_000);
    const r = await importReport(cut, 'cut.pdf').then((x) => x.report.table3, (e) => e);
    if (!(r instanceof ImportError)) expect(typeof r).toBe('object');
  });
});

describe('in the job process', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('the bundled worker reads a PDF as the importer does in process', async () => {
    const workerFile = await buildJobWorker(path.join(dir, 'job-worker.cjs'));
    const runner = createWorkerRunner({ workerFile });
    const got = await runner.importFile({ bytes: pdf('random7'), fileName: 'r.pdf' }, '正在读取 r.pdf');
    expect(got).toEqual(await importReport(pdf('random7'), 'r.pdf'));
  }, 90_000);
});
