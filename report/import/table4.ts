// Table 四, read from rows of cell texts: its fifteen values in order after the
// header rows, from one data row or several (a wrapped copy, one cell per line).
import { TABLE4_GROUPS, TABLE4_OUTCOMES } from '../format';
import type { Report } from '../report';
import { fitCells, nonEmpty, readValue, valueLike } from './cells';
import { isHeader, labelKey, T4_HEADERS } from './labels';
import { AMBIGUOUS_NOTE, isBlankCell, shortNote, type Rows } from './rows';
import type { ImportProblem } from './types';

export function readTable4(rows: Rows, report: Report, problems: ImportProblem[]): void {
  // data rows hold values; a row of text only (a header written differently) is not one
  const isData = (r: string[]) => r.some((c) => c.trim() !== '' && valueLike(c)) && !r.some((c) => isHeader(labelKey(c), T4_HEADERS));
  let first = rows.findIndex(isData);
  if (first < 0) return; // a header-only table is blank, which the rules report
  // lone blank cells (one cell per line) hold their places among the values, also just before them
  while (first > 0 && isBlankCell(rows[first - 1])) first--;
  // the table ends at the first row of other words: an extra table after it (信息处理费收取情况) is no part of it
  const foreign = (r: string[]) => r.some((c) => c.trim() !== '' && !valueLike(c) && !isHeader(labelKey(c), T4_HEADERS));
  let end = rows.findIndex((r, i) => i > first && foreign(r));
  if (end < 0) end = rows.length;
  else if (rows.slice(end).some((r) => r.some((c) => c.trim() !== '' && valueLike(c) && /\d/.test(c))))
    problems.push({ table: 'table4', message: `表四之后另有表格或数字（从“${rows[end].filter((c) => c.trim()).join(' ').slice(0, 30)}”起），不属于表二、表三、表四，未导入` });
  const data = rows.slice(first, end).filter((r) => isData(r) || isBlankCell(r));
  const width = TABLE4_GROUPS.length * TABLE4_OUTCOMES.length;
  // several data lines (a wrapped copy): drop each line's trailing tabs before joining them
  const trim = (r: string[]) => r.slice(0, r.map((c) => c.trim() !== '').lastIndexOf(true) + 1);
  const cells = data.length === 1 ? data[0] : data.flatMap((r) => (isBlankCell(r) ? [''] : trim(r)));
  const fit = fitCells(cells, width);
  if (fit.note === 'long') {
    problems.push({ table: 'table4', message: `表四的数值个数不对（${nonEmpty(fit.cells)} 个，应有 ${width} 个），表四按空白处理` });
    return;
  }
  if (fit.note === 'short') problems.push({ table: 'table4', message: `表四${shortNote(width, nonEmpty(fit.cells))}` });
  if (fit.note === 'ambiguous') problems.push({ table: 'table4', message: `表四的数值${AMBIGUOUS_NOTE}` });
  TABLE4_GROUPS.forEach((g, gi) => {
    report.table4[g.key] = TABLE4_OUTCOMES.map((_, c) =>
      readValue(fit.cells[gi * TABLE4_OUTCOMES.length + c], 'count', { table: 'table4', row: g.key, col: c }, problems),
    ) as Report['table4'][typeof g.key];
  });
}
