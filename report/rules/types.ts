// What a rule reports (one finding per place: cell, row, column, group or part),
// and what a rule is: one object of the registry (registry.ts).
import type { CellAddress, NarrativeKey, TableKey } from '../format';
import type { Report } from '../report';
import type { RuleId } from './registry';

export type { RuleId } from './registry';
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** the cell the finding is about (the one to change), as interchange.md addresses it */
  table?: TableKey;
  row?: string;
  col?: number;
  /** or the narrative part it is about ('title' | 'preamble' | 'closing' for the free texts) */
  part?: NarrativeKey | 'title' | 'preamble' | 'closing';
  /** the words of the narrative the finding is about (whitespace dropped), so the page can select them */
  quote?: string;
  expected?: number;
  actual?: number;
  /** Chinese; says what to change */
  message: string;
  /** every cell taking part (e.g. the addends of a sum), for marking in the grid */
  cells?: CellAddress[];
}

export interface ValidateOptions {
  /** last year's report of the same agency, for the cross-year and similarity rules; ignored unless its year is the year before (comparablePrevious) */
  previous?: Report;
  /** judge as final (a blank cell is an error), as `nianbao check` and 定稿 do */
  final?: boolean;
  /** today's date for the deadline rule; omitted → no deadline finding */
  today?: Date;
}

/** What every rule reads. `previous` is set only when it is last year's report (comparablePrevious). */
export interface RuleContext {
  report: Report;
  previous?: Report;
  final: boolean;
  today?: Date;
}

/** What a rule needs beyond the report; a rule whose needs are not given is not evaluated. */
export interface RuleNeeds {
  previous?: true;
  today?: true;
}

export interface Rule<Id extends string = RuleId> {
  id: Id;
  /** short Chinese name, heading the rule's findings in the page */
  name: string;
  /** the severity of its findings, or a function of the context (cell.missing: error only when final) */
  severity: Severity | ((ctx: RuleContext) => Severity);
  needs: RuleNeeds;
  /** a Chinese paragraph: what it checks, why, where the official format says so */
  help: string;
  /**
   * its findings are blanks still to fill, not defects: the grid marks them apart,
   * and a 审核说明 cannot answer them (filling the cell does)
   */
  toFill?: true;
  /** its findings are news only while the report is a draft (a finalised report no longer shows them) */
  draftOnly?: true;
  /** every finding of this rule; called only when `needs` are met (ctx.previous / ctx.today then set) */
  check(ctx: RuleContext): Finding[];
}

/** The severity a rule gives its findings in this context. */
export function severityOf(rule: Pick<Rule<string>, 'severity'>, ctx: RuleContext): Severity {
  return typeof rule.severity === 'function' ? rule.severity(ctx) : rule.severity;
}
