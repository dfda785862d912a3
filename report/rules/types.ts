// What a rule reports. One finding per place (cell, row, column, group or part).
import type { CellAddress, NarrativeKey, TableKey } from '../format';

export const RULE_IDS = [
  'cell.invalid',
  'cell.missing',
  'table3.row-total',
  'table3.outcome-total',
  'table3.balance',
  'table4.group-total',
  'cross-year.carry-over',
  'cross-year.in-force',
  'narrative.missing-part',
  'narrative.overview-aspects',
  'narrative.fee-report',
  'narrative.problems',
  'consistency.text-vs-table',
  'similarity.last-year',
  'deadline',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
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

import type { Report } from '../report';
