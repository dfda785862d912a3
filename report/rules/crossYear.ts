// Rules against last year's report of the same agency (only when it is given).
import {
  T2_IN_FORCE,
  T2_ISSUED,
  T2_REPEALED,
  T3_CARRIED_IN,
  T3_CARRIED_OUT,
  TABLE2,
  TABLE2_ROWS,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  cellName,
} from '../format';
import type { Report } from '../report';
import type { Finding } from './types';
import { at, checkLinear, usable } from './values';

const rowLabel = (key: string) => TABLE3_ROWS.find((r) => r.key === key)!.label;
// 规章 and 行政规范性文件: the rows with 制发 / 废止 / 现行有效
const IN_FORCE_ROWS = TABLE2_ROWS.filter((r) => r.width === 3);
const header = (col: number) => TABLE2[0].headers[col + 1];

export function crossYearRules(r: Report, previous: Report): Finding[] {
  const out: Finding[] = [];
  // this year's 上年结转 = last year's 结转下年度, column by column
  for (let c = 0; c < TABLE3_COLUMNS.length; c++) {
    const last = usable(previous, at('table3', T3_CARRIED_OUT, c));
    if (last === undefined) continue;
    const target = at('table3', T3_CARRIED_IN, c);
    const f = checkLinear(r, {
      rule: 'cross-year.carry-over',
      target,
      plus: [],
      constant: last,
      message: (e, a) =>
        `${cellName(target)}应等于上年报告“${rowLabel(T3_CARRIED_OUT)}”的“${TABLE3_COLUMNS[c].label}” ${e}，现为 ${a}；` +
        `请核对，或在审核说明中写明原因`,
    });
    if (f) out.push({ ...f, severity: 'warning' });
  }
  // 现行有效 (this year) = 现行有效 (last year) + 本年制发 − 本年废止
  for (const row of IN_FORCE_ROWS) {
    const last = usable(previous, at('table2', row.key, T2_IN_FORCE));
    if (last === undefined) continue;
    const target = at('table2', row.key, T2_IN_FORCE);
    const f = checkLinear(r, {
      rule: 'cross-year.in-force',
      target,
      plus: [at('table2', row.key, T2_ISSUED)],
      minus: [at('table2', row.key, T2_REPEALED)],
      constant: last,
      message: (e, a) =>
        `${cellName(target)}应为上年的${header(T2_IN_FORCE)} ${last} 加${header(T2_ISSUED)}减${header(T2_REPEALED)}，即 ${e}，现为 ${a}；` +
        `请核对，或在审核说明中写明原因`,
    });
    if (f) out.push({ ...f, severity: 'warning' });
  }
  return out;
}
