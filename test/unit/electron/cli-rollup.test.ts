// nianbao with exchange files, nianbao sum and nianbao check --units, run for real (node bin/nianbao.mjs).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExchange } from '../../../report/exchange';
import { EXPORTERS } from '../../../report/export/index';
import { cellsOf, FORMATS } from '../../../report/format';
import { parseReportJson, reportToJson } from '../../../report/json';
import { getCell, withCell, type Report } from '../../../report/report';
import { busyPreviousYear, busyReport, completeReport, SEED_PATH, seedReport } from '../../fixtures/rules/reports';

const ROOT = path.resolve(__dirname, '../../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'nianbao-rollup-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function nianbao(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin/nianbao.mjs'), ...args], { cwd: ROOT }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}
const put = (name: string, content: string | Uint8Array, dir = tmp) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const META = { app: 'nianbao test', createdAt: '2024-01-20T09:30:00+08:00' };
const exchangeOf = (r: Report) => writeExchange({ kind: 'report', report: r, status: 'final', from: r.unit, ...META });
const oneLine = (stderr: string) => stderr.trimEnd().split('\n').length === 1 && stderr.endsWith('\n');

/** Three units of 中卫市 with different figures and texts. */
function units(): Report[] {
  const a = { ...withCell(busyReport(), { table: 'table2', row: 'licensing' }, 100), unit: '中卫市应急管理局' };
  const b = { ...withCell(completeReport(), { table: 'table2', row: 'feesWanYuan' }, 0.1), unit: '中卫市财政局', title: undefined, parts: busyPreviousYear().parts };
  const c = {
    ...withCell(completeReport(), { table: 'table2', row: 'feesWanYuan' }, 0.2),
    unit: '中卫市交通运输局',
    title: undefined,
    parts: { overview: '本局全年主动公开交通建设信息五十条，涉及公路养护和运输服务。', problems: '解读形式较为单一，下一步将丰富形式。', other: '本局未收取信息处理费。' },
  };
  return [a, b, c];
}

describe('exchange files where a report is read', () => {
  it('check reads an exchange file like its report; a changed one: exit 2, one line saying so', async () => {
    const good = put('x-good.json', exchangeOf(seedReport()));
    const [viaExchange, viaJson] = await Promise.all([nianbao('check', good, '--json'), nianbao('check', SEED_PATH, '--json')]);
    expect(viaExchange.code).toBe(1);
    expect(JSON.parse(viaExchange.stdout)).toEqual(JSON.parse(viaJson.stdout));
    const env = JSON.parse(readFileSync(good, 'utf8'));
    const bad = put('x-bad.json', JSON.stringify({ ...env, content: env.content.replace('4337', '4338') }));
    const changed = await nianbao('check', bad);
    expect(changed.code).toBe(2);
    expect(changed.stdout).toBe('');
    expect(oneLine(changed.stderr)).toBe(true);
    expect(changed.stderr).toMatch(/^nianbao：无法读取 x-bad\.json：交换文件的校验值不符/);
    // a comments file is not a report
    const comments = put('c.json', writeExchange({ kind: 'comments', comments: { unit: 'u', year: 2023, comments: [] }, from: '办', ...META }));
    const c = await nianbao('check', comments);
    expect([c.code, oneLine(c.stderr)]).toEqual([2, true]);
    expect(c.stderr).toContain('审核意见交换文件');
  });

  it('convert reads an exchange file (any extension) and writes the report', async () => {
    const out = path.join(tmp, 'from-exchange.json');
    const { code, stderr } = await nianbao('convert', put('x.txt', exchangeOf(seedReport())), out);
    expect([code, stderr]).toEqual([0, '']);
    expect(parseReportJson(readFileSync(out, 'utf8'))).toEqual(seedReport());
  });
});

describe('nianbao sum', () => {
  it('writes the compiled report (every cell the sum), infers unit and year, provenance on stderr', async () => {
    const [a, b, c] = units();
    const files = [put('a.json', reportToJson(a)), put('b.json', exchangeOf(b)), put('c.docx', await EXPORTERS.docx.write(c))];
    const out = path.join(tmp, 'total.json');
    const { code, stdout, stderr } = await nianbao('sum', ...files, '-o', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const total = parseReportJson(readFileSync(out, 'utf8'));
    expect(total).toMatchObject({ unit: '中卫市人民政府', year: 2023, level: 'government' });
    for (const cell of cellsOf(FORMATS['2021'])) {
      const addends = [a, b, c].map((r) => getCell(r, cell) as number);
      const want = cell.row === 'feesWanYuan' ? 0.3 : addends.reduce((x, y) => x + y, 0);
      expect(getCell(total, cell), JSON.stringify(cell)).toBe(want);
    }
    expect(stderr).toMatch(/^汇总：3 个单位的 2023 年度报告/);
    expect(stderr).toContain('每个单元格都有全部单位的数字');
  });

  it('a unit’s blank stays blank in the total (null), and stderr names the units still blank; --json gives every cell’s provenance', async () => {
    const [a, b] = units();
    const seedLike = { ...seedReport(), unit: '中卫市水务局' }; // table 四 blank
    const files = [put('s1.json', reportToJson(a)), put('s2.json', reportToJson(b)), put('s3.json', reportToJson(seedLike))];
    const out = path.join(tmp, 'partial.json');
    const human = await nianbao('sum', ...files, '-o', out, '--unit', '中卫市政府');
    expect(human.code).toBe(0);
    const total = parseReportJson(readFileSync(out, 'utf8'));
    expect(total.unit).toBe('中卫市政府');
    expect(total.table4.review).toEqual([null, null, null, null, null]);
    expect(human.stderr).toContain('有 15 个单元格因部分单位未填写而留空');
    expect(human.stderr).toContain('表四“行政复议”的“结果维持”：已填单位合计 1；尚未填写：中卫市水务局');
    const json = await nianbao('sum', ...files, '-o', out, '--json');
    expect(json.code).toBe(0);
    const o = JSON.parse(json.stdout);
    expect(o.report).toEqual({ unit: '中卫市人民政府', year: 2023 });
    expect(o.units.map((u: { file: string }) => u.file)).toEqual(['s1.json', 's2.json', 's3.json']);
    expect(o.cells).toHaveLength(cellsOf(FORMATS['2021']).length);
    expect(o.cells.find((x: { table: string; row: string; col: number }) => x.table === 'table4' && x.row === 'review' && x.col === 4)).toEqual({
      table: 'table4',
      row: 'review',
      col: 4,
      value: null,
      sum: 2,
      parts: [
        { unit: '中卫市应急管理局', value: 2 },
        { unit: '中卫市财政局', value: 0 },
      ],
      blank: ['中卫市水务局'],
    });
  });

  it('refuses mixed years, the same unit twice and a missing -o: exit 2, one line, nothing written', async () => {
    const [a, b] = units();
    const out = path.join(tmp, 'never.json');
    const mixed = await nianbao('sum', put('y1.json', reportToJson(a)), put('y0.json', reportToJson({ ...b, year: 2022 })), '-o', out);
    expect([mixed.code, mixed.stdout, oneLine(mixed.stderr)]).toEqual([2, '', true]);
    expect(mixed.stderr).toContain('报告年度不一致：2023 年（y1.json）、2022 年（y0.json）');
    const twice = await nianbao('sum', put('d1.json', reportToJson(a)), put('d2.json', exchangeOf(a)), '-o', out);
    expect([twice.code, oneLine(twice.stderr)]).toEqual([2, true]);
    expect(twice.stderr).toContain('同一单位“中卫市应急管理局”的报告给了两份');
    const noOut = await nianbao('sum', put('n.json', reportToJson(a)));
    expect([noOut.code, oneLine(noOut.stderr)]).toEqual([2, true]);
    expect(noOut.stderr).toContain('-o');
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('nianbao check --units', () => {
  it('every unit’s findings and the rollup rules: a typed government figure off by 6, a copied text', async () => {
    const dir = path.join(tmp, 'units');
    mkdirSync(dir);
    const [a, b, c] = units();
    const copy = { ...a, unit: '中卫市民政局', title: undefined, parts: { ...a.parts } }; // 应急管理局's text
    put('a.json', reportToJson(a), dir);
    put('b.json', exchangeOf(b), dir);
    put('c.docx', await EXPORTERS.docx.write(c), dir);
    put('d.json', reportToJson(copy), dir);
    put('readme.md', '不是报告', dir); // not a report file: not read
    // the government's report: the sum of the four, one figure typed wrong
    const sumDir = await nianbao('sum', ...['a.json', 'b.json', 'c.docx', 'd.json'].map((f) => path.join(dir, f)), '-o', path.join(tmp, 'gov.json'));
    expect(sumDir.code).toBe(0);
    const compiled = parseReportJson(readFileSync(path.join(tmp, 'gov.json'), 'utf8'));
    const gov = withCell({ ...compiled, parts: { ...busyPreviousYear().parts } }, { table: 'table2', row: 'penalty' }, 18 * 4 + 6);
    put('gov.json', reportToJson(gov), dir);
    const { code, stdout, stderr } = await nianbao('check', '--units', dir, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0); // warnings only
    const o = JSON.parse(stdout);
    expect(o.units.map((u: { file: string }) => u.file)).toEqual(['a.json', 'b.json', 'c.docx', 'd.json', 'gov.json']);
    expect(o.rollup.government).toEqual({ file: 'gov.json', unit: '中卫市人民政府', year: 2023 });
    const f = o.rollup.findings;
    expect(f.filter((x: { rule: string }) => x.rule === 'rollup.sum').map((x: Record<string, unknown>) => [x.severity, x.row, x.expected, x.actual])).toEqual([
      ['warning', 'penalty', 72, 78],
    ]);
    expect(f.filter((x: { rule: string }) => x.rule === 'rollup.copied-text').map((x: { unit: string }) => x.unit)).toEqual(['a.json', 'd.json']);
    const human = await nianbao('check', '--units', dir);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('【a.json】');
    expect(human.stdout).toContain('汇总核对：4 个单位，对照本级政府报告“中卫市人民政府2023年政府信息公开工作年度报告”');
    expect(human.stdout).toMatch(/警告：表二“行政处罚”填 78，各单位报告合计 72（相差 \+6）/);
    expect(human.stdout).toMatch(/警告：〔d\.json〕“中卫市民政局”的正文/);
  });

  it('an error in one unit’s report: exit 1; a damaged file, a missing folder: exit 2, one line', async () => {
    const dir = path.join(tmp, 'units-err');
    mkdirSync(dir);
    put('seed.json', readFileSync(SEED_PATH, 'utf8'), dir); // table 四 blank: errors when final
    const withError = await nianbao('check', '--units', dir, '--json');
    expect(withError.code).toBe(1);
    const env = JSON.parse(exchangeOf(seedReport()));
    put('damaged.json', JSON.stringify({ ...env, content: env.content.slice(0, -10) }), dir);
    const damaged = await nianbao('check', '--units', dir);
    expect([damaged.code, damaged.stdout, oneLine(damaged.stderr)]).toEqual([2, '', true]);
    expect(damaged.stderr).toContain('无法读取 damaged.json：交换文件的校验值不符');
    const missing = await nianbao('check', '--units', path.join(tmp, 'no-such-dir'));
    expect([missing.code, oneLine(missing.stderr)]).toEqual([2, true]);
    expect(missing.stderr).toContain('文件夹不存在');
  });

  it('--help names the new commands', async () => {
    const { code, stdout } = await nianbao('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('nianbao sum <单位报告文件>… -o <汇总报告文件>');
    expect(stdout).toContain('nianbao check --units <文件夹>');
  });
});
