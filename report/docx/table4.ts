// Table 四 (行政复议、行政诉讼): a three-row header over fifteen counts.
// 行政复议's five outcomes span header rows 2–3; 行政诉讼 splits into two groups of five.
import type { Table } from 'docx';
import { TABLE4_GROUPS, TABLE4_LITIGATION, TABLE4_OUTCOMES, TABLE4_REVIEW } from '../format';
import type { Report } from '../report';
import { below, columnWidths, gridTable, header, value, type GridRow } from './grid';

const N = TABLE4_OUTCOMES.length;
const WIDTHS = columnWidths(Array(3 * N).fill(1));

export function table4Rows(report: Report): GridRow[] {
  const [review, ...litigation] = TABLE4_GROUPS;
  return [
    { header: true, cells: [header(TABLE4_REVIEW, { span: N }), header(TABLE4_LITIGATION, { span: 2 * N })] },
    {
      header: true,
      cells: [
        ...TABLE4_OUTCOMES.map((o) => header(o, { vMerge: 'restart' })),
        ...litigation.map((g) => header(g.label, { span: N })),
      ],
    },
    {
      header: true,
      cells: [...TABLE4_OUTCOMES.map(() => below()), ...litigation.flatMap(() => TABLE4_OUTCOMES.map((o) => header(o)))],
    },
    // the header rows keep with the one data row: the table never splits
    { cells: [review, ...litigation].flatMap((g) => report.table4[g.key].map((v) => value(v))) },
  ];
}

export function table4(report: Report): Table {
  return gridTable(WIDTHS, table4Rows(report));
}
