// Tables of a .docx: merged cells resolved into a grid of texts, and tables
// that only lay out the page told apart from the report's own tables.
import type { Block } from './assemble';

/**
 * Where the walk is: cells collect their own paragraphs and tables, so a table
 * used only for layout (the whole report in one cell, as WPS documents have
 * it) can give its contents back to the body instead of becoming one cell.
 */
export type CellRec = { span: number; vMerge?: 'restart' | 'continue'; hMerged?: boolean; blocks: Block[] };
export type TableRec = { rows: CellRec[][]; row?: CellRec[]; cell?: CellRec };
type Cell = { text: string; span: number; vMerge?: 'restart' | 'continue' };

const cellText = (blocks: readonly Block[]): string =>
  blocks.map((b) => (b.kind === 'para' ? b.text : b.rows.map((r) => r.join('\t')).join('\n'))).join('\n');

/**
 * A table holding tables, or a single cell, only lays out the page: its
 * contents are the document's own paragraphs and tables. Any other table is a
 * table of the report.
 */
export function tableBlocks(t: TableRec): Block[] {
  const cells = t.rows.flat();
  const layout = (cells.length === 1 && t.rows.length === 1) || cells.some((c) => c.blocks.some((b) => b.kind === 'table'));
  if (layout) return cells.flatMap((c) => c.blocks);
  return [{ kind: 'table', rows: resolveGrid(t.rows.map((r) => r.map((c) => ({ text: cellText(c.blocks), span: c.span, vMerge: c.vMerge })))) }];
}

/**
 * Merged cells into a grid: a horizontally merged cell is one cell (as a copy
 * of the table shows it), a vertically continued cell takes the text of the
 * cell it continues, so every row carries its full labels.
 */
export function resolveGrid(rows: Cell[][]): string[][] {
  const above = new Map<number, string>(); // grid column → text of the last restart cell
  return rows.map((r) => {
    let col = 0;
    return r.map((c) => {
      let text = c.text;
      if (c.vMerge === 'continue') text = above.get(col) ?? '';
      else if (c.vMerge === 'restart') above.set(col, c.text);
      else above.delete(col);
      col += c.span;
      return text;
    });
  });
}
