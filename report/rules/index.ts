// validateReport(report, options) → every finding of official-format.md section 6,
// one family of rules per file. Pure and synchronous: the page runs it on every keystroke.
import type { Report } from '../report';
import { cellRules } from './cells';
import { crossYearRules } from './crossYear';
import { deadlineRule } from './deadline';
import { narrativeRules } from './narrative';
import { similarityRule } from './similarity';
import { table3Rules } from './table3';
import { table4Rules } from './table4';
import { textVsTableRule } from './textVsTable';
import type { Finding, ValidateOptions } from './types';

export * from './types';

export function validateReport(report: Report, options: ValidateOptions = {}): Finding[] {
  const { previous, final = false, today } = options;
  const findings = [...cellRules(report, final), ...table3Rules(report), ...table4Rules(report)];
  if (previous) findings.push(...crossYearRules(report, previous));
  findings.push(...narrativeRules(report), ...textVsTableRule(report));
  if (previous) {
    const s = similarityRule(report, previous);
    if (s) findings.push(s);
  }
  if (today) findings.push(deadlineRule(report, today));
  return findings;
}

export { daysUntilDeadline } from './deadline';
export { repetition, REPETITION_LIMIT } from './similarity';
