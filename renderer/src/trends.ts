// The series of 历年对比, read from each year's report through format.ts keys.
import {
  TABLE2,
  TABLE2_ROWS,
  TABLE3_GROUPS,
  TABLE3_TOTAL_COL,
  TABLE4_GROUPS,
  TABLE4_TOTAL_COL,
  T3_CARRIED_IN,
  T3_CARRIED_OUT,
  T3_NEW,
} from '../../report/format';
import { getCell, type Report } from '../../report/report';
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

export interface Series {
  name: string;
  data: (number | null)[];
}

/** 行政许可, 行政处罚, 行政强制: each year's 本年处理决定数量 (table 二's one-figure count rows) */
export function decisionSeries(reports: Report[]): Series[] {
  return TABLE2_ROWS.filter((r) => r.width === 1 && r.kind === 'count').map((r) => ({
    name: r.label,
    data: reports.map((rep) => getCell(rep, { table: 'table2', row: r.key }) ?? null),
  }));
}

/** 行政规范性文件: 本年制发件数, 本年废止件数, 现行有效件数 (the headers of its block) */
export function normativeSeries(reports: Report[]): Series[] {
  const row = TABLE2_ROWS.find((r) => r.key === 'normativeDocuments')!;
  const headers = TABLE2.find((b) => b.rows.includes(row))!.headers.slice(1);
  return headers.map((h, col) => ({ name: h, data: reports.map((rep) => getCell(rep, { table: 'table2', row: row.key, col }) ?? null) }));
}

/** 同比: this year's figure against the year before's; none when either is blank or the year before is missing from the archive */
export interface Change {
  diff: number;
  /** percent of last year's figure; none when last year's was 0 */
  pct: number | null;
}
export function yearOnYear(years: readonly number[], data: readonly (number | null)[], i: number): Change | null {
  if (i === 0 || years[i - 1] !== years[i] - 1) return null;
  const [prev, cur] = [data[i - 1], data[i]];
  if (prev === null || cur === null) return null;
  const diff = Math.round((cur - prev) * 10000) / 10000;
  return { diff, pct: prev === 0 ? null : Math.round(((cur - prev) / prev) * 1000) / 10 };
}

/** 同比 as the table shows it: +12（+5.3%）, −3（−50%）, 持平; for rates in percent, 个百分点 */
export function changeText(c: Change | null, points = false): string {
  if (!c) return '';
  if (c.diff === 0) return '持平';
  const signed = (n: number) => (n > 0 ? `+${n}` : `−${-n}`);
  if (points) return `${signed(Math.round(c.diff * 10) / 10)} 个百分点`;
  return c.pct === null ? signed(c.diff) : `${signed(c.diff)}（${signed(c.pct)}%）`;
}
