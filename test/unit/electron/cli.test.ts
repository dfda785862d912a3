// The nianbao command, run for real: node bin/nianbao.mjs in a child process.
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReportJson, reportToJson } from '../../../report/json';
import { withCell } from '../../../report/report';
import { busyPreviousYear, busyReport, SEED_PATH } from '../../fixtures/rules/reports';

const ROOT = path.resolve(__dirname, '../../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'nianbao-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function nianbao(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin/nianbao.mjs'), ...args], { cwd: ROOT }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

function file(name: string, content: string): string {
  const p = path.join(tmp, name);
  writeFileSync(p, content);
  return p;
}

describe('nianbao check', () => {
  it('seed --json: exit 1, exactly the 15 blanks of table 四 as cell.missing errors, nothing else but info', async () => {
    const { code, stdout, stderr } = await nianbao('check', SEED_PATH, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.report).toEqual({ unit: '中卫市应急管理局', year: 2023 });
    const notInfo = out.findings.filter((f: { severity: string }) => f.severity !== 'info');
    expect(notInfo).toHaveLength(15);
    for (const f of notInfo) expect(f).toMatchObject({ rule: 'cell.missing', severity: 'error', table: 'table4' });
    const places = new Set(notInfo.map((f: { row: string; col: number }) => `${f.row}/${f.col}`));
    expect(places.size).toBe(15);
  });

  it('human output: Chinese, grouped by severity, with a summary', async () => {
    const { code, stdout } = await nianbao('check', SEED_PATH);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('检查：中卫市应急管理局2023年政府信息公开工作年度报告');
    expect(lines).toContain('错误（15 处）');
    expect(lines.indexOf('错误（15 处）')).toBeLessThan(lines.indexOf('提示（1 处）'));
    expect(stdout).toContain('1. 表四“行政复议”的“结果维持”未填写');
    expect(lines.at(-1)).toMatch(/^合计：错误 15 处，警告 0 处，提示 1 处。/);
  });

  it('--previous: cross-year warnings, exit 0 when nothing is an error', async () => {
    const current = file('2023.json', reportToJson(busyReport()));
    const prev = withCell(busyPreviousYear(), { table: 'table3', row: '4', col: 0 }, 2);
    prev.table3['4'][6] = 2;
    const previous = file('2022.json', reportToJson(prev));
    const { code, stdout } = await nianbao('check', current, '--previous', previous, '--json');
    expect(code).toBe(0);
    const f = JSON.parse(stdout).findings.filter((x: { severity: string }) => x.severity !== 'info');
    expect(f.map((x: { rule: string; row: string; col: number }) => [x.rule, x.row, x.col])).toEqual([
      ['cross-year.carry-over', '2', 0],
      ['cross-year.carry-over', '2', 6],
    ]);
    const without = await nianbao('check', current, '--json');
    expect(JSON.parse(without.stdout).findings.filter((x: { severity: string }) => x.severity !== 'info')).toEqual([]);
  });
});

describe('--previous that is not the year before', () => {
  it('two years back: no cross-year findings, a note on stderr saying they were not made', async () => {
    const current = file('2023b.json', reportToJson(busyReport()));
    const prev = withCell(busyPreviousYear(), { table: 'table3', row: '4', col: 0 }, 2);
    prev.table3['4'][6] = 2;
    const previous = file('2021.json', reportToJson({ ...prev, year: busyReport().year - 2 }));
    const { code, stdout, stderr } = await nianbao('check', current, '--previous', previous, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings.filter((x: { rule: string }) => x.rule.startsWith('cross-year.'))).toEqual([]);
    expect(stderr).toContain('不是上一年，未做跨年度核对');
  });

  it('another agency name: compared (renamed agencies), with a note to confirm', async () => {
    const current = file('2023c.json', reportToJson(busyReport()));
    const previous = file('2022c.json', reportToJson({ ...busyPreviousYear(), unit: '另一个局' }));
    const { code, stderr } = await nianbao('check', current, '--previous', previous, '--json');
    expect(code).toBe(0);
    expect(stderr).toContain('请确认是同一机关');
  });
});

describe('bad input: exit 2, one line on stderr, nothing on stdout', () => {
  const cases: [string, () => string[]][] = [
    ['wrong-shaped JSON', () => ['check', file('six.json', JSON.stringify({ ...JSON.parse(readFileSync(SEED_PATH, 'utf8')), table4: undefined }))]],
    ['a string in a cell', () => {
      const o = JSON.parse(readFileSync(SEED_PATH, 'utf8'));
      o.table3['1'][0] = '三';
      return ['check', file('text.json', JSON.stringify(o))];
    }],
    ['an unreadable path', () => ['check', path.join(tmp, 'no-such-file.json')]],
    ['a folder', () => ['check', (mkdirSync(path.join(tmp, 'dir.json'), { recursive: true }), path.join(tmp, 'dir.json'))]],
    ['a non-JSON file', () => ['check', file('binary.json', '\u0000\u0001PK garbage {')]],
    ['an unknown option', () => ['check', SEED_PATH, '--fast']],
    ['--previous without a file', () => ['check', SEED_PATH, '--previous']],
    ['a bad previous report', () => ['check', SEED_PATH, '--previous', file('bad-prev.json', '{}')]],
    ['no command', () => []],
    ['an unknown command', () => ['verify', SEED_PATH]],
  ];
  it.each(cases)('%s', async (_, args) => {
    const { code, stdout, stderr } = await nianbao(...args());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^nianbao：\S/);
    expect(stderr).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the message says what is wrong', async () => {
    expect((await nianbao('check', path.join(tmp, 'missing.json'))).stderr).toContain('找不到文件');
    expect((await nianbao('check', file('nj.json', 'not json'))).stderr).toContain('nj.json：不是有效的 JSON 文件');
  });
});

describe('nianbao convert', () => {
  it('.json to .json keeps the report', async () => {
    const out = path.join(tmp, 'copy.json');
    const { code, stderr } = await nianbao('convert', SEED_PATH, out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(parseReportJson(readFileSync(out, 'utf8'))).toEqual(parseReportJson(readFileSync(SEED_PATH, 'utf8')));
  });

  it('refuses an unknown output type without writing', async () => {
    const { code, stdout, stderr } = await nianbao('convert', SEED_PATH, path.join(tmp, 'out.xls'));
    expect([code, stdout, stderr.trimEnd().split('\n').length]).toEqual([2, '', 1]);
  });
});
