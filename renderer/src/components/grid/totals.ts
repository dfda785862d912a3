// 总计 cells kept in step with their addends. A total is recomputed only
// while it still holds the old computed sum (or is blank): a value the user
// typed that disagrees is never overwritten; the rules flag it instead.
import {
  T3_OUTCOME_ROWS,
  T3_OUTCOME_TOTAL,
  TABLE3_ROW_KEYS,
  TABLE3_TOTAL_COL,
  TABLE4_GROUPS,
  TABLE4_TOTAL_COL,
  type CellAddress,
} from '../../../../report/format';
import { getCell, setCellInPlace, type Cell, type Report } from '../../../../report/report';
import { cellKey } from './layout';
import type { CellChange } from './paste';

export interface TotalDef {
  total: CellAddress;
  addends: CellAddress[];
}

const t3 = (row: string, col: number): CellAddress => ({ table: 'table3', row, col });
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Every total, in an order where a total comes after the totals it is built from. */
export const TOTAL_DEFS: readonly TotalDef[] = [
  // row totals of table 三 (except （七）总计, done last from its own computed cells)
  ...TABLE3_ROW_KEYS.filter((k) => k !== T3_OUTCOME_TOTAL).map((row) => ({
    total: t3(row, TABLE3_TOTAL_COL),
    addends: range(TABLE3_TOTAL_COL).map((c) => t3(row, c)),
  })),
  // （七）总计 of each applicant column
  ...range(TABLE3_TOTAL_COL).map((c) => ({ total: t3(T3_OUTCOME_TOTAL, c), addends: T3_OUTCOME_ROWS.map((row) => t3(row, c)) })),
  { total: t3(T3_OUTCOME_TOTAL, TABLE3_TOTAL_COL), addends: range(TABLE3_TOTAL_COL).map((c) => t3(T3_OUTCOME_TOTAL, c)) },
  ...TABLE4_GROUPS.map((g) => ({
    total: { table: 'table4' as const, row: g.key, col: TABLE4_TOTAL_COL },
    addends: range(TABLE4_TOTAL_COL).map((c) => ({ table: 'table4' as const, row: g.key, col: c })),
  })),
];

const DEF_BY_TOTAL = new Map(TOTAL_DEFS.map((d) => [cellKey(d.total), d]));

export function totalDefOf(a: CellAddress): TotalDef | undefined {
  return DEF_BY_TOTAL.get(cellKey(a));
}

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
  const after: Report = structuredClone(before);
  for (const c of changes) setCellInPlace(after, c.address, c.value);
  const userSet = new Set(changes.map((c) => cellKey(c.address)));
  const extra: CellChange[] = [];
  for (const d of TOTAL_DEFS) {
    if (userSet.has(cellKey(d.total))) continue;
    const oldSum = sumOf(before, d.addends);
    const newSum = sumOf(after, d.addends);
    const stored = getCell(after, d.total) ?? null;
    if (newSum === stored) continue;
    if (stored !== null && stored !== oldSum) continue; // typed by the user: keep it
    setCellInPlace(after, d.total, newSum);
    extra.push({ address: d.total, value: newSum });
  }
  return [...changes, ...extra];
}
