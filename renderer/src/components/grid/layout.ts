// The grid's view of the tables: report/layout.ts holds the geometry (merges,
// roles, labels, addresses); the grid adds the head/body split it draws, the
// cell keys, its CSS roles and the navigation grid of the value cells.
import type { CellAddress, TableKey } from '../../../../report/format';
import {
  isValueCell,
  tableLayout,
  type LabelRole,
  type LayoutCell as ReportCell,
  type TableLayout as ReportLayout,
} from '../../../../report/layout';
import type { CellKind } from '../../../../report/sums';

/** Short names of the tables for messages (UI text, not official labels). */
export const TABLE_NAMES: Record<TableKey, string> = { table2: '表二', table3: '表三', table4: '表四' };

export interface LabelCell {
  type: 'label';
  text: string;
  colspan?: number;
  rowspan?: number;
  /** the CSS role (lab-…): head = a column head or block title (bold, centred); row = a row label (left-aligned) */
  role: 'head' | 'row' | 'corner' | 'section';
}

export interface ValueCell {
  type: 'value';
  address: CellAddress;
  /** cellKey(address), computed once */
  key: string;
  colspan?: number;
  kind: CellKind;
  /** a 总计 cell, computed from its addends when autoTotals is on */
  total: boolean;
}

export type LayoutCell = LabelCell | ValueCell;

/** One value cell in the navigation grid: where it starts and how many visual columns it covers. */
export interface NavCell {
  address: CellAddress;
  col: number;
  span: number;
  kind: CellKind;
}
export interface NavRow {
  /** the row's label, for messages */
  label: string;
  cells: NavCell[];
}
export type NavGrid = readonly NavRow[];

export interface TableLayout {
  table: TableKey;
  head: LayoutCell[][];
  body: LayoutCell[][];
  nav: NavGrid;
  /** the geometry this view was made from */
  source: ReportLayout;
}

export function cellKey(a: CellAddress): string {
  return `${a.table}|${a.row}|${a.col ?? ''}`;
}

/** A block title is drawn like a column head. */
const CSS_ROLE: Record<LabelRole, LabelCell['role']> = { corner: 'corner', head: 'head', title: 'head', section: 'section', row: 'row' };

const spans = (c: ReportCell) => ({ ...(c.colspan > 1 ? { colspan: c.colspan } : {}), ...(c.rowspan > 1 ? { rowspan: c.rowspan } : {}) });

function gridCell(c: ReportCell): LayoutCell {
  if (!isValueCell(c)) return { type: 'label', text: c.text, role: CSS_ROLE[c.role], ...spans(c) };
  return { type: 'value', address: c.address, key: cellKey(c.address), kind: c.kind, total: c.role === 'total', ...spans(c) };
}

/** The grid of one table: the report's layout with the grid's keys, roles and navigation. */
export function layoutOf(table: TableKey): TableLayout {
  const source = tableLayout(table);
  const rows = source.rows.map((r) => r.cells.map(gridCell));
  // navigation columns count from the first value column: label columns are never selected
  const values = source.rows.flatMap((r) => r.cells.filter(isValueCell));
  const firstValueCol = Math.min(...values.map((c) => c.col));
  const nav: NavRow[] = source.rows
    .filter((r) => r.kind === 'data')
    .map((r) => ({
      label: r.name ?? '',
      cells: r.cells.filter(isValueCell).map((c) => ({ address: c.address, col: c.col - firstValueCol, span: c.colspan, kind: c.kind })),
    }));
  return { table, head: rows.slice(0, source.headRows), body: rows.slice(source.headRows), nav, source };
}

export const table2Layout = (): TableLayout => layoutOf('table2');
export const table3Layout = (): TableLayout => layoutOf('table3');
export const table4Layout = (): TableLayout => layoutOf('table4');
