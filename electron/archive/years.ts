// Starting a year's report from last year's: the narrative as a starting draft kept
// exactly as it was (no year silently re-dated: the editor marks it as carried over
// and offers to replace the year where the clerk chooses, report/text.ts replaceYear),
// table 三 row 二 (上年结转) from last year's row 四 (结转下年度继续办理), and
// 现行有效件数 carried only as a hint (it changes with this year's 制发/废止).
import { T2_IN_FORCE, T3_CARRIED_IN, T3_CARRIED_OUT, defaultTitle, type Level } from '../../report/format';
import { blankReport, type Report, type Row7 } from '../../report/report';
import type { InForceHint } from './reports';

export function startFromPrevious(prev: Report, unit: string, year: number, level: Level): { report: Report; hint: InForceHint } {
  const r = blankReport(unit, year, level);
  r.title = defaultTitle(unit, year);
  r.preamble = prev.preamble ?? '';
  r.closing = prev.closing ?? '';
  r.parts = { overview: prev.parts.overview ?? '', problems: prev.parts.problems ?? '', other: prev.parts.other ?? '' };
  r.table3[T3_CARRIED_IN] = [...prev.table3[T3_CARRIED_OUT]] as Row7;
  return {
    report: r,
    hint: { rules: prev.table2.rules[T2_IN_FORCE], normativeDocuments: prev.table2.normativeDocuments[T2_IN_FORCE] },
  };
}
