// deadline (info): days left until publication is due, or days overdue.
import { LEVEL_LABELS, deadlineOf } from '../format';
import type { Report } from '../report';
import type { Finding } from './types';

const DAY_MS = 86_400_000;

/** Whole calendar days from `today` (its local date) to the report's deadline; negative when overdue. */
export function daysUntilDeadline(r: Report, today: Date): number {
  const d = deadlineOf(r.year, r.level);
  const due = Date.UTC(d.year, d.month - 1, d.day);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((due - now) / DAY_MS);
}

export function deadlineRule(r: Report, today: Date): Finding {
  const d = deadlineOf(r.year, r.level);
  const days = daysUntilDeadline(r, today);
  const due = `${d.year}年${d.month}月${d.day}日`;
  const who = LEVEL_LABELS[r.level].replace(/（.*$/, '');
  const message =
    days > 0
      ? `${who}年报应于 ${due} 前公布，还有 ${days} 天`
      : days === 0
        ? `${who}年报应于今天（${due}）公布`
        : `${who}年报应于 ${due} 前公布，已逾期 ${-days} 天，请尽快公布`;
  return { rule: 'deadline', severity: 'info', message };
}
