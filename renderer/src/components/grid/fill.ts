// 填充空白为 0 and the other fills (Ctrl+Enter, a single value pasted over a
// range, Ctrl+D): which cells change, as one list of changes = one undo step.
// A blank 总计 is not set to 0 by hand: it is computed from its addends once
// they are filled (withTotals), so a total never disagrees with its cells.
import type { CellAddress, TableKey } from '../../../../report/format';
import { tableLayout, valueCells } from '../../../../report/layout';
import { getCell, type Cell, type Report } from '../../../../report/report';
import { computedSumOf } from '../../../../report/sums';
import type { CellChange } from './paste';
import { withTotals } from './totals';

export const TABLES: readonly TableKey[] = ['table2', 'table3', 'table4'];

/** every value cell of the tables given, in reading order */
export function tableCells(tables: readonly TableKey[] = TABLES): CellAddress[] {
  return tables.flatMap((t) => valueCells(tableLayout(t)).map((c) => c.address));
}

const isBlank = (r: Report, a: CellAddress) => (getCell(r, a) ?? null) === null;

/** the blank cells among `cells` */
export function blanksOf(report: Report, cells: readonly CellAddress[]): CellAddress[] {
  return cells.filter((a) => isBlank(report, a));
}

/**
 * The changes that fill the blanks among `cells` with 0: the cells a user fills
 * get 0, the totals among them follow from their addends; a total whose addends
 * stay blank (outside the cells given) is left blank, never a made-up 0.
 */
export function fillBlanksPlan(report: Report, cells: readonly CellAddress[]): CellChange[] {
  const blanks = blanksOf(report, cells);
  const own = blanks.filter((a) => !computedSumOf(a)).map((address) => ({ address, value: 0 as Cell }));
  return withTotals(report, own).filter((c) => c.value !== (getCell(report, c.address) ?? null));
}

/** How many cells filling would set (totals included): the number the confirmation says. */
export function fillCount(report: Report, cells: readonly CellAddress[]): number {
  return fillBlanksPlan(report, cells).length;
}

/** The same value in every cell of a range (Ctrl+Enter, one value pasted over a range), totals kept in step. */
export function fillRangePlan(report: Report, cells: readonly CellAddress[], value: Cell): CellChange[] {
  const given = cells.filter((a) => !computedSumOf(a)).map((address) => ({ address, value }));
  return withTotals(report, given).filter((c) => c.value !== (getCell(report, c.address) ?? null));
}

/** Ctrl+D: each column of the range takes the value of its top cell (rows of cells as the range gives them). */
export function fillDownPlan(report: Report, rows: readonly (readonly CellAddress[])[]): CellChange[] {
  if (rows.length < 2) return [];
  const top = new Map<number, Cell>();
  rows[0].forEach((a, i) => top.set(i, getCell(report, a) ?? null));
  const given: CellChange[] = [];
  for (const row of rows.slice(1)) {
    // a ragged range (table 二's wide cells) fills by position from the left; extra cells are left
    row.forEach((a, i) => {
      if (top.has(i) && !computedSumOf(a)) given.push({ address: a, value: top.get(i)! });
    });
  }
  return withTotals(report, given).filter((c) => c.value !== (getCell(report, c.address) ?? null));
}

/**
 * 复制上年数字 (issue 13 §3): last year's figure into each of `cells` (a blank of last
 * year is left as it is), except table 三 row 二 (上年结转), which the carry-over
 * already fills from last year's row 四; totals follow their addends.
 */
export function copyPreviousPlan(report: Report, previous: Report, cells: readonly CellAddress[]): CellChange[] {
  const given: CellChange[] = [];
  for (const a of cells) {
    if (computedSumOf(a) || (a.table === 'table3' && a.row === '2')) continue;
    const v = getCell(previous, a) ?? null;
    if (v !== null) given.push({ address: a, value: v });
  }
  return withTotals(report, given).filter((c) => c.value !== (getCell(report, c.address) ?? null));
}
