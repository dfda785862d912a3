// Days left to publish (条例第四十九条): 31 Jan (department) or 31 Mar (government) of year+1.
import { deadlineOf, type Level } from '../../report/format';
import { daysUntilDeadline } from '../../report/rules/deadline';

export function deadlineText(year: number, level: Level): string {
  const d = deadlineOf(year, level);
  return `${d.year}年${d.month}月${d.day}日前`;
}

/** whole days from today until the deadline day (0 = today is the last day; negative = overdue): the deadline rule's count */
export const daysLeft = daysUntilDeadline;

/** What the user reads beside the deadline: 剩余 N 天 / 今天截止 / 已逾期 N 天, and how loudly. */
export function deadlineStatus(year: number, level: Level, today: Date): { text: string; tone: 'danger' | 'warning' | 'info' } {
  const n = daysLeft(year, level, today);
  if (n < 0) return { text: `已逾期 ${-n} 天`, tone: 'danger' };
  if (n === 0) return { text: '今天截止', tone: 'danger' };
  return { text: `剩余 ${n} 天`, tone: n <= 15 ? 'warning' : 'info' };
}

/** a day as stored (2023-01-20) as the page writes it: 2023年1月20日 */
export const dayText = (d: string): string => d.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, '$1年$2月$3日');
