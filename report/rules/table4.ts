// table4.group-total: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per group.
import { TABLE4_GROUPS, TABLE4_OUTCOMES, TABLE4_TOTAL_COL, cellName } from '../format';
import type { Report } from '../report';
import type { Finding } from './types';
import { at, checkLinear, type LinearCheck } from './values';

const PART_COLS = TABLE4_OUTCOMES.map((_, i) => i).filter((i) => i !== TABLE4_TOTAL_COL);
const partNames = `“${TABLE4_OUTCOMES[PART_COLS[0]]}”至“${TABLE4_OUTCOMES[PART_COLS.at(-1)!]}”四项`;

const GROUP_TOTALS: LinearCheck[] = TABLE4_GROUPS.map((g) => {
  const target = at('table4', g.key, TABLE4_TOTAL_COL);
  return {
    rule: 'table4.group-total',
    target,
    plus: PART_COLS.map((c) => at('table4', g.key, c)),
    message: (e, a) => `${cellName(target)}应为${partNames}之和 ${e}，现为 ${a}；请核对这一组`,
  };
});

export function table4Rules(r: Report): Finding[] {
  const out: Finding[] = [];
  for (const c of GROUP_TOTALS) {
    const f = checkLinear(r, c);
    if (f) out.push(f);
  }
  return out;
}
