// table4.group-total: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per group (report/sums.ts).
import { cellNameIn } from '../format';
import { sumsOf } from '../sums';
import { FORMAT_NOTICE } from './help';
import type { Rule } from './types';
import { linearRule, perFormat, type LinearCheck } from './values';

const groupChecks = perFormat((format): LinearCheck[] => {
  const partLabels = format.table4.outcomes.filter((_, i) => i !== format.table4.totalCol);
  const partNames = `“${partLabels[0]}”至“${partLabels.at(-1)}”四项`;
  return sumsOf(format).groupTotals.map((d) => ({
    rule: 'table4.group-total',
    target: d.total,
    plus: d.addends,
    message: (e, a) => `${cellNameIn(format, d.total)}应为${partNames}之和 ${e}，现为 ${a}；请核对这一组`,
  }));
});

export const table4GroupTotal: Rule<'table4.group-total'> = {
  id: 'table4.group-total',
  name: '表四 总计不符',
  severity: 'error',
  needs: {},
  help:
    '检查表四“行政复议”“行政诉讼（未经复议直接起诉）”“行政诉讼（复议后起诉）”三组中，每组的“总计”是否等于' +
    '“结果维持”“结果纠正”“其他结果”“尚未审结”四项之和。每一件案件只能处于其中一种结果，总计与四项不符说明漏计或重计。' +
    `这一组有空白或不合法的单元格时不检查。依据：${FORMAT_NOTICE}表四。`,
  check: (ctx) => linearRule(table4GroupTotal, groupChecks(ctx.report), ctx),
};
