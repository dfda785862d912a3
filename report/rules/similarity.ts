// similarity.last-year: how much of this year's narrative repeats last year's
// word for word, measured as official-format.md section 6 says.
import { partDef, type NarrativeKey } from '../format';
import type { Report } from '../report';
import { compact } from '../text';
import { severityOf, type Finding, type Rule } from './types';
import { NARRATIVE_KEYS } from './narrativeKeys';
import { memoByParts } from './textMemo';

/** Over this share of repeated characters warns (evaluations deduct for 重复率大于50%). */
export const REPETITION_LIMIT = 0.5;

const YEAR = /(?<![0-9０-９])(?:19|20)[0-9]{2}(?![0-9０-９])/g;
const YEAR_MARK = '〇';

/** Sentences split at 。！？；, whitespace dropped, four-digit years replaced by a placeholder. */
export function sentencesOf(text: string): string[] {
  return compact(text)
    .replace(YEAR, YEAR_MARK)
    .split(/[。！？；]/)
    .filter((s) => s !== '');
}

const sentencesByPart = memoByParts((parts) => NARRATIVE_KEYS.map((k) => sentencesOf(parts[k] ?? '')));
const lastYearSet = memoByParts((parts) => new Set(NARRATIVE_KEYS.flatMap((k) => sentencesOf(parts[k] ?? ''))));

export interface Repetition {
  /** repeated characters / all characters of this year's narrative, 0…1 */
  share: number;
  /** the part with the most repeated characters */
  worstPart: NarrativeKey;
}

export function repetition(r: Report, previous: Report): Repetition {
  const last = lastYearSet(previous);
  const parts = sentencesByPart(r);
  let total = 0;
  let repeated = 0;
  let worst = 0;
  let worstPart: NarrativeKey = NARRATIVE_KEYS[0];
  parts.forEach((sentences, i) => {
    let here = 0;
    for (const s of sentences) {
      total += s.length;
      if (last.has(s)) here += s.length;
    }
    repeated += here;
    if (here > worst) [worst, worstPart] = [here, NARRATIVE_KEYS[i]];
  });
  return { share: total === 0 ? 0 : repeated / total, worstPart };
}

export const similarity: Rule<'similarity.last-year'> = {
  id: 'similarity.last-year',
  name: '与上年报告重复过多',
  severity: 'warning',
  needs: { previous: true },
  help:
    '有同一机关上一年度的报告时，比较两年正文（第一、五、六部分）的重复程度：把两年的正文按“。！？；”分成句子，' +
    '去掉空白，把四位数的年份视为相同，本年正文中与上年某一句完全相同的句子所占的字数比例即为重复率，超过 50% 即提示。' +
    `年报应反映本年度的实际工作，照抄上年的文字不能说明本年的情况。依据：政府信息公开工作年度报告评估中“与上年度重复率大于50%”的扣分项。`,
  check(ctx) {
    const { share, worstPart } = repetition(ctx.report, ctx.previous!);
    if (share <= REPETITION_LIMIT) return [];
    const pct = Math.floor(share * 100);
    return [
      {
        rule: 'similarity.last-year',
        severity: severityOf(similarity, ctx),
        part: worstPart,
        message:
          `正文（第一、五、六部分）有 ${pct}% 的文字与上年报告逐句相同，超过 50%；` +
          `请按本年实际情况改写，重复最多的是“${partDef(worstPart).heading}”`,
      },
    ];
  },
};
