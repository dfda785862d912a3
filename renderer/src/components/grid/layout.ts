// The drawn structure of the three tables (merged headers, label cells, value
// cells) and the navigation grid of their value cells, derived from
// report/format.ts so that no label is typed twice.
import {
  TABLE2,
  TABLE2_ROWS,
  TABLE3_APPLICANT,
  TABLE3_COLUMNS,
  TABLE3_CORNER,
  TABLE3_LEGAL,
  TABLE3_LEGAL_COLS,
  TABLE3_ROWS,
  TABLE3_SECTION3_LABEL,
  TABLE3_TOTAL_COL,
  TABLE3_WIDTH,
  T3_OUTCOME_TOTAL,
  TABLE4_GROUPS,
  TABLE4_LITIGATION,
  TABLE4_OUTCOMES,
  TABLE4_REVIEW,
  TABLE4_TOTAL_COL,
  type CellAddress,
  type TableKey,
} from '../../../../report/format';
import type { CellKind } from '../../../../report/normalize';

/** Short names of the tables for messages (UI text, not official labels). */
export const TABLE_NAMES: Record<TableKey, string> = { table2: '表二', table3: '表三', table4: '表四' };

export interface LabelCell {
  type: 'label';
  text: string;
  colspan?: number;
  rowspan?: number;
  /** head = a column header or block title (bold, centred); row = a row label (left-aligned) */
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
}

const label = (text: string, role: LabelCell['role'], colspan?: number, rowspan?: number): LabelCell => ({
  type: 'label',
  text,
  role,
  ...(colspan && colspan > 1 ? { colspan } : {}),
  ...(rowspan && rowspan > 1 ? { rowspan } : {}),
});

export function cellKey(a: CellAddress): string {
  return `${a.table}|${a.row}|${a.col ?? ''}`;
}

// ---- Table 二 ------------------------------------------------------------

export function table2Layout(): TableLayout {
  const body: LayoutCell[][] = [];
  const nav: NavRow[] = [];
  for (const block of TABLE2) {
    body.push([label(block.article, 'head', 4)]);
    body.push(block.headers.map((h, i) => label(h, 'head', i === 1 && block.headers.length === 2 ? 3 : 1)));
    for (const r of block.rows) {
      const cells: NavCell[] =
        r.width === 3
          ? [0, 1, 2].map((c) => ({ address: { table: 'table2', row: r.key, col: c }, col: c, span: 1, kind: r.kind }))
          : [{ address: { table: 'table2', row: r.key }, col: 0, span: 3, kind: r.kind }];
      body.push([
        label(r.label, 'row'),
        ...cells.map((n): ValueCell => ({ ...valueOf(n, false), ...(n.span > 1 ? { colspan: n.span } : {}) })),
      ]);
      nav.push({ label: r.label, cells });
    }
  }
  return { table: 'table2', head: [], body, nav };
}

// ---- Table 三 ------------------------------------------------------------

export function table3Layout(): TableLayout {
  const head: LayoutCell[][] = [
    [label(TABLE3_CORNER, 'corner', 3, 3), label(TABLE3_APPLICANT, 'head', TABLE3_WIDTH)],
    [
      label(TABLE3_COLUMNS[0].label, 'head', 1, 2),
      label(TABLE3_LEGAL, 'head', TABLE3_LEGAL_COLS.length),
      label(TABLE3_COLUMNS[TABLE3_TOTAL_COL].label, 'head', 1, 2),
    ],
    TABLE3_LEGAL_COLS.map((c) => label(TABLE3_COLUMNS[c].label, 'head')),
  ];
  const section3Rows = TABLE3_ROWS.filter((r) => r.section === '3').length;
  const body: LayoutCell[][] = [];
  const nav: NavRow[] = [];
  let sectionStarted = false;
  const groupsStarted = new Set<string>();
  for (const r of TABLE3_ROWS) {
    const labels: LabelCell[] = [];
    if (r.section !== '3') labels.push(label(r.label, 'row', 3));
    else {
      if (!sectionStarted) labels.push(label(TABLE3_SECTION3_LABEL, 'section', 1, section3Rows));
      sectionStarted = true;
      const g = r.group!;
      if (!r.item) labels.push(label(g.label, 'row', 2));
      else {
        if (!groupsStarted.has(g.key)) labels.push(label(g.label, 'section', 1, g.items.length));
        groupsStarted.add(g.key);
        labels.push(label(r.item.label, 'row'));
      }
    }
    const cells: NavCell[] = [];
    for (let c = 0; c < TABLE3_WIDTH; c++) cells.push({ address: { table: 'table3', row: r.key, col: c }, col: c, span: 1, kind: 'count' });
    body.push([...labels, ...cells.map((n) => valueOf(n, isTotal(n.address)))]);
    nav.push({ label: r.item ? `${r.group!.label}${r.item.label}` : r.label, cells });
  }
  return { table: 'table3', head, body, nav };
}

// ---- Table 四 ------------------------------------------------------------

export function table4Layout(): TableLayout {
  const n = TABLE4_OUTCOMES.length;
  const litigation = TABLE4_GROUPS.slice(1);
  const head: LayoutCell[][] = [
    [label(TABLE4_REVIEW, 'head', n), label(TABLE4_LITIGATION, 'head', n * litigation.length)],
    [...TABLE4_OUTCOMES.map((o) => label(o, 'head', 1, 2)), ...litigation.map((g) => label(g.label, 'head', n))],
    litigation.flatMap(() => TABLE4_OUTCOMES.map((o) => label(o, 'head'))),
  ];
  const cells: NavCell[] = TABLE4_GROUPS.flatMap((g, gi) =>
    TABLE4_OUTCOMES.map((_, c): NavCell => ({ address: { table: 'table4', row: g.key, col: c }, col: gi * n + c, span: 1, kind: 'count' })),
  );
  return {
    table: 'table4',
    head,
    body: [cells.map((c) => valueOf(c, isTotal(c.address)))],
    nav: [{ label: TABLE4_REVIEW + '、' + TABLE4_LITIGATION, cells }],
  };
}

function valueOf(n: NavCell, total: boolean): ValueCell {
  return { type: 'value', address: n.address, key: cellKey(n.address), kind: n.kind, total };
}

export function isTotal(a: CellAddress): boolean {
  if (a.table === 'table3') return a.col === TABLE3_TOTAL_COL || a.row === T3_OUTCOME_TOTAL;
  if (a.table === 'table4') return a.col === TABLE4_TOTAL_COL;
  return false;
}

/** The kind of value a cell takes (the fee is an amount, everything else a count). */
export function kindOf(a: CellAddress): CellKind {
  if (a.table !== 'table2') return 'count';
  return TABLE2_ROWS.find((r) => r.key === a.row)?.kind ?? 'count';
}

export function layoutOf(table: TableKey): TableLayout {
  return table === 'table2' ? table2Layout() : table === 'table3' ? table3Layout() : table4Layout();
}
