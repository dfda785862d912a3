// Two ratios evaluators compute (issue 14 §11), defined once: the report's findings
// panel shows them as info and 历年对比 draws them year by year. Never errors: a low
// rate is a fact to explain, not a mistake in the report.
import { T3_OUTCOME_TOTAL, TABLE3_TOTAL_COL, TABLE4_TOTAL_COL, type CellAddress } from '../format';
import type { Report } from '../report';
import { severityOf, type Finding, type Rule } from './types';
import { at, usable } from './values';

/** Fewer cases than this make a rate say nothing. */
export const RATIO_MIN_CASES = 30;

const DISCLOSED = at('table3', '3.1', TABLE3_TOTAL_COL);
const PARTLY = at('table3', '3.2', TABLE3_TOTAL_COL);
const ANSWERED = at('table3', T3_OUTCOME_TOTAL, TABLE3_TOTAL_COL);
// table 四's columns: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计
const CORRECTED = at('table4', 'review', 1);
const PENDING = at('table4', 'review', 3);
const REVIEWS = at('table4', 'review', TABLE4_TOTAL_COL);

export interface Ratio {
  /** 0…1 */
  rate: number;
  numerator: number;
  denominator: number;
}

function ratio(r: Report, top: CellAddress[], bottom: number | undefined): Ratio | undefined {
  if (bottom === undefined || bottom < RATIO_MIN_CASES) return undefined;
  let numerator = 0;
  for (const a of top) {
    const v = usable(r, a);
    if (v === undefined) return undefined;
    numerator += v;
  }
  return numerator > bottom ? undefined : { rate: numerator / bottom, numerator, denominator: bottom };
}

/** 实质公开率 = (予以公开 + 部分公开) / （七）总计; undefined under 30 applications answered or with a blank. */
export function disclosureRate(r: Report): Ratio | undefined {
  return ratio(r, [DISCLOSED, PARTLY], usable(r, ANSWERED));
}

/** 复议纠错率 = 复议 结果纠正 / (复议 总计 − 尚未审结); undefined under 30 decided reviews or with a blank. */
export function correctionRate(r: Report): Ratio | undefined {
  const total = usable(r, REVIEWS);
  const pending = usable(r, PENDING);
  return ratio(r, [CORRECTED], total === undefined || pending === undefined ? undefined : total - pending);
}

export const percent = (x: Ratio) => `${(x.rate * 100).toFixed(1)}%`;

export const ratios: Rule<'figures.ratios'> = {
  id: 'figures.ratios',
  name: '实质公开率与复议纠错率',
  severity: 'info',
  needs: {},
  help:
    `列出评估常用的两个比率（仅供参考，不是错误）：实质公开率 =（予以公开 + 部分公开）÷ 表三“（七）总计”，` +
    `复议纠错率 = 行政复议“结果纠正”÷（行政复议“总计” − “尚未审结”）。件数少于 ${RATIO_MIN_CASES} 件时比率没有意义，不列出。` +
    '历年对比页按年列出同样的比率。依据：政府透明度评估以这两个比率衡量依申请公开和复议的情况。',
  check(ctx) {
    const severity = severityOf(ratios, ctx);
    const out: Finding[] = [];
    const d = disclosureRate(ctx.report);
    if (d) {
      out.push({
        rule: 'figures.ratios',
        severity,
        ...ANSWERED,
        message: `实质公开率为 ${percent(d)}：予以公开和部分公开共 ${d.numerator} 件，占已办理的 ${d.denominator} 件`,
        cells: [DISCLOSED, PARTLY, ANSWERED],
      });
    }
    const c = correctionRate(ctx.report);
    if (c) {
      out.push({
        rule: 'figures.ratios',
        severity,
        ...CORRECTED,
        message: `行政复议纠错率为 ${percent(c)}：结果纠正 ${c.numerator} 件，占已审结的 ${c.denominator} 件`,
        cells: [CORRECTED, REVIEWS, PENDING],
      });
    }
    return out;
  },
};
