// Real published reports, as their web pages were stored (test/fixtures/real,
// sources in SOURCES.md). The stored copies end after about 2,000 characters,
// so each is a report cut short: the values asserted here were read off the
// page by eye, and the import problems expected are those of a cut-off copy.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport, ImportError, type ImportProblem } from '../../../../report/import/index';
import { OLD_FORMAT_MESSAGE } from '../../../../report/import/rows';
import type { Report } from '../../../../report/report';
import { validateReport } from '../../../../report/rules/index';

const REAL = path.resolve(__dirname, '../../../fixtures/real');
const read = (name: string) => importReport(readFileSync(path.join(REAL, name)), name);

/** Every problem is one of the expected kinds, and every expected kind occurs. */
function expectProblems(problems: ImportProblem[], expected: RegExp[]): void {
  const messages = problems.map((p) => p.message);
  for (const m of messages) expect(expected.some((re) => re.test(m)), `unexpected problem: ${m}`).toBe(true);
  for (const re of expected) expect(messages.some((m) => re.test(m)), `missing problem ${re}`).toBe(true);
}
/** The parts a copy cut inside part 二 or 三 cannot have. */
const CUT_IN_TABLES = [/没有找到“四、政府信息公开行政复议/, /没有找到“五、存在的主要问题/, /没有找到“六、其他需要报告/, /没有找到表四/];
const CUT_IN_OVERVIEW = [/没有找到“二、主动公开/, /没有找到“三、收到和处理/, /没有找到表二/, /没有找到表三/, ...CUT_IN_TABLES];
const findings = (r: Report, rule: string) => validateReport(r, { final: true }).filter((f) => f.rule === rule);

describe('a district department, 2024 (a | b | rows, table 三 cut at row 7)', () => {
  it('reads every value present into its row and column', async () => {
    const { report: r, problems } = await read('longgang-dept-2024.txt');
    expect([r.unit, r.year, r.level]).toEqual(['', 2024, 'department']);
    expect(r.parts.overview).toMatch(/^本年报根据《中华人民共和国政府信息公开条例》/);
    expect(r.table2).toEqual({ rules: [0, 0, 0], normativeDocuments: [5, 1, 25], licensing: 0, penalty: 0, coercion: 0, feesWanYuan: 0 });
    expect(r.table3['1']).toEqual([58, 7, 0, 0, 1, 0, 66]);
    expect(r.table3['2']).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(r.table3['3.1']).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(r.table3['3.2']).toEqual([16, 1, 0, 0, 0, 0, 17]);
    expect(r.table3['3.3.5']).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(r.table3['3.3.7']).toEqual([0, 0, 0, 0, 0, 0, null]); // the copy ends before its 总计
    expect(r.table3['3.3.8']).toEqual(Array(7).fill(null));
    expectProblems(problems, [/没有找到报告标题：年度为 2024 年，单位名称为空/, /7\.属于行政执法案卷”行只读到 6 个数值/, /表三中有 14 行没有找到/, ...CUT_IN_TABLES]);
    // the rows it has add up: no false sums
    expect(findings(r, 'table3.row-total')).toEqual([]);
  });
});

describe('a district government office, 2022 (one cell per line, each ending in |)', () => {
  it('reads the tables and keeps the sentence beside table 三 out, saying so', async () => {
    const { report: r, problems } = await read('hanyang-gov-office-2022.txt');
    expect([r.year, r.level]).toEqual([2022, 'department']);
    expect(r.preamble).toMatch(/^根据《中华人民共和国政府信息公开条例》和政府信息公开工作的有关要求/);
    // 规章's 现行有效件数 is an empty cell on the page (a lone |): blank, in its own column
    expect(r.table2).toEqual({ rules: [0, 0, null], normativeDocuments: [5, 12, 8], licensing: 0, penalty: 0, coercion: 0, feesWanYuan: 0 });
    expect(r.table3['1']).toEqual([8, 0, 0, 0, 0, 0, 8]);
    expect(r.table3['2']).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expectProblems(problems, [
      /表格以外的文字未导入：“2022年,区政府办公室共收到8份/,
      /没有找到报告标题：年度为 2022 年/,
      /表三中有 23 行没有找到/,
      ...CUT_IN_TABLES,
    ]);
  });
});

describe('a county justice bureau, 2021 (one cell per line, ||| frames)', () => {
  it('reads the fee in 万元 and the rows of table 三', async () => {
    const { report: r, problems } = await read('yngm-county-justice-2021.txt');
    expect(r.year).toBe(2021);
    expect(r.table2).toEqual({ rules: [0, 0, 0], normativeDocuments: [0, 0, 0], licensing: 0, penalty: 0, coercion: 0, feesWanYuan: 20.3 });
    expect(r.table3['1']).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(r.table3['2']).toEqual([0, 0, 0, 0, null, null, null]);
    expect(r.parts.overview).toMatch(/^一是加强组织领导。/);
    expect(r.parts.overview).toContain('政府信息公开行政复议、行政诉讼0条。');
    expectProblems(problems, [/没有找到报告标题/, /上年结转政府信息公开申请数量”行只读到 4 个数值/, /表三中有 23 行没有找到/, ...CUT_IN_TABLES]);
  });
});

describe('a new-area committee, 2025 (title year first, every cell on its own line between blank lines)', () => {
  it('reads unit and year from 2025年度长春新区管委会…, and table 二 cell by cell', async () => {
    const { report: r, problems } = await read('changchun-xinqu-2025.txt');
    expect([r.unit, r.year, r.level]).toEqual(['长春新区管委会', 2025, 'department']);
    expect(r.preamble).toMatch(/^按照《中华人民共和国政府信息公开条例》/);
    expect(r.preamble).not.toContain('发布日期');
    expect(r.parts.overview).toMatch(/^2025年,本单位严格遵循/);
    expect(r.table2).toEqual({ rules: [0, 0, 0], normativeDocuments: [1, 8, 15], licensing: 29858, penalty: 912, coercion: 7, feesWanYuan: 5125.11 });
    expectProblems(problems, [/标题之前的 1 行文字未导入（如“登录 注册”）/, /网页上的“发布日期/, /没有找到表三/, ...CUT_IN_TABLES]);
  });
});

describe('a sub-district office, 2022 (title line, | ||| rows)', () => {
  it('reads the unit from the title and table 二', async () => {
    const { report: r, problems } = await read('erlang-street-2022.txt');
    expect([r.unit, r.year, r.level]).toEqual(['重庆市九龙坡区二郎街道办事处', 2022, 'department']);
    expect(r.parts.overview.split('\n')[0]).toBe('(一)主动公开情况');
    expect(r.table2).toEqual({ rules: [0, 0, 0], normativeDocuments: [4, 0, 4], licensing: 0, penalty: 0, coercion: 0, feesWanYuan: null });
    expectProblems(problems, [/没有找到“三、收到和处理/, /表二中没有找到“行政事业性收费”行/, /没有找到表三/, ...CUT_IN_TABLES]);
  });
});

describe('a county bureau, 2021 (title line without unit or year, 规章（县级无此项）)', () => {
  it('takes the unit from 由…编制 and reads the noted 规章 row', async () => {
    const { report: r, problems } = await read('baokang-agri-2021.txt');
    expect([r.unit, r.year, r.level]).toEqual(['保康县农业农村局', 2021, 'department']);
    expect(r.preamble).toMatch(/^本报告依据/); // the bare title line is not preamble
    expect(r.table2).toEqual({ rules: [0, 0, 0], normativeDocuments: [0, 0, 0], licensing: null, penalty: 5, coercion: 0, feesWanYuan: 0 });
    // the copy stops inside the heading of part 三: taken for it by its number, flagged
    expectProblems(problems, [/单位按正文中的“由保康县农业农村局编制”读入/, /部分标题“三、收到和处理政府信息公开”与正式标题“三、收到和处理政府信息公开申请情况”不同/, /没有找到表三/, ...CUT_IN_TABLES]);
  });
});

describe('a city bureau, 2023 (markdown-style | a | b | rows)', () => {
  it('reads tables 二 and 三', async () => {
    const { report: r, problems } = await read('changchun-sports-2023.txt');
    expect(r.year).toBe(2023);
    expect(r.table2).toEqual({ rules: [0, 0, 0], normativeDocuments: [0, 0, 0], licensing: 0, penalty: 0, coercion: 0, feesWanYuan: 0 });
    expect(r.table3['1']).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(r.table3['2']).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expectProblems(problems, [/没有找到报告标题/, /表三中有 23 行没有找到/, ...CUT_IN_TABLES]);
  });
});

describe('a district government, 2022 (no title line; the preamble names 《双塔区人民政府2022年…》)', () => {
  it('is a government report of 双塔区人民政府, and its （五）监督考核情况 counts as 监督保障', async () => {
    const { report: r, problems } = await read('shuangta-gov-2022.txt');
    expect([r.unit, r.year, r.level]).toEqual(['双塔区人民政府', 2022, 'government']);
    expect(r.table2.normativeDocuments).toEqual([2, 5, 30]);
    expect(r.parts.overview.split('\n')).toContain('(五)监督考核情况');
    expect(findings(r, 'narrative.overview-aspects')).toEqual([]);
    expect(problems[0].message).toMatch(/按正文中的“双塔区人民政府2022年政府信息公开工作年度报告”读入/);
  });
});

describe('a city office, 2023 (特编制…年度报告 in the preamble)', () => {
  it('reads the unit after 特编制 and the first rows of table 三', async () => {
    const { report: r } = await read('zhanjiang-chronicles-2023.txt');
    expect([r.unit, r.year, r.level]).toEqual(['湛江市人民政府地方志办公室', 2023, 'department']);
    for (const k of ['1', '2', '3.1']) expect(r.table3[k], k).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('governments whose copy stops inside part 一', () => {
  it.each([
    ['shanghai-city-2022.txt', '上海市', 2022, /^本年度报告根据/],
    ['zichang-gov-2023.txt', '子长市人民政府', 2023, /^根据《中华人民共和国政府信息公开条例》/],
    ['guiyang-city-2023.txt', '贵阳市', 2023, /^根据《中华人民共和国政府信息公开条例》/],
    ['jiaxing-gov-2023.txt', '嘉兴市人民政府', 2023, /^根据《中华人民共和国政府信息公开条例》/],
  ])('%s: unit %s, %i, government level', async (file, unit, year, preamble) => {
    const { report: r, problems } = await read(file);
    expect([r.unit, r.year, r.level]).toEqual([unit, year, 'government']);
    expect(r.preamble).toMatch(preamble);
    expect(r.preamble).not.toMatch(/字号/);
    expect(r.parts.overview.length).toBeGreaterThan(100);
    expect(problems.some((p) => /没有找到“二、主动公开/.test(p.message))).toBe(true);
  });
});

describe('reports that cannot be imported', () => {
  it('a 2019-format report (本年新制作数量, 对外公开总数量) is refused with the format message', async () => {
    await expect(read('shanghai-office-2019-old-format.txt')).rejects.toThrow(OLD_FORMAT_MESSAGE);
  });

  it('a 2013 report in the 2008 format (title over two lines, no tables) is refused as an older format', async () => {
    const err = await read('daoxian-culture-2013-old-format.txt').catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toBe('这是 2013 年度的报告，没有 2021 年版格式（国办公开办函〔2021〕30号）的三张表格，是旧版格式，本程序无法导入');
  });

  it('a copy without title or any year says it cannot tell the year', async () => {
    const err = await read('xuwen-justice.txt').catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toMatch(/无法确定单位和年度/);
  });
});
