// The seed text changed the ways real web copies differ from it: the page's
// information box and buttons, headings reworded or run on with their first
// sentence, the title in another order. Each must read as the seed does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPageFurniture } from '../../../../report/import/page';
import { importText } from '../../../../report/import/txt';
import { asEdition, type Report } from '../../../../report/report';

const seedText = readFileSync(path.resolve(__dirname, '../../../fixtures/shared/seeds/000_68281a0ece325528.txt'), 'utf8');
const seed = importText(seedText).report;
const KEYS = ['unit', 'year', 'level', 'preamble', 'parts', 'closing', 'table2', 'table3', 'table4'] as const;
const pick = (r: Report) => Object.fromEntries(KEYS.map((k) => [k, r[k]]));

/** Replace one line of the seed (it must be there). */
function change(text: string, from: RegExp, to: string): string {
  expect(text).toMatch(from);
  return text.replace(from, to);
}

describe('web page furniture', () => {
  const box = [
    '索 引 号 | 014416330/2018-04736 | 分 类 | 政府信息公开年报 |',
    '发布机构 | 市政府办 | 发文日期 | 2018-02-28 |',
    '  • 听全文',
    '  • 2024-03-08',
    '  • 来源:广州市人民政府办公厅',
    '  • 6135',
    '字号:',
    '【打印】【关闭】',
  ];

  it('between the title and the preamble is dropped, and said so', () => {
    const text = change(seedText, /^(中卫市应急管理局 2023 年政府信息公开工作年度报告)$/m, `$1\n${box.join('\n')}`);
    const { report, problems } = importText(text);
    expect(pick(report)).toEqual(pick(seed));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(new RegExp(`^网页上的“索 引 号 \\| 014416330.*”等 ${box.length} 行不属于报告，未导入$`));
  });

  it.each([
    '来源于群众的意见建议均已办理。',
    '2023年1月1日至12月31日',
    '本报告统计数据从 2023 年 1 月 1 日至 2023 年 12 月 31 日。',
  ])('a sentence of the report is never furniture: “%s”', (line) => {
    expect(isPageFurniture(line)).toBe(false);
  });
});

describe('part headings as offices write them', () => {
  it('reworded headings of parts 四 and 五 still cut the parts', () => {
    let text = change(seedText, /^四、政府信息公开行政复议、行政诉讼情况$/m, '四、因政府信息公开被申请行政复议、提起行政诉讼情况');
    text = change(text, /^五、存在的主要问题及改进情况$/m, '五、政府信息公开工作存在的主要问题及改进措施');
    text = change(text, /^六、其他需要报告的事项$/m, '六、其他需要报告事项');
    const { report, problems } = importText(text);
    expect(pick(report)).toEqual(pick(seed));
    expect(problems).toEqual([]);
  });

  it('a heading run on with its first sentence keeps both', () => {
    let text = change(seedText, /^一、总体情况\n\n/m, '一、总体情况。');
    text = change(text, /^五、存在的主要问题及改进情况\n\n/m, '五、存在的主要问题及改进情况：');
    const { report, problems } = importText(text);
    expect(pick(report)).toEqual(pick(seed));
    expect(problems).toEqual([]);
  });

  it.each([
    ['（1）', (n: string) => `（${n}）`],
    ['①', (n: string) => '①②③④⑤⑥⑦⑧'[Number(n) - 1]],
    ['1)', (n: string) => `${n})`],
  ])('table 三 items numbered %s read as 1.', (_, mark) => {
    const text = seedText.replace(/(^|\t)([1-8])[.．](?=[^\d])/gm, (_m, pre: string, n: string) => pre + mark(n));
    expect(text).not.toMatch(/\t[1-8]\.属于/);
    const { report, problems } = importText(text);
    expect(pick(report)).toEqual(pick(seed));
    expect(problems).toEqual([]);
  });

  it('a table 三 row label that starts like a heading (一、本年新收…) stays in the table', () => {
    expect(seed.table3['1']).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(seed.parts.overview).not.toContain('本年新收');
  });
});

describe('titles in other orders', () => {
  it.each([
    ['2023年度中卫市应急管理局政府信息公开工作年度报告', '中卫市应急管理局', 'department'],
    ['中卫市应急管理局2023年度政府信息公开工作报告', '中卫市应急管理局', 'department'],
    ['2023年中卫市人民政府政府信息公开工作年度报告', '中卫市人民政府', 'government'],
    ['2023年长春市二道区人民政府信息公开工作年度报告', '长春市二道区人民政府', 'government'],
    ['《中卫市应急管理局2023年政府信息公开工作年度报告》', '中卫市应急管理局', 'department'],
    ['中卫市应急管理局政府信息公开工作年度报告（2023年度）', '中卫市应急管理局', 'department'],
    ['中卫市人民政府政府信息公开工作年度报告(2023年)', '中卫市人民政府', 'government'],
    ['中卫市应急管理局关于2023年度政府信息公开工作年度报告', '中卫市应急管理局', 'department'],
  ])('%s', (title, unit, level) => {
    const text = change(seedText, /^中卫市应急管理局 2023 年政府信息公开工作年度报告$/m, title);
    const { report, problems } = importText(text);
    expect([report.unit, report.year, report.level]).toEqual([unit, 2023, level]);
    expect({ ...pick(report), unit: seed.unit, level: seed.level }).toEqual(pick(seed));
    expect(problems).toEqual([]);
  });
});

describe('values written with their unit', () => {
  const seedWith = (from: RegExp, to: string) => importText(change(seedText, from, to));

  it('12件 in a count cell is 12, said nowhere (nothing was guessed)', () => {
    const { report, problems } = seedWith(/^行政许可\t4337/m, '行政许可\t4337件');
    expect(report.table2.licensing).toBe(4337);
    expect(problems).toEqual([]);
  });

  it('3.5万元 in the fee cell is 3.5; 35000元 is converted to 万元 and said so', () => {
    expect(asEdition(seedWith(/^(行政事业性收费\t)0/m, '$13.5万元').report, '2021').table2.feesWanYuan).toBe(3.5);
    const { report, problems } = seedWith(/^(行政事业性收费\t)0/m, '$135000元');
    expect(asEdition(report, '2021').table2.feesWanYuan).toBe(3.5);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/“35000元”，已换算为 3\.5 万元/)]);
  });

  it('a fee column headed 单位：元 is converted to 万元 and said so', () => {
    let text = change(seedText, /本年收费金额（单位：万元）/, '本年收费金额（单位：元）');
    text = change(text, /^(行政事业性收费\t)0/m, '$112000');
    const { report, problems } = importText(text);
    expect(asEdition(report, '2021').table2.feesWanYuan).toBe(1.2);
    expect(problems.map((p) => p.message)).toEqual(['表二的收费金额写明单位为“元”，12000 元已换算为 1.2 万元，请核对']);
  });

  it('a count in 万元 is not a count', () => {
    const { report, problems } = seedWith(/^行政许可\t4337/m, '行政许可\t4337万元');
    expect(report.table2.licensing).toBeNull();
    expect(problems).toHaveLength(1);
  });
});

describe('table 三 labels run together (review pass)', () => {
  // distinct numbers in every row, so a row read into the wrong place shows
  const numbered = (() => {
    const lines = seedText.split('\n');
    const from = lines.findIndex((l) => l.startsWith('一、本年新收'));
    const to = lines.findIndex((l) => l.startsWith('四、结转下年度'));
    return lines
      .map((l, i) => {
        if (i < from || i > to) return l;
        let c = 0;
        return l.replace(/\t0(?=\t|$)/g, () => `\t${i * 10 + c++}`);
      })
      .join('\n');
  })();
  const ref = importText(numbered).report;

  it('the numbered seed reads with distinct values (the fixture is sound)', () => {
    expect(ref.table3['3.1']).not.toEqual(ref.table3['3.2']);
    expect(new Set(Object.values(ref.table3).map((r) => r[0])).size).toBe(25);
  });

  it('三、本年度办理结果（一）予以公开 and （三）不予公开1.属于国家秘密 as one cell each', () => {
    const text = change(
      change(numbered, /三、本年度办理结果\t（一）予以公开/, '三、本年度办理结果（一）予以公开'),
      /\t（三）不予公开\t1\.属于国家秘密/,
      '\t（三）不予公开1.属于国家秘密',
    );
    const { report, problems } = importText(text);
    expect(problems).toEqual([]);
    expect(report.table3).toEqual(ref.table3);
  });

  it('the same labels on their own line, separated by a space, numbers on the next line', () => {
    const text = change(numbered, /三、本年度办理结果\t（一）予以公开\t/, '三、本年度办理结果 （一）予以公开\n');
    const { report, problems } = importText(text);
    expect(problems).toEqual([]);
    expect(report.table3).toEqual(ref.table3);
  });

  it('CRLF line endings, a BOM, tabs replaced by runs of spaces: read the same', () => {
    for (const text of [numbered.replace(/\n/g, '\r\n'), '\ufeff' + numbered, numbered.replace(/\t/g, '    '), numbered.replace(/\t/g, ' ')]) {
      const { report, problems } = importText(text);
      expect(problems).toEqual([]);
      expect(pick(report)).toEqual(pick(ref));
    }
  });

  it('every row label of table 三 on its own line, the numbers on the next', () => {
    const text = numbered.replace(/^(.*?[^\d\t])\t+(?=\d+\t\d)/gm, (_, label: string) => `${label.replace(/^\t+/, '')}\n`);
    expect(text).toMatch(/1\.属于国家秘密\n\d+\t/);
    const { report, problems } = importText(text);
    expect(problems).toEqual([]);
    expect(report.table3).toEqual(ref.table3);
  });

  it('table 四 filled with zeros on one line, separated by spaces', () => {
    const lines = numbered.split('\n');
    const header = lines.findIndex((l) => l.startsWith('\t\t\t\t\t结果 维持'));
    lines.splice(header + 1, 0, Array(15).fill('0').join(' '));
    const { report, problems } = importText(lines.join('\n'));
    expect(problems).toEqual([]);
    expect(report.table4).toEqual({ review: [0, 0, 0, 0, 0], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [0, 0, 0, 0, 0] });
  });
});
