// Rules against last year's report of the same agency (only when it is given and of the year before).
// Each report is read in its own format: carry-over runs across the editions (a 2020 report of the
// 2019 edition → the 2021 report), 现行有效 continuity only where both years have the column.
import { cellNameIn, formatOf, type ReportFormat } from '../format';
import type { Report } from '../report';
import { FORMAT_NOTICE } from './help';
import { severityOf, type Finding, type Rule, type RuleContext } from './types';
import { at, checkLinear, usable } from './values';

/** What a cross-year rule reads: this year's report and last year's (the registry gives it only when comparable). */
const yearsOf = (ctx: RuleContext) => ({ r: ctx.report, previous: ctx.previous! });

/** Block 一's rows with 制发 / 废止 / 现行有效, when the format has those columns. */
const inForceRows = (f: ReportFormat) => (f.table2.inForce === null || f.table2.repealed === null ? [] : f.table2.blocks[0].rows);
const editionName = (r: Report) => `${r.edition} 年版格式（${formatOf(r).notice}）`;

export const carryOver: Rule<'cross-year.carry-over'> = {
  id: 'cross-year.carry-over',
  name: '上年结转与上年报告不符',
  severity: 'warning',
  needs: { previous: true },
  help:
    '有同一机关上一年度的报告时，检查本年表三“二、上年结转政府信息公开申请数量”是否逐列等于上年报告的“四、结转下年度继续办理”。' +
    '上年结转到本年的申请就是本年接着办理的申请，两份报告必须衔接。确因上年统计有误等原因不一致的，可以在审核说明中写明。' +
    '两个版本的格式之间同样检查：2021 年度报告的上年结转对照 2020 年度报告（2019 年版格式）的结转下年度，两版的这两行含义相同。' +
    `依据：${FORMAT_NOTICE}表三的“上年结转”与“结转下年度继续办理”两项，前后两年相互衔接。`,
  check(ctx) {
    const { r, previous } = yearsOf(ctx);
    const severity = severityOf(carryOver, ctx);
    const now = formatOf(r);
    const last = formatOf(previous);
    const out: Finding[] = [];
    const rowLabel = last.table3.rows.find((x) => x.key === last.table3.carriedOut)!.label;
    // this year's 上年结转 = last year's 结转下年度, column by column (the columns are the same in both editions)
    for (let c = 0; c < now.table3.columns.length; c++) {
      const carried = usable(previous, at('table3', last.table3.carriedOut, c));
      if (carried === undefined) continue;
      const target = at('table3', now.table3.carriedIn, c);
      const f = checkLinear(
        r,
        {
          rule: 'cross-year.carry-over',
          target,
          plus: [],
          constant: carried,
          message: (e, a) =>
            `${cellNameIn(now, target)}应等于上年报告“${rowLabel}”的“${last.table3.columns[c].label}” ${e}，现为 ${a}；` +
            `请核对，或在审核说明中写明原因`,
        },
        severity,
      );
      if (f) out.push(f);
    }
    return out;
  },
};

export const inForce: Rule<'cross-year.in-force'> = {
  id: 'cross-year.in-force',
  name: '现行有效件数与上年不衔接',
  // a note, not a warning, where last year's report cannot be compared (its edition has no 现行有效)
  severity: (ctx) => (ctx.previous && inForceRows(formatOf(ctx.previous)).length === 0 ? 'info' : 'warning'),
  needs: { previous: true },
  help:
    '有同一机关上一年度的报告时，对表二的“规章”和“行政规范性文件”检查：本年“现行有效件数”应等于上年报告的“现行有效件数”' +
    '加本年“本年制发件数”减本年“本年废止件数”。现行有效的文件只会因制发而增加、因废止而减少；不衔接多半是某一年统计口径有误，' +
    '如有正当原因（如清理后重新统计）请在审核说明中写明。' +
    '2019 年版格式（2019、2020 年度报告）没有“现行有效件数”，其“对外公开总数量”各机关统计口径不同（有的按现行有效、有的按累计），' +
    '所以 2019 年版的报告不做此项检查；上年报告是 2019 年版时（2021 年度报告对照 2020 年度报告）也不做衔接核对，只提示一次说明原因。' +
    `依据：${FORMAT_NOTICE}表二第二十条第（一）项；国办公开办函〔2019〕60号的表二。`,
  check(ctx) {
    const { r, previous } = yearsOf(ctx);
    const severity = severityOf(inForce, ctx);
    const now = formatOf(r);
    const rows = inForceRows(now);
    if (rows.length === 0) return []; // this year's edition has no 现行有效 column: nothing to continue
    const { issued, repealed, inForce: col } = now.table2 as { issued: number; repealed: number; inForce: number };
    const header = (c: number) => now.table2.blocks[0].headers[c + 1];
    if (inForceRows(formatOf(previous)).length === 0) {
      const target = at('table2', rows[rows.length - 1].key, col);
      return [
        {
          rule: 'cross-year.in-force',
          severity,
          ...target,
          message:
            `上年报告是${editionName(previous)}，其表二的“对外公开总数量”与本年的“${header(col)}”统计口径不同，` +
            `未核对${rows.map((x) => `“${x.label}”`).join('、')}的${header(col)}与上年是否衔接；请自行核对本年的${header(col)}`,
          cells: rows.map((x) => at('table2', x.key, col)),
        },
      ];
    }
    const out: Finding[] = [];
    // 现行有效 (this year) = 现行有效 (last year) + 本年制发 − 本年废止
    for (const row of rows) {
      const last = usable(previous, at('table2', row.key, col));
      if (last === undefined) continue;
      const target = at('table2', row.key, col);
      const f = checkLinear(
        r,
        {
          rule: 'cross-year.in-force',
          target,
          plus: [at('table2', row.key, issued)],
          minus: [at('table2', row.key, repealed)],
          constant: last,
          message: (e, a) =>
            `${cellNameIn(now, target)}应为上年的${header(col)} ${last} 加${header(issued)}减${header(repealed)}，即 ${e}，现为 ${a}；` +
            `请核对，或在审核说明中写明原因`,
        },
        severity,
      );
      if (f) out.push(f);
    }
    return out;
  },
};
