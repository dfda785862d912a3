// 新建报告's choices: the agency last worked on, and a year the clerk can have meant.
import type { ReportSummary } from '../../electron/archive/types';

/** the agency of the report changed last (not in the trash); else the first agency */
export function lastWorkedAgency(reports: readonly ReportSummary[], agencies: readonly { id: number }[]): number | undefined {
  let last: ReportSummary | undefined;
  for (const r of reports) if (!r.deletedAt && (!last || r.updatedAt > last.updatedAt)) last = r;
  if (last && agencies.some((a) => a.id === last.agencyId)) return last.agencyId;
  return agencies[0]?.id;
}

/** the first year of the 条例's reports: 2008 */
export const FIRST_YEAR = 2008;

/** why the typed year is not one, in Chinese; undefined when it is */
export function yearProblem(text: string, today: Date): string | undefined {
  const t = text.trim();
  const last = today.getFullYear();
  const range = `${FIRST_YEAR}—${last}`;
  if (!t) return '请填写报告年度，如 ' + (last - 1);
  if (!/^\d+$/.test(t)) return `“${t}”不是年份，请填写四位数字，如 ${last - 1}`;
  const y = Number(t);
  if (t.length !== 4 || y < FIRST_YEAR || y > last) return `“${t}”不是可填报的年度，请填写 ${range} 之间的四位年份`;
  return undefined;
}
