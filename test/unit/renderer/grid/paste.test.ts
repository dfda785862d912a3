import { describe, expect, it } from 'vitest';
import { table2Layout, table3Layout, table4Layout } from '../../../../renderer/src/components/grid/layout';
import { locate, type GridPos } from '../../../../renderer/src/components/grid/navigation';
import { copyText, parseClipboard, planPaste } from '../../../../renderer/src/components/grid/paste';

const t2 = table2Layout().nav;
const t3 = table3Layout().nav;
const t4 = table4Layout().nav;
const at = (grid: typeof t3, row: string, col?: number) =>
  locate(grid, { table: grid === t2 ? 'table2' : grid === t3 ? 'table3' : 'table4', row, col }) as GridPos;

describe('parseClipboard', () => {
  it('splits tabs and CRLF rows and drops the one trailing line end Excel adds', () => {
    expect(parseClipboard('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([['1', '2', '3'], ['4', '5', '6']]);
    expect(parseClipboard('7\n8')).toEqual([['7'], ['8']]);
    expect(parseClipboard('9\r\n')).toEqual([['9']]);
    expect(parseClipboard('1\t\t3\n')).toEqual([['1', '', '3']]);
  });
  it('reads Excel quoted cells with tabs, line breaks and doubled quotes inside', () => {
    expect(parseClipboard('"1,234"\t"a\tb"\r\n"x\r\ny"\t"say ""hi"""\r\n')).toEqual([
      ['1,234', 'a\tb'],
      ['x\r\ny', 'say "hi"'],
    ]);
    // a quote in the middle of a field is just a character
    expect(parseClipboard('12"\t3\n')).toEqual([['12"', '3']]);
  });
  it('returns nothing for an empty clipboard', () => {
    expect(parseClipboard('')).toEqual([]);
  });
});

describe('planPaste', () => {
  it('fills a block rightwards and downwards from the selected cell, normalising each value', () => {
    const plan = planPaste(t3, 'table3', at(t3, '3.3.8', 5), parseClipboard('１\t"1,234"\r\n 3 \t\r\n'));
    expect(plan).toEqual({
      ok: true,
      changes: [
        { address: { table: 'table3', row: '3.3.8', col: 5 }, value: 1 },
        { address: { table: 'table3', row: '3.3.8', col: 6 }, value: 1234 },
        { address: { table: 'table3', row: '3.4.1', col: 5 }, value: 3 },
        { address: { table: 'table3', row: '3.4.1', col: 6 }, value: null },
      ],
    });
  });

  it('a block that is too wide changes nothing and says the shape and the space left', () => {
    const plan = planPaste(t3, 'table3', at(t3, '1', 5), parseClipboard('1\t2\t3\t4\t5\t6\t7\t8\n1\t2\t3\t4\t5\t6\t7\t8\n1\t2\t3\t4\t5\t6\t7\t8\n'));
    expect(plan).toEqual({ ok: false, message: '粘贴的内容有 3 行 8 列，从所选单元格开始放不下（表三只剩 2 列）' });
  });

  it('a block that is too tall names the rows left', () => {
    const plan = planPaste(t3, 'table3', at(t3, '3.7', 0), parseClipboard('1\n2\n3\n'));
    expect(plan).toEqual({ ok: false, message: '粘贴的内容有 3 行 1 列，从所选单元格开始放不下（表三只剩 2 行）' });
    const both = planPaste(t4, 'table4', at(t4, 'litigationAfterReview', 3), parseClipboard('1\t2\t3\n4\t5\t6\n'));
    expect(both).toEqual({ ok: false, message: '粘贴的内容有 2 行 3 列，从所选单元格开始放不下（表四只剩 1 行 2 列）' });
  });

  it('a whole table 四 line of 15 values fits from the first cell', () => {
    const line = Array.from({ length: 15 }, (_, i) => String(i)).join('\t') + '\r\n';
    const plan = planPaste(t4, 'table4', at(t4, 'review', 0), parseClipboard(line));
    expect(plan.ok).toBe(true);
    if (plan.ok) {
      expect(plan.changes).toHaveLength(15);
      expect(plan.changes[14]).toEqual({ address: { table: 'table4', row: 'litigationAfterReview', col: 4 }, value: 14 });
    }
  });

  it('table 二: a column goes down through rows of different widths; a wide block stops at a single-cell row', () => {
    const col = planPaste(t2, 'table2', at(t2, 'licensing'), parseClipboard('4337\n18\n0\n1.25\n'));
    expect(col.ok && col.changes.map((c) => [c.address.row, c.value])).toEqual([
      ['licensing', 4337],
      ['penalty', 18],
      ['coercion', 0],
      ['feesWanYuan', 1.25],
    ]);
    const wide = planPaste(t2, 'table2', at(t2, 'normativeDocuments', 0), parseClipboard('1\t2\t3\n4\t5\t6\n'));
    expect(wide).toEqual({ ok: false, message: '粘贴的内容有 2 行 3 列，从所选单元格开始放不下（表二“行政许可”一行只剩 1 列）' });
  });

  it('the first bad value is named with its position; nothing is changed', () => {
    const bad = planPaste(t3, 'table3', at(t3, '1', 0), parseClipboard('1\t2\t3\n4\t12a\t-3\n'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.message).toContain('第 2 行第 2 列');
      expect(bad.message).toContain('“12a”不是数字');
      expect(bad.message).toContain('表三“二、上年结转政府信息公开申请数量”行“商业企业”列');
      expect(bad.message).toContain('没有粘贴任何内容');
    }
    const neg = planPaste(t3, 'table3', at(t3, '1', 0), parseClipboard('-3\n'));
    expect(!neg.ok && neg.message).toContain('不能填写负数');
    const frac = planPaste(t3, 'table3', at(t3, '1', 0), parseClipboard('1.5\n'));
    expect(!frac.ok && frac.message).toContain('件数应为整数');
    // a fee may have decimals, but at most six
    const fee = planPaste(t2, 'table2', at(t2, 'feesWanYuan'), parseClipboard('0.1234567\n'));
    expect(!fee.ok && fee.message).toContain('最多保留 6 位小数');
  });

  it('blank marks from published tables read as blank; an empty clipboard is refused', () => {
    const plan = planPaste(t3, 'table3', at(t3, '1', 0), parseClipboard('—\t无\t0\n'));
    expect(plan.ok && plan.changes.map((c) => c.value)).toEqual([null, null, 0]);
    expect(planPaste(t3, 'table3', at(t3, '1', 0), [])).toEqual({ ok: false, message: '剪贴板里没有可粘贴的内容' });
    expect(planPaste(t3, 'table3', at(t3, '1', 0), parseClipboard('\t\n'))).toEqual({ ok: false, message: '剪贴板里没有可粘贴的内容' });
  });

  it('a ragged block leaves the cells right of a short row unchanged', () => {
    const plan = planPaste(t3, 'table3', at(t3, '1', 0), parseClipboard('1\t2\n3\n'));
    expect(plan.ok && plan.changes.map((c) => `${c.address.row}:${c.address.col}=${c.value}`)).toEqual(['1:0=1', '1:1=2', '2:0=3']);
  });

  it('copyText writes what parseClipboard reads back', () => {
    const text = copyText([[1, null, 3], [0, 5, null]]);
    expect(parseClipboard(text)).toEqual([['1', '', '3'], ['0', '5', '']]);
  });
});
