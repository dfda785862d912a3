// deadline (info): days left until publication is due, or days overdue.
import { LEVEL_LABELS, deadlineOf, type Level } from '../format';
import type { Report } from '../report';
import { severityOf, type Finding, type Rule, type RuleContext } from './types';

const DAY_MS = 86_400_000;

/** Whole calendar days from `today` (its local date) to the deadline of a year's report; 0 = the last day, negative when overdue. */
export function daysUntilDeadline(year: number, level: Level, today: Date): number {
  const d = deadlineOf(year, level);
  const due = Date.UTC(d.year, d.month - 1, d.day);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((due - now) / DAY_MS);
}

export const deadline: Rule<'deadline'> = {
  id: 'deadline',
  name: '公布期限',
  severity: 'info',
  needs: { today: true },
  // once finalised, the days to the deadline are no longer news
  draftOnly: true,
  help:
    '提示距年报公布期限还有多少天，或已逾期多少天。依据《中华人民共和国政府信息公开条例》第四十九条，' +
    '县级以上人民政府部门应于每年 1 月 31 日前公布本部门上一年度的年报，县级以上地方人民政府的政务公开工作主管部门' +
    '应于每年 3 月 31 日前公布本级政府上一年度的年报。年报在期限内公布是条例规定的义务。',
  check: (ctx) => [deadlineFinding(ctx.report, ctx.today!, severityOf(deadline, ctx))],
};

function deadlineFinding(r: Report, today: Date, severity: Finding['severity']): Finding {
  const d = deadlineOf(r.year, r.level);
  const days = daysUntilDeadline(r.year, r.level, today);
  const due = `${d.year}年${d.month}月${d.day}日`;
  const who = LEVEL_LABELS[r.level].replace(/（.*$/, '');
  const message =
    days > 0
      ? `${who}年报应于${due}前公布，还有 ${days} 天`
      : days === 0
        ? `${who}年报应于今天（${due}）公布`
        : `${who}年报应于${due}前公布，已逾期 ${-days} 天，请尽快公布`;
  return { rule: 'deadline', severity, message };
}
