// Table 二 (主动公开政府信息情况): four article blocks, each a title row over
// all four columns, a header row, and data rows; a single value spans columns 2–4.
// A block stays on one page; the table may break between blocks.
import type { Table } from 'docx';
import { TABLE2 } from '../format';
import type { Cell, Report, Triple } from '../report';
import { columnWidths, gridTable, header, label, value, type GridRow } from './grid';

const WIDTHS = columnWidths([31, 23, 23, 23]);

export function table2Rows(report: Report): GridRow[] {
  const rows: GridRow[] = [];
  for (const block of TABLE2) {
    rows.push({ keepWithNext: true, cells: [header(block.article, { span: 4 })] });
    const [content, ...heads] = block.headers;
    rows.push({
      keepWithNext: true,
      cells: [header(content), ...heads.map((h) => header(h, { span: heads.length === 1 ? 3 : 1 }))],
    });
    for (const r of block.rows) {
      const v = report.table2[r.key];
      rows.push({
        keepWithNext: r !== block.rows[block.rows.length - 1],
        cells:
          r.width === 3
            ? [label(r.label), ...(v as Triple).map((x) => value(x))]
            : [label(r.label), value(v as Cell, { span: 3 })],
      });
    }
  }
  return rows;
}

export function table2(report: Report): Table {
  return gridTable(WIDTHS, table2Rows(report));
}
