// Property: a report built to satisfy the arithmetic has no arithmetic finding,
// and changing any single cell of table 三 by ±1 always yields a finding.
import { describe, expect, it } from 'vitest';
import { TABLE3_ROW_KEYS, TABLE3_WIDTH } from '../../report/format';
import { withCell } from '../../report/report';
import { validateReport, type RuleId } from '../../report/rules/index';
import { randomConsistentReport } from '../fixtures/rules/randomReport';

const ARITHMETIC: RuleId[] = ['table3.row-total', 'table3.outcome-total', 'table3.balance', 'table4.group-total'];
const SEEDS = [1, 7, 42, 2024, 99991];

describe.each(SEEDS)('random consistent report (seed %i)', (seed) => {
  const report = randomConsistentReport(seed);

  it('has no arithmetic finding and no invalid or missing cell', () => {
    const found = validateReport(report, { final: true });
    expect(found.filter((f) => ARITHMETIC.includes(f.rule) || f.rule.startsWith('cell.'))).toEqual([]);
  });

  it('any one of the 175 cells of table 三 changed by ±1 yields a finding at that row or column', () => {
    let tried = 0;
    for (const row of TABLE3_ROW_KEYS) {
      for (let col = 0; col < TABLE3_WIDTH; col++) {
        for (const delta of [1, -1]) {
          const v = report.table3[row][col]!;
          const changed = withCell(report, { table: 'table3', row, col }, v + delta);
          const found = validateReport(changed, { final: true }).filter((f) => f.severity === 'error');
          // the finding is about this cell: its row, its column, or the cell itself (−1 from 0)
          const related = found.filter((f) => f.table === 'table3' && (f.row === row || f.col === col));
          if (related.length === 0) throw new Error(`no finding for ${row}/${col} ${delta > 0 ? '+1' : '−1'}`);
          tried++;
        }
      }
    }
    expect(tried).toBe(175 * 2);
  });
});
