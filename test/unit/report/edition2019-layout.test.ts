// The 2019 edition's table geometry and sums (tableLayout/sumsOf of FORMATS['2019']),
// checked against official-format-2019.md and the constructed 2020 fixture.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../report/format';
import { parseReportJson } from '../../../report/json';
import { isValueCell, rowPieces, tableLayout, valueCells, type LayoutCell } from '../../../report/layout';
import { getCell } from '../../../report/report';
import { kindOf, sumsOf, isTotal, computedSumOf, SUMS } from '../../../report/sums';

const F = FORMATS['2019'];
const r2020 = parseReportJson(readFileSync(path.resolve(__dirname, '../../fixtures/edition2019/constructed-2020.json'), 'utf8'));
const text = (c: LayoutCell) => (isValueCell(c) ? `${c.address.row}/${c.address.col ?? ''}` : c.text);

describe('layout of the 2019 edition', () => {
  it('table 二: five blocks on 4 columns; a 2-value row gives its last value the two last columns', () => {
    const l = tableLayout('table2', F);
    expect(l.columns).toBe(4);
    expect(l.rows.filter((r) => r.kind === 'title').map((r) => (r.cells[0] as { text: string }).text)).toEqual(
      F.table2.blocks.map((b) => b.article),
    );
    const row = (name: string) => l.rows.find((r) => r.name === name)!.cells.map((c) => [text(c), c.col, c.colspan]);
    expect(row('行政事业性收费')).toEqual([['行政事业性收费', 0, 1], ['fees/0', 1, 1], ['fees/1', 2, 2]]);
    expect(row('政府集中采购')).toEqual([['政府集中采购', 0, 1], ['procurement/0', 1, 1], ['procurement/1', 2, 2]]);
    expect(row('其他对外管理服务事项')).toEqual([['其他对外管理服务事项', 0, 1], ['otherServices/0', 1, 1], ['otherServices/1', 2, 1], ['otherServices/2', 3, 1]]);
    const heads = l.rows.filter((r) => r.kind === 'head').map((r) => r.cells.map((c) => [text(c), c.colspan]));
    expect(heads[3]).toEqual([['信息内容', 1], ['上一年项目数量', 1], ['本年增/减', 2]]);
    expect(heads[4]).toEqual([['信息内容', 1], ['采购项目数量', 1], ['采购总金额', 2]]);
    expect(valueCells(l)).toHaveLength(22);
  });

  it('each cell’s kind: 本年增/减 signed, 采购总金额 in 元, the rest counts', () => {
    const kinds = Object.fromEntries(valueCells(tableLayout('table2', F)).map((c) => [`${c.address.row}/${c.address.col}`, c.kind]));
    expect(kinds['licensing/1']).toBe('signed');
    expect(kinds['coercion/1']).toBe('signed');
    expect(kinds['fees/1']).toBe('signed');
    expect(kinds['procurement/1']).toBe('yuan');
    expect(Object.entries(kinds).filter(([, k]) => k !== 'count').map(([a]) => a)).toEqual([
      'licensing/1', 'otherServices/1', 'penalty/1', 'coercion/1', 'fees/1', 'procurement/1',
    ]);
    expect(kindOf({ table: 'table2', row: 'feesWanYuan' })).toBe('amount');
    expect(kindOf({ table: 'table2', row: 'fees', col: 1 }, F)).toBe('signed');
  });

  it('table 三: 三、本年度办理结果 spans 20 rows, （六）其他处理 one row across B–C, 23 data rows', () => {
    const l = tableLayout('table3', F);
    const data = l.rows.filter((r) => r.kind === 'data');
    expect(data).toHaveLength(23);
    const section = l.rows.flatMap((r) => r.cells).find((c) => !isValueCell(c) && c.text === '三、本年度办理结果')!;
    expect(section.rowspan).toBe(20);
    expect(tableLayout('table3').rows.flatMap((r) => r.cells).find((c) => !isValueCell(c) && c.text === '三、本年度办理结果')!.rowspan).toBe(22);
    const other = data.find((r) => r.name === '（六）其他处理')!;
    expect(other.cells.slice(0, 1).map((c) => [text(c), c.col, c.colspan])).toEqual([['（六）其他处理', 1, 2]]);
    // every row written as a word processor writes it: 10 slots each
    for (const pieces of rowPieces(l)) expect(pieces.reduce((n, p) => n + p.cell.colspan, 0)).toBe(10);
  });

  it('table 四 is the 2021 one; the 2021 layouts are unchanged by default', () => {
    expect(tableLayout('table4', F).rows.map((r) => r.cells.map(text))).toEqual(tableLayout('table4').rows.map((r) => r.cells.map(text)));
    expect(tableLayout('table2')).toBe(tableLayout('table2', FORMATS['2021']));
    expect(valueCells(tableLayout('table2'))).toHaveLength(10);
  });
});

describe('sums of the 2019 edition', () => {
  const S = sumsOf(F);
  it('（七）总计 = （一）+（二）+Σ（三）+Σ（四）+Σ（五）+（六）, in each of the 7 columns', () => {
    expect(S.outcomeTotals).toHaveLength(7);
    for (const d of S.outcomeTotals) {
      expect(d.total.row).toBe('3.7');
      expect(d.addends.map((a) => a.row)).toEqual([
        '3.1', '3.2',
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `3.3.${i}`),
        '3.4.1', '3.4.2', '3.4.3',
        '3.5.1', '3.5.2', '3.5.3', '3.5.4', '3.5.5',
        '3.6',
      ]);
    }
    expect(computedSumOf({ table: 'table3', row: '3.7', col: 0 }, F)!.addends).toHaveLength(19);
    expect(computedSumOf({ table: 'table3', row: '3.7', col: 0 })!.addends).toHaveLength(21);
  });

  it('23 row totals, 3 group totals, 7 balances; every one holds in the constructed 2020 report', () => {
    expect(S.rowTotals).toHaveLength(23);
    expect(S.groupTotals).toHaveLength(3);
    expect(S.balances).toHaveLength(7);
    expect(S.sums).toHaveLength(23 + 7 + 3);
    expect(SUMS).toHaveLength(25 + 7 + 3);
    const v = (a: Parameters<typeof getCell>[1]) => getCell(r2020, a) as number;
    for (const d of S.sums) expect([d.total, v(d.total)]).toEqual([d.total, d.addends.reduce((n, a) => n + v(a), 0)]);
    for (const b of S.balances) {
      const plus = b.plus.reduce((n, a) => n + v(a), 0);
      const minus = b.minus.reduce((n, a) => n + v(a), 0);
      expect(v(b.target)).toBe(plus - minus);
    }
  });

  it('the computed order puts （七）总计’s own 总计 after its row; 3.6 is a total of nothing but its row', () => {
    const order = S.computed.map((d) => `${d.family}:${d.total.row}/${d.total.col}`);
    expect(order.indexOf('row:3.7/6')).toBeGreaterThan(order.indexOf('outcome:3.7/5'));
    expect(isTotal({ table: 'table3', row: '3.6', col: 6 }, F)).toBe(true);
    expect(isTotal({ table: 'table3', row: '3.6', col: 0 }, F)).toBe(false);
  });
});
