// Rows of cell texts, as the three tables are read from them: lines of copied
// text split into cells (tabs, pipes, or the spaces before a PDF copy's
// numbers), which table a block of rows is, and values a copy put on lines of
// their own rejoined with their row. Shared by table2.ts, table3.ts, table4.ts.
import { TABLE4_OUTCOMES } from '../format';
import { asciiDigits } from '../text';
import { valueLike } from './cells';
import { isHeader, labelKey, OLD_2019_MARKS, T2_HEADERS, T3_HEADERS, T4_HEADERS, table2RowOf, table3LabelOf } from './labels';
import { ImportError } from './types';

export type Rows = string[][];
export type TableKind = 'table2' | 'table3' | 'table4';

export const OLD_FORMAT_MESSAGE =
  '这是 2019 年版格式的报告（表二有“本年新制作数量”“本年新公开数量”等列），本程序只支持 2021 年版格式（国办公开办函〔2021〕30号），无法导入';

/** Which table a block of rows is, by the labels it contains; refuses the 2019 format. */
export function classifyRows(rows: Rows): TableKind | undefined {
  const score = { table2: 0, table3: 0, table4: 0 };
  for (const row of rows)
    for (const c of row) {
      if (valueLike(c)) continue; // numbers are never labels: skip the costly key
      const k = labelKey(c);
      if (OLD_2019_MARKS.some((m) => k.includes(m))) throw new ImportError(OLD_FORMAT_MESSAGE);
      if (table2RowOf(c) || T2_HEADERS.has(k) || k.startsWith('第二十条')) score.table2++;
      else if (table3LabelOf(c) || (isHeader(k, T3_HEADERS) && k !== labelKey(TABLE4_OUTCOMES[4]))) score.table3++;
      else if (isHeader(k, T4_HEADERS)) score.table4++;
    }
  const best = (Object.keys(score) as TableKind[]).sort((a, b) => score[b] - score[a])[0];
  return score[best] >= 2 ? best : undefined;
}

export const AMBIGUOUS_NOTE = '前后都有空单元格，无法确定空白属于哪一列，已按末尾为空读入，请核对';

export function shortNote(n: number, got: number): string {
  return `只读到 ${got} 个数值（应有 ${n} 个），已从左到右填入，其余按空白处理，请核对`;
}

/** A line that is a single empty cell (a lone |): a blank value in a one-cell-per-line copy. */
export const isBlankCell = (row: readonly string[]) => row.length === 1 && row[0].trim() === '';

/**
 * Copies out of PDFs and web pages put each cell on its own line: a line of
 * values only (or a lone blank cell) is appended to the labelled row above it
 * while that row still lacks values.
 */
export function reflowValues(rows: Rows, labelled: (row: string[]) => { at: number; width: number } | undefined): Rows {
  const out: Rows = [];
  let open: { at: number; width: number; cells: string[] } | undefined; // the labelled row still being filled
  for (const row of rows) {
    const values = row.filter((c) => c.trim() !== '');
    const onlyValues = values.length > 0 && values.every(valueLike);
    if ((onlyValues || isBlankCell(row)) && open) {
      const add = onlyValues ? values : [''];
      if (open.cells.length + add.length <= open.width) {
        open.cells.push(...add);
        out[out.length - 1] = [...out[out.length - 1].slice(0, open.at + 1), ...open.cells];
        continue;
      }
    }
    out.push(row);
    const l = labelled(row);
    open = l && { ...l, cells: row.slice(l.at + 1).filter((c) => c.trim() !== '') };
  }
  return out;
}

/** One cell of a PDF copy's row: a number (full-width digits too), a dash, a slash or 无. */
const VALUE_TOKEN = /^(?:[+\-]?\d[\d,，.．]*|—|－|-|\/|／|无|不适用|N\/A|n\/a)$/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** A table row: cells split by tabs; a line without tabs (copied from a PDF) splits at the spaces before its numbers. */
export function splitRow(line: string, framed = false): string[] {
  if (line.includes('\t')) return line.split('\t');
  if (line.includes('|')) return framed ? splitPipes(line).slice(1) : splitPipes(line);
  if (line.length > 2000) return [line]; // a row of a table is never this long
  return splitSpaced(line) ?? [line];
}

/**
 * Labels then numbers, separated by spaces: the words, when the line ends in a
 * run of numbers; undefined when it does not. Read token by token from the end
 * (a single pattern for labels and numbers backtracked quadratically), and the
 * labels stay on one line, as they always did.
 */
function splitSpaced(line: string): string[] | undefined {
  const pieces = line.trim().split(/(\s+)/); // words at even places, the spaces between them at odd ones
  let first = pieces.length; // where the run of numbers at the end starts
  for (let i = pieces.length - 1; i >= 0 && VALUE_TOKEN.test(asciiDigits(pieces[i])); i -= 2) first = i;
  if (first === pieces.length) return undefined;
  for (let i = 1; i < first - 1; i += 2) if (LINE_BREAK.test(pieces[i])) return undefined;
  return pieces.filter((_, i) => i % 2 === 0);
}

/**
 * A web table flattened with | after each cell (a | b |, | a | b |, or one cell
 * per line: a |). Every | ends a cell, so a line of n bare pipes is n empty
 * cells: a lone | is one blank cell of a one-cell-per-line copy.
 */
function splitPipes(line: string): string[] {
  const cells = line.split('|').map((c) => c.trim());
  if (line.trimEnd().endsWith('|')) cells.pop();
  return cells;
}

/**
 * The lines of a table part as rows: | a | b | framed rows lose their first
 * pipe when every line starts with one; several bare pipes stand for merged
 * cells, no row; a lone | is one blank cell.
 */
export function rowsOfLines(lines: readonly string[]): Rows {
  const framed = lines.every((l) => /^\s*\|/.test(l) && !l.includes('\t'));
  return lines.map((l) => splitRow(l, framed)).filter((row) => row.some((c) => c.trim() !== '') || isBlankCell(row));
}
