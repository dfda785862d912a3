// Every rule of official-format.md section 6, as one object each, in the order
// their findings are listed. RuleId, RULE_IDS, the names and help the page shows
// and RULES_VERSION all derive from this list: a new rule is one object here.
import { cellInvalid, cellMissing } from './cells';
import { carryOver, inForce } from './crossYear';
import { deadline } from './deadline';
import { editionYear } from './edition';
import { outlier, sameAsLastYear } from './figures';
import { feeReport, missingPart, overviewAspects, problems } from './narrative';
import { ratios } from './ratios';
import { similarity } from './similarity';
import { table3Balance, table3OutcomeTotal, table3RowTotal } from './table3';
import { table4GroupTotal } from './table4';
import { textVsTable } from './textVsTable';
import { doubled, headings, punctuation } from './wording';
import { yearMismatch } from './yearMismatch';
import type { Rule } from './types';

export const RULES = [
  cellInvalid,
  cellMissing,
  table3RowTotal,
  table3OutcomeTotal,
  table3Balance,
  table4GroupTotal,
  carryOver,
  inForce,
  missingPart,
  overviewAspects,
  problems,
  feeReport,
  textVsTable,
  yearMismatch,
  editionYear,
  headings,
  doubled,
  punctuation,
  similarity,
  sameAsLastYear,
  outlier,
  ratios,
  deadline,
] as const;

/**
 * The rules over a set of reports (a government's and its units'): run by
 * checkRollup (report/rollup/rules.ts), never by validateReport, which sees one report.
 */
export { ROLLUP_RULES } from '../rollup/rules';
export type RollupRuleId = (typeof import('../rollup/rules').ROLLUP_RULES)[number]['id'];

export type RuleId = (typeof RULES)[number]['id'] | RollupRuleId;
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/**
 * Bump when a rule's logic changes without its id changing (what it finds, or
 * its severity): counts stored in the archive are recounted when the version
 * they were made with differs.
 */
export const RULES_REVISION = 3; // 3: the rules read each report's own edition (2019 added)

/** The rules' version: the revision and a hash of every rule's id and fixed severity. */
export function rulesVersion(rules: readonly Rule<string>[] = RULES): string {
  const ids = rules.map((r) => `${r.id}:${typeof r.severity === 'string' ? r.severity : 'ctx'}`).join(',');
  return `${RULES_REVISION}-${fnv1a(ids)}`;
}
export const RULES_VERSION = rulesVersion();

/** 32-bit FNV-1a as 8 hex digits: short, stable, no crypto needed in report/. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
