// Rules against last year's report of the same agency (only when it is given and of the year before).
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
import { FORMAT_NOTICE } from './help';
import { severityOf, type Finding, type Rule, type RuleContext } from './types';
import { at, checkLinear, usable } from './values';

const rowLabel = (key: string) => TABLE3_ROWS.find((r) => r.key === key)!.label;
// 规章 and 行政规范性文件: the rows with 制发 / 废止 / 现行有效
const IN_FORCE_ROWS = TABLE2_ROWS.filter((r) => r.width === 3);
const header = (col: number) => TABLE2[0].headers[col + 1];

/** What a cross-year rule reads: this year's report and last year's (the registry gives it only when comparable). */
const yearsOf = (ctx: RuleContext) => ({ r: ctx.report, previous: ctx.previous! });

export const carryOver: Rule<'cross-year.carry-over'> = {
  id: 'cross-year.carry-over',
  name: '上年结转与上年报告不符',
  severity: 'warning',
  needs: { previous: true },
  help:
    '有同一机关上一年度的报告时，检查本年表三“二、上年结转政府信息公开申请数量”是否逐列等于上年报告的“四、结转下年度继续办理”。' +
    '上年结转到本年的申请就是本年接着办理的申请，两份报告必须衔接。确因上年统计有误等原因不一致的，可以在审核说明中写明。' +
    `依据：${FORMAT_NOTICE}表三的“上年结转”与“结转下年度继续办理”两项，前后两年相互衔接。`,
  check(ctx) {
    const { r, previous } = yearsOf(ctx);
    const severity = severityOf(carryOver, ctx);
    const out: Finding[] = [];
    // this year's 上年结转 = last year's 结转下年度, column by column
    for (let c = 0; c < TABLE3_COLUMNS.length; c++) {
      const last = usable(previous, at('table3', T3_CARRIED_OUT, c));
      if (last === undefined) continue;
      const target = at('table3', T3_CARRIED_IN, c);
      const f = checkLinear(
        r,
        {
          rule: 'cross-year.carry-over',
          target,
          plus: [],
          constant: last,
          message: (e, a) =>
            `${cellName(target)}应等于上年报告“${rowLabel(T3_CARRIED_OUT)}”的“${TABLE3_COLUMNS[c].label}” ${e}，现为 ${a}；` +
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
  severity: 'warning',
  needs: { previous: true },
  help:
    '有同一机关上一年度的报告时，对表二的“规章”和“行政规范性文件”检查：本年“现行有效件数”应等于上年报告的“现行有效件数”' +
    '加本年“本年制发件数”减本年“本年废止件数”。现行有效的文件只会因制发而增加、因废止而减少；不衔接多半是某一年统计口径有误，' +
    `如有正当原因（如清理后重新统计）请在审核说明中写明。依据：${FORMAT_NOTICE}表二第二十条第（一）项。`,
  check(ctx) {
    const { r, previous } = yearsOf(ctx);
    const severity = severityOf(inForce, ctx);
    const out: Finding[] = [];
    // 现行有效 (this year) = 现行有效 (last year) + 本年制发 − 本年废止
    for (const row of IN_FORCE_ROWS) {
      const last = usable(previous, at('table2', row.key, T2_IN_FORCE));
      if (last === undefined) continue;
      const target = at('table2', row.key, T2_IN_FORCE);
      const f = checkLinear(
        r,
        {
          rule: 'cross-year.in-force',
          target,
          plus: [at('table2', row.key, T2_ISSUED)],
          minus: [at('table2', row.key, T2_REPEALED)],
          constant: last,
          message: (e, a) =>
            `${cellName(target)}应为上年的${header(T2_IN_FORCE)} ${last} 加${header(T2_ISSUED)}减${header(T2_REPEALED)}，即 ${e}，现为 ${a}；` +
            `请核对，或在审核说明中写明原因`,
        },
        severity,
      );
      if (f) out.push(f);
    }
    return out;
  },
};
