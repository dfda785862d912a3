// The compiled tables as rows of cells for the 汇总报告 screen (DOM-free):
// the row's label from the format, each cell's full name for its tooltip.
import { cellName, cellsOf, FORMATS, type CellAddress } from '../../../../report/format';

export interface GridRow {
  table: 'table2' | 'table3' | 'table4';
  label: string;
  cells: { key: string; address: CellAddress; name: string }[];
}

const F = FORMATS['2021'];
const TABLE_NAMES = { table2: '表二 主动公开政府信息情况', table3: '表三 收到和处理政府信息公开申请情况', table4: '表四 政府信息公开行政复议、行政诉讼情况' };
export { TABLE_NAMES };

function rowLabel(a: CellAddress): string {
  if (a.table === 'table2') return F.table2.rows.find((r) => r.key === a.row)?.label ?? a.row;
  if (a.table === 'table3') {
    const r = F.table3.rows.find((x) => x.key === a.row);
    return !r ? a.row : r.item ? `${r.group!.label.slice(0, 8)}${r.item.label}` : r.label;
  }
  return F.table4.groups.find((g) => g.key === a.row)?.label ?? a.row;
}

export const cellKeyOf = (a: CellAddress) => `${a.table}|${a.row}|${a.col ?? ''}`;

export const GRID: GridRow[] = (() => {
  const rows = new Map<string, GridRow>();
  for (const a of cellsOf(F)) {
    const k = `${a.table}|${a.row}`;
    let r = rows.get(k);
    if (!r) rows.set(k, (r = { table: a.table as GridRow['table'], label: rowLabel(a), cells: [] }));
    r.cells.push({ key: cellKeyOf(a), address: a, name: cellName(a) });
  }
  return [...rows.values()];
})();

/** Column headings of a table (table 二's blocks differ: its cells carry their names as tooltips). */
export function headers(table: GridRow['table']): string[] {
  if (table === 'table3') return F.table3.columns.map((c) => c.label);
  if (table === 'table4') return F.table4.groups.length ? [...F.table4.outcomes, ...F.table4.outcomes, ...F.table4.outcomes].slice(0, 5) : [];
  return ['本年制发 / 处理 / 金额', '本年废止', '现行有效'];
}
