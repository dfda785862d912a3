// The geometry of the three tables, once: every cell with its place, spans,
// role and text (labels from format.ts) or address (values). The entry grid,
// the .docx exporter and any later renderer (print preview, HTML copy) walk
// this matrix instead of writing the merges of the official tables again.
import { type CellAddress, type TableKey } from './format';
import { FORMAT_2021, type ReportFormat } from './formats';
import { sumsOf, type CellKind } from './sums';

/**
 * corner: table 三's top-left note; head: a column head; title: an article block's title (table 二);
 * section: a label merged down several rows (三、本年度办理结果, （三）不予公开 …); row: a row label.
 */
export type LabelRole = 'corner' | 'head' | 'title' | 'section' | 'row';
/** value: a cell the user fills in; total: a 总计 cell, the sum of others (report/sums.ts) */
export type ValueRole = 'value' | 'total';
export type CellRole = LabelRole | ValueRole;

/** Where a cell sits: its top-left slot and how many rows and columns it covers. */
export interface Placement {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}
export interface LabelCell extends Placement {
  role: LabelRole;
  text: string;
}
export interface ValueCell extends Placement {
  role: ValueRole;
  address: CellAddress;
  kind: CellKind;
}
export type LayoutCell = LabelCell | ValueCell;

export interface LayoutRow {
  /** head: column heads; title: an article block's title row (table 二); data: a row holding values */
  kind: 'head' | 'title' | 'data';
  /** the cells whose top-left slot is in this row, left to right */
  cells: LayoutCell[];
  /** a data row's name for messages, e.g. （三）不予公开1.属于国家秘密 */
  name?: string;
}

export interface TableLayout {
  table: TableKey;
  /** grid columns */
  columns: number;
  /** the leading rows that are the table's header (repeated on every page, drawn in a <thead>) */
  headRows: number;
  rows: LayoutRow[];
}

export function isValueCell(c: LayoutCell): c is ValueCell {
  return c.role === 'value' || c.role === 'total';
}

// ---- Building: cells are placed as an HTML table places them ---------------

type Unplaced<T> = T extends LayoutCell ? Omit<T, 'row' | 'col' | 'rowspan' | 'colspan'> & { rowspan?: number; colspan?: number } : never;

const lab = (role: LabelRole, text: string, colspan = 1, rowspan = 1): Unplaced<LabelCell> => ({ role, text, colspan, rowspan });
/** A value cell of `format`: its role (a 总计 or not) and kind from the format's sums. */
const valueOf = (format: ReportFormat) => {
  const sums = sumsOf(format);
  return (address: CellAddress, colspan = 1): Unplaced<ValueCell> => ({
    role: sums.isTotal(address) ? 'total' : 'value',
    address,
    kind: sums.kindOf(address),
    colspan,
  });
};

class Builder {
  private readonly rows: LayoutRow[] = [];
  private readonly taken: boolean[][] = [];
  constructor(
    private readonly table: TableKey,
    private readonly columns: number,
  ) {}

  /** Add a row: each cell takes the first free slot to the right (slots under a rowspan are skipped). */
  row(kind: LayoutRow['kind'], cells: Unplaced<LayoutCell>[], name?: string): void {
    const r = this.rows.length;
    let col = 0;
    const placed = cells.map((c): LayoutCell => {
      while (this.taken[r]?.[col]) col++;
      const cell = { ...c, row: r, col, rowspan: c.rowspan ?? 1, colspan: c.colspan ?? 1 } as LayoutCell;
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) (this.taken[r + dr] ??= [])[col + dc] = true;
      col += cell.colspan;
      return cell;
    });
    this.rows.push({ kind, cells: placed, ...(name !== undefined ? { name } : {}) });
  }

  done(headRows: number): TableLayout {
    const layout = { table: this.table, columns: this.columns, headRows, rows: this.rows };
    slots(layout); // a gap or an overlap is a bug in the builder
    return layout;
  }
}

// ---- Table 二: article blocks of 4 columns (2021: four blocks, 2019: five) ----

const T2_VALUE_COLS = 3;
/** How many of the value columns the i-th of n values covers: one value spans all three, of two the last spans two. */
const t2Span = (i: number, n: number) => (i === n - 1 ? T2_VALUE_COLS - (n - 1) : 1);

function buildTable2(format: ReportFormat): TableLayout {
  const val = valueOf(format);
  const b = new Builder('table2', 1 + T2_VALUE_COLS);
  for (const block of format.table2.blocks) {
    b.row('title', [lab('title', block.article, 1 + T2_VALUE_COLS)]);
    const [content, ...heads] = block.headers;
    b.row('head', [lab('head', content), ...heads.map((h, i) => lab('head', h, t2Span(i, heads.length)))]);
    for (const r of block.rows) {
      const values =
        r.width === 1
          ? [val({ table: 'table2', row: r.key }, T2_VALUE_COLS)]
          : Array.from({ length: r.width }, (_, c) => val({ table: 'table2', row: r.key, col: c }, t2Span(c, r.width)));
      b.row('data', [lab('row', r.label), ...values], r.label);
    }
  }
  return b.done(0);
}

// ---- Table 三: labels A–C, seven value columns under a three-row header -------

const T3_LABEL_COLS = 3;

function buildTable3(format: ReportFormat): TableLayout {
  const val = valueOf(format);
  const t = format.table3;
  const TABLE3_WIDTH = t.columns.length;
  const TABLE3_ROWS = t.rows;
  const b = new Builder('table3', T3_LABEL_COLS + TABLE3_WIDTH);
  b.row('head', [lab('corner', t.corner, T3_LABEL_COLS, 3), lab('head', t.applicant, TABLE3_WIDTH)]);
  b.row('head', [lab('head', t.columns[0].label, 1, 2), lab('head', t.legal, t.legalCols.length), lab('head', t.columns[t.totalCol].label, 1, 2)]);
  b.row('head', t.legalCols.map((c) => lab('head', t.columns[c].label)));
  const section3Rows = TABLE3_ROWS.filter((r) => r.section === '3').length;
  TABLE3_ROWS.forEach((r, i) => {
    const labels: Unplaced<LabelCell>[] = [];
    if (r.section !== '3' || !r.group) labels.push(lab('row', r.label, T3_LABEL_COLS));
    else {
      if (TABLE3_ROWS[i - 1]?.section !== '3') labels.push(lab('section', t.section3Label, 1, section3Rows));
      if (!r.item) labels.push(lab('row', r.group.label, 2));
      else {
        if (r.item === r.group.items[0]) labels.push(lab('section', r.group.label, 1, r.group.items.length));
        labels.push(lab('row', r.item.label));
      }
    }
    const values = Array.from({ length: TABLE3_WIDTH }, (_, c) => val({ table: 'table3', row: r.key, col: c }));
    b.row('data', [...labels, ...values], r.item ? `${r.group!.label}${r.item.label}` : r.label);
  });
  return b.done(3);
}

// ---- Table 四: 行政复议 and the two 行政诉讼 groups, five outcomes each ------------

function buildTable4(format: ReportFormat): TableLayout {
  const val = valueOf(format);
  const { review: TABLE4_REVIEW, litigation: TABLE4_LITIGATION, outcomes: TABLE4_OUTCOMES, groups: TABLE4_GROUPS } = format.table4;
  const n = TABLE4_OUTCOMES.length;
  const [review, ...litigation] = TABLE4_GROUPS;
  const b = new Builder('table4', n * TABLE4_GROUPS.length);
  b.row('head', [lab('head', TABLE4_REVIEW, n), lab('head', TABLE4_LITIGATION, n * litigation.length)]);
  b.row('head', [...TABLE4_OUTCOMES.map((o) => lab('head', o, 1, 2)), ...litigation.map((g) => lab('head', g.label, n))]);
  b.row('head', litigation.flatMap(() => TABLE4_OUTCOMES.map((o) => lab('head', o))));
  const values = [review, ...litigation].flatMap((g) => TABLE4_OUTCOMES.map((_, c) => val({ table: 'table4', row: g.key, col: c })));
  b.row('data', values, `${TABLE4_REVIEW}、${TABLE4_LITIGATION}`);
  return b.done(3);
}

const LAYOUTS = new WeakMap<ReportFormat, Record<TableKey, TableLayout>>();

/**
 * The layout of one table of a format (the 2021 edition's unless one is named;
 * pass formatOf(report)). Built once per format, one shared value: treat it as read-only.
 */
export function tableLayout(table: TableKey, format: ReportFormat = FORMAT_2021): TableLayout {
  let l = LAYOUTS.get(format);
  if (!l) LAYOUTS.set(format, (l = { table2: buildTable2(format), table3: buildTable3(format), table4: buildTable4(format) }));
  return l[table];
}

// ---- Walking the matrix ----------------------------------------------------

/** One slot of the grid and the cell covering it; `start` when the slot is the cell's top-left. */
export interface Slot {
  cell: LayoutCell;
  start: boolean;
}

/** For every grid slot [row][col] the cell that covers it. Throws when a slot is covered twice or not at all. */
export function slots(layout: TableLayout): Slot[][] {
  const grid: (Slot | undefined)[][] = layout.rows.map(() => Array<Slot | undefined>(layout.columns).fill(undefined));
  for (const row of layout.rows)
    for (const cell of row.cells)
      for (let r = cell.row; r < cell.row + cell.rowspan; r++)
        for (let c = cell.col; c < cell.col + cell.colspan; c++) {
          if (r >= grid.length || c >= layout.columns) throw new Error(`${layout.table}: a cell at ${cell.row},${cell.col} reaches outside the table`);
          if (grid[r][c]) throw new Error(`${layout.table}: slot ${r},${c} is covered twice`);
          grid[r][c] = { cell, start: r === cell.row && c === cell.col };
        }
  grid.forEach((row, r) =>
    row.forEach((s, c) => {
      if (!s) throw new Error(`${layout.table}: slot ${r},${c} is not covered`);
    }),
  );
  return grid as Slot[][];
}

/** A cell as one row meets it: where a merged cell starts (`start`) or is continued from above. */
export interface RowPiece {
  cell: LayoutCell;
  start: boolean;
}

/**
 * Each row as a word processor writes it: left to right, one piece per cell
 * covering the row — the cell itself where it starts, a continuation below a
 * cell merged down from a row above (vMerge continue in WordprocessingML).
 */
export function rowPieces(layout: TableLayout): RowPiece[][] {
  return slots(layout).map((row, r) => row.filter((s, c) => s.cell.col === c).map((s) => ({ cell: s.cell, start: s.cell.row === r })));
}

/** Every value cell of a table, in reading order. */
export function valueCells(layout: TableLayout): ValueCell[] {
  return layout.rows.flatMap((r) => r.cells.filter(isValueCell));
}
