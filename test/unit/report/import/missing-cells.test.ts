// §4: a row of table 三 copied with fewer figures than cells (its blank cells
// vanished, as a copy from a PDF loses them) is never shifted left. The
// figures are 淮安市人民政府's 2024 report (test/fixtures/import/real), read from
// the real PDF, written out as copied text, and one row retyped as such a copy
// gives it, with blanks where the report has 0.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importReport } from '../../../../report/import/index';
import { placementsOf } from '../../../../report/import/placement';
import { importText } from '../../../../report/import/txt';
import type { Report } from '../../../../report/report';
import { reportToText } from './import-helpers';

let real: Report;
let text: string;
beforeAll(async () => {
  const file = path.resolve(__dirname, '../../../fixtures/import/real/huaian-city-2024.pdf');
  real = (await importReport(new Uint8Array(readFileSync(file)), 'huaian-city-2024.pdf')).report;
  text = reportToText(real);
}, 30_000);

/** The row labelled `label` as a copy that dropped its blank cells prints it: the label, then its figures, spaces between. */
function retype(label: string, figures: string): string {
  const re = new RegExp(`^([^\\n]*?)${label}\\t.*$`, 'm');
  expect(text).toMatch(re);
  return text.replace(re, (_, before: string) => `${before.replace(/\t+/g, ' ').trim()} ${label} ${figures}`.trim());
}

describe('a row with fewer figures than cells', () => {
  it('one placement fits the row 总计 and the column balances: placed, blanks where they were, said so', () => {
    // row 一 as printed would be 3001 53 0 0 61 4 3119: 科研机构 and 社会公益组织 left blank instead of 0
    const { report, problems } = importText(retype('一、本年新收政府信息公开申请数量', '3001 53 61 4 3119'));
    expect(report.table3['1']).toEqual([3001, 53, null, null, 61, 4, 3119]);
    expect({ ...report.table3, 1: real.table3['1'] }).toEqual(real.table3);
    expect(problems.filter((p) => p.table === 'table3')).toEqual([
      {
        table: 'table3',
        row: '1',
        message: '表三“一、本年新收政府信息公开申请数量”行只读到 5 个数值（应有 7 个）；按本行总计和各列合计只有一种放法，空白在“科研机构”、“社会公益组织”列，已这样读入，请核对',
      },
    ]);
  });

  it('several placements fit (a blank among zeros): the row is blank, marked, its figures kept for the clerk', () => {
    // 1.属于国家秘密 as printed: 2 0 0 0 0 0 2; one 0 left blank could be any of five columns
    const { report, problems } = importText(retype('1.属于国家秘密', '2 0 0 0 0 2'));
    expect(report.table3['3.3.1']).toEqual([null, null, null, null, null, null, null]);
    const p = problems.find((x) => x.row === '3.3.1')!;
    expect(p.values).toEqual([2, 0, 0, 0, 0, 2]);
    expect(p.message).toBe(
      '表三“（三）不予公开1.属于国家秘密”行只读到 6 个数值（应有 7 个）：2、0、0、0、0、2；无法确定空白在哪一列，该行按空白处理，请在预览中按原件填入该行',
    );
  });

  it('figures no placement fits (the 总计 disagrees): marked, never guessed', () => {
    const { report, problems } = importText(retype('2.重复申请', '25 0 0 0 0 26'));
    expect(report.table3['3.5.2']).toEqual(Array(7).fill(null));
    expect(problems.find((x) => x.row === '3.5.2')?.values).toEqual([25, 0, 0, 0, 0, 26]);
  });

  it('placements: every way in order, C(n, k) of them', () => {
    expect(placementsOf(2, 3)).toEqual([[0, 1], [0, 2], [1, 2]]);
    expect(placementsOf(5, 7)).toHaveLength(21);
  });
});
