// Short Chinese names of the rules (report/rules/types.ts RULE_IDS), for grouping in the findings panel.
import type { RuleId } from '../../report/rules/index';

export const RULE_NAMES: Record<RuleId, string> = {
  'cell.invalid': '数值不正确',
  'cell.missing': '空白单元格（没有发生请填 0）',
  'table3.row-total': '表三 行合计不符',
  'table3.outcome-total': '表三（七）总计不符',
  'table3.balance': '表三 勾稽关系不平衡',
  'table4.group-total': '表四 总计不符',
  'cross-year.carry-over': '上年结转与上年报告不符',
  'cross-year.in-force': '现行有效件数与上年不衔接',
  'narrative.missing-part': '缺少部分内容',
  'narrative.overview-aspects': '总体情况缺少方面',
  'narrative.fee-report': '未报告信息处理费',
  'narrative.problems': '存在问题过于简单',
  'consistency.text-vs-table': '正文与表格数字不一致',
  'similarity.last-year': '与上年报告重复过多',
  deadline: '公布期限',
};

/** more findings of one rule than this are folded: the first FOLD_SHOW stay visible, the rest open on click */
export const FOLD_OVER = 8;
export const FOLD_SHOW = 3;
