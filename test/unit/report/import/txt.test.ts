// The .txt importer: text copied out of a published report.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport, ImportError } from '../../../../report/import/index';
import { rejoin } from '../../../../report/import/rejoin';
import { importText } from '../../../../report/import/txt';
import { parseReportJson } from '../../../../report/json';
import { asEdition, withCell, type Report } from '../../../../report/report';
import { pick, randomReport, reportToText } from './import-helpers';

const SHARED = path.resolve(__dirname, '../../../fixtures/shared');
const FIX = path.resolve(__dirname, '../../../fixtures/import');
const seedText = readFileSync(path.join(SHARED, 'seeds/000_68281a0ece325528.txt'));
const seedReport = parseReportJson(readFileSync(path.join(SHARED, 'spec/seed-report.json'), 'utf8'));

const txt = (s: string) => importReport(new TextEncoder().encode(s), 'r.txt');

describe('the seed text', () => {
  it('imports to exactly seed-report.json, with nothing unread', async () => {
    const { report, problems } = await importReport(seedText, '000_68281a0ece325528.txt');
    expect(pick(report)).toEqual(pick(seedReport));
    expect(problems).toEqual([]);
  });

  it('reads table 二’s row labelled 规范性文件 (without 行政, as 7 of 22 real reports print it) as 行政规范性文件', async () => {
    const text = seedText.toString('utf8').replace('行政规范性文件\t0\t0\t0', '规范性文件\t3\t1\t12');
    expect(text).not.toBe(seedText.toString('utf8'));
    const { report, problems } = await txt(text);
    expect(report.table2.normativeDocuments).toEqual([3, 1, 12]);
    expect(report.table2.rules).toEqual(seedReport.table2.rules);
    expect(problems).toEqual([{ table: 'table2', row: 'normativeDocuments', message: '表二的“规范性文件”行按正式名称“行政规范性文件”读入，请核对' }]);
  });

  it('reads the same from GB18030 and UTF-16 files', async () => {
    for (const f of ['seed-gb18030.txt', 'seed-utf16le.txt']) {
      const { report } = await importReport(readFileSync(path.join(FIX, f)), f);
      expect(pick(report), f).toEqual(pick(seedReport));
    }
  });

  it('rejoins paragraphs cut by a page break but keeps headings and finished sentences apart', () => {
    expect(rejoin(['总计公开信息 80 余', '条。其中：预决算 2 条。', '（一）主动公开情况', '加强公开力度，', '严格审核。'])).toEqual([
      '总计公开信息 80 余条。其中：预决算 2 条。',
      '（一）主动公开情况',
      '加强公开力度，严格审核。',
    ]);
    expect(rejoin(['未收取信息处理费', '本报告电子版可从网站下载。'])).toEqual(['未收取信息处理费', '本报告电子版可从网站下载。']);
  });
});

describe('random reports written as copied text', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`seed ${seed} reads back the same, also with (六) brackets and a 小计 column`, async () => {
      const r = randomReport(seed);
      for (const opts of [{}, { halfWidth: true }, { subtotal: true }]) {
        const { report, problems } = await txt(reportToText(r, opts));
        expect(pick(report), JSON.stringify(opts)).toEqual(pick(r));
        // a row with blanks at both ends is ambiguous in text; that is said, and nothing else
        expect(problems.filter((p) => !p.message.includes('无法确定空白'))).toEqual([]);
      }
    });
  }
});

describe('variants of table 三', () => {
  const full = withCell(withCell(seedReport, { table: 'table3', row: '3.1', col: 1 }, 5), { table: 'table3', row: '3.1', col: 6 }, 5);

  it('checks the 小计 column against the five organisations and says so when it differs', async () => {
    const lines = reportToText(full, { subtotal: true }).split('\n');
    const i = lines.findIndex((l) => l.includes('予以公开'));
    const cells = lines[i].split('\t');
    expect(cells[4]).toBe('5'); // 自然人 at 3, 小计 at 4
    cells[4] = '7';
    lines[i] = cells.join('\t');
    const { report, problems } = await txt(lines.join('\n'));
    expect(report.table3['3.1']).toEqual([0, 5, 0, 0, 0, 0, 5]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ table: 'table3', row: '3.1' });
    expect(problems[0].message).toContain('小计');
    expect(problems[0].message).toContain('7');
  });

  it('reads 8-number rows without a 小计 header, and says how it read them', async () => {
    const text = reportToText(full, { subtotal: true }).replace('\t小计\t', '\t');
    const { report, problems } = await txt(text);
    expect(pick(report)).toEqual(pick(full));
    // said once for the table, not once a row
    expect(problems).toEqual([{ table: 'table3', row: '1', message: '表三“一、本年新收政府信息公开申请数量”行起有 8 个数值，已按含“法人或其他组织 小计”列读入（小计列不保存）' }]);
  });

  it('finds a label broken over two lines', async () => {
    const text = reportToText(full).replace('（二）部分公开（区分处理的，只计这一情形，', '（二）部分公开（区分处理的，\n只计这一情形，');
    expect(text).toContain('区分处理的，\n');
    const { report, problems } = await txt(text);
    expect(pick(report)).toEqual(pick(full));
    expect(problems).toEqual([]);
  });

  it('reports a row that is not there, and leaves it blank', async () => {
    const text = reportToText(full)
      .split('\n')
      .filter((l) => !l.includes('2.重复申请'))
      .join('\n');
    const { report, problems } = await txt(text);
    expect(report.table3['3.5.2']).toEqual([null, null, null, null, null, null, null]);
    expect(problems).toEqual([expect.objectContaining({ table: 'table3', row: '3.5.2' })]);
    expect(problems[0].message).toContain('2.重复申请');
  });
});

describe('blank cells in copied text', () => {
  it('says when a row with empty cells at both ends cannot be placed for certain', async () => {
    const base = '某某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n';
    const { report, problems } = await txt(base + '一、本年新收政府信息公开申请数量\t\t1\t2\t3\t4\t5\t6\t\n');
    expect(report.table3['1']).toEqual([1, 2, 3, 4, 5, 6, null]);
    expect(problems).toContainEqual(expect.objectContaining({ table: 'table3', row: '1' }));
    expect(problems.find((p) => p.row === '1')!.message).toContain('无法确定空白');
    // one stray cell on each side, as in the seed: nothing to choose
    const clear = await txt(base + '一、本年新收政府信息公开申请数量\t\t1\t2\t3\t4\t5\t6\t7\t\n');
    expect(clear.report.table3['1']).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(clear.problems.filter((p) => p.row === '1')).toEqual([]);
  });
});

describe('cells that are not numbers', () => {
  const withBlanks = withCell(
    withCell(withCell(seedReport, { table: 'table2', row: 'licensing' }, null), { table: 'table3', row: '3.3.3', col: 2 }, null),
    { table: 'table4', row: 'review', col: 0 },
    7,
  );
  for (const mark of ['—', '/', '无']) {
    it(`reads “${mark}” as blank and says so, cell by cell`, async () => {
      const { report, problems } = await txt(reportToText(withBlanks, { blank: mark }));
      expect(pick(report)).toEqual(pick(withBlanks));
      const places = problems.map((p) => [p.table, p.row, p.col].join(' '));
      expect(places).toContain('table2 licensing ');
      expect(places).toContain('table3 3.3.3 2');
      expect(places).toContain('table4 review 1');
      expect(problems).toHaveLength(1 + 1 + 14);
      expect(problems.every((p) => p.message.includes(`“${mark}”`) && p.message.includes('空白'))).toBe(true);
    });
  }

  it('refuses text, fractions and negatives in count cells, naming the cell', async () => {
    const text = reportToText(seedReport).replace('行政许可\t4337', '行政许可\t四千').replace('行政处罚\t18', '行政处罚\t1.5').replace('行政强制\t0', '行政强制\t-3');
    const { report, problems } = await txt(text);
    expect([report.table2.licensing, report.table2.penalty, report.table2.coercion]).toEqual([null, null, null]);
    expect(problems.map((p) => p.row)).toEqual(['licensing', 'penalty', 'coercion']);
    expect(problems[0].message).toContain('行政许可');
  });

  it('accepts full-width digits and thousands separators, and fee decimals', async () => {
    const text = reportToText(seedReport).replace('行政许可\t4337', '行政许可\t４，３３７').replace('行政事业性收费\t0', '行政事业性收费\t12.3456');
    const { report, problems } = await txt(text);
    expect(report.table2.licensing).toBe(4337);
    expect(asEdition(report, '2021').table2.feesWanYuan).toBe(12.3456);
    expect(problems).toEqual([]);
  });
});

describe('title, level and parts', () => {
  it('reads a government report with spaces in its title, or a title over two lines', async () => {
    const a = importText('某某县人民政府 ２０２２ 年政府信息公开工作年度报告\n一、总体情况\n正文。\n');
    expect([a.report.unit, a.report.year, a.report.level, a.report.title]).toEqual(['某某县人民政府', 2022, 'government', '某某县人民政府2022年政府信息公开工作年度报告']);
    const b = importText('某某市教育局\n2021年政府信息公开工作年度报告\n一、总体情况\n正文。\n');
    expect([b.report.unit, b.report.year, b.report.level]).toEqual(['某某市教育局', 2021, 'department']);
  });

  it('says which parts and tables it did not find', async () => {
    const { report, problems } = importText('某某局2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n五、存在的主要问题及改进情况\n问题。\n');
    expect(report.parts).toEqual({ overview: '正文。', problems: '问题。', other: '' });
    const where = problems.map((p) => p.part ?? `${p.table}${p.row ? ' ' + p.row : ''}`);
    expect(where).toEqual(expect.arrayContaining(['other', 'table2', 'table3', 'table4']));
    expect(where).not.toContain('overview');
  });

  it('refuses a report in the 2019 format', async () => {
    const text = '某某局2019年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0\n';
    await expect(txt(text)).rejects.toThrow(/2019 年版格式/);
  });

  it('refuses a text that is not a report', async () => {
    await expect(txt('会议纪要\n今天天气很好，大家讨论了食堂的菜单。\n')).rejects.toThrow(ImportError);
    await expect(txt('会议纪要\n今天天气很好。\n')).rejects.toThrow(/不是政府信息公开工作年度报告/);
    await expect(txt('   \n\n')).rejects.toThrow(/空/);
  });
});

describe('what surrounds the report', () => {
  it('says when lines before the title are left out', () => {
    const { report, problems } = importText('首页 > 政务公开 > 年报\n某某局2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n');
    expect(report.unit).toBe('某某局');
    expect(problems[0]).toMatchObject({ part: 'title' });
    expect(problems[0].message).toContain('首页');
  });
});

describe('text copied out of a PDF', () => {
  it('reads table rows whose cells are separated by spaces instead of tabs', async () => {
    const r = randomReport(51);
    const text = reportToText(r, { blank: '—' })
      .split('\n')
      .map((l) => l.replace(/\t+/g, ' '))
      .join('\n');
    expect(text).not.toContain('\t');
    const { report } = await txt(text);
    expect(pick(report)).toEqual(pick(r));
  });

  it('refuses a 2019-format report even when its headings are missing', async () => {
    await expect(txt('某某局2019年政府信息公开工作年度报告\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n')).rejects.toThrow(/2019 年版格式/);
  });

  it('finds part headings written without 一、 (Word list numbering) or with a colon', () => {
    const { report, problems } = importText('某某局2023年政府信息公开工作年度报告\n总体情况\n正文。\n五、存在的主要问题及改进情况：\n问题。\n其他需要报告的事项\n无。\n');
    expect(report.parts).toEqual({ overview: '正文。', problems: '问题。', other: '无。' });
    expect(problems.filter((p) => p.part)).toEqual([]);
  });
});

describe('tables in another order, text beside tables', () => {
  it('finds table 三 rows by their labels in any order', async () => {
    const r = randomReport(61);
    const lines = reportToText(r).split('\n');
    const from = lines.findIndex((l) => l.startsWith('一、本年新收'));
    const to = lines.findIndex((l) => l.startsWith('四、结转下年度'));
    const rows = lines.slice(from, to + 1);
    // reversed: group labels now come after their items, so only the labels themselves can place the rows
    const shuffled = [...rows].reverse();
    const text = [...lines.slice(0, from), ...shuffled, ...lines.slice(to + 1)].join('\n');
    const { report, problems } = await txt(text);
    expect(report.table3).toEqual(r.table3);
    expect(problems.filter((p) => !p.message.includes('无法确定空白'))).toEqual([]);
  });

  it('says when a sentence beside a table is not imported', async () => {
    const text = reportToText(seedReport).replace('二、主动公开政府信息情况\n', '二、主动公开政府信息情况\n本年度主动公开情况见下表。\n');
    const { report, problems } = await txt(text);
    expect(pick(report)).toEqual(pick(seedReport));
    expect(problems).toEqual([expect.objectContaining({ table: 'table2' })]);
    expect(problems[0].message).toContain('本年度主动公开情况见下表');
  });
});

describe('a report.json under a .txt name', () => {
  it('is read as the interchange form', async () => {
    const json = readFileSync(path.join(SHARED, 'spec/seed-report.json'));
    const { report } = await importReport(json, 'report.txt');
    expect(pick(report)).toEqual(pick(seedReport));
  });
});

describe('one cell per line (copied out of a PDF)', () => {
  it('gathers the values under their labels', async () => {
    const r = randomReport(71);
    // no blanks in tables 二 and 三: a blank leaves no line of its own in such a copy
    const t2 = r.table2;
    t2.rules = t2.rules.map((v) => v ?? 1) as typeof t2.rules;
    t2.normativeDocuments = t2.normativeDocuments.map((v) => v ?? 2) as typeof t2.normativeDocuments;
    for (const k of ['licensing', 'penalty', 'coercion', 'feesWanYuan'] as const) t2[k] = t2[k] ?? 3;
    for (const k of Object.keys(r.table3)) r.table3[k] = r.table3[k].map((v) => v ?? 4) as typeof r.table3[string];
    const lines = reportToText(r).split('\n');
    const t4 = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
    const text = [...lines.slice(0, t4).flatMap((l) => l.split('\t').filter(Boolean)), ...lines.slice(t4)].join('\n');
    const { report, problems } = await txt(text);
    expect(pick(report)).toEqual(pick(r));
    expect(problems).toEqual([]);
  });
});
