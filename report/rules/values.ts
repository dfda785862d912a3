// Reading cell values for the rules, and the one linear-equation check every
// arithmetic and cross-year rule is built from.
import { cellName, cellNameIn, formatOf, type CellAddress, type ReportFormat } from '../format';
import { normalizeCell } from '../normalize';
import { getCell, type Cell, type Report } from '../report';
import { sumsOf, type CellKind } from '../sums';

/** What a rule derives from a format (its checks, its cells), built once per format and read by the report's own. */
export function perFormat<T>(build: (format: ReportFormat) => T): (r: Pick<Report, 'edition'>) => T {
  const memo = new WeakMap<ReportFormat, T>();
  return (r) => {
    const f = formatOf(r);
    let v = memo.get(f);
    if (v === undefined) memo.set(f, (v = build(f)));
    return v;
  };
}

/** A cell's name in the report's own format (its labels and headers), for messages. */
export function nameIn(r: Pick<Report, 'edition'>, a: CellAddress): string {
  return cellNameIn(formatOf(r), a);
}
import { severityOf, type Finding, type Rule, type RuleContext, type RuleId, type Severity } from './types';

/** Why a stored value is not acceptable (Chinese), or undefined when it is fine or blank. */
export function invalidReason(v: Cell | undefined, kind: CellKind): string | undefined {
  if (v === null || v === undefined) return undefined;
  // fast path: almost every value is a small whole number
  if (Number.isSafeInteger(v) && v >= 0) return undefined;
  const res = normalizeCell(v, kind);
  return res.ok ? undefined : res.message;
}

/** getCell with a direct path for tables 三 and 四 (the rules read ~400 cells per run). */
export function valueAt(r: Report, a: CellAddress): Cell | undefined {
  if (a.table === 'table3') return r.table3[a.row]?.[a.col!];
  if (a.table === 'table4') return (r.table4 as Record<string, Cell[] | undefined>)[a.row]?.[a.col!];
  return getCell(r, a);
}

/** The value when it can take part in a sum: present and valid; else undefined. */
export function usable(r: Report, a: CellAddress): number | undefined {
  const v = valueAt(r, a);
  if (v === null || v === undefined) return undefined;
  return invalidReason(v, sumsOf(formatOf(r)).kindOf(a)) === undefined ? v : undefined;
}

export interface LinearCheck {
  rule: RuleId;
  /** the cell the finding is placed on; its value is `actual` */
  target: CellAddress;
  plus: readonly CellAddress[];
  minus?: readonly CellAddress[];
  /** a constant added to the expected value (e.g. last year's figure) */
  constant?: number;
  message: (expected: number, actual: number) => string;
}

/**
 * target = Σ plus − Σ minus + constant. Not evaluated when any cell is blank
 * or invalid: that cell's own finding is what the author must fix first.
 */
export function checkLinear(r: Report, c: LinearCheck, severity: Severity): Finding | undefined {
  const actual = usable(r, c.target);
  if (actual === undefined) return undefined;
  let expected = c.constant ?? 0;
  for (const a of c.plus) {
    const v = usable(r, a);
    if (v === undefined) return undefined;
    expected += v;
  }
  for (const a of c.minus ?? []) {
    const v = usable(r, a);
    if (v === undefined) return undefined;
    expected -= v;
  }
  if (expected === actual) return undefined;
  return {
    rule: c.rule,
    severity,
    table: c.target.table,
    row: c.target.row,
    col: c.target.col,
    expected,
    actual,
    message: c.message(expected, actual),
    cells: [c.target, ...c.plus, ...(c.minus ?? [])],
  };
}

/** A rule made of linear checks: each check's finding, with the rule's severity. */
export function linearRule(rule: Rule, checks: readonly LinearCheck[], ctx: RuleContext): Finding[] {
  const severity = severityOf(rule, ctx);
  const out: Finding[] = [];
  for (const c of checks) {
    const f = checkLinear(ctx.report, c, severity);
    if (f) out.push(f);
  }
  return out;
}

export function at(table: CellAddress['table'], row: string, col?: number): CellAddress {
  return col === undefined ? { table, row } : { table, row, col };
}

export { cellName };
