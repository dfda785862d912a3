// The series of 历年对比, read from each year's report through format.ts keys.
import {
  TABLE3_GROUPS,
  TABLE3_TOTAL_COL,
  TABLE4_GROUPS,
  TABLE4_TOTAL_COL,
  T3_CARRIED_IN,
  T3_CARRIED_OUT,
  T3_NEW,
} from '../../report/format';
import type { Report } from '../../report/report';
import { correctionRate, disclosureRate, type Ratio } from '../../report/rules/ratios';

/** a blank total stays blank (null) in the chart rather than pretending to be 0 */
function sum(values: (number | null)[]): number | null {
  if (values.some((v) => v === null)) return null;
  return (values as number[]).reduce((a, b) => a + b, 0);
}

const t3 = (r: Report, row: string) => r.table3[row]?.[TABLE3_TOTAL_COL] ?? null;

export function applicationSeries(reports: Report[]) {
  return [
    { name: '本年新收申请', data: reports.map((r) => t3(r, T3_NEW)) },
    { name: '上年结转', data: reports.map((r) => t3(r, T3_CARRIED_IN)) },
    { name: '结转下年度', data: reports.map((r) => t3(r, T3_CARRIED_OUT)) },
  ];
}

/** （一）…（六）: a group with sub-rows is the sum of their 总计 */
export function outcomeSeries(reports: Report[]) {
  return TABLE3_GROUPS.filter((g) => g.key !== '3.7').map((g) => ({
    name: g.label.replace(/（区分.*$/, ''),
    data: reports.map((r) => (g.items.length ? sum(g.items.map((it) => t3(r, it.key))) : t3(r, g.key))),
  }));
}

export function reviewSeries(reports: Report[]) {
  return TABLE4_GROUPS.map((g) => ({
    name: g.label === '行政复议' ? g.label : `行政诉讼（${g.label}）`,
    data: reports.map((r) => r.table4[g.key]?.[TABLE4_TOTAL_COL] ?? null),
  }));
}

/** 实质公开率 and 复议纠错率 in percent (report/rules/ratios.ts); null in a year of fewer than 30 cases */
export function ratioSeries(reports: Report[]) {
  const pct = (x: Ratio | undefined) => (x ? Math.round(x.rate * 1000) / 10 : null);
  return [
    { name: '实质公开率', data: reports.map((r) => pct(disclosureRate(r))) },
    { name: '复议纠错率', data: reports.map((r) => pct(correctionRate(r))) },
  ];
}
