// validate_ms: all rules on the seed report (table 四 completed) with a previous
// year, as the page runs them on each keystroke in a table cell.
// validate_text_edit_ms: the same while the narrative is being typed (no text cache hit).
import { validateReport } from '../../report/rules/index';
import type { Report } from '../../report/report';
import { completeReport } from '../fixtures/rules/reports';
import { medianMs } from './median';

const BATCH = 50;

function previousYearOf(r: Report): Report {
  const p = structuredClone(r);
  p.year = r.year - 1;
  p.title = undefined;
  for (const k of ['overview', 'problems', 'other'] as const) {
    // last year's text: the same structure, years shifted, about a third of the sentences reworded
    p.parts[k] = p.parts[k].replaceAll('2023', '2022').replace(/。/g, (m, i: number) => (i % 3 === 0 ? '，已完成。' : m));
  }
  p.table3['4'] = [0, 0, 0, 0, 0, 0, 0];
  return p;
}

export default async () => {
  const report = completeReport();
  const previous = previousYearOf(report);
  const today = new Date(2024, 0, 10);
  const steady = await medianMs(() => {
    for (let i = 0; i < BATCH; i++) validateReport(report, { previous, today });
  });
  // each run a different report object whose part 一 differs by one character
  const edits = Array.from({ length: BATCH }, (_, i) => {
    const r = structuredClone(report);
    r.parts.overview += String(i);
    return r;
  });
  const typing = await medianMs(() => {
    for (const r of edits) {
      r.parts.overview = r.parts.overview.slice(0, -1) + String(Math.random()).slice(-1);
      validateReport(r, { previous, today });
    }
  });
  return { validate_ms: steady / BATCH, validate_text_edit_ms: typing / BATCH };
};
