// Table 四 (行政复议、行政诉讼): a three-row header over fifteen counts.
// 行政复议's five outcomes span header rows 2–3; 行政诉讼 splits into two groups of five.
// The header rows keep with the one data row: the table never splits.
import type { Table } from 'docx';
import { tableLayout, valueCells } from '../layout';
import { getCell, type Report } from '../report';
import { formatValue, gridTable, type GridRow } from './grid';
import { wordRows } from './layout-rows';
import { SIZE, TYPE_AREA_WIDTH } from './styles';
import { VALUE_PAD, charsWidth, valueColumns, type ValueColumns } from './widths';

/** 结果维持, 尚未审结 … wrap two characters a line, never one. */
export const TABLE4_MIN_VALUE = charsWidth(2, VALUE_PAD);

/** Fifteen columns sharing the type area: equal while the widest figure fits, else each by its figure. */
export function table4Columns(report: Report): ValueColumns {
  const layout = tableLayout('table4');
  const figures: string[][] = Array.from({ length: layout.columns }, () => []);
  for (const c of valueCells(layout)) figures[c.col].push(formatValue(getCell(report, c.address)));
  return valueColumns(figures, TABLE4_MIN_VALUE, TYPE_AREA_WIDTH, true);
}

export function table4Rows(report: Report): GridRow[] {
  return wordRows(tableLayout('table4'), report, { tight: (c) => c.colspan === 1 });
}

export function table4(report: Report): Table {
  const { widths, size } = table4Columns(report);
  return gridTable(widths, table4Rows(report), { labels: SIZE.table, values: size });
}
