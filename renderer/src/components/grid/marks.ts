// Which cells the findings mark, how strongly, and with which messages.
import type { CellAddress, TableKey } from '../../../../report/format';
import type { Finding } from '../../../../report/rules/types';
import { cellKey } from './layout';

/** error red, warning amber, missing blue (a blank while drafting), info grey */
export type MarkLevel = 'error' | 'warning' | 'missing' | 'info';

export interface CellMark {
  /** the strongest finding about this cell itself (the cell to change) */
  level: MarkLevel | null;
  /** the strongest finding this cell only takes part in (an addend of a wrong sum) */
  partLevel: MarkLevel | null;
  messages: string[];
}

const RANK: Record<MarkLevel, number> = { error: 4, warning: 3, missing: 2, info: 1 };

function levelOf(f: Finding): MarkLevel {
  if (f.severity === 'error') return 'error';
  if (f.rule === 'cell.missing') return 'missing';
  return f.severity === 'warning' ? 'warning' : 'info';
}

const stronger = (a: MarkLevel | null, b: MarkLevel): MarkLevel => (a && RANK[a] >= RANK[b] ? a : b);

/** Marks of the cells of one table, keyed by cellKey. */
export function cellMarks(findings: readonly Finding[], table: TableKey): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  const get = (a: CellAddress) => {
    const k = cellKey(a);
    let m = marks.get(k);
    if (!m) marks.set(k, (m = { level: null, partLevel: null, messages: [] }));
    return m;
  };
  for (const f of findings) {
    const level = levelOf(f);
    let own: string | null = null;
    if (f.table === table && f.row !== undefined) {
      const address = { table, row: f.row, ...(f.col !== undefined ? { col: f.col } : {}) };
      own = cellKey(address);
      const m = get(address);
      m.level = stronger(m.level, level);
      m.messages.push(f.message);
    }
    for (const a of f.cells ?? []) {
      if (a.table !== table || cellKey(a) === own) continue;
      const m = get(a);
      m.partLevel = stronger(m.partLevel, level);
      if (!m.messages.includes(f.message)) m.messages.push(f.message);
    }
  }
  return marks;
}
