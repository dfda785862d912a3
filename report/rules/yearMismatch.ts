// text.year-mismatch (issue 14 §4): a sentence of the 2024 report that tells this
// year's work under 2023年 (or 2025年): a paragraph carried over from last year's
// draft with its figures. Only the year as the sentence's time ("2023年，我局共收到…")
// counts; a year naming a document or a period (2023年部门决算、截至2023年底、
// 较2023年) and plans (2025年将…) do not.
import { partDef, type NarrativeKey } from '../format';
import { asciiDigits, compactKeepLines } from '../text';
import { FORMAT_NOTICE } from './help';
import { NARRATIVE_KEYS } from './narrativeKeys';
import { memoByParts } from './textMemo';
import { severityOf, type Finding, type Rule } from './types';

const WORK = /收到|受理|公开|办理|发布|答复|办结|制发|印发|更新|开展|完成|召开|组织/;
// comparisons, periods, plans, last year's problems and reports: the year is not this year's work
const NOT_THIS_WORK = /将|计划|拟|力争|争取|预计|下一步|今后|较|同比|相比|比上年|以来|截至|截止|至今|年起|问题|整改|报告|年报|要点|预算|决算/;
// the year as time adverbial: 2023年，/ 2023年度， / 2023年全年 / 2023年共 / 2023年我局
const AS_TIME = /^(?:度)?(?:[，,]|全年|共|累计|我|本|内|期间|全)/;
const YEAR = /(?<!\d)((?:19|20)\d{2})年/g;

/** The sentences of a part that tell this year's work under another year. */
export function otherYearSentences(text: string, year: number): string[] {
  const out: string[] = [];
  for (const sentence of compactKeepLines(asciiDigits(text)).split(/[。；！？;!?\n]/)) {
    if (!sentence.includes('年') || sentence.includes(`${year}年`) || NOT_THIS_WORK.test(sentence)) continue;
    YEAR.lastIndex = 0;
    const m = YEAR.exec(sentence);
    if (!m) continue;
    const y = Number(m[1]);
    if (Math.abs(y - year) !== 1) continue;
    const after = sentence.slice(m.index + m[0].length);
    if (!AS_TIME.test(after) || WORK.test(sentence.slice(0, m.index)) || !WORK.test(after)) continue;
    out.push(sentence);
  }
  return out;
}

const byParts = memoByParts(() => new Map<number, { part: NarrativeKey; sentences: string[] }[]>());

function judged(parts: Record<NarrativeKey, string>, year: number, cache: Map<number, { part: NarrativeKey; sentences: string[] }[]>) {
  let hit = cache.get(year);
  if (!hit) {
    hit = NARRATIVE_KEYS.map((part) => ({ part, sentences: otherYearSentences(parts[part] ?? '', year) })).filter((x) => x.sentences.length > 0);
    cache.set(year, hit);
  }
  return hit;
}

const QUOTE_MAX = 40;

export const yearMismatch: Rule<'text.year-mismatch'> = {
  id: 'text.year-mismatch',
  name: '正文年份与报告年度不符',
  severity: 'warning',
  needs: {},
  help:
    '检查正文（第一、五、六部分）中以上一年或下一年开头叙述已完成工作的句子，例如 2024 年度报告中写“2023年，我局共收到政府信息公开申请…”。' +
    '这多半是沿用上年报告时漏改了年份（数字可能也是上年的）。写明是比较、期间或文件名称的（“较2023年”“截至2023年底”“2023年部门决算”）' +
    '以及下一年的工作计划（“2025年将…”）不提示。每部分提示一次，列出第一句和句数。' +
    `依据：${FORMAT_NOTICE}，年报报告的是本年度的情况。`,
  check(ctx) {
    const severity = severityOf(yearMismatch, ctx);
    const r = ctx.report;
    return judged(r.parts, r.year, byParts(r)).map(({ part, sentences }): Finding => {
      const first = sentences[0].length > QUOTE_MAX ? `${sentences[0].slice(0, QUOTE_MAX)}…` : sentences[0];
      const more = sentences.length > 1 ? `等 ${sentences.length} 句` : '';
      return {
        rule: 'text.year-mismatch',
        severity,
        part,
        message: `“${partDef(part).heading}”中“${first}”${more}以其他年份叙述工作，本报告是 ${r.year} 年度；请核对年份和其中的数字`,
      };
    });
  },
};
