// The figures against last year's (issue 14 §9, §10): tables copied from last year's
// report, and figures that changed so much a digit may be wrong. Both are info:
// a real change is possible, the clerk confirms it. One pass over the cells.
import { cellNameIn, formatOf, table2CellKind, type CellAddress, type CellKind, type TableKey } from '../format';
import type { Report } from '../report';
import { sumsOf } from '../sums';
import { severityOf, type Finding, type Rule, type RuleContext } from './types';
import { invalidReason } from './values';

/** Over this share of equal cells (cells 0 in both years left out) suggests last year's figures were copied. */
export const SAME_LIMIT = 0.8;
/** Fewer compared cells than this say nothing (a report of zeros with three figures). */
const SAME_MIN_CELLS = 5;
/** A figure over this many times last year's, or under its inverse, both at least OUTLIER_MIN. */
export const OUTLIER_FACTOR = 5;
export const OUTLIER_MIN = 10;

const keyOf = (a: CellAddress) => `${a.table}|${a.row}|${a.col ?? ''}`;
// the addends of each total (（七）总计's 总计 is the total of two sums), per format
const addendsCache = new WeakMap<object, Map<string, CellAddress[]>>();
function addendsOf(r: Report): Map<string, CellAddress[]> {
  const format = formatOf(r);
  let m = addendsCache.get(format);
  if (!m) {
    m = new Map();
    for (const s of sumsOf(format).sums) m.set(keyOf(s.total), [...(m.get(keyOf(s.total)) ?? []), ...s.addends]);
    addendsCache.set(format, m);
  }
  return m;
}
const TABLE_NAMES: Record<TableKey, string> = { table2: '表二', table3: '表三', table4: '表四' };

interface Compared {
  equal: Record<TableKey, number>;
  compared: number;
  equalAll: number;
  outliers: { cell: CellAddress; now: number; last: number }[];
}

type Value = number | null | undefined;
/** a value that can be compared: present and valid (usable() without building an address per cell) */
const ok = (v: Value, kind: CellKind): v is number => typeof v === 'number' && invalidReason(v, kind) === undefined;

/**
 * Every cell's value in both years, table by table, in document order: (address, this year, last year).
 * Across editions only the cells of the same meaning: table 二's columns differ (skipped), and
 * table 三's rows that one edition lacks (2019's single （六） row) have no value last year.
 */
function eachPair(r: Report, p: Report, visit: (a: CellAddress, now: Value, last: Value, kind: CellKind) => void): void {
  const f = formatOf(r);
  if (p.edition === r.edition) {
    for (const row of f.table2.rows) {
      const now = (r.table2 as Record<string, Value | Value[]>)[row.key];
      const last = (p.table2 as Record<string, Value | Value[]>)[row.key];
      if (row.width > 1)
        for (let c = 0; c < row.width; c++)
          visit({ table: 'table2', row: row.key, col: c }, (now as Value[] | undefined)?.[c], (last as Value[] | undefined)?.[c], table2CellKind(row, c));
      else visit({ table: 'table2', row: row.key }, now as Value, last as Value, row.kind);
    }
  }
  const width = f.table3.columns.length;
  for (const { key } of f.table3.rows) {
    const now = r.table3[key];
    const last = p.table3[key];
    for (let c = 0; c < width; c++) visit({ table: 'table3', row: key, col: c }, now?.[c], last?.[c], 'count');
  }
  for (const g of f.table4.groups) {
    const now = (r.table4 as Record<string, Value[] | undefined>)[g.key];
    const last = (p.table4 as Record<string, Value[] | undefined>)[g.key];
    for (let c = 0; c <= f.table4.totalCol; c++) visit({ table: 'table4', row: g.key, col: c }, now?.[c], last?.[c], 'count');
  }
}

function compare(r: Report, previous: Report): Compared {
  const out: Compared = { equal: { table2: 0, table3: 0, table4: 0 }, compared: 0, equalAll: 0, outliers: [] };
  const jumped = new Set<string>();
  const sums = sumsOf(formatOf(r));
  const addends = addendsOf(r);
  const totals: { cell: CellAddress; now: number; last: number }[] = [];
  eachPair(r, previous, (a, now, last, kind) => {
    if (!ok(now, kind) || !ok(last, kind) || (now === 0 && last === 0)) return;
    out.compared++;
    if (now === last) {
      out.equalAll++;
      out.equal[a.table]++;
      return;
    }
    if (kind === 'signed') return; // a change of −3 after +5 is no digit written wrongly
    if (now >= OUTLIER_MIN && last >= OUTLIER_MIN && (now > last * OUTLIER_FACTOR || now * OUTLIER_FACTOR < last)) {
      if (sums.isTotal(a)) totals.push({ cell: a, now, last });
      else {
        jumped.add(keyOf(a));
        out.outliers.push({ cell: a, now, last });
      }
    }
  });
  // a total jumps with its addend: one place per problem, the addend
  for (const t of totals) if (!addends.get(keyOf(t.cell))!.some((a) => jumped.has(keyOf(a)))) out.outliers.push(t);
  return out;
}

// not remembered: the page changes a cell in place, and 199 cells are read in microseconds
const compared = (ctx: RuleContext) => compare(ctx.report, ctx.previous!);

export const sameAsLastYear: Rule<'table.same-as-last-year'> = {
  id: 'table.same-as-last-year',
  name: '表格数字与上年相同过多',
  severity: 'info',
  needs: { previous: true },
  help:
    '有同一机关上一年度的报告时，比较两年表二、表三、表四的每一格：两年都为 0 的格不计，其余格中与上年数字相同的超过 80% 即提示。' +
    '各年的申请、复议和诉讼数量很少完全相同，大量相同多半是沿用上年报告时没有更新表格；确实相同的可以在审核说明中写明。' +
    '依据：年报报告的是本年度的数据（表格各项均为本年数）。',
  check(ctx) {
    const c = compared(ctx);
    if (c.compared < SAME_MIN_CELLS || c.equalAll / c.compared <= SAME_LIMIT) return [];
    // placed on the table with the most equal cells
    const table = (Object.keys(c.equal) as TableKey[]).reduce((a, b) => (c.equal[b] > c.equal[a] ? b : a));
    const pct = Math.floor((c.equalAll / c.compared) * 100);
    return [
      {
        rule: 'table.same-as-last-year',
        severity: severityOf(sameAsLastYear, ctx),
        table,
        message:
          `表格中有 ${c.equalAll} 格与上年报告的数字相同，占两年不都为 0 的 ${c.compared} 格的 ${pct}%（${TABLE_NAMES[table]}最多）；` +
          '请确认是否沿用了上年的数字，确实相同的可在审核说明中写明',
      },
    ];
  },
};

export const outlier: Rule<'table.outlier'> = {
  id: 'table.outlier',
  name: '数字与上年相差悬殊',
  severity: 'info',
  needs: { previous: true },
  help:
    `有同一机关上一年度的报告时，两年都不少于 ${OUTLIER_MIN} 的格，本年超过上年的 ${OUTLIER_FACTOR} 倍或不足上年的五分之一即提示，` +
    '以便核对是否多写或漏写了一位数字。合计格随其组成格一起变化的，只在组成格上提示。确属实际变化的，可以在审核说明中写明原因。' +
    '依据：年报各表的数据应真实准确，与上年悬殊的数字是评估中常被追问的地方。',
  check(ctx) {
    const severity = severityOf(outlier, ctx);
    return compared(ctx).outliers.map(({ cell, now, last }): Finding => ({
      rule: 'table.outlier',
      severity,
      ...cell,
      expected: last,
      actual: now,
      message: `${cellNameIn(formatOf(ctx.report), cell)}为 ${now}，上年为 ${last}，${now > last ? `是上年的 ${Math.floor(now / last)} 倍多` : `不足上年的五分之一`}；请核对是否写错，或在审核说明中写明原因`,
      cells: [cell],
    }));
  },
};
