// The three sums of table 三, one finding per row or column, built once from
// the row and column definitions of format.ts.
import {
  T3_CARRIED_IN,
  T3_CARRIED_OUT,
  T3_NEW,
  T3_OUTCOME_ROWS,
  T3_OUTCOME_TOTAL,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE3_TOTAL_COL,
  cellName,
} from '../format';
import type { Report } from '../report';
import type { Finding } from './types';
import { at, checkLinear, type LinearCheck } from './values';

const PART_COLS = TABLE3_COLUMNS.map((_, i) => i).filter((i) => i !== TABLE3_TOTAL_COL);
const COLS = TABLE3_COLUMNS.map((_, i) => i);
const label = (key: string) => TABLE3_ROWS.find((r) => r.key === key)!.label;
const partNames = `“${TABLE3_COLUMNS[PART_COLS[0]].label}”至“${TABLE3_COLUMNS[PART_COLS.at(-1)!].label}”各列`;

// 总计 = 自然人 + the five kinds of 法人或其他组织, in every row
const ROW_TOTALS: LinearCheck[] = TABLE3_ROWS.map((row) => {
  const target = at('table3', row.key, TABLE3_TOTAL_COL);
  return {
    rule: 'table3.row-total',
    target,
    plus: PART_COLS.map((c) => at('table3', row.key, c)),
    message: (e, a) => `${cellName(target)}应为本行${partNames}之和 ${e}，现为 ${a}；请核对本行各列`,
  };
});

// （七）总计 = every outcome row above it, in every column
const OUTCOME_TOTALS: LinearCheck[] = COLS.map((c) => {
  const target = at('table3', T3_OUTCOME_TOTAL, c);
  return {
    rule: 'table3.outcome-total',
    target,
    plus: T3_OUTCOME_ROWS.map((k) => at('table3', k, c)),
    message: (e, a) => `${cellName(target)}应为本列（一）至（六）各项之和 ${e}，现为 ${a}；请核对本列的办理结果`,
  };
});

// 一 + 二 = （七）总计 + 四. Placed on row 一 (as interchange.md's example does):
// （七）总计 already has its own check (outcome-total) and row 二 is checked
// against last year, so row 一 is the cell this equation alone decides.
const BALANCES: LinearCheck[] = COLS.map((c) => {
  const target = at('table3', T3_NEW, c);
  return {
    rule: 'table3.balance',
    target,
    plus: [at('table3', T3_OUTCOME_TOTAL, c), at('table3', T3_CARRIED_OUT, c)],
    minus: [at('table3', T3_CARRIED_IN, c)],
    message: (e, a) =>
      `${cellName(target)}应为 ${e}，现为 ${a}：本列“${label(T3_NEW)}”加“${label(T3_CARRIED_IN)}”` +
      `应等于“${label(T3_OUTCOME_TOTAL)}”加“${label(T3_CARRIED_OUT)}”；请核对本列这四个数`,
  };
});

const CHECKS = [...ROW_TOTALS, ...OUTCOME_TOTALS, ...BALANCES];

export function table3Rules(r: Report): Finding[] {
  const out: Finding[] = [];
  for (const c of CHECKS) {
    const f = checkLinear(r, c);
    if (f) out.push(f);
  }
  return out;
}
