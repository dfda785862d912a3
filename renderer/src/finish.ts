// What is left before 定稿 (issue 13 §8): the report judged as 定稿 judges it
// (validateReport with final: a blank cell is an error), split the way the clerk
// works through it — blanks to fill, errors to correct, warnings to answer (a
// 审核说明) or accept, empty parts — and the days to the deadline. The page's
// findings panel, the 定稿 dialog and 导出 all read this one account.
import { partDef, type Level } from '../../report/format';
import { NARRATIVE_FIELDS, placeKey } from '../../report/fields';
import type { Report } from '../../report/report';
import { validateReport, type Finding } from '../../report/rules/index';
import { ruleLabel } from './ruleNames';
import { deadlineStatus, deadlineText } from './deadline';

export interface FinishState {
  /** blank cells: errors at 定稿 */
  blanks: Finding[];
  /** the other errors at 定稿 (empty parts among them) */
  errors: Finding[];
  /** warnings without a 审核说明: each must be answered or accepted */
  unanswered: Finding[];
  answered: Finding[];
  /** headings of the narrative parts left empty */
  emptyParts: string[];
  deadline: { when: string; text: string; tone: 'danger' | 'warning' | 'info' };
}

/** true while a rule's findings are blanks to fill (the registry's toFill) */
const isBlank = (f: Finding) => ruleLabel(f.rule).toFill;

export function finishState(report: Report, o: { previous?: Report | null; today: Date; level?: Level }): FinishState {
  const all = validateReport(report, { final: true, previous: o.previous ?? undefined, today: o.today })
    // the days to the deadline are shown as such below, not as a warning to answer
    .filter((f) => !ruleLabel(f.rule).draftOnly);
  const answeredKeys = new Set((report.explanations ?? []).map(placeKey));
  const warnings = all.filter((f) => f.severity === 'warning' && !isBlank(f));
  const level = o.level ?? report.level;
  return {
    blanks: all.filter(isBlank),
    errors: all.filter((f) => f.severity === 'error' && !isBlank(f)),
    unanswered: warnings.filter((f) => !answeredKeys.has(placeKey(f))),
    answered: warnings.filter((f) => answeredKeys.has(placeKey(f))),
    emptyParts: NARRATIVE_FIELDS.filter((k) => !report.parts[k].replace(/[\s\p{P}]/gu, '')).map((k) => partDef(k).heading),
    deadline: { when: deadlineText(report.year, level), ...deadlineStatus(report.year, level, o.today) },
  };
}

/** 定稿 may go ahead: nothing blank, no error, every warning answered or in `accepted` (their keys) */
export function canFinalise(s: FinishState, accepted: ReadonlySet<string>): boolean {
  return !s.blanks.length && !s.errors.length && s.unanswered.every((f) => accepted.has(placeKey(f)));
}

/** why 定稿 cannot go ahead yet, naming what is left (empty when it can) */
export function finishRefusal(s: FinishState, accepted: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (s.blanks.length) out.push(`还有 ${s.blanks.length} 个空白单元格（没有发生的请填 0）`);
  if (s.errors.length) out.push(`还有 ${s.errors.length} 处错误`);
  const open = s.unanswered.filter((f) => !accepted.has(placeKey(f)));
  if (open.length) out.push(`还有 ${open.length} 条警告既未填写审核说明、也未确认无误：${open.map((f) => f.message).join('；')}`);
  return out;
}

/** one line per item, for 导出 (a short account above the format choice) */
export function finishLines(s: FinishState): { key: string; ok: boolean; text: string }[] {
  return [
    { key: 'blanks', ok: !s.blanks.length, text: s.blanks.length ? `空白单元格 ${s.blanks.length} 个（定稿时计为错误）` : '没有空白单元格' },
    { key: 'errors', ok: !s.errors.length, text: s.errors.length ? `错误 ${s.errors.length} 处` : '没有错误' },
    {
      key: 'warnings',
      ok: !s.unanswered.length,
      text: `警告：未说明 ${s.unanswered.length} 条，已说明 ${s.answered.length} 条`,
    },
    { key: 'parts', ok: !s.emptyParts.length, text: s.emptyParts.length ? `空白的部分：${s.emptyParts.join('、')}` : '六个部分都已填写' },
  ];
}
