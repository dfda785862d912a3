// Table 二 (主动公开政府信息情况): four article blocks, each a title row over
// all four columns, a header row, and data rows; a single value spans columns 2–4.
// A block stays on one page; the table may break between blocks.
import type { Table } from 'docx';
import { tableLayout } from '../layout';
import type { Report } from '../report';
import { columnWidths, gridTable, type GridRow } from './grid';
import { wordRows } from './layout-rows';

const WIDTHS = columnWidths([31, 23, 23, 23]);

export function table2Rows(report: Report): GridRow[] {
  const layout = tableLayout('table2');
  return wordRows(layout, report, {
    keepWithNext: (_, i) => i + 1 < layout.rows.length && layout.rows[i + 1].kind !== 'title',
  });
}

export function table2(report: Report): Table {
  return gridTable(WIDTHS, table2Rows(report));
}
