// The Report type: exactly the interchange schema v1 (../shared/spec/interchange.md).
import {
  EDITION,
  FORMAT_ID,
  SCHEMA_VERSION,
  TABLE2_ROWS,
  TABLE3_ROW_KEYS,
  TABLE3_WIDTH,
  TABLE4_GROUPS,
  TABLE4_OUTCOMES,
  defaultTitle,
  type CellAddress,
  type Level,
  type NarrativeKey,
  type Table4Key,
} from './format';

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

export interface Report {
  format: typeof FORMAT_ID;
  edition: typeof EDITION;
  schemaVersion: typeof SCHEMA_VERSION;
  unit: string;
  year: number;
  level: Level;
  title?: string;
  preamble?: string;
  parts: Record<NarrativeKey, string>;
  closing?: string;
  table2: {
    rules: Triple;
    normativeDocuments: Triple;
    licensing: Cell;
    penalty: Cell;
    coercion: Cell;
    feesWanYuan: Cell;
  };
  table3: Record<string, Row7>;
  table4: Record<Table4Key, Row5>;
  explanations?: Explanation[];
}

export function blankReport(unit: string, year: number, level: Level = 'department'): Report {
  const nulls = <N extends number>(n: N) => Array<Cell>(n).fill(null);
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
    table2: {
      rules: nulls(3) as Triple,
      normativeDocuments: nulls(3) as Triple,
      licensing: null,
      penalty: null,
      coercion: null,
      feesWanYuan: null,
    },
    table3: Object.fromEntries(TABLE3_ROW_KEYS.map((k) => [k, nulls(TABLE3_WIDTH) as Row7])),
    table4: Object.fromEntries(TABLE4_GROUPS.map((g) => [g.key, nulls(TABLE4_OUTCOMES.length) as Row5])) as Record<
      Table4Key,
      Row5
    >,
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
