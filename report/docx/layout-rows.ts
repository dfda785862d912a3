// The rows of a Word table from report/layout.ts: a rowspan becomes a vMerge
// restart with continue cells below it, a colspan a gridSpan. What only Word
// needs (alignment, tight padding, page breaks) each table decides.
import { rowPieces, type LayoutCell, type LayoutRow, type TableLayout } from '../layout';
import { getCell, type Report } from '../report';
import { below, header, label, value, type GridCell, type GridRow } from './grid';

export interface WordLook {
  /** a label printed left-aligned (the cell styles centre) */
  left?(cell: LayoutCell): boolean;
  /** a narrow cell with almost no side padding */
  tight?(cell: LayoutCell): boolean;
  /** the row stays on the page of the row after it */
  keepWithNext?(row: LayoutRow, index: number, layout: TableLayout): boolean;
}

function wordCell(cell: LayoutCell, report: Report, look: WordLook): GridCell {
  const more: Partial<GridCell> = {};
  if (cell.colspan > 1) more.span = cell.colspan;
  if (cell.rowspan > 1) more.vMerge = 'restart';
  if (look.tight?.(cell)) more.tight = true;
  switch (cell.role) {
    case 'value':
    case 'total':
      return value(getCell(report, cell.address), more);
    case 'corner':
    case 'head':
    case 'title':
      return header(cell.text, more);
    default:
      if (look.left?.(cell)) more.align = 'left';
      return label(cell.text, more);
  }
}

/** The Word rows of a table: its header rows repeat on every page and keep with the next. */
export function wordRows(layout: TableLayout, report: Report, look: WordLook = {}): GridRow[] {
  return rowPieces(layout).map((pieces, i): GridRow => {
    const row = layout.rows[i];
    const cells = pieces.map((p) => (p.start ? wordCell(p.cell, report, look) : below(p.cell.colspan)));
    if (i < layout.headRows) return { header: true, cells };
    return look.keepWithNext?.(row, i, layout) ? { keepWithNext: true, cells } : { cells };
  });
}
