// The three sums of table 三 (report/sums.ts), one finding per row or column.
import { cellNameIn, type ReportFormat } from '../format';
import { sumsOf } from '../sums';
import { FORMAT_NOTICE } from './help';
import type { Rule } from './types';
import { linearRule, perFormat, type LinearCheck } from './values';

type Message = LinearCheck['message'];

/** The three families of checks of a format's table 三 (2019: （七）总计 adds the single （六） row). */
function checksOf(format: ReportFormat) {
  const t = format.table3;
  const sums = sumsOf(format);
  const cellName = (a: Parameters<typeof cellNameIn>[1]) => cellNameIn(format, a);
  const label = (key: string) => t.rows.find((r) => r.key === key)!.label;
  const partLabels = t.columns.filter((_, i) => i !== t.totalCol).map((c) => c.label);
  const partNames = `“${partLabels[0]}”至“${partLabels.at(-1)}”各列`;

  // 总计 = 自然人 + the five kinds of 法人或其他组织, in every row
  const row: LinearCheck[] = sums.rowTotals.map((d) => {
    const message: Message = (e, a) => `${cellName(d.total)}应为本行${partNames}之和 ${e}，现为 ${a}；请核对本行各列`;
    return { rule: 'table3.row-total', target: d.total, plus: d.addends, message };
  });

  // （七）总计 = every outcome row above it, in every column
  const outcome: LinearCheck[] = sums.outcomeTotals.map((d) => {
    const message: Message = (e, a) => `${cellName(d.total)}应为本列（一）至（六）各项之和 ${e}，现为 ${a}；请核对本列的办理结果`;
    return { rule: 'table3.outcome-total', target: d.total, plus: d.addends, message };
  });

  // 一 + 二 = （七）总计 + 四. Placed on row 一 (as interchange.md's example does):
  // （七）总计 already has its own check (outcome-total) and row 二 is checked
  // against last year, so row 一 is the cell this equation alone decides.
  const balance: LinearCheck[] = sums.balances.map((b) => {
    const message: Message = (e, a) =>
      `${cellName(b.target)}应为 ${e}，现为 ${a}：本列“${label(t.newRow)}”加“${label(t.carriedIn)}”` +
      `应等于“${label(t.outcomeTotal)}”加“${label(t.carriedOut)}”；请核对本列这四个数`;
    return { rule: 'table3.balance', target: b.target, plus: b.plus, minus: b.minus, message };
  });
  return { row, outcome, balance };
}
const checks = perFormat(checksOf);

export const table3RowTotal: Rule<'table3.row-total'> = {
  id: 'table3.row-total',
  name: '表三 行合计不符',
  severity: 'error',
  needs: {},
  help:
    '检查表三每一行的“总计”是否等于“自然人”与“商业企业”“科研机构”“社会公益组织”“法律服务机构”“其他”五类法人或其他组织之和。' +
    '合计算错是已发布年报中最常见的错误，往往是改了某一列却没有重算总计。本行有空白或不合法的单元格时不检查（先处理那一格）。' +
    `依据：${FORMAT_NOTICE}表三“申请人情况”的“总计”列。`,
  check: (ctx) => linearRule(table3RowTotal, checks(ctx.report).row, ctx),
};

export const table3OutcomeTotal: Rule<'table3.outcome-total'> = {
  id: 'table3.outcome-total',
  name: '表三（七）总计不符',
  severity: 'error',
  needs: {},
  help:
    '检查表三每一列的“（七）总计”是否等于办理结果（一）至（六）各项之和，即（一）予以公开、（二）部分公开，' +
    '加上（三）不予公开、（四）无法提供、（五）不予处理、（六）其他处理的各小项（2019 年版格式的（六）其他处理只有一行）。漏加或重复计入某一小项会使总计与明细不符。' +
    `本列有空白或不合法的单元格时不检查。依据：${FORMAT_NOTICE}表三“（七）总计”行。`,
  check: (ctx) => linearRule(table3OutcomeTotal, checks(ctx.report).outcome, ctx),
};

export const table3Balance: Rule<'table3.balance'> = {
  id: 'table3.balance',
  name: '表三 勾稽关系不平衡',
  severity: 'error',
  needs: {},
  help:
    '检查表三每一列的勾稽关系：“一、本年新收政府信息公开申请数量”加“二、上年结转政府信息公开申请数量”，' +
    '应等于“（七）总计”加“四、结转下年度继续办理”。收到的申请要么已办结，要么结转下年，数量必须平衡；这一关系印在官方表格本身。' +
    `结果标在第一行（本年新收），因为只有这一等式决定它。依据：${FORMAT_NOTICE}表三左上角的注：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”。`,
  check: (ctx) => linearRule(table3Balance, checks(ctx.report).balance, ctx),
};
