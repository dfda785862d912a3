// Table 四 (行政复议、行政诉讼): a three-row header over fifteen counts.
// 行政复议's five outcomes span header rows 2–3; 行政诉讼 splits into two groups of five.
// The header rows keep with the one data row: the table never splits.
import type { Table } from 'docx';
import { tableLayout } from '../layout';
import type { Report } from '../report';
import { columnWidths, gridTable, type GridRow } from './grid';
import { wordRows } from './layout-rows';

const WIDTHS = columnWidths(Array(tableLayout('table4').columns).fill(1));

export function table4Rows(report: Report): GridRow[] {
  return wordRows(tableLayout('table4'), report);
}

export function table4(report: Report): Table {
  return gridTable(WIDTHS, table4Rows(report));
}
