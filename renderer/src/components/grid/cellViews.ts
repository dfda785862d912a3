// What each value cell shows: its text, style classes, hover text and last year's value.
// Pure, so the grid recomputes it only when the data changes, never on selection.
import type { Report } from '../../../../report/report';
import { getCell } from '../../../../report/report';
import type { Finding } from '../../../../report/rules/types';
import { computedSumOf } from '../../../../report/sums';
import { cellKey, type TableLayout } from './layout';
import { cellMarks } from './marks';
import { sumOf } from './totals';

export interface CellView {
  text: string;
  cls: string[];
  title: string;
  /** last year's value as text ('' for blank), or null when not shown */
  prev: string | null;
}

export interface CellViewInput {
  layout: TableLayout;
  report: Report;
  findings: readonly Finding[];
  previous?: Report | null;
  showPrevious?: boolean;
  autoTotals?: boolean;
}

export const fmt = (v: number | null | undefined): string => (v === null || v === undefined ? '' : String(v));

export function cellViews(p: CellViewInput): Map<string, CellView> {
  const marks = cellMarks(p.findings, p.layout.table, p.report.explanations);
  const out = new Map<string, CellView>();
  for (const row of p.layout.nav)
    for (const n of row.cells) {
      const key = cellKey(n.address);
      const stored = getCell(p.report, n.address) ?? null;
      const cls: string[] = [];
      const title: string[] = [];
      let text = fmt(stored);
      const def = computedSumOf(n.address);
      if (def) {
        cls.push('total');
        if (p.autoTotals) {
          cls.push('auto');
          const sum = sumOf(p.report, def.addends);
          // a blank total shows its sum, marked as not yet stored
          if (stored === null && sum !== null) {
            text = fmt(sum);
            cls.push('hint');
            title.push(`自动计算：${sum}（尚未填入）`);
          }
        }
      }
      const m = marks.get(key);
      if (m?.level) cls.push(`mark-${m.level}`);
      if (m?.partLevel) cls.push(`part-${m.partLevel}`);
      if (m) title.push(...m.messages);
      let prev: string | null = null;
      if (p.showPrevious && p.previous) {
        prev = fmt(getCell(p.previous, n.address));
        title.push(`上年：${prev === '' ? '空白' : prev}`);
      }
      out.set(key, { text, cls, title: title.join('\n'), prev });
    }
  return out;
}
