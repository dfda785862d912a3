// Which cells differ between two sets of tables: the compiled tables before and
// after a unit's report was re-imported (the cells to mark and refresh), or the
// government's report against its compiled tables (the cells the office typed over).
import { cellsOf, FORMATS, type CellAddress } from '../format';
import { getCell, type Cell, type Report } from '../report';
import { exactSum } from './sum';

type Tables = Pick<Report, 'table2' | 'table3' | 'table4'>;

export interface CellChange {
  cell: CellAddress;
  before: Cell;
  after: Cell;
  /** after − before, when both are figures */
  difference?: number;
}

const CELLS = cellsOf(FORMATS['2021']);

/** Every cell whose value differs (a blank and a 0 differ), in document order. */
export function changedCells(before: Tables, after: Tables): CellChange[] {
  const out: CellChange[] = [];
  for (const cell of CELLS) {
    const b = getCell(before as Report, cell) ?? null;
    const a = getCell(after as Report, cell) ?? null;
    if (a === b) continue;
    out.push({ cell, before: b, after: a, ...(a !== null && b !== null ? { difference: exactSum([a, -b]) } : {}) });
  }
  return out;
}

/** The cells of the government's report that differ from the compiled tables: typed over, kept, flagged. */
export function overriddenCells(report: Report, compiled: Tables): CellChange[] {
  return changedCells(compiled, report);
}
