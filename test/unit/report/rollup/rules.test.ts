// rollup.sum and rollup.copied-text: firing exactly where they should, silent otherwise.
import { describe, expect, it } from 'vitest';
import { asEdition, withCell, type Report } from '../../../../report/report';
import { checkRollup, ROLLUP_RULES } from '../../../../report/rollup/rules';
import { compileTables, compiledReport, type RollupUnit } from '../../../../report/rollup/sum';
import { RULES, validateReport } from '../../../../report/rules/index';
import { busyPreviousYear, busyReport, completeReport, seedReport } from '../../../fixtures/rules/reports';

const GOV = { unit: '中卫市人民政府', year: 2023, level: 'government' as const };
/** a unit's report: the seed (or busy report) under another name, its own name in its text */
function unitReport(name: string, base: Report = busyReport()): Report {
  const swap = (s: string) => s.split('中卫市应急管理局').join(name).split('市应急管理局').join(name);
  return { ...base, unit: name, title: undefined, parts: { overview: swap(base.parts.overview), problems: swap(base.parts.problems), other: swap(base.parts.other) } };
}
const u = (id: string, report: Report | null, name = `单位${id}`): RollupUnit => ({ id, name, report });
/** three units with different texts (so copied-text stays silent) and different figures */
function threeUnits(): RollupUnit[] {
  const a = withCell(unitReport('中卫市应急管理局'), { table: 'table2', row: 'licensing' }, 100);
  const b = { ...withCell(completeReport(), { table: 'table2', row: 'licensing' }, 7), unit: '中卫市财政局', parts: busyPreviousYear().parts };
  const c = {
    ...withCell(completeReport(), { table: 'table2', row: 'feesWanYuan' }, 0.3),
    unit: '宣和镇人民政府',
    parts: { overview: '宣和镇全年主动公开信息五十条，涉及脱贫攻坚和乡村振兴。', problems: '公开栏更新不及时。', other: '无。' },
  };
  return [u('a', a, a.unit), u('b', b, b.unit), u('c', c, c.unit)];
}
const sumOf = (gov: Report, units: RollupUnit[]) => checkRollup(gov, units).filter((f) => f.rule === 'rollup.sum');

describe('rollup.sum', () => {
  it('silent when the government’s figures are the compiled sums', () => {
    const units = threeUnits();
    const gov = compiledReport(GOV, compileTables(units));
    expect(checkRollup(gov, units)).toEqual([]);
  });

  it('one warning per differing cell, with the sum, the figure, the difference and the units', () => {
    const units = threeUnits();
    let gov = compiledReport(GOV, compileTables(units));
    gov = withCell(gov, { table: 'table2', row: 'licensing' }, 4450); // 100 + 7 + 4337 = 4444
    gov = withCell(gov, { table: 'table3', row: '1', col: 0 }, 8); // the busy report's 9
    const f = sumOf(gov, units);
    expect(f.map((x) => [x.severity, x.table, x.row, x.col, x.expected, x.actual])).toEqual([
      ['warning', 'table2', 'licensing', undefined, 4444, 4450],
      ['warning', 'table3', '1', 0, 9, 8],
    ]);
    expect(f[0].message).toBe(
      '表二“行政许可”填 4450，各单位报告合计 4444（相差 +6）；各单位：中卫市应急管理局 100，中卫市财政局 7，宣和镇人民政府 4337。请核对后改正，或写明审核说明',
    );
    expect(f[1].message).toMatch(/相差 -1/);
  });

  it('with many units the message names the first non-zero ones and counts the rest', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      u(String(i), { ...withCell(completeReport(), { table: 'table2', row: 'licensing' }, i < 20 ? 1 : 0), unit: `第${i}局` }, `第${i}局`),
    );
    const gov = withCell(compiledReport(GOV, compileTables(many)), { table: 'table2', row: 'licensing' }, 21);
    const [f] = sumOf(gov, many);
    expect(f).toMatchObject({ expected: 20, actual: 21 });
    expect(f.message).toContain('各单位：第0局 1，第1局 1，第2局 1，第3局 1，第4局 1，第5局 1，第6局 1，第7局 1等 20 个单位，其余 10 个单位为 0。');
  });

  it('amounts compare exactly (0.1 + 0.2 万元 is 0.3)', () => {
    const units = threeUnits();
    units[1].report = withCell(units[1].report!, { table: 'table2', row: 'feesWanYuan' }, 0.1);
    units[2].report = withCell(units[2].report!, { table: 'table2', row: 'feesWanYuan' }, 0.2);
    const gov = withCell(compiledReport(GOV, compileTables(units)), { table: 'table2', row: 'feesWanYuan' }, 0.3);
    expect(sumOf(gov, units)).toEqual([]);
  });

  it('units without a report: one info naming them, not warnings; a figure below what was received is still a warning', () => {
    const units = threeUnits();
    const gov = compiledReport(GOV, compileTables(units)); // the sum of all three
    const twoIn = [units[0], units[1], u('c', null, '宣和镇人民政府'), u('d', null, '常乐镇人民政府')];
    const f = sumOf(gov, twoIn);
    expect(f.filter((x) => x.severity === 'warning')).toEqual([]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'info' });
    expect(f[0].message).toMatch(/“宣和镇人民政府”、“常乐镇人民政府”尚无 2023 年度报告/);
    expect(f[0].table).toBeUndefined();
    // the government's figure is less than the two received units alone: wrong whatever the others say
    const low = withCell(gov, { table: 'table2', row: 'licensing' }, 50);
    const w = sumOf(low, twoIn).filter((x) => x.severity === 'warning');
    expect(w.map((x) => [x.row, x.expected, x.actual])).toEqual([['licensing', 107, 50]]);
    expect(w[0].message).toMatch(/仅已报单位的合计就有 107/);
  });

  it('a unit’s blank cell makes that cell uncertain (info), not a warning; a report of another year counts as none', () => {
    const units = threeUnits();
    const gov = compiledReport(GOV, compileTables(units));
    const seedA = { ...units[0].report!, table4: seedReport().table4 }; // its table 四 blank, as in the seed
    const f = sumOf(withCell(gov, { table: 'table4', row: 'review', col: 0 }, 3), [u('a', seedA, seedA.unit), units[1], units[2]]);
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0].message).toMatch(/“中卫市应急管理局”的报告有未填写的单元格/);
    const lastYear = { ...units[2], report: { ...units[2].report!, year: 2022 } };
    const g = sumOf(gov, [units[0], units[1], lastYear]);
    expect(g.at(-1)!.message).toMatch(/“宣和镇人民政府”尚无 2023 年度报告/);
  });

  it('no government report, or one of a department: no rollup.sum at all', () => {
    const units = threeUnits();
    expect(checkRollup(null, units).filter((f) => f.rule === 'rollup.sum')).toEqual([]);
    const dept = { ...compiledReport(GOV, compileTables(units)), level: 'department' as const, table2: { ...asEdition(units[0].report!, '2021').table2 } };
    expect(sumOf(dept, units)).toEqual([]);
  });
});

describe('rollup.copied-text', () => {
  it('fires on both units whose narratives are the same but for the unit’s name, and on no other', () => {
    const units = threeUnits();
    const copy = unitReport('中卫市交通运输局', units[0].report!); // 应急管理局's text with the name changed
    const all = [...units, u('d', copy, copy.unit)];
    const f = checkRollup(null, all).filter((x) => x.rule === 'rollup.copied-text');
    expect(f.map((x) => [x.unit, x.severity])).toEqual([
      ['a', 'warning'],
      ['d', 'warning'],
    ]);
    expect(f[0].message).toMatch(/^“中卫市应急管理局”的正文（第一、五、六部分）有 100% 的文字与“中卫市交通运输局”的报告逐句相同，超过 50%/);
    expect(f[0].part).toBeDefined();
  });

  it('the unit’s name is set aside also when written without the region (市应急管理局 → 市财政局)', () => {
    const text = (name: string) =>
      Array.from({ length: 6 }, (_, i) => `市${name}认真落实第${i}项政务公开工作要点并按时完成`).join('。');
    const rep = (unitName: string, short: string): Report => ({ ...completeReport(), unit: unitName, parts: { overview: text(short), problems: '', other: '' } });
    const a = rep('中卫市应急管理局', '应急管理局');
    const b = rep('中卫市财政局', '财政局');
    expect(checkRollup(null, [u('a', a, a.unit), u('b', b, b.unit)]).map((x) => x.unit)).toEqual(['a', 'b']);
  });

  it('silent at half or less shared; fires above half', () => {
    const own = (n: number) => Array.from({ length: n }, (_, i) => `本单位第${i}项工作按计划推进并取得实效`).join('。');
    const shared = (n: number) => Array.from({ length: n }, (_, i) => `全市统一部署的第${i}项公开任务已经完成`).join('。');
    const rep = (name: string, text: string): Report => ({ ...completeReport(), unit: name, parts: { overview: text, problems: '', other: '' } });
    // same sentence length: 5 shared of 10 is exactly half
    const a = rep('甲局', `${shared(5)}。${own(5)}`);
    const b = rep('乙局', `${shared(5)}。${own(5).split('本单位').join('我们局')}`);
    expect(checkRollup(null, [u('a', a, '甲局'), u('b', b, '乙局')])).toEqual([]);
    const c = rep('丙局', `${shared(6)}。${own(4).split('本单位').join('我们局')}`);
    const d = rep('丁局', `${shared(6)}。${own(4)}`);
    expect(checkRollup(null, [u('c', c, '丙局'), u('d', d, '丁局')]).map((x) => x.unit)).toEqual(['c', 'd']);
  });

  it('compares only reports of the same year', () => {
    const units = threeUnits();
    const copy = { ...unitReport('中卫市交通运输局', units[0].report!), year: 2022 };
    expect(checkRollup(null, [...units, u('d', copy, copy.unit)]).filter((x) => x.rule === 'rollup.copied-text')).toEqual([]);
  });
});

describe('the set rules and validateReport', () => {
  it('are not in the per-report registry: validateReport never runs them, nor counts them', () => {
    const ids = ROLLUP_RULES.map((r) => r.id);
    expect(ids).toEqual(['rollup.sum', 'rollup.copied-text']);
    expect(RULES.some((r) => (ids as readonly string[]).includes(r.id))).toBe(false);
    const gov = withCell(compiledReport(GOV, compileTables(threeUnits())), { table: 'table2', row: 'licensing' }, 1);
    expect(validateReport(gov, { final: true }).some((f) => f.rule.startsWith('rollup.'))).toBe(false);
    for (const r of ROLLUP_RULES) {
      expect(r.help).toMatch(/依据/);
      expect(r.name).toMatch(/^[\u4e00-\u9fff]/);
    }
  });
});
