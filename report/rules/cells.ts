// cell.invalid and cell.missing: one finding per cell of the three tables.
import { allCells, cellName } from '../format';
import type { Report } from '../report';
import type { Finding } from './types';
import { invalidReason, kindOf, valueAt } from './values';

// the 199 addresses never change; build them once
const CELLS = allCells().map((a) => ({ a, kind: kindOf(a) }));

export function cellRules(r: Report, final: boolean): Finding[] {
  const out: Finding[] = [];
  for (const { a, kind } of CELLS) {
    const v = valueAt(r, a);
    if (v === null || v === undefined) {
      out.push({
        rule: 'cell.missing',
        // a blank is a defect of a published report, but normal while drafting
        severity: final ? 'error' : 'warning',
        ...a,
        message: `${cellName(a)}未填写；没有发生的请填 0（空白不等于 0）`,
        cells: [a],
      });
      continue;
    }
    const why = invalidReason(v, kind);
    if (why !== undefined) {
      out.push({ rule: 'cell.invalid', severity: 'error', ...a, actual: v, message: `${cellName(a)}：${why}`, cells: [a] });
    }
  }
  return out;
}
