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

/**
 * Whether `previous` can stand for last year's report in the cross-year and
 * similarity rules: it must be of the year just before. A report two years back
 * (or of the same year) would make every carry-over warning false, so those rules
 * are then not evaluated — here, so that the CLI, the page and 定稿 all agree.
 * The agency's name is not compared: the archive ties reports by agency, and an
 * agency renamed in a 机构改革 still carries its applications over (the CLI
 * prints a note when the names differ).
 */
export function comparablePrevious(report: Report, previous: Report): boolean {
  return previous.year === report.year - 1;
}

export function validateReport(report: Report, options: ValidateOptions = {}): Finding[] {
  const { final = false, today } = options;
  const previous = options.previous && comparablePrevious(report, options.previous) ? options.previous : undefined;
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
