// similarity.last-year: how much of this year's narrative repeats last year's
// word for word, measured as official-format.md section 6 says.
import { partDef, type NarrativeKey } from '../format';
import type { Report } from '../report';
import type { Finding } from './types';
import { NARRATIVE_KEYS } from './narrativeKeys';
import { memoByParts } from './textMemo';

/** Over this share of repeated characters warns (evaluations deduct for 重复率大于50%). */
export const REPETITION_LIMIT = 0.5;

const YEAR = /(?<![0-9０-９])(?:19|20)[0-9]{2}(?![0-9０-９])/g;
const YEAR_MARK = '〇';

/** Sentences split at 。！？；, whitespace dropped, four-digit years replaced by a placeholder. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
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

export function similarityRule(r: Report, previous: Report): Finding | undefined {
  const { share, worstPart } = repetition(r, previous);
  if (share <= REPETITION_LIMIT) return undefined;
  const pct = Math.floor(share * 100);
  return {
    rule: 'similarity.last-year',
    severity: 'warning',
    part: worstPart,
    message:
      `正文（第一、五、六部分）有 ${pct}% 的文字与上年报告逐句相同，超过 50%；` +
      `请按本年实际情况改写，重复最多的是“${partDef(worstPart).heading}”`,
  };
}
