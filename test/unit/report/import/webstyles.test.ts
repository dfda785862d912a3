// Whole reports in the shapes real web pages give when their tables are
// flattened (seen in test/fixtures/real): | between cells, | a | b | rows,
// one cell per line ending in |, or every cell alone between blank lines.
// The real copies are cut short; these carry all three tables and the closing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTS, type PartKey } from '../../../../report/format';
import { AMBIGUOUS_NOTE } from '../../../../report/import/rows';
import { importText } from '../../../../report/import/txt';
import type { Report } from '../../../../report/report';
import { randomReport, reportToText } from './import-helpers';

type Style = 'pipes' | 'markdown' | 'cellPerLine' | 'cellPerLineRows' | 'blankLines';

/**
 * A page has one cell for a merged label, so a one-cell-per-line copy has no
 * line for the label columns a tab copy leaves empty: only value cells can be
 * blank (a lone |). Values are the row's last 7 (table 三), 3 or 1 (table 二), or all (table 四).
 */
function cellPerLine(cells: string[], part: PartKey | undefined): string[] {
  const lastLabel = cells.map((c) => c !== '' && !/^[\d.]+$/.test(c)).lastIndexOf(true);
  const labels = cells.slice(0, lastLabel + 1).filter(Boolean);
  let vals = cells.slice(lastLabel + 1);
  const width = part === 'table3' ? 7 : part === 'table4' ? 15 : /规章|规范性文件/.test(labels.join('')) ? 3 : 1;
  if (vals.every((c) => c === '') && (lastLabel >= 0 || part !== 'table4')) vals = [];
  while (vals.length > width && vals[0] === '') vals.shift();
  while (vals.length > width && vals[vals.length - 1] === '') vals.pop();
  return [...labels.map((c) => `${c} |`), ...vals.map((c) => (c ? `${c} |` : '|'))];
}

/** Rewrite the table lines of a tab-separated copy in one web style; narrative lines stay. */
export function restyle(text: string, style: Style): string {
  const out: string[] = [];
  let inTable = false;
  let current: PartKey | undefined;
  for (const line of text.split('\n')) {
    const part = PARTS.find((p) => p.heading === line.trim());
    if (part) [inTable, current] = [part.kind === 'table', part.key];
    if (part || !inTable || line.trim() === '') {
      out.push(line);
      continue;
    }
    const cells = line.split('\t').map((c) => c.trim());
    if (style === 'pipes') out.push(cells.join(' | ') + ' |');
    else if (style === 'markdown') out.push('| ' + cells.join(' | ') + ' |');
    else if (style === 'cellPerLine') out.push(...cellPerLine(cells, part ?? current));
    // as 汉阳区's page: a lone | also starts every row
    else if (style === 'cellPerLineRows') out.push('|', ...cellPerLine(cells, part ?? current));
    else for (const c of cells.filter(Boolean)) out.push(c, '');
  }
  return out.join('\n');
}

/** Blank cells vanish in the blank-line style (nothing marks them): give every cell a value. */
function filled(seed: number): Report {
  const r = randomReport(seed);
  let n = 0;
  const f = (c: number | null) => c ?? n++ % 7;
  r.table2.rules = r.table2.rules.map(f) as Report['table2']['rules'];
  r.table2.normativeDocuments = r.table2.normativeDocuments.map(f) as Report['table2']['rules'];
  r.table2.licensing = f(r.table2.licensing);
  r.table2.penalty = f(r.table2.penalty);
  r.table2.coercion = f(r.table2.coercion);
  r.table2.feesWanYuan = f(r.table2.feesWanYuan);
  for (const k of Object.keys(r.table3)) r.table3[k] = r.table3[k].map(f) as Report['table3'][string];
  for (const k of ['review', 'litigationDirect', 'litigationAfterReview'] as const) r.table4[k] = r.table4[k].map(f) as Report['table4'][typeof k];
  return r;
}

const values = (r: Report) => ({ table2: r.table2, table3: r.table3, table4: r.table4 });
const text = (r: Report) => ({ unit: r.unit, year: r.year, preamble: r.preamble, parts: r.parts, closing: r.closing });

describe('a whole report flattened the way web pages flatten tables', () => {
  it.each(['pipes', 'markdown', 'cellPerLine', 'cellPerLineRows'] as const)('%s: every cell, blanks included, in its row and column', (style) => {
    for (const seed of [3, 11, 29, 41]) {
      const r = randomReport(seed);
      const tabs = reportToText(r);
      const { report, problems } = importText(restyle(tabs, style));
      expect(values(report), `seed ${seed}`).toEqual(values(r));
      expect(text(report), `seed ${seed}`).toEqual(text(importText(tabs).report));
      // no problem the tab-separated copy does not have too (a blank that could sit in two places);
      // one cell per line can have fewer: a lone | says where its blank is
      const tabProblems = importText(tabs).problems.map((p) => p.message);
      // (with a | before every row too, a leading | of table 四's values may be that row's: said, and read as the values fit)
      const allowed = style === 'cellPerLineRows' ? [...tabProblems, `表四的数值${AMBIGUOUS_NOTE}`] : tabProblems;
      for (const p of problems) expect(allowed, `seed ${seed}`).toContain(p.message);
    }
  });

  it('blankLines: every cell alone between blank lines', () => {
    for (const seed of [5, 17, 23]) {
      const r = filled(seed);
      const { report, problems } = importText(restyle(reportToText(r), 'blankLines'));
      expect(values(report), `seed ${seed}`).toEqual(values(r));
      expect(problems, `seed ${seed}`).toEqual([]);
    }
  });

  it('the seed in the | style reads as the seed does', () => {
    const seed = readFileSync(path.resolve(__dirname, '../../../fixtures/shared/seeds/000_68281a0ece325528.txt'), 'utf8');
    const plain = importText(seed).report;
    for (const style of ['pipes', 'markdown', 'cellPerLine', 'cellPerLineRows'] as const) {
      const { report } = importText(restyle(seed, style));
      expect(values(report), style).toEqual(values(plain));
      expect(text(report), style).toEqual(text(plain));
    }
  });
});
