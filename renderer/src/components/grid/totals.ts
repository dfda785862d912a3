// 总计 cells kept in step with their addends. A total is recomputed only
// while it still holds the old computed sum (or is blank): a value the user
// typed that disagrees is never overwritten; the rules flag it instead.
// Which cells are totals of which is report/sums.ts's COMPUTED_TOTALS.
import type { CellAddress } from '../../../../report/format';
import { getCell, type Cell, type Report } from '../../../../report/report';
import { withCells } from '../../withCells';
import { COMPUTED_TOTALS } from '../../../../report/sums';
import { cellKey } from './layout';
import type { CellChange } from './paste';

/** The sum of the addends, or null while any of them is blank. */
export function sumOf(report: Report, addends: readonly CellAddress[]): Cell {
  let s = 0;
  for (const a of addends) {
    const v = getCell(report, a);
    if (v === null || v === undefined) return null;
    s += v;
  }
  return s;
}

/**
 * The user's changes plus the totals they move. Totals the user changed
 * themselves in the same action are left as given.
 */
export function withTotals(before: Report, changes: readonly CellChange[]): CellChange[] {
  let after: Report = withCells(before, changes);
  const userSet = new Set(changes.map((c) => cellKey(c.address)));
  const extra: CellChange[] = [];
  for (const d of COMPUTED_TOTALS) {
    if (userSet.has(cellKey(d.total))) continue;
    const oldSum = sumOf(before, d.addends);
    const newSum = sumOf(after, d.addends);
    const stored = getCell(after, d.total) ?? null;
    if (newSum === stored) continue;
    if (stored !== null && stored !== oldSum) continue; // typed by the user: keep it
    after = withCells(after, [{ address: d.total, value: newSum }]);
    extra.push({ address: d.total, value: newSum });
  }
  return [...changes, ...extra];
}
