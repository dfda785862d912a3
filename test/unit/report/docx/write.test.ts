// Writing the .docx is safe: `nianbao convert` to a place that cannot be
// written exits 2 with one Chinese line and leaves nothing behind; a failure
// while writing never leaves a partial .docx or replaces the old one.
import { spawnSync } from 'node:child_process';
import { promises as fsp, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FileError, writeFileAtomic } from '../../../../electron/files';
import { exportDocx } from '../../../../report/docx/index';
import { unzipDocx } from '../../../fixtures/docx/read-docx';
import { SEED_JSON, seedReport } from '../../../fixtures/docx/reports';

const ROOT = path.resolve(__dirname, '../../../..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'nianbao-write-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function convert(input: string, output: string) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/nianbao.mjs'), 'convert', input, output], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** exit 2, nothing on stdout, exactly one line on stderr, in Chinese, naming no temp file */
function expectOneChineseLine(r: ReturnType<typeof convert>): string {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^nianbao：.*[\u4e00-\u9fff]{4}/);
  expect(lines[0]).not.toMatch(/\.tmp|ENO|EACCES|EROFS/);
  return lines[0];
}

const leftovers = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp') || f.endsWith('.docx'));

describe('nianbao convert report.json report.docx', () => {
  it('writes the .docx (a zip with the document) and no temporary file', () => {
    const out = path.join(dir, 'ok', '报告.docx');
    mkdirSync(path.dirname(out));
    const r = convert(SEED_JSON, out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(unzipDocx(readFileSync(out))['word/document.xml']).toContain('二、主动公开政府信息情况');
    expect(readdirSync(path.dirname(out))).toEqual(['报告.docx']);
  });

  it('a folder that does not exist: 文件夹不存在, nothing written', () => {
    const out = path.join(dir, 'missing', 'sub', 'report.docx');
    expect(expectOneChineseLine(convert(SEED_JSON, out))).toContain('文件夹不存在');
    expect(readdirSync(dir)).not.toContain('missing');
  });

  it('a path under a file: 不是文件夹, the file untouched', () => {
    const file = path.join(dir, 'a-file');
    writeFileSync(file, 'keep');
    expect(expectOneChineseLine(convert(SEED_JSON, path.join(file, 'report.docx')))).toContain('不是文件夹');
    expect(readFileSync(file, 'utf8')).toBe('keep');
  });

  it('a folder even root cannot write (/sys): a clear refusal', () => {
    const line = expectOneChineseLine(convert(SEED_JSON, '/sys/nianbao-report.docx'));
    expect(line).toMatch(/没有权限|只读|文件夹不存在/);
    expect(readdirSync('/sys').filter((f) => f.includes('nianbao'))).toEqual([]);
  });

  it('the output path is a folder: 是文件夹, the folder and its neighbours untouched, no temp file', () => {
    const folder = path.join(dir, 'out-is-folder');
    mkdirSync(path.join(folder, 'report.docx'), { recursive: true });
    writeFileSync(path.join(folder, 'report.docx', 'inside.txt'), 'x');
    expect(expectOneChineseLine(convert(SEED_JSON, path.join(folder, 'report.docx')))).toContain('是文件夹');
    expect(readdirSync(folder)).toEqual(['report.docx']);
    expect(readdirSync(path.join(folder, 'report.docx'))).toEqual(['inside.txt']);
  });

  it('an input that cannot be read: exit 2 and no output file at all', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "zfxxgk-annual-report", ');
    const folder = path.join(dir, 'bad-out');
    mkdirSync(folder);
    expectOneChineseLine(convert(bad, path.join(folder, 'report.docx')));
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('writeFileAtomic with the exported bytes', () => {
  it('a rename refused (the old file held open by Word): the old file unchanged, no temp file, 正被其他程序占用', async () => {
    const folder = path.join(dir, 'busy');
    mkdirSync(folder);
    const target = path.join(folder, 'report.docx');
    writeFileSync(target, 'the old report');
    vi.spyOn(fsp, 'rename').mockRejectedValueOnce(Object.assign(new Error('busy'), { code: 'EBUSY' }));
    const err = await writeFileAtomic(target, await exportDocx(seedReport())).catch((e) => e);
    expect(err).toBeInstanceOf(FileError);
    expect(err.message).toContain('正被其他程序（如 Word、WPS）占用');
    expect(readFileSync(target, 'utf8')).toBe('the old report');
    expect(leftovers(folder)).toEqual(['report.docx']);
  });

  it('the disk fills up half way through: no partial .docx, the old file unchanged', async () => {
    const folder = path.join(dir, 'full');
    mkdirSync(folder);
    const target = path.join(folder, 'report.docx');
    writeFileSync(target, 'the old report');
    const bytes = await exportDocx(seedReport());
    const realWrite = fsp.writeFile;
    vi.spyOn(fsp, 'writeFile').mockImplementationOnce(async (file, data) => {
      // half the bytes reach the disk, then the write fails
      await realWrite(file as string, (data as Uint8Array).subarray(0, bytes.length >> 1));
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    });
    const err = await writeFileAtomic(target, bytes).catch((e) => e);
    expect(err.message).toContain('磁盘空间不足');
    expect(readFileSync(target, 'utf8')).toBe('the old report');
    expect(leftovers(folder)).toEqual(['report.docx']);
  });

  it('replaces an old file whole when nothing fails', async () => {
    const folder = path.join(dir, 'replace');
    mkdirSync(folder);
    const target = path.join(folder, 'report.docx');
    writeFileSync(target, 'the old report');
    const bytes = await exportDocx(seedReport());
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    expect(readdirSync(folder)).toEqual(['report.docx']);
  });
});
