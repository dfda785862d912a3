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

export function cellViews(p: CellViewInput, reuse?: Map<string, CellView>): Map<string, CellView> {
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
      const view = { text, cls, title: title.join('\n'), prev };
      const old = reuse?.get(key);
      out.set(key, old && sameView(old, view) ? old : view);
    }
  return out;
}

const sameView = (a: CellView, b: CellView) =>
  a.text === b.text && a.title === b.title && a.prev === b.prev && a.cls.length === b.cls.length && a.cls.every((c, i) => c === b.cls[i]);

/** what a table's views are made of, besides the findings about it */
const inputsOf = (p: CellViewInput): unknown[] => {
  const t = p.layout.table;
  return [p.layout, p.report.edition, p.report[t], p.report.explanations, p.previous, p.showPrevious, p.autoTotals];
};

/**
 * cellViews for one grid across edits: the same Map while nothing of its table changed (an edit in
 * another table, findings elsewhere), and within a new Map the same view object for each unchanged
 * cell, so the grid's rows redraw only where something shows differently. Relies on the report being
 * copied on write (renderer/src/withCells.ts) and on findings kept as the same objects when equal
 * (stores/findings.ts): anything else is only a missed reuse, never a stale view.
 */
export function createCellViews(): (p: CellViewInput) => Map<string, CellView> {
  let last: { inputs: unknown[]; findings: readonly Finding[]; views: Map<string, CellView> } | null = null;
  return (p) => {
    const t = p.layout.table;
    const inputs = inputsOf(p);
    const findings = p.findings.filter((f) => f.table === t || f.cells?.some((a) => a.table === t));
    if (last && inputs.every((x, i) => x === last!.inputs[i]) && findings.length === last.findings.length && findings.every((f, i) => f === last!.findings[i])) return last.views;
    const views = cellViews({ ...p, findings }, last?.views);
    last = { inputs, findings, views };
    return views;
  };
}
