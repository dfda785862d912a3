// The official format as data: one ReportFormat value per edition in
// report/formats/ (FORMATS, formatOf). Every label of the report lives there
// and nowhere else: the grid, the rules, the exporter and the importers read it.
//
// The constants below are the 2021 edition's, kept as aliases of
// FORMATS['2021']'s members so existing modules read on unchanged. New code
// that handles a report should read formatOf(report) instead, so it also
// serves the next edition and a format that has gained a row.
import { FORMAT_2021 as F, type ReportFormat } from './formats';
import type { Table2Block as Block, Table2Row as Row } from './formats/types';
import type { Table2Key, Table4Key } from './formats/2021';

export { EDITIONS, FORMATS, editionForYear, formatOf, type Edition, type Formats, type ReportFormat, type UpgradeStep } from './formats';
export { YUAN_DECIMALS, table2CellKind } from './formats/types';
export type { CellKind, Level, NarrativeKey, PartKey, PartDef, Table3Group, Table3Row, TableKey } from './formats/types';
export type { Table2Key, Table4Key } from './formats/2021';
import type { Level, PartDef, PartKey, Table3Group, Table3Row, TableKey } from './formats/types';

export const FORMAT_ID = F.id;
export const EDITION = F.edition;
export const SCHEMA_VERSION = F.schemaVersion;

export const TITLE_SUFFIX = F.titleSuffix;
export function defaultTitle(unit: string, year: number): string {
  return `${unit}${year}${TITLE_SUFFIX}`;
}

export const LEVEL_LABELS: Record<Level, string> = F.levels;

// ---- The six parts -------------------------------------------------------

export const PARTS: readonly PartDef[] = F.parts;

export function partDef(key: PartKey): PartDef {
  const p = PARTS.find((x) => x.key === key);
  if (!p) throw new Error(`unknown part ${key}`);
  return p;
}

/** The five aspects part 一 must cover, as the conventional subsection headings. */
export const OVERVIEW_ASPECTS = F.overviewAspects;

// ---- Table 二 --------------------------------------------------------------

export type Table2Row = Row<Table2Key>;
export type Table2Block = Block<Table2Key>;

export const TABLE2_CONTENT_HEADER = F.table2.contentHeader;
export const TABLE2: readonly Table2Block[] = F.table2.blocks;
export const TABLE2_ROWS: readonly Table2Row[] = F.table2.rows;
/** index of 本年制发件数 / 本年废止件数 / 现行有效件数 in a 3-wide row */
export const T2_ISSUED = F.table2.issued;
export const T2_REPEALED = F.table2.repealed;
export const T2_IN_FORCE = F.table2.inForce;
/** the fee allows up to this many decimals (万元) */
export const FEE_DECIMALS = F.table2.feeDecimals;

// ---- Table 三 --------------------------------------------------------------

export const TABLE3_CORNER = F.table3.corner;
export const TABLE3_APPLICANT = F.table3.applicant;
export const TABLE3_NATURAL = F.table3.natural;
export const TABLE3_LEGAL = F.table3.legal;
export const TABLE3_TOTAL_LABEL = F.table3.totalLabel;

/** the seven value columns, in the order of the interchange arrays */
export const TABLE3_COLUMNS = F.table3.columns;
export const TABLE3_WIDTH = F.table3.columns.length;
export const TABLE3_TOTAL_COL = F.table3.totalCol;
/** columns 1..5 sit under 法人或其他组织 */
export const TABLE3_LEGAL_COLS = F.table3.legalCols;

export const TABLE3_SECTION3_LABEL = F.table3.section3Label;
export const TABLE3_GROUPS: readonly Table3Group[] = F.table3.groups;
export const TABLE3_ROWS: readonly Table3Row[] = F.table3.rows;
export const TABLE3_ROW_KEYS: readonly string[] = TABLE3_ROWS.map((r) => r.key);

export const T3_NEW = F.table3.newRow;
export const T3_CARRIED_IN = F.table3.carriedIn;
export const T3_OUTCOME_TOTAL = F.table3.outcomeTotal;
export const T3_CARRIED_OUT = F.table3.carriedOut;
/** the rows whose sum is （七）总计: every outcome row of section 三 except 3.7 itself */
export const T3_OUTCOME_ROWS: readonly string[] = F.table3.outcomeRows;

// ---- Table 四 --------------------------------------------------------------

export const TABLE4_REVIEW = F.table4.review;
export const TABLE4_LITIGATION = F.table4.litigation;
export const TABLE4_OUTCOMES = F.table4.outcomes;
export const TABLE4_TOTAL_COL = F.table4.totalCol;
export const TABLE4_GROUPS: readonly { key: Table4Key; label: string }[] = F.table4.groups;

// ---- Cell addresses ------------------------------------------------------

/** A cell as interchange.md addresses it; `col` is absent for single-value rows of table 二. */
export interface CellAddress {
  table: TableKey;
  row: string;
  col?: number;
}

/** Every cell of the three tables of the 2021 edition, in document order: 9 + 175 + 15 (2019: cellsOf(FORMATS['2019']), 22 + 161 + 15). */
export function allCells(): CellAddress[] {
  return cellsOf(F);
}

/** Every cell of a format's three tables, in document order. */
export function cellsOf(format: ReportFormat): CellAddress[] {
  const cells: CellAddress[] = [];
  for (const r of format.table2.rows) {
    if (r.width > 1) for (let c = 0; c < r.width; c++) cells.push({ table: 'table2', row: r.key, col: c });
    else cells.push({ table: 'table2', row: r.key });
  }
  const width = format.table3.columns.length;
  for (const r of format.table3.rows) for (let c = 0; c < width; c++) cells.push({ table: 'table3', row: r.key, col: c });
  const outcomes = format.table4.outcomes.length;
  for (const g of format.table4.groups) for (let c = 0; c < outcomes; c++) cells.push({ table: 'table4', row: g.key, col: c });
  return cells;
}

/** A short Chinese name of a cell for messages, e.g. 表三“一、本年新收…”行“自然人”列. */
export function cellName(a: CellAddress): string {
  return cellNameIn(F, a);
}

export function cellNameIn(format: ReportFormat, a: CellAddress): string {
  if (a.table === 'table2') {
    const r = format.table2.rows.find((x) => x.key === a.row);
    if (!r) return `表二 ${a.row}`;
    if (r.width === 1) return `表二“${r.label}”`;
    const block = format.table2.blocks.find((b) => b.rows.includes(r))!;
    return `表二“${r.label}”的“${block.headers[(a.col ?? 0) + 1]}”`;
  }
  if (a.table === 'table3') {
    const r = format.table3.rows.find((x) => x.key === a.row);
    const rowName = !r ? a.row : r.item ? `${r.group!.label}${r.item.label}` : r.label;
    return `表三“${rowName}”行“${format.table3.columns[a.col ?? 0]?.label ?? a.col}”列`;
  }
  const g = format.table4.groups.find((x) => x.key === a.row);
  return `表四“${g?.label ?? a.row}”的“${format.table4.outcomes[a.col ?? 0] ?? a.col}”`;
}

export function sameCell(a: CellAddress, b: CellAddress): boolean {
  return a.table === b.table && a.row === b.row && (a.col ?? -1) === (b.col ?? -1);
}

/** 31 January (department) or 31 March (government) of the year after the report's year. */
export function deadlineOf(year: number, level: Level): { month: number; day: number; year: number } {
  return level === 'government' ? { year: year + 1, month: 3, day: 31 } : { year: year + 1, month: 1, day: 31 };
}
