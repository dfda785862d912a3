// The 2019 edition as data, as a Report and as report.json (interchange.md 1a).
// Reports here are the constructed fixtures of test/fixtures/edition2019 (no real agency).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellNameIn, cellsOf, editionForYear, FORMATS, formatOf } from '../../../report/format';
import { ReportFormatError, parseReportJson, reportToJson } from '../../../report/json';
import { normalizeCell } from '../../../report/normalize';
import { asEdition, blankReport, getCell, withCell } from '../../../report/report';
import { seedReport } from '../../fixtures/rules/reports';

const F = FORMATS['2019'];
const dir = path.resolve(__dirname, '../../fixtures/edition2019');
const text2020 = readFileSync(path.join(dir, 'constructed-2020.json'), 'utf8');
const json = () => JSON.parse(text2020);
const refusal = (edit: (o: ReturnType<typeof json>) => void): string => {
  const o = json();
  edit(o);
  try {
    parseReportJson(JSON.stringify(o));
  } catch (e) {
    expect(e).toBeInstanceOf(ReportFormatError);
    return (e as Error).message;
  }
  throw new Error('accepted');
};

describe('the 2019 edition as data', () => {
  it('table 二: five blocks with their headers and rows, keys as interchange.md 1a', () => {
    expect(F.table2.blocks.map((b) => [b.article, b.headers.slice(1), b.rows.map((r) => [r.key, r.label, r.width])])).toEqual([
      ['第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], [['rules', '规章', 3], ['normativeDocuments', '规范性文件', 3]]],
      ['第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'], [['licensing', '行政许可', 3], ['otherServices', '其他对外管理服务事项', 3]]],
      ['第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'], [['penalty', '行政处罚', 3], ['coercion', '行政强制', 3]]],
      ['第二十条第（八）项', ['上一年项目数量', '本年增/减'], [['fees', '行政事业性收费', 2]]],
      ['第二十条第（九）项', ['采购项目数量', '采购总金额'], [['procurement', '政府集中采购', 2]]],
    ]);
  });

  it('table 三: 23 rows, （六）其他处理 one row "3.6"; 20 rows in section 三; （七）总计 adds 19 outcome rows', () => {
    const keys = F.table3.rows.map((r) => r.key);
    expect(keys).toHaveLength(23);
    expect(keys).toContain('3.6');
    expect(keys.filter((k) => k.startsWith('3.6.'))).toEqual([]);
    const other = F.table3.rows.find((r) => r.key === '3.6')!;
    expect([other.label, other.item]).toEqual(['（六）其他处理', undefined]);
    expect(F.table3.rows.filter((r) => r.section === '3')).toHaveLength(20);
    expect(F.table3.outcomeRows).toHaveLength(19);
    expect(FORMATS['2021'].table3.rows).toHaveLength(25);
  });

  it('part 五 prints the 2019 wording and knows the 2021 one; table 四 is the 2021 edition’s', () => {
    const p = F.parts.find((x) => x.key === 'problems')!;
    expect(p.heading).toBe('五、政府信息公开工作存在的主要问题及改进情况');
    expect(p.aliases).toEqual(['五、存在的主要问题及改进情况']);
    expect(FORMATS['2021'].parts.find((x) => x.key === 'problems')!.heading).toBe('五、存在的主要问题及改进情况');
    expect(F.table4).toEqual(FORMATS['2021'].table4);
  });

  it('cells: 22 + 161 + 15; names read the 2019 headers', () => {
    const cells = cellsOf(F);
    expect(cells.filter((c) => c.table === 'table2')).toHaveLength(22);
    expect(cells.filter((c) => c.table === 'table3')).toHaveLength(161);
    expect(cellNameIn(F, { table: 'table2', row: 'fees', col: 1 })).toBe('表二“行政事业性收费”的“本年增/减”');
    expect(cellNameIn(F, { table: 'table2', row: 'procurement', col: 1 })).toBe('表二“政府集中采购”的“采购总金额”');
  });

  it('the edition of a year: 2019 and 2020 → 2019, else 2021', () => {
    expect([2018, 2019, 2020, 2021, 2025].map(editionForYear)).toEqual(['2021', '2019', '2019', '2021', '2021']);
  });
});

describe('a 2019-edition report', () => {
  it('blankReport of edition 2019: the 2019 rows, every cell blank; the default stays 2021', () => {
    const r = blankReport('某局', 2020, 'department', '2019');
    expect(r.edition).toBe('2019');
    expect(r.table2).toEqual({
      rules: [null, null, null],
      normativeDocuments: [null, null, null],
      licensing: [null, null, null],
      otherServices: [null, null, null],
      penalty: [null, null, null],
      coercion: [null, null, null],
      fees: [null, null],
      procurement: [null, null],
    });
    expect(Object.keys(r.table3).sort()).toEqual(F.table3.rows.map((x) => x.key).sort());
    expect(Object.values(r.table3).every((row) => row.length === 7 && row.every((v) => v === null))).toBe(true);
    expect(blankReport('某局', 2020).edition).toBe('2021');
  });

  it('reads, keeps negative 本年增/减 and amounts in 元, and round-trips byte for byte', () => {
    const r = asEdition(parseReportJson(text2020), '2019');
    expect(formatOf(r)).toBe(F);
    expect(r.table2.otherServices).toEqual([40, -3, 215]);
    expect(r.table2.fees).toEqual([2, -1]);
    expect(r.table2.procurement).toEqual([12, 251000]);
    expect(r.table3['3.6']).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(reportToJson(r)).toBe(text2020);
  });

  it('getCell / withCell address the 2-wide rows', () => {
    const r = parseReportJson(text2020);
    const a = { table: 'table2' as const, row: 'procurement', col: 1 };
    expect(getCell(r, a)).toBe(251000);
    expect(getCell(r, { table: 'table2', row: 'procurement', col: 2 })).toBeUndefined();
    expect(getCell(r, { table: 'table2', row: 'feesWanYuan' })).toBeUndefined();
    expect(getCell(withCell(r, a, 1.5), a)).toBe(1.5);
    expect(() => withCell(r, { table: 'table3', row: '3.6.1', col: 0 }, 1)).toThrow('没有这个单元格');
  });

  it('is refused in words where it has the 2021 shape or a wrong width', () => {
    expect(refusal((o) => void (o.table3['3.6.1'] = [0, 0, 0, 0, 0, 0, 0]))).toContain('有未知的行：3.6.1');
    expect(refusal((o) => void delete o.table3['3.6'])).toBe('缺少 table3["3.6"]（“（六）其他处理”行）');
    expect(refusal((o) => void (o.table2.fees = [2, -1, 0]))).toBe('table2.fees（“行政事业性收费”行） 应有 2 个数，实际有 3 个');
    expect(refusal((o) => void (o.table2.licensing = 5))).toContain('table2.licensing（“行政许可”行） 应为');
    expect(refusal((o) => void (o.table2.feesWanYuan = 0))).toContain('有未知的行：feesWanYuan');
  });

  it('a 2021 report named edition 2019 is refused, and the other way round', () => {
    const seed = JSON.parse(reportToJson(seedReport()));
    expect(() => parseReportJson(JSON.stringify({ ...seed, edition: '2019' }))).toThrow(ReportFormatError);
    expect(() => parseReportJson(JSON.stringify({ ...json(), edition: '2021' }))).toThrow(ReportFormatError);
  });

  it('a 2019/2020 report in the 2021 layout stays edition 2021', () => {
    const seed = JSON.parse(reportToJson(seedReport()));
    expect(parseReportJson(JSON.stringify({ ...seed, year: 2020 })).edition).toBe('2021');
  });
});

describe('typed values of the 2019 edition', () => {
  const value = (raw: string, kind: 'signed' | 'yuan' | 'count') => {
    const r = normalizeCell(raw, kind);
    return r.ok ? r.value : r.message;
  };
  it('本年增/减 with its sign; only there may a value be negative', () => {
    expect(value('+5174', 'signed')).toBe(5174);
    expect(value('-3', 'signed')).toBe(-3);
    expect(value('－3', 'signed')).toBe(-3);
    expect(value('１．５', 'signed')).toBe('增减数应为整数，不能填写 1.5');
    expect(value('-3', 'count')).toContain('不能填写负数');
  });
  it('an amount in 元 with its unit in the cell; 万元 converted exactly', () => {
    expect(value('251000元', 'yuan')).toBe(251000);
    expect(value('75394432.52元', 'yuan')).toBe(75394432.52);
    expect(value('2059.2090万元', 'yuan')).toBe(20592090);
    expect(value('0.000123万元', 'yuan')).toBe(1.23);
    expect(value('1,234.5 元', 'yuan')).toBe(1234.5);
    expect(value('12.345', 'yuan')).toBe('金额（元）最多保留 2 位小数，12.345 的小数位过多');
    expect(value('万元', 'yuan')).toBe('“万元”只有单位，没有金额');
    expect(value('约5万元', 'yuan')).toBe('“约5万元”不是金额，请填写阿拉伯数字，可带单位“元”或“万元”');
    expect(value('-5元', 'yuan')).toContain('不能填写负数');
  });
});
