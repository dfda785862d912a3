// consistency.text-vs-table: a figure stated in the narrative that the tables contradict.
import {
  T2_ISSUED,
  T3_CARRIED_IN,
  T3_NEW,
  TABLE3_TOTAL_COL,
  TABLE4_TOTAL_COL,
  cellName,
  partDef,
  type CellAddress,
} from '../format';
import type { Report } from '../report';
import { statementsOf, type Subject } from './statements';
import { memoByParts } from './textMemo';
import type { Finding } from './types';
import { at, usable } from './values';

/** The cells a subject is compared with; the first is where the finding is placed. */
const CELLS_OF: Record<Subject, CellAddress[]> = {
  received: [at('table3', T3_NEW, TABLE3_TOTAL_COL)],
  carriedIn: [at('table3', T3_CARRIED_IN, TABLE3_TOTAL_COL)],
  review: [at('table4', 'review', TABLE4_TOTAL_COL)],
  // "行政诉讼N件" counts both kinds of litigation
  litigation: [at('table4', 'litigationDirect', TABLE4_TOTAL_COL), at('table4', 'litigationAfterReview', TABLE4_TOTAL_COL)],
  licensing: [at('table2', 'licensing')],
  penalty: [at('table2', 'penalty')],
  normative: [at('table2', 'normativeDocuments', T2_ISSUED)],
};

const statements = memoByParts(statementsOf);

export function textVsTableRule(r: Report): Finding[] {
  const out: Finding[] = [];
  const done = new Set<Subject>();
  for (const s of statements(r)) {
    if (done.has(s.subject)) continue; // one finding per place: the first contradiction
    if (s.year !== undefined && s.year !== r.year) continue; // a figure of another year
    const cells = CELLS_OF[s.subject];
    let actual = 0;
    let blank = false;
    for (const a of cells) {
      const v = usable(r, a);
      if (v === undefined) blank = true;
      else actual += v;
    }
    if (blank || actual === s.stated) continue;
    done.add(s.subject);
    const where = cells.length === 1 ? cellName(cells[0]) : cells.map(cellName).join('与') + '之和';
    out.push({
      rule: 'consistency.text-vs-table',
      severity: 'warning',
      ...cells[0],
      part: s.part,
      expected: s.stated,
      actual,
      message: `“${partDef(s.part).heading}”中写“${s.quote}”，但${where}为 ${actual}；请改正文字或表格，使两者一致`,
      cells,
    });
  }
  return out;
}
