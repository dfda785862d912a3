// The narrative parts 一, 五, 六: present, covering what the format asks for.
import { OVERVIEW_ASPECTS, PARTS, type NarrativeKey } from '../format';
import type { Report } from '../report';
import { memoByParts } from './textMemo';
import type { Finding } from './types';

const NARRATIVE = PARTS.filter((p) => p.kind === 'narrative');
const heading = (key: NarrativeKey) => NARRATIVE.find((p) => p.key === key)!.heading;

/** Part 五 with fewer characters than this (after dropping whitespace and punctuation) is not a real account. */
export const MIN_PROBLEMS_CHARS = 8;
/** 信息处理费 (the official term), also written 政务信息处理费 or just 处理费 */
const FEE_WORD = '处理费';
/** …均未收取任何费用 / 未收取相关费用: real reports state the zero fee without naming it */
const NO_FEE = /(?:未|没有|不|无)收取[^。；;！？]{0,10}费用?/;

// zero-width marks come with web copies and would split a keyword
const compact = (s: string) => s.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');

/**
 * Wordings real reports use for an aspect under another name: 监督保障 includes
 * 工作考核、社会评议和责任追究 (official-format.md), often headed （五）监督考核情况;
 * 平台建设 is often （四）政务公开平台建设 / 政府网站和政务新媒体.
 */
const ASPECT_ALSO: Record<string, RegExp> = {
  监督保障: /监督考核|考核|社会评议|责任追究/,
  平台建设: /平台|政务新媒体/,
};
const mentions = (text: string, keyword: string) => text.includes(keyword) || (ASPECT_ALSO[keyword]?.test(text) ?? false);
const content = (s: string) => s.replace(/[\s\p{P}\p{S}]+/gu, '');

// these rules read only the three texts: remembered until a text changes
const byParts = memoByParts(narrativeFindings);

export function narrativeRules(r: Report): Finding[] {
  return byParts(r).map((f) => ({ ...f }));
}

function narrativeFindings(parts: Report['parts']): Finding[] {
  const out: Finding[] = [];
  const present = new Set<NarrativeKey>();
  // the table parts are never "absent": their blanks are cell.missing, one per cell
  for (const p of NARRATIVE) {
    const key = p.key as NarrativeKey;
    const text = parts?.[key] ?? '';
    if (content(text) === '') {
      out.push({ rule: 'narrative.missing-part', severity: 'error', part: key, message: `缺少“${p.heading}”部分，请补写` });
    } else present.add(key);
  }
  if (present.has('overview')) {
    const text = compact(parts.overview);
    for (const a of OVERVIEW_ASPECTS) {
      if (!mentions(text, a.keyword)) {
        out.push({
          rule: 'narrative.overview-aspects',
          severity: 'warning',
          part: 'overview',
          message: `“${heading('overview')}”没有写到“${a.keyword}”，请补写“${a.heading}”`,
        });
      }
    }
  }
  if (present.has('problems') && content(parts.problems).length < MIN_PROBLEMS_CHARS) {
    out.push({
      rule: 'narrative.problems',
      severity: 'warning',
      part: 'problems',
      message: `“${heading('problems')}”过于简略，请写明本年存在的主要问题和上年问题的改进情况，不能只写“无”`,
    });
  }
  if (present.has('other') && !compact(parts.other).includes(FEE_WORD) && !NO_FEE.test(compact(parts.other))) {
    out.push({
      rule: 'narrative.fee-report',
      severity: 'warning',
      part: 'other',
      message: `“${heading('other')}”没有说明信息处理费的收取情况；未收取的也应写明（如“本年度未收取信息处理费”）`,
    });
  }
  return out;
}
