// Which cells are totals of which, and what kind of value every cell holds,
// defined once from format.ts. The rules check these sums, the grid keeps the
// totals in step, the archive and the importers read the kinds.
import {
  T3_CARRIED_IN,
  T3_CARRIED_OUT,
  T3_NEW,
  T3_OUTCOME_ROWS,
  T3_OUTCOME_TOTAL,
  TABLE2_ROWS,
  TABLE3_ROWS,
  TABLE3_TOTAL_COL,
  TABLE3_WIDTH,
  TABLE4_GROUPS,
  TABLE4_TOTAL_COL,
  type CellAddress,
} from './format';

/** What a cell holds: a count of cases or documents, or an amount (the fee, in 万元). */
export type CellKind = 'count' | 'amount';

/**
 * One sum of the official tables: `total` = Σ `addends`.
 * row: 总计 of a row of table 三; outcome: （七）总计 of a column of table 三; group: 总计 of a group of table 四.
 */
export interface SumDef {
  family: 'row' | 'outcome' | 'group';
  total: CellAddress;
  addends: readonly CellAddress[];
}

const t3 = (row: string, col: number): CellAddress => ({ table: 'table3', row, col });
const t4 = (row: string, col: number): CellAddress => ({ table: 'table4', row, col });
const cols = (n: number) => Array.from({ length: n }, (_, i) => i);
/** the value columns of table 三 that 总计 adds up: 自然人 and the five kinds of 法人或其他组织 */
const T3_PART_COLS = cols(TABLE3_WIDTH).filter((c) => c !== TABLE3_TOTAL_COL);
const T4_PART_COLS = cols(TABLE4_TOTAL_COL);

/** 总计 = 自然人 + the five kinds of 法人或其他组织, in every row of table 三 */
export const ROW_TOTALS: readonly SumDef[] = TABLE3_ROWS.map((r) => ({
  family: 'row',
  total: t3(r.key, TABLE3_TOTAL_COL),
  addends: T3_PART_COLS.map((c) => t3(r.key, c)),
}));

/** （七）总计 = every outcome row of section 三 above it, in every column */
export const OUTCOME_TOTALS: readonly SumDef[] = cols(TABLE3_WIDTH).map((c) => ({
  family: 'outcome',
  total: t3(T3_OUTCOME_TOTAL, c),
  addends: T3_OUTCOME_ROWS.map((row) => t3(row, c)),
}));

/** 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, in each group of table 四 */
export const GROUP_TOTALS: readonly SumDef[] = TABLE4_GROUPS.map((g) => ({
  family: 'group',
  total: t4(g.key, TABLE4_TOTAL_COL),
  addends: T4_PART_COLS.map((c) => t4(g.key, c)),
}));

/** Every sum of the tables (a cell may be the total of two: （七）总计's 总计). */
export const SUMS: readonly SumDef[] = [...ROW_TOTALS, ...OUTCOME_TOTALS, ...GROUP_TOTALS];

/**
 * One sum per total cell, in an order where a total comes after the totals it
 * is built from: the grid computes them in this order. （七）总计's own 总计 is
 * taken as its row's sum, after the row's cells are computed.
 */
export const COMPUTED_TOTALS: readonly SumDef[] = [
  ...ROW_TOTALS.filter((d) => d.total.row !== T3_OUTCOME_TOTAL),
  ...OUTCOME_TOTALS.filter((d) => d.total.col !== TABLE3_TOTAL_COL),
  ...ROW_TOTALS.filter((d) => d.total.row === T3_OUTCOME_TOTAL),
  ...GROUP_TOTALS,
];

/** 一 + 二 = （七）总计 + 四 in each column of table 三 (official-format.md, the corner note). */
export interface BalanceDef {
  col: number;
  /** the cell the finding is placed on: row 一, which this equation alone decides */
  target: CellAddress;
  plus: readonly CellAddress[];
  minus: readonly CellAddress[];
}
export const BALANCES: readonly BalanceDef[] = cols(TABLE3_WIDTH).map((c) => ({
  col: c,
  target: t3(T3_NEW, c),
  plus: [t3(T3_OUTCOME_TOTAL, c), t3(T3_CARRIED_OUT, c)],
  minus: [t3(T3_CARRIED_IN, c)],
}));

const key = (a: CellAddress) => `${a.table}|${a.row}|${a.col ?? ''}`;
const TOTAL_CELLS = new Set(SUMS.map((d) => key(d.total)));
const COMPUTED_BY_TOTAL = new Map(COMPUTED_TOTALS.map((d) => [key(d.total), d]));
const AMOUNT_ROWS = new Set<string>(TABLE2_ROWS.filter((r) => r.kind === 'amount').map((r) => r.key));

/** A 总计 cell: the total of at least one sum. */
export function isTotal(a: CellAddress): boolean {
  return TOTAL_CELLS.has(key(a));
}

/** The sum the grid computes a total cell from (undefined for a cell that is no total). */
export function computedSumOf(a: CellAddress): SumDef | undefined {
  return COMPUTED_BY_TOTAL.get(key(a));
}

/** The kind of value a cell takes: the fee of table 二 is an amount, everything else a count. */
export function kindOf(a: CellAddress): CellKind {
  return a.table === 'table2' && AMOUNT_ROWS.has(a.row) ? 'amount' : 'count';
}
