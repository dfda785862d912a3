// The contract of TableGrid (one of the three tables).
import type { CellAddress } from '../../../../report/format';
import type { Report } from '../../../../report/report';
import type { Finding } from '../../../../report/rules/types';
import type { CellChange } from './paste';

export interface GridProps {
  report: Report;
  findings: Finding[];
  previous?: Report | null;
  showPrevious?: boolean;
  readonly?: boolean;
  autoTotals?: boolean;
}

export interface GridEmits {
  /** one event per user action (a typed cell, a Delete, a paste): one undo step */
  (e: 'edit', changes: CellChange[]): void;
  /** Chinese message; nothing was changed */
  (e: 'reject', message: string): void;
  (e: 'select', address: CellAddress | null): void;
}

export interface GridExposed {
  focusCell(address: CellAddress): void;
  /** the selected cells: the range, or the one selected cell */
  selection(): CellAddress[];
}

export const GRID_DEFAULTS = {
  previous: null,
  showPrevious: false,
  readonly: false,
  autoTotals: true,
} as const;

/** What the grid says when a 定稿 report is touched. */
export const READONLY_MESSAGE = '报告已定稿，不能修改。如需修改，请点右上角“重新打开”。';
