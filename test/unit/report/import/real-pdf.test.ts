// Real published PDFs (test/fixtures/import/real/SOURCES.md): every cell of
// tables 二, 三 and 四 against the figures transcribed by hand from the page,
// and the notes the real layouts call for (a one-row （六）其他处理, a label a
// few characters off) — no other problem.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE3_GROUPS } from '../../../../report/format';
import { importReport } from '../../../../report/import/index';

const DIR = path.resolve(__dirname, '../../../fixtures/import/real');

interface Expected {
  file: string;
  unit: string;
  year: number;
  table2: Record<string, unknown>;
  table3: Record<string, number[]>;
  table4: Record<string, number[]>;
}
const load = (name: string): Expected => JSON.parse(readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8'));
const read = async (e: Expected) => importReport(new Uint8Array(readFileSync(path.join(DIR, e.file))), e.file);

/** The printed rows as the 2021 format holds them: a block printed as one row of zeros is its rows at 0. */
function asStored(t3: Record<string, number[]>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [k, v] of Object.entries(t3)) {
    const g = TABLE3_GROUPS.find((x) => x.key === k && x.items.length);
    if (!g) out[k] = v;
    else for (const it of g.items) out[it.key] = v;
  }
  return out;
}

describe('淮安市人民政府 2024 (WPS PDF, labels of （六） over three lines)', () => {
  it('reads every cell as printed, with no problem', async () => {
    const want = load('huaian-city-2024');
    const { report, problems } = await read(want);
    expect([report.unit, report.year, report.level]).toEqual([want.unit, want.year, 'government']);
    expect(report.table2).toEqual(want.table2);
    expect(report.table3).toEqual(want.table3);
    expect(report.table4).toEqual(want.table4);
    expect(problems).toEqual([]);
    expect(report.parts.problems).toMatch(/^对照上级新要求和公众新期待/);
    expect(report.parts.other).toContain('3940 元');
  }, 30_000);
});

describe.each([
  ['hongze-district-2023', '洪泽区人民政府'],
  ['hongze-district-2024', '淮安市洪泽区人民政府'],
])('%s (WPS PDF, （六）其他处理 printed as one row)', (name, unit) => {
  it('reads every cell as printed; the one row of zeros gives its three rows 0, and the two variants are named', async () => {
    const want = load(name);
    expect(want.unit).toBe(unit);
    const { report, problems } = await read(want);
    expect([report.unit, report.year]).toEqual([want.unit, want.year]);
    expect(report.table2).toEqual(want.table2);
    expect(report.table3).toEqual(asStored(want.table3));
    expect(report.table4).toEqual(want.table4);
    expect(problems.map((p) => [p.row, p.message])).toEqual([
      ['3.3.2', '表三的“2.其他法律行政止公开”与正式名称“2.其他法律行政法规禁止公开”相差几个字，已按该行读入，请核对'],
      ['3.6.1', '表三的“（六）其他处理”只有一行（2019 年版格式的写法），2021 年版分为 3 行；该行全为 0，各行只能都是 0，已按 0 读入，请核对'],
    ]);
  }, 30_000);
});
