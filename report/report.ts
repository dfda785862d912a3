// The Report type: exactly the interchange schema v1 (../shared/spec/interchange.md),
// edition 2021. Table 二's fields are derived from the format's data, so a row
// added there is a field here without another edit.
import {
  EDITION,
  FORMAT_ID,
  FORMATS,
  SCHEMA_VERSION,
  TABLE2_ROWS,
  defaultTitle,
  type CellAddress,
  type Edition,
  type Level,
  type NarrativeKey,
  type ReportFormat,
  type Table4Key,
} from './format';
import type { Table2Row2021 } from './formats/2021';

export type Cell = number | null;
export type Triple = [Cell, Cell, Cell];
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

/** Table 二 of a 2021 report: a Triple for each 3-wide row, one Cell for the others. */
export type Table2Values = { [R in Table2Row2021 as R['key']]: R['width'] extends 3 ? Triple : Cell };

export interface Report {
  format: typeof FORMAT_ID;
  edition: Edition;
  schemaVersion: typeof SCHEMA_VERSION;
  unit: string;
  year: number;
  level: Level;
  title?: string;
  preamble?: string;
  parts: Record<NarrativeKey, string>;
  closing?: string;
  table2: Table2Values;
  table3: Record<string, Row7>;
  table4: Record<Table4Key, Row5>;
  explanations?: Explanation[];
}

/** Blank cells (null, not zero) for one row of a format's table: a blank is not a zero. */
export function blankRow(format: ReportFormat, table: 'table2' | 'table3' | 'table4', key: string): Cell | Cell[] | undefined {
  const nulls = (n: number): Cell[] => Array<Cell>(n).fill(null);
  if (table === 'table2') {
    const def = format.table2.rows.find((r) => r.key === key);
    return def && (def.width === 3 ? nulls(3) : null);
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

export function blankReport(unit: string, year: number, level: Level = 'department'): Report {
  return {
    format: FORMAT_ID,
    edition: EDITION,
    schemaVersion: SCHEMA_VERSION,
    unit,
    year,
    level,
    title: defaultTitle(unit, year),
    preamble: '',
    parts: { overview: '', problems: '', other: '' },
    closing: '',
    // the 2021 tables: the Report type is that edition's
    ...(blankTables(FORMATS[EDITION]) as Pick<Report, 'table2' | 'table3' | 'table4'>),
  };
}

export function titleOf(r: Report): string {
  return r.title && r.title.trim() ? r.title : defaultTitle(r.unit, r.year);
}

/** The value of one cell; undefined when the address names no cell. */
export function getCell(r: Report, a: CellAddress): Cell | undefined {
  if (a.table === 'table2') {
    const def = TABLE2_ROWS.find((x) => x.key === a.row);
    if (!def) return undefined;
    const v = r.table2[def.key];
    if (def.width === 3) return a.col !== undefined && a.col >= 0 && a.col < 3 ? (v as Triple)[a.col] : undefined;
    return a.col === undefined ? (v as Cell) : undefined;
  }
  const row = a.table === 'table3' ? r.table3[a.row] : r.table4[a.row as Table4Key];
  if (!row || a.col === undefined || a.col < 0 || a.col >= row.length) return undefined;
  return row[a.col];
}

/** A copy of the report with one cell changed. Throws on an address that names no cell. */
export function withCell(r: Report, a: CellAddress, v: Cell): Report {
  if (getCell(r, a) === undefined) throw new Error(`没有这个单元格：${JSON.stringify(a)}`);
  const next: Report = structuredClone(r);
  setCellInPlace(next, a, v);
  return next;
}

export function setCellInPlace(r: Report, a: CellAddress, v: Cell): void {
  if (a.table === 'table2') {
    const def = TABLE2_ROWS.find((x) => x.key === a.row)!;
    if (def.width === 3) (r.table2[def.key] as Triple)[a.col!] = v;
    else (r.table2 as Record<string, unknown>)[def.key] = v;
  } else if (a.table === 'table3') r.table3[a.row][a.col!] = v;
  else r.table4[a.row as Table4Key][a.col!] = v;
}
