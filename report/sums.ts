// Which cells are totals of which, and what kind of value every cell holds,
// defined once from each edition's format. The rules check these sums, the grid
// keeps the totals in step, the archive and the importers read the kinds.
// sumsOf(format) builds them once per format; the exported constants and the
// functions' default are the 2021 edition's, so its call sites read on unchanged.
import { FORMAT_2021, table2CellKind, type ReportFormat } from './formats';
import type { CellAddress } from './format';
import type { CellKind } from './formats/types';
export type { CellKind } from './formats/types';

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
const key = (a: CellAddress) => `${a.table}|${a.row}|${a.col ?? ''}`;

/** 一 + 二 = （七）总计 + 四 in each column of table 三 (official-format.md, the corner note). */
export interface BalanceDef {
  col: number;
  /** the cell the finding is placed on: row 一, which this equation alone decides */
  target: CellAddress;
  plus: readonly CellAddress[];
  minus: readonly CellAddress[];
}
/** Every sum and kind of one format (sumsOf). */
export interface FormatSums {
  /** 总计 = 自然人 + the five kinds of 法人或其他组织, in every row of table 三 */
  rowTotals: readonly SumDef[];
  /** （七）总计 = every outcome row of section 三 above it, in every column (2019: （六） is one row) */
  outcomeTotals: readonly SumDef[];
  /** 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, in each group of table 四 */
  groupTotals: readonly SumDef[];
  /** every sum of the tables (a cell may be the total of two: （七）总计's 总计) */
  sums: readonly SumDef[];
  /**
   * one sum per total cell, in an order where a total comes after the totals it
   * is built from: the grid computes them in this order. （七）总计's own 总计 is
   * taken as its row's sum, after the row's cells are computed.
   */
  computed: readonly SumDef[];
  balances: readonly BalanceDef[];
  isTotal(a: CellAddress): boolean;
  computedSumOf(a: CellAddress): SumDef | undefined;
  kindOf(a: CellAddress): CellKind;
}

function build(format: ReportFormat): FormatSums {
  const t = format.table3;
  const width = t.columns.length;
  // the value columns of table 三 that 总计 adds up: 自然人 and the five kinds of 法人或其他组织
  const partCols = cols(width).filter((c) => c !== t.totalCol);
  const rowTotals: SumDef[] = t.rows.map((r) => ({ family: 'row', total: t3(r.key, t.totalCol), addends: partCols.map((c) => t3(r.key, c)) }));
  const outcomeTotals: SumDef[] = cols(width).map((c) => ({
    family: 'outcome',
    total: t3(t.outcomeTotal, c),
    addends: t.outcomeRows.map((row) => t3(row, c)),
  }));
  const g4 = format.table4;
  const groupTotals: SumDef[] = g4.groups.map((g) => ({
    family: 'group',
    total: t4(g.key, g4.totalCol),
    addends: cols(g4.totalCol).map((c) => t4(g.key, c)),
  }));
  const sums = [...rowTotals, ...outcomeTotals, ...groupTotals];
  const computed = [
    ...rowTotals.filter((d) => d.total.row !== t.outcomeTotal),
    ...outcomeTotals.filter((d) => d.total.col !== t.totalCol),
    ...rowTotals.filter((d) => d.total.row === t.outcomeTotal),
    ...groupTotals,
  ];
  const balances: BalanceDef[] = cols(width).map((c) => ({
    col: c,
    target: t3(t.newRow, c),
    plus: [t3(t.outcomeTotal, c), t3(t.carriedOut, c)],
    minus: [t3(t.carriedIn, c)],
  }));
  const totalCells = new Set(sums.map((d) => key(d.total)));
  const computedByTotal = new Map(computed.map((d) => [key(d.total), d]));
  const t2Rows = new Map(format.table2.rows.map((r) => [r.key, r]));
  return {
    rowTotals,
    outcomeTotals,
    groupTotals,
    sums,
    computed,
    balances,
    isTotal: (a) => totalCells.has(key(a)),
    computedSumOf: (a) => computedByTotal.get(key(a)),
    kindOf(a) {
      const row = a.table === 'table2' ? t2Rows.get(a.row) : undefined;
      return row ? table2CellKind(row, a.col) : 'count';
    },
  };
}

const built = new WeakMap<ReportFormat, FormatSums>();
/** The sums and kinds of a format (the 2021 edition's when none is named), built once per format. */
export function sumsOf(format: ReportFormat = FORMAT_2021): FormatSums {
  let s = built.get(format);
  if (!s) built.set(format, (s = build(format)));
  return s;
}

const S2021 = sumsOf(FORMAT_2021);
// the 2021 edition's, for the call sites that predate the editions
export const ROW_TOTALS: readonly SumDef[] = S2021.rowTotals;
export const OUTCOME_TOTALS: readonly SumDef[] = S2021.outcomeTotals;
export const GROUP_TOTALS: readonly SumDef[] = S2021.groupTotals;
export const SUMS: readonly SumDef[] = S2021.sums;
export const COMPUTED_TOTALS: readonly SumDef[] = S2021.computed;
export const BALANCES: readonly BalanceDef[] = S2021.balances;

/** A 总计 cell: the total of at least one sum. */
export function isTotal(a: CellAddress, format: ReportFormat = FORMAT_2021): boolean {
  return sumsOf(format).isTotal(a);
}

/** The sum the grid computes a total cell from (undefined for a cell that is no total). */
export function computedSumOf(a: CellAddress, format: ReportFormat = FORMAT_2021): SumDef | undefined {
  return sumsOf(format).computedSumOf(a);
}

/** The kind of value a cell takes (table 二's rows say; tables 三 and 四 hold counts). */
export function kindOf(a: CellAddress, format: ReportFormat = FORMAT_2021): CellKind {
  return sumsOf(format).kindOf(a);
}
