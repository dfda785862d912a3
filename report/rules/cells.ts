// cell.invalid and cell.missing: one finding per cell of the three tables.
import { cellsOf, type CellAddress } from '../format';
import type { Cell, Report } from '../report';
import { sumsOf, type CellKind } from '../sums';
import { FORMAT_NOTICE } from './help';
import { severityOf, type Finding, type Rule } from './types';
import { invalidReason, nameIn, perFormat } from './values';

// a format's addresses never change: built once per format, grouped by row so that a
// scan reads each row of the report once (both rules scan every cell on each keystroke)
type Scanned = { a: CellAddress; kind: CellKind };
const rowsOf = perFormat((format) => {
  const rows: { table: CellAddress['table']; row: string; cells: Scanned[] }[] = [];
  const sums = sumsOf(format);
  for (const a of cellsOf(format)) {
    const last = rows.at(-1);
    const here = last && last.table === a.table && last.row === a.row ? last : rows[rows.push({ table: a.table, row: a.row, cells: [] }) - 1];
    here.cells.push({ a, kind: sums.kindOf(a) });
  }
  return rows;
});

/** Every cell of the report's format with its value (undefined when the report lacks it). */
function scan(r: Report, visit: (c: Scanned, v: Cell | undefined) => void): void {
  for (const { table, row, cells } of rowsOf(r)) {
    const v = (r[table] as Record<string, Cell | Cell[] | undefined>)[row];
    // as getCell: a single-value row is the value itself, a wider row an array
    for (const c of cells) visit(c, c.a.col === undefined ? (v as Cell | undefined) : Array.isArray(v) ? v[c.a.col] : undefined);
  }
}

export const cellInvalid: Rule<'cell.invalid'> = {
  id: 'cell.invalid',
  name: '数值不正确',
  severity: 'error',
  needs: {},
  help:
    '检查三张表中每个已填写的单元格是否为合法数值：件数必须是大于或等于 0 的整数，' +
    '信息处理费（万元）必须是大于或等于 0、最多 6 位小数的数。全角数字、千位分隔符和首尾空格会先自动规范。' +
    '2019 年版格式（2019、2020 年度报告）的表二中，“本年增/减”是可以为负数的整数，“采购总金额”以元为单位、最多 2 位小数。' +
    `文字、负数或“1.5 件”都不可能是统计结果，发布出去就是错误。依据：${FORMAT_NOTICE}表二、表三、表四填报的是件数和金额（万元）。`,
  check(ctx) {
    const severity = severityOf(cellInvalid, ctx);
    const out: Finding[] = [];
    scan(ctx.report, ({ a, kind }, v) => {
      if (v === null || v === undefined) return;
      const why = invalidReason(v, kind);
      if (why !== undefined) {
        out.push({ rule: 'cell.invalid', severity, ...a, actual: v, message: `${nameIn(ctx.report, a)}：${why}`, cells: [a] });
      }
    });
    return out;
  },
};

export const cellMissing: Rule<'cell.missing'> = {
  id: 'cell.missing',
  name: '空白单元格（没有发生请填 0）',
  // a blank is a defect of a published report, but normal while drafting
  severity: (ctx) => (ctx.final ? 'error' : 'warning'),
  needs: {},
  toFill: true,
  help:
    '检查三张表中是否有未填写的单元格。没有发生的事项必须填 0，空白不等于 0：' +
    '读者无法分辨空白是“没有”还是“漏填”。编写过程中为警告，定稿和命令行检查时为错误。' +
    `依据：${FORMAT_NOTICE}三张表的每一格都应填报。`,
  check(ctx) {
    const severity = severityOf(cellMissing, ctx);
    const out: Finding[] = [];
    scan(ctx.report, ({ a }, v) => {
      if (v !== null && v !== undefined) return;
      out.push({
        rule: 'cell.missing',
        severity,
        ...a,
        message: `${nameIn(ctx.report, a)}未填写；没有发生的请填 0（空白不等于 0）`,
        cells: [a],
      });
    });
    return out;
  },
};
