// A report with some cells changed, copying only what changes: the report, the
// tables touched and their touched rows. Everything else (the narrative parts,
// the untouched tables) stays the very same object, so what the rules and the
// grids derived from it can be reused (per-table views, per-parts text memos),
// and an edit costs no clone of the whole report.
import type { CellAddress } from '../../report/format';
import { setCellInPlace, type Cell, type Report } from '../../report/report';

type Rows = Record<string, Cell | Cell[]>;

export function withCells(r: Report, cells: readonly { address: CellAddress; value: Cell }[]): Report {
  if (!cells.length) return r;
  const next = { ...r };
  const tables = next as unknown as Record<string, Rows>;
  const copied = new Set<string>();
  for (const { address: a, value } of cells) {
    if (!copied.has(a.table)) {
      tables[a.table] = { ...tables[a.table] };
      copied.add(a.table);
    }
    const rows = tables[a.table];
    const rowKey = `${a.table}|${a.row}`;
    const row = rows[a.row];
    if (Array.isArray(row) && !copied.has(rowKey)) {
      rows[a.row] = [...row];
      copied.add(rowKey);
    }
    setCellInPlace(next, a, value);
  }
  return next;
}
