// The rules over reports of the 2019 edition, and across the editions (2019 → 2020 → 2021).
// The 2019/2020 reports are the constructed fixtures of test/fixtures/edition2019 (no real agency);
// the 2021 one is the rule tests' busy report, dated 2021 and made to carry on from the 2020 one.
import { describe, expect, it } from 'vitest';
import { withCell, type Report } from '../../../../report/report';
import { validateReport, type Finding } from '../../../../report/rules/index';
import { constructed2019, constructed2020 } from '../../../fixtures/edition2019/reports';
import { busyReport } from '../../../fixtures/rules/reports';

const place = (f: Finding) => [f.rule, f.severity, f.table, f.row, f.col];
const of = (rule: string, r: Report, previous?: Report) => validateReport(r, { previous }).filter((f) => f.rule === rule);
const notInfo = (r: Report, previous?: Report) => validateReport(r, { previous, final: true }).filter((f) => f.severity !== 'info');

/** The 2021 report of the same agency, its 上年结转 the 2020 report's 结转下年度. */
function report2021(): Report {
  const r = { ...busyReport(), year: 2021, title: undefined };
  r.parts = {
    ...r.parts,
    overview: r.parts.overview.replace(/2023/g, '2021').replace('上年结转1件', '上年结转2件'),
    other: r.parts.other.replace(/2023/g, '2021'),
  };
  // 12 new + 2 carried in = 12 handled + 2 carried out
  r.table3['2'] = [2, 0, 0, 0, 0, 0, 2];
  r.table3['3.1'] = [6, 1, 0, 0, 0, 0, 7];
  r.table3['3.7'] = [9, 2, 0, 0, 1, 0, 12];
  return r;
}

describe('a 2019-edition report on its own', () => {
  it('the constructed 2019 and 2020 reports break no rule (final), with last year’s too', () => {
    expect(notInfo(constructed2019())).toEqual([]);
    expect(notInfo(constructed2020())).toEqual([]);
    expect(notInfo(constructed2020(), constructed2019())).toEqual([]);
  });

  it('cell.invalid: negative only in 本年增/减, 采购总金额 to the 分 in 元; messages with the 2019 labels', () => {
    const r = constructed2020();
    expect(of('cell.invalid', withCell(r, { table: 'table2', row: 'coercion', col: 1 }, -40))).toEqual([]);
    const neg = of('cell.invalid', withCell(r, { table: 'table2', row: 'coercion', col: 0 }, -1));
    expect(neg.map(place)).toEqual([['cell.invalid', 'error', 'table2', 'coercion', 0]]);
    expect(neg[0].message).toBe('表二“行政强制”的“上一年项目数量”：不能填写负数（-1），件数和金额都应大于或等于 0');
    expect(of('cell.invalid', withCell(r, { table: 'table2', row: 'procurement', col: 1 }, 251000.25))).toEqual([]);
    expect(of('cell.invalid', withCell(r, { table: 'table2', row: 'procurement', col: 1 }, 251000.125))[0].message).toBe(
      '表二“政府集中采购”的“采购总金额”：金额（元）最多保留 2 位小数，251000.125 的小数位过多',
    );
    expect(of('cell.missing', withCell(r, { table: 'table2', row: 'fees', col: 1 }, null))[0].message).toBe(
      '表二“行政事业性收费”的“本年增/减”未填写；没有发生的请填 0（空白不等于 0）',
    );
  });

  it('（七）总计 adds the single （六）其他处理 row', () => {
    const r = withCell(constructed2020(), { table: 'table3', row: '3.6', col: 0 }, 2);
    expect(of('table3.outcome-total', r).map(place)).toEqual([['table3.outcome-total', 'error', 'table3', '3.7', 0]]);
    expect(of('table3.row-total', r).map(place)).toEqual([['table3.row-total', 'error', 'table3', '3.6', 6]]);
  });

  it('text-vs-table: 行政许可 against 处理决定数量, 规范性文件 against 本年新制作数量; 现行有效 not compared', () => {
    const r = constructed2020();
    const say = (s: string) => ({ ...r, parts: { ...r.parts, overview: r.parts.overview + '\n' + s } });
    const f = of('consistency.text-vs-table', say('全年办理行政许可861件。'));
    expect(f.map(place)).toEqual([['consistency.text-vs-table', 'warning', 'table2', 'licensing', 2]]);
    expect(f[0].message).toContain('表二“行政许可”的“处理决定数量”为 860');
    expect(of('consistency.text-vs-table', say('全年办理行政许可860件。'))).toEqual([]);
    expect(of('consistency.text-vs-table', say('全年制发规范性文件5件。')).map(place)).toEqual([
      ['consistency.text-vs-table', 'warning', 'table2', 'normativeDocuments', 0],
    ]);
    expect(of('consistency.text-vs-table', say('现行有效规范性文件99件。'))).toEqual([]);
  });

  it('no 信息处理费 in the 2019 edition: narrative.fee-report is not run', () => {
    const r = constructed2020();
    const silent = { ...r, parts: { ...r.parts, other: '无其他需要报告的事项。' } };
    expect(of('narrative.fee-report', silent)).toEqual([]);
    const r21 = report2021();
    expect(of('narrative.fee-report', { ...r21, parts: { ...r21.parts, other: '无其他需要报告的事项。' } })).toHaveLength(1);
  });

  it('structure.edition: a 2019-edition report of 2021 or later is flagged, not converted; a 2020 report in the 2021 layout is not', () => {
    const late = { ...constructed2020(), year: 2022 };
    const f = of('structure.edition', late);
    expect(f.map(place)).toEqual([['structure.edition', 'warning', undefined, undefined, undefined]]);
    expect(f[0].message).toBe(
      '本报告按 2019 年版格式（国办公开办函〔2019〕60号，用于 2019–2020 年的报告）填写，但年度是 2022 年，' +
        '应使用 2021 年版格式（国办公开办函〔2021〕30号）；程序按报告所写的格式检查，未作转换，请核对',
    );
    expect(validateReport(late).filter((x) => x.rule === 'cell.invalid')).toEqual([]);
    expect(of('structure.edition', constructed2019())).toEqual([]);
    expect(of('structure.edition', { ...busyReport(), year: 2020 })).toEqual([]);
  });
});

describe('across the editions', () => {
  it('2019 → 2020 (both 2019 edition): carry-over checked; in-force not run (no 现行有效 column)', () => {
    expect(of('cross-year.carry-over', constructed2020(), constructed2019())).toEqual([]);
    const broken = withCell(constructed2020(), { table: 'table3', row: '2', col: 0 }, 3);
    expect(of('cross-year.carry-over', broken, constructed2019()).map(place)).toEqual([['cross-year.carry-over', 'warning', 'table3', '2', 0]]);
    expect(of('cross-year.in-force', constructed2020(), constructed2019())).toEqual([]);
  });

  it('2020 (2019 edition) → 2021: carry-over runs (row 四 → row 二), in-force says it was not made', () => {
    const r = report2021();
    expect(notInfo(r, constructed2020())).toEqual([]);
    const broken = withCell(r, { table: 'table3', row: '2', col: 6 }, 3);
    const carry = of('cross-year.carry-over', broken, constructed2020());
    expect(carry.map(place)).toEqual([['cross-year.carry-over', 'warning', 'table3', '2', 6]]);
    expect(carry[0].message).toBe('表三“二、上年结转政府信息公开申请数量”行“总计”列应等于上年报告“四、结转下年度继续办理”的“总计” 2，现为 3；请核对，或在审核说明中写明原因');
    const inForce = of('cross-year.in-force', r, constructed2020());
    expect(inForce.map(place)).toEqual([['cross-year.in-force', 'info', 'table2', 'normativeDocuments', 2]]);
    expect(inForce[0].message).toContain('上年报告是2019 年版格式（国办公开办函〔2019〕60号），其表二的“对外公开总数量”与本年的“现行有效件数”统计口径不同');
  });

  it('2021 → 2022 (both 2021 edition): in-force as before', () => {
    const next = { ...busyReport(), year: 2022 };
    const last = withCell(report2021(), { table: 'table2', row: 'normativeDocuments', col: 2 }, 10);
    expect(of('cross-year.in-force', next, last).map(place)).toEqual([['cross-year.in-force', 'warning', 'table2', 'normativeDocuments', 2]]);
  });

  it('same-as-last-year across editions compares tables 三 and 四 only', () => {
    const copied = { ...report2021(), table3: { ...report2021().table3 }, table4: constructed2020().table4 };
    for (const [k, v] of Object.entries(constructed2020().table3)) if (k in copied.table3) copied.table3[k] = v;
    expect(of('table.same-as-last-year', copied, constructed2020()).map((f) => f.table)).toEqual(['table3']);
  });
});
