// Spreadsheet-like movement between the value cells of one table.
// The grid may be ragged (table 二 has rows of 3 cells and rows of one cell
// spanning 3 columns), so up/down look for the cell covering the same visual column.
import { sameCell, type CellAddress } from '../../../../report/format';
import type { NavCell, NavGrid } from './layout';

/** A place in the grid: row index and index of the cell within that row. */
export interface GridPos {
  r: number;
  i: number;
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'prev' | 'rowStart' | 'rowEnd' | 'first' | 'last';

export function locate(grid: NavGrid, a: CellAddress): GridPos | null {
  for (let r = 0; r < grid.length; r++) {
    const i = grid[r].cells.findIndex((c) => sameCell(c.address, a));
    if (i >= 0) return { r, i };
  }
  return null;
}

export function addressAt(grid: NavGrid, p: GridPos): CellAddress {
  return grid[p.r].cells[p.i].address;
}

/** Index of the cell in row r that covers visual column col (or the nearest one). */
export function cellCovering(grid: NavGrid, r: number, col: number): number {
  const cells = grid[r].cells;
  const i = cells.findIndex((c) => col >= c.col && col < c.col + c.span);
  if (i >= 0) return i;
  return col < cells[0].col ? 0 : cells.length - 1;
}

/** Where a move lands; at an edge the selection stays put, like Excel (Tab wraps across rows). */
export function moveFrom(grid: NavGrid, p: GridPos, m: Move): GridPos {
  const row = grid[p.r].cells;
  const lastRow = grid.length - 1;
  switch (m) {
    case 'left':
      return { r: p.r, i: Math.max(0, p.i - 1) };
    case 'right':
      return { r: p.r, i: Math.min(row.length - 1, p.i + 1) };
    case 'up':
      return p.r === 0 ? p : { r: p.r - 1, i: cellCovering(grid, p.r - 1, row[p.i].col) };
    case 'down':
      return p.r === lastRow ? p : { r: p.r + 1, i: cellCovering(grid, p.r + 1, row[p.i].col) };
    case 'next':
      if (p.i < row.length - 1) return { r: p.r, i: p.i + 1 };
      return p.r === lastRow ? p : { r: p.r + 1, i: 0 };
    case 'prev':
      if (p.i > 0) return { r: p.r, i: p.i - 1 };
      return p.r === 0 ? p : { r: p.r - 1, i: grid[p.r - 1].cells.length - 1 };
    case 'rowStart':
      return { r: p.r, i: 0 };
    case 'rowEnd':
      return { r: p.r, i: row.length - 1 };
    case 'first':
      return { r: 0, i: 0 };
    case 'last':
      return { r: lastRow, i: grid[lastRow].cells.length - 1 };
  }
}

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** The move a key asks for when a cell is selected (not being edited); null for other keys. */
export function moveForKey(e: KeyLike): Move | null {
  const ctrl = !!(e.ctrlKey || e.metaKey);
  if (e.altKey) return null;
  switch (e.key) {
    case 'ArrowUp':
      return ctrl ? 'first' : 'up';
    case 'ArrowDown':
      return ctrl ? 'last' : 'down';
    case 'ArrowLeft':
      return ctrl ? 'rowStart' : 'left';
    case 'ArrowRight':
      return ctrl ? 'rowEnd' : 'right';
    case 'Tab':
      return e.shiftKey ? 'prev' : 'next';
    case 'Enter':
      return e.shiftKey ? 'up' : 'down';
    case 'Home':
      return ctrl ? 'first' : 'rowStart';
    case 'End':
      return ctrl ? 'last' : 'rowEnd';
    default:
      return null;
  }
}

/** Every address in visual order (row by row), e.g. for copying or tests. */
export function visualOrder(grid: NavGrid): CellAddress[] {
  return grid.flatMap((r) => r.cells.map((c) => c.address));
}

/**
 * The cells of the rectangle between two positions (a selected range), row by row.
 * Works in visual columns, so in table 二 a cell spanning 3 columns belongs to any range touching it.
 */
export function cellsInRange(grid: NavGrid, a: GridPos, b: GridPos): NavCell[][] {
  const ca = grid[a.r].cells[a.i];
  const cb = grid[b.r].cells[b.i];
  const c1 = Math.min(ca.col, cb.col);
  const c2 = Math.max(ca.col + ca.span, cb.col + cb.span) - 1;
  const rows: NavCell[][] = [];
  for (let r = Math.min(a.r, b.r); r <= Math.max(a.r, b.r); r++) rows.push(grid[r].cells.filter((c) => c.col <= c2 && c.col + c.span - 1 >= c1));
  return rows;
}
