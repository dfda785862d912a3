// §2: the known variants of labels and header words, each read as the official
// one with a note naming it; built on the seed (a real published report, 中卫市应急管理局 2023)
// with the variant printed where real reports print it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerVariantOf } from '../../../../report/import/headers';
import { importText } from '../../../../report/import/txt';
import type { Report } from '../../../../report/report';

const seedText = readFileSync(path.resolve(__dirname, '../../../fixtures/shared/seeds/000_68281a0ece325528.txt'), 'utf8');
const seed = importText(seedText).report;
const tables = (r: Report) => [r.table2, r.table3, r.table4];

function change(text: string, from: RegExp, to: string): string {
  expect(text).toMatch(from);
  return text.replace(from, to);
}

describe('header words printed otherwise', () => {
  it('先行有效件数 (for 现行有效件数) and 行政法复议 (for 行政复议): the tables read as the seed, one note for each', () => {
    let text = change(seedText, /^(信息内容\t本年制发件数\t本年废止件数\t)现行有效件数$/m, '$1先行有效件数');
    text = change(text, /^行政复议(\t+行政诉讼)/m, '行政法复议$1');
    const { report, problems } = importText(text);
    expect(tables(report)).toEqual(tables(seed));
    expect(problems).toEqual([
      { table: 'table2', message: '表二的表头“先行有效件数”与正式名称“现行有效件数”不同，已按“现行有效件数”读入，请核对' },
      { table: 'table4', message: '表四的表头“行政法复议”与正式名称“行政复议”不同，已按“行政复议”读入，请核对' },
    ]);
  });

  it('a header a character off (社会公益组织 as 社会公意组织) is named; the official words and the row labels are not', () => {
    const isLabel = () => false;
    expect(headerVariantOf('社会公意组织', 'table3', isLabel)).toBe('社会公益组织');
    expect(headerVariantOf('社会公益组织', 'table3', isLabel)).toBeUndefined();
    expect(headerVariantOf('本年制发件数', 'table2', isLabel)).toBeUndefined();
    expect(headerVariantOf('12', 'table2', isLabel)).toBeUndefined();
    expect(headerVariantOf('本年收费金额（单位：元）', 'table2', isLabel)).toBeUndefined(); // its unit has a note of its own
    expect(headerVariantOf('规范性文件', 'table2', () => true)).toBeUndefined();
  });
});
