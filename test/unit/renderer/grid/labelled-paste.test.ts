// Pasting a published table with its labels (issue 13 §4): rows matched by the
// importer's label matching, wherever the block starts; blocks of numbers only
// keep pasting by position; a block of another table or of no table is refused.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelledRows, planLabelledPaste } from '../../../../renderer/src/components/grid/labelledPaste';
import { layoutOf } from '../../../../renderer/src/components/grid/layout';
import { parseClipboard } from '../../../../renderer/src/components/grid/paste';
import { blankReport, type Report } from '../../../../report/report';

const REAL = path.resolve(__dirname, '../../../fixtures/real');
const nav = (t: 'table2' | 'table3' | 'table4') => layoutOf(t).nav;
function plan(table: 'table2' | 'table3' | 'table4', text: string, report: Report = blankReport('龙岗区某局', 2025)) {
  const rows = labelledRows(text, parseClipboard(text));
  if (!rows) throw new Error('not read as a labelled block');
  return planLabelledPaste(nav(table), table, report, rows);
}
const valuesOf = (p: ReturnType<typeof plan>, row: string) =>
  p.ok ? p.preview.rows.flatMap((r) => r.cells).filter((c) => c.address.row === row).map((c) => c.value) : [];

describe('a published table with its labels', () => {
  it('takes table 三 of a real page as copied (cells between pipes, the header rows, the page cut mid-row)', () => {
    const page = readFileSync(path.join(REAL, 'longgang-dept-2024.txt'), 'utf8');
    const text = page.slice(page.indexOf('三、收到和处理政府信息公开申请情况'));
    const p = plan('table3', text);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(valuesOf(p, '1')).toEqual([58, 7, 0, 0, 1, 0, 66]);
    expect(valuesOf(p, '3.2')).toEqual([16, 1, 0, 0, 0, 0, 17]);
    expect(valuesOf(p, '3.3.5')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    // the copy stops before 7.'s 总计: six numbers placed, and said so
    expect(valuesOf(p, '3.3.7')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(p.preview.notes.join('\n')).toMatch(/7\.属于行政执法案卷”行只读到 6 个数值/);
    // the rows the copy does not reach stay as they are: no note for each of them
    expect(p.preview.notes.join('\n')).not.toMatch(/没有找到/);
    expect(p.preview.untouched).toBe(25 - p.preview.rows.length);
  });

  it('shows what each number replaces', () => {
    const report = blankReport('x', 2025);
    report.table3['1'] = [1, 1, 1, 1, 1, 1, 6];
    const p = plan('table3', '一、本年新收政府信息公开申请数量\t58\t7\t0\t0\t1\t0\t66\r\n', report);
    expect(p.ok && p.preview.rows[0].cells.map((c) => [c.before, c.value])).toEqual([[1, 58], [1, 7], [1, 0], [1, 0], [1, 1], [1, 0], [6, 66]]);
  });

  it('reads table 二 by its labels (an alias as well) and table 四 under its headers', () => {
    const t2 = plan('table2', '规范性文件\t5\t1\t25\r\n行政许可\t4337\r\n行政处罚\t18\r\n');
    expect(valuesOf(t2, 'normativeDocuments')).toEqual([5, 1, 25]);
    expect(valuesOf(t2, 'licensing')).toEqual([4337]);
    expect(t2.ok && t2.preview.notes.join()).toMatch(/按正式名称“行政规范性文件”读入/);
    const t4 = plan('table4', `行政复议\t行政诉讼\r\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\r\n${[1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0].join('\t')}\r\n`);
    expect(valuesOf(t4, 'review')).toEqual([1, 0, 0, 0, 1]);
    expect(t4.ok && t4.preview.rows.map((r) => r.label)).toEqual(['行政复议', '未经复议直接起诉', '复议后起诉']);
  });

  it('refuses a block of another table, naming it, and one with no number it can place, saying why', () => {
    const other = plan('table3', '行政许可\t4337\r\n行政处罚\t18\r\n');
    expect(other).toEqual({ ok: false, message: expect.stringContaining('粘贴的内容是表二（按行名称认出），请在表二中粘贴') });
    const bad = plan('table3', '一、本年新收政府信息公开申请数量\t五\t六\r\n');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/没有读出可放入表三的数字：.*无法读取/);
  });

  it('leaves plain numbers (and a stray word among them) to the paste by position', () => {
    expect(labelledRows('1\t2\r\n3\t4\r\n', parseClipboard('1\t2\r\n3\t4\r\n'))).toBeUndefined();
    expect(labelledRows('1\t2\n3\tx\n', parseClipboard('1\t2\n3\tx\n'))).toBeUndefined();
  });
});
