// Shared pieces of the three tables: fixed-width grid, full borders, cells
// with explicit gridSpan / vMerge so the merge structure is exactly the spec's.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TextRun,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { Cell } from '../report';
import { SIZE, STYLE } from './styles';
import { VALUE_PAD } from './widths';

export type CellStyle = 'header' | 'label' | 'value';

export interface GridCell {
  text?: string;
  style: CellStyle;
  /** columns spanned (gridSpan) */
  span?: number;
  /** first cell of a vertical merge, or a cell continuing the one above */
  vMerge?: 'restart' | 'continue';
  /** labels in column A/B/C of table 三 read better left-aligned */
  align?: 'left' | 'center';
  /** value columns: almost no side padding, so the column is the figure's width */
  tight?: boolean;
}

export { columnWidths } from './widths';

/** A value as printed: blank stays blank, 0 is 0, the fee as written (0.35). */
export function formatValue(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  // toString never uses an exponent for the values a report holds (< 1e21, ≥ 1e-6)
  return Object.is(v, -0) ? '0' : String(v);
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

/** Cell padding: 1 mm left and right (a table may ask for less: `gridTable`'s sidePad). */
const CELL_MARGINS = { top: 28, bottom: 28, left: 57, right: 57 };
export const TIGHT_SIDE_MARGIN = VALUE_PAD;
/** 6 mm: a row of blank cells still shows as a row to fill in. */
const MIN_ROW_HEIGHT = 340;

const CELL_STYLE = { header: STYLE.tableHeader, label: STYLE.tableLabel, value: STYLE.tableValue } as const;

function gridCell(c: GridCell, width: number, sizes: TableSizes): TableCell {
  // the cell styles centre; a left-aligned label of table 三 is the one local exception
  const left = c.style === 'label' && c.align === 'left';
  const text = c.vMerge === 'continue' ? '' : (c.text ?? '');
  // a size other than the cell style's 五号 is set on the run; characters are never scaled
  const want = c.style === 'value' ? sizes.values : sizes.labels;
  const size = want !== SIZE.table ? want : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: c.span && c.span > 1 ? c.span : undefined,
    verticalMerge:
      c.vMerge === 'restart' ? VerticalMergeType.RESTART : c.vMerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: c.tight
      ? { ...CELL_MARGINS, left: TIGHT_SIDE_MARGIN, right: TIGHT_SIDE_MARGIN, marginUnitType: WidthType.DXA }
      : undefined,
    children: [
      new Paragraph({
        style: CELL_STYLE[c.style],
        // single spacing repeated here: LibreOffice lets the document defaults' exact 28.95 pt beat the style inside cells
        alignment: left ? AlignmentType.LEFT : undefined,
        spacing: { before: 0, after: 0, line: 240 },
        children: text ? [new TextRun({ text, size })] : [],
      }),
    ],
  });
}

export interface GridRow {
  cells: GridCell[];
  /** repeated at the top of each page the table runs onto (and kept with the next row) */
  header?: boolean;
  /** on the same page as the next row: keeps a block or a merged group whole */
  keepWithNext?: boolean;
}

/** Half-point sizes of a table's labels and headers, and of its figures (the cell styles hold 五号). */
export interface TableSizes {
  labels: number;
  values: number;
}
const STYLE_SIZES: TableSizes = { labels: SIZE.table, values: SIZE.table };

/** A table over `widths`; each row's cells must cover the grid exactly (checked: a bad row is a bug). */
export function gridTable(widths: number[], rows: GridRow[], sizes: TableSizes = STYLE_SIZES, sidePad: number = CELL_MARGINS.left): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    margins: { ...CELL_MARGINS, left: sidePad, right: sidePad, marginUnitType: WidthType.DXA },
    rows: rows.map((r, ri) => {
      let col = 0;
      const cells = r.cells.map((c) => {
        const span = c.span ?? 1;
        const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        return gridCell(c, w, sizes);
      });
      if (col !== widths.length) throw new Error(`table row ${ri} covers ${col} of ${widths.length} columns`);
      return new TableRow({
        children: cells,
        cantSplit: true,
        tableHeader: r.header || undefined,
        keepNext: (ri < rows.length - 1 && (r.keepWithNext || r.header)) || undefined,
        height: { value: MIN_ROW_HEIGHT, rule: HeightRule.ATLEAST },
      });
    }),
  });
}

export const header = (text: string, more: Partial<GridCell> = {}): GridCell => ({ text, style: 'header', ...more });
export const label = (text: string, more: Partial<GridCell> = {}): GridCell => ({ text, style: 'label', ...more });
export const value = (v: Cell | undefined, more: Partial<GridCell> = {}): GridCell => ({
  text: formatValue(v),
  style: 'value',
  ...more,
});
/** The cell under a vertically merged one: it holds nothing of its own. */
export const below = (span = 1): GridCell => ({ style: 'label', vMerge: 'continue', span });
