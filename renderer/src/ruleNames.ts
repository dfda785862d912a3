// The rules' names and help as the findings panel shows them, derived from the
// registry (report/rules/registry.ts) and the rules over a set of reports
// (report/rollup/rules.ts, shown on 汇总): a new rule object appears here with no edit.
import { ROLLUP_RULES } from '../../report/rollup/rules';
import { RULES, type Rule } from '../../report/rules/index';

export interface RuleLabel {
  /** short Chinese name heading the rule's findings */
  name: string;
  /** what the rule checks, why, and where the official format says so */
  help: string;
  /** blanks to fill: marked apart in the grid, not answered by a 审核说明 */
  toFill: boolean;
  /** shown only while the report is a draft */
  draftOnly: boolean;
}

/** A finding of a rule the page does not know (e.g. from a newer archive). */
const UNKNOWN_RULE: RuleLabel = { name: '其他问题', help: '', toFill: false, draftOnly: false };

export function ruleLabels(
  registry: readonly Pick<Rule<string>, 'id' | 'name' | 'help' | 'toFill' | 'draftOnly'>[] = RULES,
): ReadonlyMap<string, RuleLabel> {
  return new Map(registry.map((r) => [r.id, { name: r.name, help: r.help, toFill: !!r.toFill, draftOnly: !!r.draftOnly }]));
}

export const RULE_LABELS = ruleLabels([...RULES, ...ROLLUP_RULES]);

export function ruleLabel(id: string, labels: ReadonlyMap<string, RuleLabel> = RULE_LABELS): RuleLabel {
  return labels.get(id) ?? UNKNOWN_RULE;
}

/** more findings of one rule than this are folded: the first FOLD_SHOW stay visible, the rest open on click */
export const FOLD_OVER = 8;
export const FOLD_SHOW = 3;
