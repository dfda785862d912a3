// The 法人或其他组织 小计 column some offices add to table 三: where it sits is
// read from the header (after 自然人, or after 其他, …), then checked by the
// arithmetic (小计 = the five kinds of organisation). When the header and the
// arithmetic disagree, the header's reading is kept and the other offered to
// the clerk in the preview (ImportProblem.alternative); without a header, the
// one position the arithmetic allows is taken, said so.
import { TABLE3_COLUMNS, TABLE3_LEGAL_COLS, TABLE3_WIDTH } from '../format';
import type { Report, Row7 } from '../report';
import { readValue } from './cells';
import { labelKey, SUBTOTAL_MARK, table3LabelOf } from './labels';
import type { Rows } from './rows';
import type { ImportProblem } from './types';

const ORG_KEYS = TABLE3_LEGAL_COLS.map((c) => labelKey(TABLE3_COLUMNS[c].label));
const MAX_HEADER_CELLS = 400;

/**
 * The place of 小计 among a row's eight figures (1 = right after 自然人, 6 = after 其他), as the
 * header orders it among the five kinds of organisation; undefined when the header does not say.
 */
export function subtotalFromHeader(rows: Rows): number | undefined {
  const order: string[] = [];
  let n = 0;
  for (const row of rows) {
    if (row.some((c) => table3LabelOf(c)?.kind === 'row')) break; // the header is above the first row
    for (const c of row) {
      if (++n > MAX_HEADER_CELLS) return undefined;
      if (c.length > 12) continue;
      const k = labelKey(c);
      if ((k === SUBTOTAL_MARK || ORG_KEYS.includes(k)) && !order.includes(k)) order.push(k);
    }
  }
  const at = order.indexOf(SUBTOTAL_MARK);
  return at < 0 || order.length < 2 ? undefined : at + 1;
}

/** A row's seven values with the 小计 figure at `at` taken out, and that figure. */
export function withoutSubtotal(cells: readonly string[], at: number): { cells: string[]; subtotal: string } {
  return { cells: [...cells.slice(0, at), ...cells.slice(at + 1)], subtotal: cells[at] ?? '' };
}

export interface EightRow {
  key: string;
  name: string;
  cells: string[];
}

const num = (raw: string | undefined, key: string) => readValue(raw ?? '', 'count', { table: 'table3', row: key }, []);
const BEFORE = TABLE3_COLUMNS.map((c) => c.label); // 小计 at q sits after BEFORE[q - 1]

/** Whether 小计 at `at` adds up in a row: true, false, or undefined (a figure missing). */
function addsUp(r: EightRow, at: number): boolean | undefined {
  const { cells, subtotal } = withoutSubtotal(r.cells, at);
  const sub = num(subtotal, r.key);
  const orgs = TABLE3_LEGAL_COLS.map((c) => num(cells[c], r.key));
  if (sub === null || orgs.some((v) => v === null)) return undefined;
  return orgs.reduce<number>((s, v) => s + (v as number), 0) === sub;
}

const readRow = (r: EightRow, at: number) => withoutSubtotal(r.cells, at).cells.slice(0, TABLE3_WIDTH).map((c, col) => readValue(c, 'count', { table: 'table3', row: r.key, col }, [])) as Row7;

/** Check the rows' 小计 read at `at`; settle or offer another place as the module comment says. */
export function settleSubtotal(rows: readonly EightRow[], at: number, fromHeader: boolean, report: Report, problems: ImportProblem[]): void {
  if (!rows.length) return;
  const failing = (q: number) => rows.filter((r) => addsUp(r, q) === false);
  const bad = failing(at);
  if (!bad.length) return;
  const others = [1, 2, 3, 4, 5, 6].filter((q) => q !== at && !failing(q).length && rows.some((r) => addsUp(r, q)));
  if (others.length === 1) {
    const q = others[0];
    if (!fromHeader) {
      for (const r of rows) report.table3[r.key] = readRow(r, q);
      problems.push({ table: 'table3', message: `表三各行有 8 个数值：按各行的小计与五类组织之和，“法人或其他组织 小计”列在“${BEFORE[q - 1]}”之后，已按此读入（小计列不保存），请核对` });
      return;
    }
    const alternative: Report['table3'] = { ...report.table3 };
    for (const r of rows) alternative[r.key] = readRow(r, q);
    problems.push({
      table: 'table3',
      alternative,
      message: `表三表头中“小计”列在“${BEFORE[at - 1]}”之后，但这样读有 ${bad.length} 行的小计与五类组织之和不符；若“小计”在“${BEFORE[q - 1]}”之后，则每行都相符。已按表头读入，请在预览中核对表三并选择`,
    });
    return;
  }
  for (const r of bad) {
    const { cells, subtotal } = withoutSubtotal(r.cells, at);
    const sum = TABLE3_LEGAL_COLS.reduce((s, c) => s + (num(cells[c], r.key) ?? 0), 0);
    problems.push({ table: 'table3', row: r.key, message: `表三“${r.name}”行的“法人或其他组织 小计”为 ${num(subtotal, r.key)}，但五类组织之和为 ${sum}，请核对（小计列不保存）` });
  }
}
