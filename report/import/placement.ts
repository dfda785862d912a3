// A row of table 三 read with fewer figures than cells (a blank cell vanished
// from the copy) is never shifted left silently: every way of putting its
// figures in order into its cells is tried against the sums the table must
// satisfy (the row's 总计, and the column balances of report/sums.ts with the
// rows already read). Exactly one way that fits is taken and said so; none or
// several leave the row blank and marked, with its figures, for the clerk.
import { TABLE3_COLUMNS } from '../format';
import type { Cell, Report, Row7 } from '../report';
import { BALANCES, OUTCOME_TOTALS, ROW_TOTALS, type SumDef } from '../sums';
import type { ImportProblem } from './types';

export interface ShortRow {
  row: string;
  /** the row's name as the notes give it */
  name: string;
  /** the figures read, in order */
  values: Cell[];
}

/** Every way of putting k figures in order into n cells: the cells each figure takes. Bounded by the caller (n ≤ 8). */
export function placementsOf(k: number, n: number): number[][] {
  const out: number[][] = [];
  const walk = (from: number, chosen: number[]) => {
    if (chosen.length === k) return void out.push([...chosen]);
    for (let i = from; i <= n - (k - chosen.length); i++) walk(i + 1, [...chosen, i]);
  };
  walk(0, []);
  return out;
}

const place = (values: Cell[], at: number[], n: number): Cell[] => {
  const row: Cell[] = Array(n).fill(null);
  at.forEach((c, i) => (row[c] = values[i]));
  return row;
};

type Table3 = Report['table3'];
const cellOf = (t: Table3, row: string, col: number) => t[row]?.[col] ?? null;

/** total = Σ addends, the row's own blanks counted as 0; undefined when a cell of another row it needs is blank or unsure. */
function holds(d: SumDef, t: Table3, row: string, unsure: Set<string>): boolean | undefined {
  const cells = [d.total, ...d.addends];
  if (cells.some((a) => a.row !== row && (unsure.has(a.row) || cellOf(t, a.row, a.col!) === null))) return undefined;
  if (d.total.row === row && cellOf(t, row, d.total.col!) === null) return false; // a blank 总计 fits nothing
  const v = (a: (typeof cells)[number]) => cellOf(t, a.row, a.col!) ?? 0;
  return v(d.total) === d.addends.reduce((s, a) => s + v(a), 0);
}

/** 一 + 二 = （七）总计 + 四 in one column, as holds() reads it. */
function balances(b: (typeof BALANCES)[number], t: Table3, row: string, unsure: Set<string>): boolean | undefined {
  const cells = [b.target, ...b.minus, ...b.plus];
  if (cells.some((a) => a.row !== row && (unsure.has(a.row) || cellOf(t, a.row, a.col!) === null))) return undefined;
  const v = (a: (typeof cells)[number]) => cellOf(t, a.row, a.col!) ?? 0;
  return v(b.target) + b.minus.reduce((s, a) => s + v(a), 0) === b.plus.reduce((s, a) => s + v(a), 0);
}

/** Whether a placement fits every sum that involves the row and can be checked. */
function fits(t: Table3, row: string, unsure: Set<string>): boolean {
  const own = ROW_TOTALS.find((d) => d.total.row === row)!;
  if (holds(own, t, row, unsure) !== true) return false;
  for (const d of OUTCOME_TOTALS) if ([d.total, ...d.addends].some((a) => a.row === row) && holds(d, t, row, unsure) === false) return false;
  for (const b of BALANCES) if ([b.target, ...b.minus, ...b.plus].some((a) => a.row === row) && balances(b, t, row, unsure) === false) return false;
  return true;
}

/** Place each short row where the sums allow exactly one way; the others stay blank and marked. */
export function placeShortRows(shorts: readonly ShortRow[], report: Report, problems: ImportProblem[]): void {
  const n = TABLE3_COLUMNS.length;
  const unsure = new Set(shorts.map((s) => s.row));
  // a row placed makes the next one checkable: go round while anything is placed
  for (let progress = true; progress && unsure.size; ) {
    progress = false;
    for (const s of shorts) {
      if (!unsure.has(s.row)) continue;
      unsure.delete(s.row);
      const ok = placementsOf(s.values.length, n)
        .map((at) => ({ at, cells: place(s.values, at, n) }))
        .filter((p) => fits({ ...report.table3, [s.row]: p.cells as Row7 }, s.row, unsure));
      if (ok.length === 1) {
        report.table3[s.row] = ok[0].cells as Row7;
        const where = TABLE3_COLUMNS.filter((_, c) => !ok[0].at.includes(c)).map((c) => `“${c.label}”`).join('、');
        problems.push({
          table: 'table3',
          row: s.row,
          message: `表三“${s.name}”行只读到 ${s.values.length} 个数值（应有 ${n} 个）；按本行总计和各列合计只有一种放法，空白在${where}列，已这样读入，请核对`,
        });
        progress = true;
      } else unsure.add(s.row);
    }
  }
  for (const s of shorts) {
    if (!unsure.has(s.row)) continue;
    report.table3[s.row] = Array(n).fill(null) as Row7;
    const read = s.values.map((v) => (v === null ? '空' : String(v))).join('、');
    problems.push({
      table: 'table3',
      row: s.row,
      values: s.values,
      message: `表三“${s.name}”行只读到 ${s.values.length} 个数值（应有 ${n} 个）：${read}；无法确定空白在哪一列，该行按空白处理，请在预览中按原件填入该行`,
    });
  }
}
