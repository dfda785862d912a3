// Pasting a block copied from Excel or WPS: parse the tab-separated text, map
// it onto the grid from the selected cell, normalise every value. All or
// nothing: a block that does not fit or holds one bad value changes nothing.
import { cellName, type CellAddress, type TableKey } from '../../../../report/format';
import { isBlankMark, normalizeCell } from '../../../../report/normalize';
import type { Cell } from '../../../../report/report';
import { TABLE_NAMES, type NavGrid } from './layout';
import { cellCovering, type GridPos } from './navigation';

export interface CellChange {
  address: CellAddress;
  value: Cell;
}

export type PastePlan = { ok: true; changes: CellChange[] } | { ok: false; message: string };

/**
 * Tab-separated text → rows of fields. Handles \r\n, \n and \r line ends, one
 * trailing line end (Excel always adds it), and Excel's quoting: a field that
 * starts with " runs to the closing " and "" stands for one quote.
 */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  let atFieldStart = true;
  while (i < n) {
    const ch = text[i];
    if (atFieldStart && ch === '"') {
      // quoted field; an unterminated quote is taken literally
      const close = findClosingQuote(text, i + 1);
      if (close >= 0) {
        field = text.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
        atFieldStart = false;
        continue;
      }
    }
    atFieldStart = false;
    if (ch === '\t') {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (!atFieldStart || field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function findClosingQuote(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] !== '"') continue;
    if (text[j + 1] === '"') {
      j++;
      continue;
    }
    const next = text[j + 1];
    return next === undefined || next === '\t' || next === '\r' || next === '\n' ? j : -1;
  }
  return -1;
}

/**
 * Place a parsed block on the grid with its top-left at `start`, rows going
 * down and columns going right in the grid's visual order. Short rows (a
 * ragged block) leave the cells to their right unchanged.
 */
export function planPaste(grid: NavGrid, table: TableKey, start: GridPos, block: string[][]): PastePlan {
  const name = TABLE_NAMES[table];
  const height = block.length;
  const width = Math.max(0, ...block.map((r) => r.length));
  if (height === 0 || width === 0 || block.every((r) => r.every((f) => f.trim() === ''))) {
    return { ok: false, message: '剪贴板里没有可粘贴的内容' };
  }
  const shape = `粘贴的内容有 ${height} 行 ${width} 列，从所选单元格开始放不下`;
  const rowsLeft = grid.length - start.r;
  const startCol = grid[start.r].cells[start.i].col;
  // columns left in each row the block would cover, from the cell under the start column
  const colsLeft: number[] = [];
  for (let k = 0; k < Math.min(height, rowsLeft); k++) {
    const r = start.r + k;
    colsLeft.push(grid[r].cells.length - (k === 0 ? start.i : cellCovering(grid, r, startCol)));
  }
  const minCols = Math.min(...colsLeft);
  const tooWide = width > minCols;
  if (height > rowsLeft || tooWide) {
    const narrowRow = colsLeft.indexOf(minCols);
    const where =
      tooWide && narrowRow > 0 && colsLeft[0] >= width ? `${name}“${grid[start.r + narrowRow].label}”一行只剩 ${minCols} 列` : null;
    const left = where ?? `${name}只剩 ${[height > rowsLeft ? `${rowsLeft} 行` : '', tooWide ? `${minCols} 列` : ''].filter(Boolean).join(' ')}`;
    return { ok: false, message: `${shape}（${left}）` };
  }
  const changes: CellChange[] = [];
  for (let k = 0; k < height; k++) {
    const r = start.r + k;
    const first = k === 0 ? start.i : cellCovering(grid, r, startCol);
    for (let j = 0; j < block[k].length; j++) {
      const cell = grid[r].cells[first + j];
      const raw = block[k][j];
      const norm = isBlankMark(raw) ? ({ ok: true, value: null } as const) : normalizeCell(raw, cell.kind);
      if (!norm.ok) {
        return {
          ok: false,
          message: `粘贴的内容第 ${k + 1} 行第 ${j + 1} 列（${cellName(cell.address)}）：${norm.message}。没有粘贴任何内容。`,
        };
      }
      changes.push({ address: cell.address, value: norm.value });
    }
  }
  return { ok: true, changes };
}

/** Text for the clipboard: one row of the grid per line, tab-separated, blanks empty. */
export function copyText(values: Cell[][]): string {
  return values.map((r) => r.map((v) => (v === null ? '' : String(v))).join('\t')).join('\r\n') + '\r\n';
}
