// Which cells the findings mark, how strongly, and with which messages.
import { placeKey } from '../../../../report/fields';
import type { CellAddress, TableKey } from '../../../../report/format';
import type { Explanation } from '../../../../report/report';
import type { Finding } from '../../../../report/rules/types';
import { ruleLabel } from '../../ruleNames';
import { cellKey } from './layout';

/** error red, warning amber, missing blue (a blank while drafting), explained (a warning answered with a 审核说明) and info grey */
export type MarkLevel = 'error' | 'warning' | 'missing' | 'explained' | 'info';

export interface CellMark {
  /** the strongest finding about this cell itself (the cell to change) */
  level: MarkLevel | null;
  /** the strongest finding this cell only takes part in (an addend of a wrong sum) */
  partLevel: MarkLevel | null;
  messages: string[];
}

const RANK: Record<MarkLevel, number> = { error: 5, warning: 4, missing: 3, explained: 2, info: 1 };

function levelOf(f: Finding, explained: boolean): MarkLevel {
  if (f.severity === 'error') return 'error';
  if (ruleLabel(f.rule).toFill) return 'missing';
  if (f.severity === 'warning') return explained ? 'explained' : 'warning';
  return 'info';
}

const stronger = (a: MarkLevel | null, b: MarkLevel): MarkLevel => (a && RANK[a] >= RANK[b] ? a : b);

/** Marks of the cells of one table, keyed by cellKey. */
export function cellMarks(findings: readonly Finding[], table: TableKey, explanations: readonly Explanation[] = []): Map<string, CellMark> {
  // by the whole place, part included: one cell can carry the same rule's findings from two parts
  const answered = new Map(explanations.map((e) => [placeKey(e), e.text]));
  const marks = new Map<string, CellMark>();
  const get = (a: CellAddress) => {
    const k = cellKey(a);
    let m = marks.get(k);
    if (!m) marks.set(k, (m = { level: null, partLevel: null, messages: [] }));
    return m;
  };
  for (const f of findings) {
    const answer = f.severity === 'warning' ? answered.get(placeKey(f)) : undefined;
    const level = levelOf(f, answer !== undefined);
    const message = answer !== undefined ? `${f.message}（审核说明：${answer}）` : f.message;
    let own: string | null = null;
    if (f.table === table && f.row !== undefined) {
      const address = { table, row: f.row, ...(f.col !== undefined ? { col: f.col } : {}) };
      own = cellKey(address);
      const m = get(address);
      m.level = stronger(m.level, level);
      m.messages.push(message);
    }
    for (const a of f.cells ?? []) {
      if (a.table !== table || cellKey(a) === own) continue;
      const m = get(a);
      m.partLevel = stronger(m.partLevel, level);
      if (!m.messages.includes(message)) m.messages.push(message);
    }
  }
  return marks;
}
