// Exchange files (interchange.md 1b): read back what was written, refuse a file
// changed on the way, read a plain report.json as before.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExchangeError, readExchange, writeExchange, type ExchangeComments } from '../../../report/exchange';
import { ReportFormatError, reportToJson } from '../../../report/json';
import { sha256, sha256Hex } from '../../../report/sha256';
import { mulberry32 } from '../../fixtures/random';
import { SEED_PATH, seedReport } from '../../fixtures/rules/reports';

const nodeHex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('sha256 (pure, for report/ in the page too)', () => {
  it('equals node:crypto on the empty text, every length around the block edges, CJK and random bytes', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (let n = 0; n <= 200; n++) {
      const s = '中卫市应急管理局a'.repeat(n).slice(0, n);
      expect(sha256Hex(s), `length ${n}`).toBe(nodeHex(Buffer.from(s, 'utf8')));
    }
    const rand = mulberry32(11);
    for (let i = 0; i < 200; i++) {
      const bytes = new Uint8Array(Math.floor(rand() * 3000));
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(rand() * 256);
      expect(hex(sha256(bytes))).toBe(nodeHex(bytes));
    }
    const cjk = Array.from({ length: 500 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('') + '😀\u3000';
    expect(sha256Hex(cjk)).toBe(nodeHex(Buffer.from(cjk, 'utf8')));
  });
});

const META = { from: '中卫市应急管理局', app: 'nianbao 0.2.0', createdAt: '2025-01-20T09:30:00+08:00' } as const;
const goodReportFile = () => writeExchange({ kind: 'report', report: seedReport(), status: 'final', ...META });
const errorOf = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a refusal');
};

describe('exchange files of kind report', () => {
  it('write then read: the same report, its status and sender; the digest is over the content', () => {
    const text = goodReportFile();
    const env = JSON.parse(text);
    expect(env).toMatchObject({ format: 'zfxxgk-exchange', schemaVersion: 1, kind: 'report', status: 'final', ...META });
    expect(env.sha256).toBe(nodeHex(Buffer.from(env.content, 'utf8')));
    const back = readExchange(text);
    expect(back).toEqual({ kind: 'report', report: seedReport(), status: 'final', ...META, exchange: true });
  });

  it('reads a file made elsewhere by the spec alone (node:crypto, content in one line)', () => {
    const content = JSON.stringify(JSON.parse(readFileSync(SEED_PATH, 'utf8')));
    const file = JSON.stringify({ format: 'zfxxgk-exchange', schemaVersion: 1, kind: 'report', status: 'draft', content, sha256: nodeHex(Buffer.from(content)) });
    const back = readExchange(file);
    expect(back.kind === 'report' && back.status).toBe('draft');
    expect(back.kind === 'report' && back.report).toEqual(seedReport());
  });

  it('a plain report.json is read as before (exchange: false), with the report reader’s own messages', () => {
    expect(readExchange(reportToJson(seedReport()))).toEqual({ kind: 'report', report: seedReport(), exchange: false });
    const bad = JSON.parse(reportToJson(seedReport()));
    bad.table3['1'] = [1, 2];
    const e = errorOf(() => readExchange(JSON.stringify(bad)));
    expect(e).toBeInstanceOf(ReportFormatError);
    expect(e).not.toBeInstanceOf(ExchangeError);
    expect(e.message).toContain('应有 7 个数，实际有 2 个');
    expect(errorOf(() => readExchange('')).message).toContain('文件是空的');
  });

  it('nesting absurdly deep is refused before JSON.parse, plain or exchange', () => {
    const deep = '['.repeat(200_000);
    expect(errorOf(() => readExchange(deep)).message).toMatch(/嵌套超过 64 层/);
    const deepExchange = `{"format":"zfxxgk-exchange","x":${'['.repeat(200_000)}`;
    const e = errorOf(() => readExchange(deepExchange));
    expect(e).toBeInstanceOf(ExchangeError);
    expect(e.message).toMatch(/嵌套超过 64 层/);
  });

  it('refuses a one-byte change of the content, a changed digest and a truncated file, saying it was changed or damaged', () => {
    const text = goodReportFile();
    const env = JSON.parse(text);
    const oneByte = JSON.stringify({ ...env, content: env.content.replace('4337', '4338') });
    const digest = JSON.stringify({ ...env, sha256: env.sha256.slice(0, -1) + (env.sha256.endsWith('0') ? '1' : '0') });
    for (const changed of [oneByte, digest]) {
      const e = errorOf(() => readExchange(changed));
      expect(e).toBeInstanceOf(ExchangeError);
      expect(e.message).toMatch(/校验值不符/);
      expect(e.message).toMatch(/改动或已损坏/);
      expect(e.message).toMatch(/重新索取/);
    }
    const truncated = text.slice(0, Math.floor(text.length / 2));
    const t = errorOf(() => readExchange(truncated));
    expect(t).toBeInstanceOf(ExchangeError);
    expect(t.message).toMatch(/不完整或已损坏/);
  });

  it('each wrong envelope gets its own Chinese message', () => {
    const env = JSON.parse(goodReportFile());
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...env, schemaVersion: 2 }, /不支持的交换文件版本 schemaVersion=2/],
      [{ ...env, kind: 'letter' }, /kind="letter" 无法识别/],
      [{ ...env, status: 'approved' }, /status="approved" 无法识别/],
      [{ ...env, content: JSON.parse(env.content) }, /content 应为文字/],
      [{ ...env, sha256: undefined }, /缺少有效的校验值/],
      [{ ...env, sha256: 'abc' }, /缺少有效的校验值/],
      [{ ...env, from: '局'.repeat(201) }, /from 过长（最多 200 字）/],
      [{ ...env, schemaVersion: '1' }, /schemaVersion 的类型不对/],
    ];
    for (const [value, message] of cases) {
      const e = errorOf(() => readExchange(JSON.stringify(value)));
      expect(e, JSON.stringify(value).slice(0, 80)).toBeInstanceOf(ExchangeError);
      expect(e.message).toMatch(message);
      expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    }
    // a report inside that is not a report: refused, naming the place
    const content = JSON.stringify({ ...JSON.parse(env.content), year: 'x' });
    const e = errorOf(() => readExchange(JSON.stringify({ ...env, content, sha256: nodeHex(Buffer.from(content)) })));
    expect(e.message).toMatch(/^交换文件中的报告无法读取：year 应为数字/);
    // a key twice in the envelope is ambiguous
    const twice = goodReportFile().replace('"kind": "report",', '"kind": "report",\n  "kind": "comments",');
    expect(errorOf(() => readExchange(twice)).message).toMatch(/"kind" 出现了两次/);
  });
});

describe('exchange files of kind comments', () => {
  const comments: ExchangeComments = {
    unit: '中卫市应急管理局',
    year: 2023,
    comments: [
      { place: { table: 'table3', row: '3.1', col: 6 }, text: '请核对予以公开的件数', author: '中卫市政务公开办', at: '2025-01-22T10:00:00+08:00' },
      { place: { table: 'table2', row: 'licensing' }, text: '行政许可数量偏大', author: '中卫市政务公开办', at: '2025-01-22T10:01:00+08:00' },
      { place: { part: 'problems' }, text: '存在问题写得过于笼统', author: '张三', at: '2025-01-22T10:02:00+08:00' },
      { place: null, text: '整体请按新格式修改', author: '张三', at: '2025-01-22T10:03:00+08:00' },
    ],
  };

  it('write then read: every comment at its place', () => {
    const text = writeExchange({ kind: 'comments', comments, ...META, from: '中卫市政务公开办' });
    expect(JSON.parse(text).status).toBeUndefined();
    expect(readExchange(text)).toEqual({ kind: 'comments', ...META, from: '中卫市政务公开办', comments });
  });

  it('refuses a changed comments file, a comment on a cell that does not exist, and a bad place', () => {
    const text = writeExchange({ kind: 'comments', comments, ...META });
    const env = JSON.parse(text);
    expect(errorOf(() => readExchange(JSON.stringify({ ...env, content: env.content.replace('核对', '核实') }))).message).toMatch(/校验值不符/);
    const withContent = (c: unknown) => {
      const content = JSON.stringify(c);
      return JSON.stringify({ ...env, content, sha256: nodeHex(Buffer.from(content)) });
    };
    const noCell = { ...comments, comments: [{ ...comments.comments[0], place: { table: 'table3', row: '9.9', col: 0 } }] };
    expect(errorOf(() => readExchange(withContent(noCell))).message).toMatch(/第 1 条审核意见指向不存在的单元格/);
    const badPlace = { ...comments, comments: [{ ...comments.comments[0], place: { part: 'appendix' } }] };
    expect(errorOf(() => readExchange(withContent(badPlace))).message).toMatch(/位置（place）应为单元格地址、部分地址或 null/);
    const noText = { ...comments, comments: [{ place: null, author: 'a', at: 'b' }] };
    expect(errorOf(() => readExchange(withContent(noText))).message).toMatch(/comments\[0\]\.text.*缺少此项/);
    expect(errorOf(() => readExchange(withContent([1, 2]))).message).toMatch(/审核意见格式不对/);
    const longText = { ...comments, comments: [{ ...comments.comments[0], text: '很'.repeat(20_001) }] };
    expect(errorOf(() => readExchange(withContent(longText))).message).toMatch(/comments\[0\]\.text.*文字过长（最多 20000 字）/);
  });
});
