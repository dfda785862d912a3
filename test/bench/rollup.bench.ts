// rollup_compile_ms: compile 200 units' reports (tables 二, 三, 四 cell by cell, with
// provenance), as the office's compiled report does each time it is opened.
// rollup_check_ms: the set rules (rollup.sum and rollup.copied-text) over the same 200.
import { compileTables, compiledReport, type RollupUnit } from '../../report/rollup/sum';
import { checkRollup } from '../../report/rollup/rules';
import { withCell } from '../../report/report';
import { randomConsistentReport } from '../fixtures/rules/randomReport';
import { medianMs } from './median';

export default async () => {
  const units: RollupUnit[] = Array.from({ length: 200 }, (_, i) => {
    let r = { ...randomConsistentReport(i + 1), unit: `单位${i}` };
    r.parts = { overview: `${r.parts.overview}本单位第${i}号。`, problems: `${r.parts.problems}第${i}项问题。`, other: r.parts.other };
    if (i % 17 === 0) r = withCell(r, { table: 'table3', row: '3.1', col: 0 }, null); // some blanks
    return { id: String(i), name: r.unit, report: i % 50 === 49 ? null : r };
  });
  const compile = await medianMs(() => compileTables(units), 50, 5);
  const gov = compiledReport({ unit: '某市人民政府', year: 2023, level: 'government' }, compileTables(units));
  const check = await medianMs(() => checkRollup(gov, units), 10, 2);
  return { rollup_compile_ms: compile, rollup_check_ms: check };
};
