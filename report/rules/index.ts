// validateReport(report, options) → every finding of official-format.md section 6.
// The rules are the objects of registry.ts, run in its order. Pure and
// synchronous: the page runs it on every keystroke.
import type { Report } from '../report';
import { RULES } from './registry';
import type { Finding, Rule, RuleContext, ValidateOptions } from './types';

export * from './types';
export { RULES, RULE_IDS, RULES_VERSION, rulesVersion } from './registry';

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

/** Run every rule of the registry whose needs the options meet, in the registry's order. */
export function validateReport(report: Report, options: ValidateOptions = {}, registry: readonly Rule<string>[] = RULES): Finding[] {
  const ctx: RuleContext = {
    report,
    previous: options.previous && comparablePrevious(report, options.previous) ? options.previous : undefined,
    final: options.final ?? false,
    today: options.today,
  };
  const findings: Finding[] = [];
  for (const rule of registry) {
    if ((rule.needs.previous && !ctx.previous) || (rule.needs.today && !ctx.today)) continue;
    for (const f of rule.check(ctx)) findings.push(f);
  }
  return findings;
}
