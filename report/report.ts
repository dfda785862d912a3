// The Report type: exactly the interchange schema v1 (../shared/spec/interchange.md),
// a union over the editions on `edition` (2021, and 2019 of section 1a): code that
// reads table 二 by one edition's keys narrows first; generic code goes through
// formatOf(report), cellsOf, getCell/withCell. Table 二's fields are derived from
// each format's data, so a row added there is a field here without another edit.
import {
  FORMAT_ID,
  FORMATS,
  SCHEMA_VERSION,
  defaultTitle,
  formatOf,
  type CellAddress,
  type Edition,
  type Level,
  type NarrativeKey,
  type ReportFormat,
  type Table4Key,
} from './format';
import type { Table2Row2021 } from './formats/2021';
import type { Table2Row2019 } from './formats/2019';

export type Cell = number | null;
export type Triple = [Cell, Cell, Cell];
export type Pair = [Cell, Cell];
export type Row7 = [Cell, Cell, Cell, Cell, Cell, Cell, Cell];
export type Row5 = [Cell, Cell, Cell, Cell, Cell];

export interface Explanation {
  rule: string;
  table?: string;
  row?: string;
  col?: number;
  part?: string;
  text: string;
}

/** Table 二's values of one edition's rows: a Triple for a 3-wide row, a Pair for a 2-wide one, one Cell for the others. */
type Table2ValuesOf<Row extends { key: string; width: number }> = {
  [R in Row as R['key']]: R['width'] extends 3 ? Triple : R['width'] extends 2 ? Pair : Cell;
};
/** Table 二 of a 2021 report. */
export type Table2Values = Table2ValuesOf<Table2Row2021>;
/** Table 二 of a 2019-edition report (interchange.md 1a). */
export type Table2Values2019 = Table2ValuesOf<Table2Row2019>;

interface ReportBase {
  format: typeof FORMAT_ID;
  schemaVersion: typeof SCHEMA_VERSION;
  unit: string;
  year: number;
  level: Level;
  title?: string;
  preamble?: string;
  parts: Record<NarrativeKey, string>;
  closing?: string;
  table3: Record<string, Row7>;
  table4: Record<Table4Key, Row5>;
  explanations?: Explanation[];
}

/** A report of the 2021 edition (reports from 2021 on). */
export interface Report2021 extends ReportBase {
  edition: '2021';
  table2: Table2Values;
}

/** A report of the 2019 edition (reports for 2019 and 2020): table 二 of five blocks, table 三 with one （六） row. */
export interface Report2019 extends ReportBase {
  edition: '2019';
  table2: Table2Values2019;
}

export type Report = Report2021 | Report2019;
/** The report of one edition. */
export type ReportOf<E extends Edition> = Extract<Report, { edition: E }>;

/** Blank cells (null, not zero) for one row of a format's table: a blank is not a zero. */
export function blankRow(format: ReportFormat, table: 'table2' | 'table3' | 'table4', key: string): Cell | Cell[] | undefined {
  const nulls = (n: number): Cell[] => Array<Cell>(n).fill(null);
  if (table === 'table2') {
    const def = format.table2.rows.find((r) => r.key === key);
    return def && (def.width > 1 ? nulls(def.width) : null);
  }
  if (table === 'table3') return format.table3.rows.some((r) => r.key === key) ? nulls(format.table3.columns.length) : undefined;
  return format.table4.groups.some((g) => g.key === key) ? nulls(format.table4.outcomes.length) : undefined;
}

/** The three tables of a format, every cell blank. */
export function blankTables(format: ReportFormat): Record<'table2' | 'table3' | 'table4', Record<string, Cell | Cell[]>> {
  const of = (table: 'table2' | 'table3' | 'table4', keys: readonly string[]) =>
    Object.fromEntries(keys.map((k) => [k, blankRow(format, table, k)!]));
  return {
    table2: of('table2', format.table2.rows.map((r) => r.key)),
    table3: of('table3', format.table3.rows.map((r) => r.key)),
    table4: of('table4', format.table4.groups.map((g) => g.key)),
  };
}

/** A report with every cell blank, of the 2021 edition unless the caller asks for another. */
export function blankReport(unit: string, year: number, level?: Level): Report2021;
export function blankReport<E extends Edition>(unit: string, year: number, level: Level, edition: E): ReportOf<E>;
export function blankReport(unit: string, year: number, level: Level = 'department', edition: Edition = '2021'): Report {
  return {
    format: FORMAT_ID,
    edition,
    schemaVersion: SCHEMA_VERSION,
    unit,
    year,
    level,
    title: defaultTitle(unit, year),
    preamble: '',
    parts: { overview: '', problems: '', other: '' },
    closing: '',
    ...(blankTables(FORMATS[edition]) as Pick<Report2021, 'table2' | 'table3' | 'table4'>),
  } as Report;
}

export function titleOf(r: Report): string {
  return r.title && r.title.trim() ? r.title : defaultTitle(r.unit, r.year);
}

/** The format of a report's tables; tables without an edition (the rollup's compiled tables) are 2021's, the only edition they are summed in. */
const tablesFormat = (r: Pick<Report, 'edition'>): ReportFormat => (r.edition === undefined ? FORMATS['2021'] : formatOf(r));

/** The value of one cell; undefined when the address names no cell. */
export function getCell(r: Report, a: CellAddress): Cell | undefined {
  if (a.table === 'table2') {
    const def = tablesFormat(r).table2.rows.find((x) => x.key === a.row);
    if (!def) return undefined;
    const v = (r.table2 as Record<string, Cell | Cell[]>)[def.key];
    if (def.width > 1) return a.col !== undefined && a.col >= 0 && a.col < def.width ? (v as Cell[])[a.col] : undefined;
    return a.col === undefined ? (v as Cell) : undefined;
  }
  const row = a.table === 'table3' ? r.table3[a.row] : r.table4[a.row as Table4Key];
  if (!row || a.col === undefined || a.col < 0 || a.col >= row.length) return undefined;
  return row[a.col];
}

/** A copy of the report with one cell changed. Throws on an address that names no cell. */
export function withCell<R extends Report>(r: R, a: CellAddress, v: Cell): R {
  if (getCell(r, a) === undefined) throw new Error(`没有这个单元格：${JSON.stringify(a)}`);
  const next: R = structuredClone(r);
  setCellInPlace(next, a, v);
  return next;
}

export function setCellInPlace(r: Report, a: CellAddress, v: Cell): void {
  if (a.table === 'table2') {
    const def = tablesFormat(r).table2.rows.find((x) => x.key === a.row)!;
    const t2 = r.table2 as Record<string, Cell | Cell[]>;
    if (def.width > 1) (t2[def.key] as Cell[])[a.col!] = v;
    else t2[def.key] = v;
  } else if (a.table === 'table3') r.table3[a.row][a.col!] = v;
  else r.table4[a.row as Table4Key][a.col!] = v;
}

/** The report as one edition's, for code that reads table 二 by that edition's keys; refuses another edition in words. */
export function asEdition<E extends Edition>(r: Report, edition: E): ReportOf<E> {
  if (r.edition !== edition) throw new Error(`这份报告按 ${r.edition} 年版格式填写，不是 ${edition} 年版，无法按 ${edition} 年版的表二读取`);
  return r as ReportOf<E>;
}
