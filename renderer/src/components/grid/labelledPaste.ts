// Pasting a published table with its labels (copied from last year's web page,
// Word or a PDF): the block is read by the importer's own readers, which match
// rows by their official labels (report/import/labels.ts, near misses
// included), so nothing here knows a label. The result is a preview of where
// every number goes; nothing is written until the clerk confirms.
import { cellName, TABLE3_COLUMNS, TABLE4_GROUPS, TABLE4_OUTCOMES, type CellAddress, type TableKey } from '../../../../report/format';
import { valueLike } from '../../../../report/import/cells';
import { isHeader, labelKey, T2_HEADERS, T3_HEADERS, T4_HEADERS, table2RowOf, table3LabelOf } from '../../../../report/import/labels';
import { classifyRows, rowsOfLines } from '../../../../report/import/rows';
import { readTable2 } from '../../../../report/import/table2';
import { readTable3 } from '../../../../report/import/table3';
import { readTable4 } from '../../../../report/import/table4';
import type { ImportProblem } from '../../../../report/import/types';
import { blankReport, getCell, type Cell, type Report } from '../../../../report/report';
import { tableCells } from './fill';
import { cellKey, TABLE_NAMES, type NavGrid } from './layout';
import type { CellChange } from './paste';

/** One number of the preview: where it goes, what it replaces. */
export interface PlacedValue extends CellChange {
  before: Cell;
}
export interface PreviewRow {
  label: string;
  cells: PlacedValue[];
}
export interface LabelledPreview {
  table: TableKey;
  rows: PreviewRow[];
  /** what the clerk should check: the importer's notes on the block (a label a character off, a row it could not place …) */
  notes: string[];
  /** rows of the table the block does not have: left as they are */
  untouched: number;
}
export type LabelledPlan = { ok: true; preview: LabelledPreview } | { ok: false; message: string };

const READERS: Record<TableKey, (rows: string[][], r: Report, p: ImportProblem[]) => void> = {
  table2: readTable2,
  table3: readTable3,
  table4: readTable4,
};

/** A cell that names a row or a column head of one of the tables, as the importer recognises them. */
function namesTablePart(c: string): boolean {
  if (c.length > 80 || valueLike(c)) return false;
  const k = labelKey(c);
  return !!(table2RowOf(c) || table3LabelOf(c) || isHeader(k, T2_HEADERS) || isHeader(k, T3_HEADERS) || isHeader(k, T4_HEADERS));
}

/**
 * The rows of a pasted text as the importer reads a copied table: tab-separated
 * rows (a web page, Word, Excel) as parsed, else a PDF viewer's or a flattened
 * page's lines (numbers after spaces, cells between pipes). Undefined when no
 * cell names a row or column of a table: a plain block of numbers, pasted by position.
 */
export function labelledRows(text: string, block: string[][]): string[][] | undefined {
  const rows = block.some((r) => r.length > 1) ? block : rowsOfLines(text.replace(/^[\r\n]+|[\r\n]+$/g, '').split(/\r\n|\r|\n/));
  return rows.some((r) => r.some(namesTablePart)) ? rows : undefined;
}

/** Short column name of a cell for the preview (the row is the preview row's label). */
export function columnName(a: CellAddress): string {
  if (a.table === 'table3') return TABLE3_COLUMNS[a.col ?? 0].label;
  if (a.table === 'table4') {
    const g = TABLE4_GROUPS.find((x) => x.key === a.row)!;
    return `${g.label} ${TABLE4_OUTCOMES[a.col ?? 0]}`;
  }
  const quoted = cellName(a).match(/“([^”]*)”$/);
  return a.col === undefined ? '' : (quoted?.[1] ?? '');
}

/**
 * Where the labelled block goes in `table`: every number the importer reads is
 * placed by its row's label; a block of another table, or one whose labels
 * name no row, is refused with what was not understood.
 */
export function planLabelledPaste(nav: NavGrid, table: TableKey, report: Report, block: string[][]): LabelledPlan {
  let kind: TableKey | undefined;
  try {
    kind = classifyRows(block);
  } catch (e) {
    return { ok: false, message: `${(e as Error).message}。没有粘贴任何内容。` }; // the 2019 edition's table
  }
  const name = TABLE_NAMES[table];
  if (kind && kind !== table) return { ok: false, message: `粘贴的内容是${TABLE_NAMES[kind]}（按行名称认出），请在${TABLE_NAMES[kind]}中粘贴。没有粘贴任何内容。` };
  const read = blankReport(report.unit, report.year, report.level);
  const problems: ImportProblem[] = [];
  READERS[table](block, read, problems);
  const cells = tableCells([table]);
  const placed = cells.filter((a) => getCell(read, a) !== null);
  // rows the block does not have are no problem for a paste: they stay as they are
  const notes = problems.filter((p) => !/没有找到/.test(p.message)).map((p) => p.message);
  if (!placed.length) {
    const why = notes.length ? notes.join('；') : `没有一行的名称是${name}的行名称`;
    return { ok: false, message: `粘贴的内容带有文字，但没有读出可放入${name}的数字：${why}。没有粘贴任何内容。` };
  }
  const placedKeys = new Set(placed.map(cellKey));
  const rows: PreviewRow[] = [];
  for (const r of nav) {
    const got = r.cells.filter((c) => placedKeys.has(cellKey(c.address)));
    const at = (a: CellAddress): PlacedValue => ({ address: a, value: getCell(read, a)!, before: getCell(report, a) ?? null });
    if (got.length) rows.push({ label: r.label, cells: got.map((c) => at(c.address)) });
  }
  // table 四's single grid row holds three groups: show one preview line per group
  const shown = table === 'table4' ? splitTable4(rows) : rows;
  const navRows = table === 'table4' ? TABLE4_GROUPS.length : nav.length;
  return { ok: true, preview: { table, rows: shown, notes, untouched: navRows - shown.length } };
}

function splitTable4(rows: PreviewRow[]): PreviewRow[] {
  const all = rows.flatMap((r) => r.cells);
  return TABLE4_GROUPS.map((g) => ({ label: g.label, cells: all.filter((c) => c.address.row === g.key) })).filter((r) => r.cells.length);
}
