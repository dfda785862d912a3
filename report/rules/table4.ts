// table4.group-total: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per group (report/sums.ts).
import { TABLE4_OUTCOMES, TABLE4_TOTAL_COL, cellName } from '../format';
import { GROUP_TOTALS } from '../sums';
import { FORMAT_NOTICE } from './help';
import type { Rule } from './types';
import { linearRule, type LinearCheck } from './values';

const PART_LABELS = TABLE4_OUTCOMES.filter((_, i) => i !== TABLE4_TOTAL_COL);
const partNames = `“${PART_LABELS[0]}”至“${PART_LABELS.at(-1)}”四项`;

const GROUP_CHECKS: LinearCheck[] = GROUP_TOTALS.map((d) => ({
  rule: 'table4.group-total',
  target: d.total,
  plus: d.addends,
  message: (e, a) => `${cellName(d.total)}应为${partNames}之和 ${e}，现为 ${a}；请核对这一组`,
}));

export const table4GroupTotal: Rule<'table4.group-total'> = {
  id: 'table4.group-total',
  name: '表四 总计不符',
  severity: 'error',
  needs: {},
  help:
    '检查表四“行政复议”“行政诉讼（未经复议直接起诉）”“行政诉讼（复议后起诉）”三组中，每组的“总计”是否等于' +
    '“结果维持”“结果纠正”“其他结果”“尚未审结”四项之和。每一件案件只能处于其中一种结果，总计与四项不符说明漏计或重计。' +
    `这一组有空白或不合法的单元格时不检查。依据：${FORMAT_NOTICE}表四。`,
  check: (ctx) => linearRule(table4GroupTotal, GROUP_CHECKS, ctx),
};
