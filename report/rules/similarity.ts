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

/**
 * Sentences every report carries, whoever writes it: the legal basis (根据《中华人民共和国政府信息公开条例》…),
 * the statistics period, where the electronic copy is, whom to ask. Repeating them is no copying,
 * so they are dropped from both years before measuring (issue 14 §8).
 */
const BOILERPLATE =
  /^(?:本(?:年度)?(?:报告|年报))?(?:是)?(?:根据|依据|按照)《中华人民共和国政府信息公开条例》|^本(?:年度)?(?:报告|年报)(?:中)?(?:所列|的)?(?:统计)?数据|所列数据|统计(?:期限|时限|时间)|电子版|如对本?(?:报告|年报)|如需进一步|联系电话|联系地址|联系方式|邮编|邮政编码/;
export const isBoilerplate = (sentence: string) => BOILERPLATE.test(sentence);

interface PartSentences {
  /** sentences as compared (years as 〇), boilerplate dropped */
  keys: string[];
  /** the same sentences as written (whitespace dropped), for the finding */
  shown: string[];
}
function partSentences(text: string): PartSentences {
  const out: PartSentences = { keys: [], shown: [] };
  for (const shown of compact(text).split(/[。！？；]/)) {
    if (shown === '') continue;
    const key = shown.replace(YEAR, YEAR_MARK);
    if (isBoilerplate(key)) continue;
    out.keys.push(key);
    out.shown.push(shown);
  }
  return out;
}

const sentencesByPart = memoByParts((parts) => NARRATIVE_KEYS.map((k) => partSentences(parts[k] ?? '')));
const lastYearSet = memoByParts((parts) => new Set(NARRATIVE_KEYS.flatMap((k) => partSentences(parts[k] ?? '').keys)));

export interface Repetition {
  /** repeated characters / all characters of this year's narrative (boilerplate left out), 0…1 */
  share: number;
  /** the part with the most repeated characters */
  worstPart: NarrativeKey;
  /** this year's sentences found word for word in last year's, as written, in text order */
  repeated: string[];
}

export function repetition(r: Report, previous: Report): Repetition {
  const last = lastYearSet(previous);
  const parts = sentencesByPart(r);
  let total = 0;
  let repeated = 0;
  let worst = 0;
  let worstPart: NarrativeKey = NARRATIVE_KEYS[0];
  const sentences: string[] = [];
  parts.forEach(({ keys, shown }, i) => {
    let here = 0;
    keys.forEach((s, j) => {
      total += s.length;
      if (!last.has(s)) return;
      here += s.length;
      sentences.push(shown[j]);
    });
    repeated += here;
    if (here > worst) [worst, worstPart] = [here, NARRATIVE_KEYS[i]];
  });
  return { share: total === 0 ? 0 : repeated / total, worstPart, repeated: sentences };
}

/** How many repeated sentences the finding lists, and how much of each. */
const LIST_MAX = 5;
const SENTENCE_MAX = 30;
const listed = (sentences: string[]) =>
  sentences
    .slice(0, LIST_MAX)
    .map((s) => `“${s.length > SENTENCE_MAX ? `${s.slice(0, SENTENCE_MAX)}…` : s}”`)
    .join('') + (sentences.length > LIST_MAX ? `等 ${sentences.length} 句` : '');

export const similarity: Rule<'similarity.last-year'> = {
  id: 'similarity.last-year',
  name: '与上年报告重复过多',
  severity: 'warning',
  needs: { previous: true },
  help:
    '有同一机关上一年度的报告时，比较两年正文（第一、五、六部分）的重复程度：把两年的正文按“。！？；”分成句子，' +
    '去掉空白，把四位数的年份视为相同，本年正文中与上年某一句完全相同的句子所占的字数比例即为重复率，超过 50% 即提示，并列出与上年相同的句子以便改写。' +
    '每份报告都有的固定句子（“根据《中华人民共和国政府信息公开条例》…”、统计期限、电子版下载和联系方式）不计入。' +
    `年报应反映本年度的实际工作，照抄上年的文字不能说明本年的情况。依据：政府信息公开工作年度报告评估中“与上年度重复率大于50%”的扣分项。`,
  check(ctx) {
    const { share, worstPart, repeated } = repetition(ctx.report, ctx.previous!);
    if (share <= REPETITION_LIMIT) return [];
    const pct = Math.floor(share * 100);
    return [
      {
        rule: 'similarity.last-year',
        severity: severityOf(similarity, ctx),
        part: worstPart,
        message:
          `正文（第一、五、六部分）有 ${pct}% 的文字与上年报告逐句相同，超过 50%；` +
          `请按本年实际情况改写，重复最多的是“${partDef(worstPart).heading}”。与上年相同的句子：${listed(repeated)}`,
      },
    ];
  },
};
