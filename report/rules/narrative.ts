// The narrative parts 一, 五, 六: present, covering what the format asks for.
import { OVERVIEW_ASPECTS, PARTS, formatOf, type NarrativeKey } from '../format';
import type { Report } from '../report';
import { compact } from '../text';
import { FORMAT_NOTICE } from './help';
import { memoByParts } from './textMemo';
import { severityOf, type Finding, type Rule, type RuleContext } from './types';

const NARRATIVE = PARTS.filter((p) => p.kind === 'narrative');
const heading = (key: NarrativeKey) => NARRATIVE.find((p) => p.key === key)!.heading;

/** Part 五 with fewer characters than this (after dropping whitespace and punctuation) is not a real account. */
const MIN_PROBLEMS_CHARS = 8;
/** 信息处理费 (the official term), also written 政务信息处理费 or just 处理费 */
const FEE_WORD = '处理费';
/** …均未收取任何费用 / 未收取相关费用: real reports state the zero fee without naming it */
const NO_FEE = /(?:未|没有|不|无)收取[^。；;！？]{0,10}费用?/;

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

// these rules read only the three texts: judged together, remembered until a text changes
type NarrativeId = 'narrative.missing-part' | 'narrative.overview-aspects' | 'narrative.problems' | 'narrative.fee-report';
type Judged = Record<NarrativeId, Pick<Finding, 'rule' | 'part' | 'message'>[]>;
const byParts = memoByParts(narrativeFindings);

/** A copy of the remembered findings of one rule (the caller may change them), with the rule's severity. */
function findingsOf(rule: Rule<NarrativeId>, ctx: RuleContext): Finding[] {
  const severity = severityOf(rule, ctx);
  // the keys in the order findings print (nianbao --json)
  return byParts(ctx.report)[rule.id].map((f) => ({ rule: f.rule, severity, part: f.part, message: f.message }));
}

export const missingPart: Rule<'narrative.missing-part'> = {
  id: 'narrative.missing-part',
  name: '缺少部分内容',
  severity: 'error',
  needs: {},
  help:
    '检查年报的文字部分是否齐全：一、总体情况，五、存在的主要问题及改进情况，六、其他需要报告的事项，都不能缺少或为空（只有标点也算空）。' +
    '年报格式规定年报由六个部分组成，缺少任何一部分都是不完整的报告；二、三、四部分是表格，其空白按单元格逐一提示。' +
    `依据：${FORMAT_NOTICE}规定的六个部分。`,
  check: (ctx) => findingsOf(missingPart, ctx),
};

export const overviewAspects: Rule<'narrative.overview-aspects'> = {
  id: 'narrative.overview-aspects',
  name: '总体情况缺少方面',
  severity: 'warning',
  needs: {},
  help:
    '检查“一、总体情况”是否写到年报格式要求的五个方面：主动公开、依申请公开、政府信息管理、平台建设、监督保障。' +
    '常见的其他写法也算写到，例如“监督考核”“社会评议”“责任追究”算监督保障，“政务新媒体”“公开平台”算平台建设。' +
    `缺少某一方面通常意味着漏写了一个小节。依据：${FORMAT_NOTICE}第一部分“总体情况”。`,
  check: (ctx) => findingsOf(overviewAspects, ctx),
};

export const problems: Rule<'narrative.problems'> = {
  id: 'narrative.problems',
  name: '存在问题过于简单',
  severity: 'warning',
  needs: {},
  help:
    `检查“五、存在的主要问题及改进情况”是否写成了实际的说明：去掉空白和标点后不足 ${MIN_PROBLEMS_CHARS} 个字（例如只写“无”）即提示。` +
    `这一部分应写明本年存在的主要问题和上年问题的改进情况，不能只写“无”。依据：${FORMAT_NOTICE}第五部分。`,
  check: (ctx) => findingsOf(problems, ctx),
};

export const feeReport: Rule<'narrative.fee-report'> = {
  id: 'narrative.fee-report',
  name: '未报告信息处理费',
  severity: 'warning',
  needs: {},
  help:
    '检查“六、其他需要报告的事项”是否说明了信息处理费的收取情况：写到“处理费”，或写明“未收取任何费用”等，即视为已说明。' +
    '年报格式要求在这一部分报告依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，没有收取的也应写明。' +
    `依据：${FORMAT_NOTICE}第六部分。2019 年版格式（2019、2020 年度报告）没有信息处理费，不做此项检查。`,
  // the 2019 edition had no 信息处理费 (format.reportsFees)
  check: (ctx) => (formatOf(ctx.report).reportsFees ? findingsOf(feeReport, ctx) : []),
};

function narrativeFindings(parts: Report['parts']): Judged {
  const out: Judged = { 'narrative.missing-part': [], 'narrative.overview-aspects': [], 'narrative.problems': [], 'narrative.fee-report': [] };
  const present = new Set<NarrativeKey>();
  // the table parts are never "absent": their blanks are cell.missing, one per cell
  for (const p of NARRATIVE) {
    const key = p.key as NarrativeKey;
    const text = parts?.[key] ?? '';
    if (content(text) === '') {
      out['narrative.missing-part'].push({ rule: 'narrative.missing-part', part: key, message: `缺少“${p.heading}”部分，请补写` });
    } else present.add(key);
  }
  if (present.has('overview')) {
    const text = compact(parts.overview);
    for (const a of OVERVIEW_ASPECTS) {
      if (!mentions(text, a.keyword)) {
        out['narrative.overview-aspects'].push({
          rule: 'narrative.overview-aspects',
          part: 'overview',
          message: `“${heading('overview')}”没有写到“${a.keyword}”，请补写“${a.heading}”`,
        });
      }
    }
  }
  if (present.has('problems') && content(parts.problems).length < MIN_PROBLEMS_CHARS) {
    out['narrative.problems'].push({
      rule: 'narrative.problems',
      part: 'problems',
      message: `“${heading('problems')}”过于简略，请写明本年存在的主要问题和上年问题的改进情况，不能只写“无”`,
    });
  }
  if (present.has('other') && !compact(parts.other).includes(FEE_WORD) && !NO_FEE.test(compact(parts.other))) {
    out['narrative.fee-report'].push({
      rule: 'narrative.fee-report',
      part: 'other',
      message: `“${heading('other')}”没有说明信息处理费的收取情况；未收取的也应写明（如“本年度未收取信息处理费”）`,
    });
  }
  return out;
}
