// Tables 二 and 四, and what is common to all three tables, read from rows of cell texts (tab-split lines of copied
// text, or the rows of a Word table). Rows are found by their labels, never by
// position; a row that is not found, or a cell that is not a number, becomes a
// problem naming its place.
import { TABLE2_ROWS, TABLE4_GROUPS, TABLE4_OUTCOMES, type Table2Key } from '../format';
import type { Cell, Report, Triple } from '../report';
import { fitCells, nonEmpty, readValue, valueLike } from './cells';
import { isHeader, labelKey, OLD_2019_MARKS, T2_HEADERS, T3_HEADERS, T4_HEADERS, table2RowOf, table3LabelOf } from './labels';
import { ImportError, type ImportProblem } from './types';

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

/** A row that is one empty cell: a lone | line of a one-cell-per-line web copy, a blank value. */
const blankCell = (row: readonly string[]) => row.length === 1 && row[0].trim() === '';

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
    if ((onlyValues || blankCell(row)) && open) {
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

const table2Label = (row: string[]) => {
  const at = row.findIndex((c) => c.trim() !== '');
  const def = at >= 0 ? table2RowOf(row[at]) : undefined;
  return def && { at, width: def.width };
};

/** 本年收费金额（单位：元）: an office that changed the unit of the fee column. */
const FEE_IN_YUAN = /收费金额.*单位[:：]?元/;

export function readTable2(rows: Rows, report: Report, problems: ImportProblem[]): void {
  const seen = new Set<Table2Key>();
  const inYuan = rows.some((r) => r.some((c) => FEE_IN_YUAN.test(c.replace(/\s+/g, ''))));
  for (const row of reflowValues(rows, table2Label)) {
    const i = row.findIndex((c) => c.trim() !== '');
    const def = i < 0 ? undefined : table2RowOf(row[i]);
    if (!def) continue;
    if (seen.has(def.key)) {
      problems.push({ table: 'table2', row: def.key, message: `表二“${def.label}”行出现了不止一次，已采用第一次的数值` });
      continue;
    }
    seen.add(def.key);
    const fit = fitCells(row.slice(i + 1), def.width);
    if (fit.note === 'long') {
      problems.push({ table: 'table2', row: def.key, message: `表二“${def.label}”行的数值个数不对（${nonEmpty(fit.cells)} 个，应有 ${def.width} 个），该行按空白处理` });
      continue;
    }
    if (fit.note === 'short') problems.push({ table: 'table2', row: def.key, message: `表二“${def.label}”行${shortNote(def.width, nonEmpty(fit.cells))}` });
    if (fit.note === 'ambiguous') problems.push({ table: 'table2', row: def.key, message: `表二“${def.label}”行${AMBIGUOUS_NOTE}` });
    if (def.width === 3) {
      report.table2[def.key] = [0, 1, 2].map((c) => readValue(fit.cells[c], def.kind, { table: 'table2', row: def.key, col: c }, problems)) as Triple & Cell;
    } else {
      let v = readValue(fit.cells[0], def.kind, { table: 'table2', row: def.key }, problems);
      if (inYuan && def.kind === 'amount' && v !== null && !/元/.test(fit.cells[0])) {
        const wan = Math.round((v / 10000) * 10000) / 10000;
        problems.push({ table: 'table2', row: def.key, message: `表二的收费金额写明单位为“元”，${v} 元已换算为 ${wan} 万元，请核对` });
        v = wan;
      }
      (report.table2 as Record<string, unknown>)[def.key] = v;
    }
  }
  for (const r of TABLE2_ROWS)
    if (!seen.has(r.key)) problems.push({ table: 'table2', row: r.key, message: `表二中没有找到“${r.label}”行，该行按空白处理` });
}

export function readTable4(rows: Rows, report: Report, problems: ImportProblem[]): void {
  // data rows hold values; a row of text only (a header written differently) is not one
  const isData = (r: string[]) => r.some((c) => c.trim() !== '' && valueLike(c)) && !r.some((c) => isHeader(labelKey(c), T4_HEADERS));
  let first = rows.findIndex(isData);
  if (first < 0) return; // a header-only table is blank, which the rules report
  // lone blank cells (one cell per line) hold their places among the values, also just before them
  while (first > 0 && blankCell(rows[first - 1])) first--;
  const data = rows.slice(first).filter((r) => isData(r) || blankCell(r));
  const width = TABLE4_GROUPS.length * TABLE4_OUTCOMES.length;
  // several data lines (a wrapped copy): drop each line's trailing tabs before joining them
  const trim = (r: string[]) => r.slice(0, r.map((c) => c.trim() !== '').lastIndexOf(true) + 1);
  const cells = data.length === 1 ? data[0] : data.flatMap((r) => (blankCell(r) ? [''] : trim(r)));
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
