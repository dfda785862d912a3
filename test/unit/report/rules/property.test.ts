// Property: a report built to satisfy the arithmetic has no arithmetic finding,
// and changing any single cell of table 三 by ±1 always yields a finding.
import { describe, expect, it } from 'vitest';
import { TABLE3_ROW_KEYS, TABLE3_WIDTH, allCells } from '../../../../report/format';
import { withCell } from '../../../../report/report';
import { validateReport, type RuleId } from '../../../../report/rules/index';
import { randomConsistentReport, rng } from '../../../fixtures/rules/randomReport';

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

describe('one finding per place, and no side effects', () => {
  it('random damage never gives two findings of one rule at one place', () => {
    const cells = allCells();
    for (const seed of SEEDS) {
      const rand = rng(seed);
      let r = randomConsistentReport(seed);
      // up to 12 random cells set to random values, blanks or invalid numbers
      for (let i = 0; i < 12; i++) {
        const a = cells[Math.floor(rand() * cells.length)];
        const pick = rand();
        r = withCell(r, a, pick < 0.15 ? null : pick < 0.25 ? -2 : pick < 0.3 ? 1.5 : Math.floor(rand() * 30));
      }
      const previous = randomConsistentReport(seed + 1);
      const before = JSON.stringify(r);
      const found = validateReport(r, { previous, final: rand() < 0.5, today: new Date(2024, 0, 1) });
      expect(JSON.stringify(r)).toBe(before);
      const keys = found.map((f) => [f.rule, f.table, f.row, f.col, f.part].join('|'));
      expect(new Set(keys).size).toBe(keys.length);
      for (const f of found) {
        expect(f.message).toMatch(/[\u4e00-\u9fff]/);
        if (f.table) expect(f.cells ?? []).toContainEqual(f.col === undefined ? { table: f.table, row: f.row } : { table: f.table, row: f.row, col: f.col });
      }
    }
  });
});
