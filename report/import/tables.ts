// The three tables, read from rows of cell texts (tab-split lines of copied
// text, or the rows of a Word table). Rows are found by their labels, never by
// position; a row that is not found, or a cell that is not a number, becomes a
// problem naming its place.
import {
  TABLE2,
  TABLE2_ROWS,
  TABLE3_APPLICANT,
  TABLE3_COLUMNS,
  TABLE3_CORNER,
  TABLE3_LEGAL,
  TABLE3_ROWS,
  TABLE3_WIDTH,
  TABLE4_GROUPS,
  TABLE4_LITIGATION,
  TABLE4_OUTCOMES,
  TABLE4_REVIEW,
  type Table2Key,
} from '../format';
import type { Cell, Report, Row7, Triple } from '../report';
import { fitCells, nonEmpty, readValue, valueLike } from './cells';
import { labelKey, OLD_2019_MARKS, SUBTOTAL_MARK, table2RowOf, table3LabelOf } from './labels';
import { ImportError, type ImportProblem } from './types';

export type Rows = string[][];
export type TableKind = 'table2' | 'table3' | 'table4';

const T3_HEADERS = new Set(
  [TABLE3_CORNER, TABLE3_APPLICANT, TABLE3_LEGAL, SUBTOTAL_MARK, ...TABLE3_COLUMNS.map((c) => c.label)].map(labelKey),
);
const T4_HEADERS = new Set(
  [TABLE4_REVIEW, TABLE4_LITIGATION, ...TABLE4_OUTCOMES, ...TABLE4_GROUPS.map((g) => g.label)].map(labelKey),
);
const T2_HEADERS = new Set(TABLE2.flatMap((b) => [b.article, ...b.headers]).map(labelKey));

/** A header cell, or several header cells run together (copied without tabs). */
const longestFirst = new Map<Set<string>, string[]>();
function isHeader(key: string, headers: Set<string>): boolean {
  if (!key) return false;
  if (headers.has(key)) return true;
  let sorted = longestFirst.get(headers);
  if (!sorted) longestFirst.set(headers, (sorted = [...headers].sort((a, b) => b.length - a.length)));
  let rest = key;
  for (const h of sorted) if (rest.includes(h)) rest = rest.split(h).join('');
  return rest === '';
}

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

const AMBIGUOUS_NOTE = '前后都有空单元格，无法确定空白属于哪一列，已按末尾为空读入，请核对';

function shortNote(n: number, got: number): string {
  return `只读到 ${got} 个数值（应有 ${n} 个），已从左到右填入，其余按空白处理，请核对`;
}

/**
 * Copies out of PDFs put each cell on its own line: a line of values only is
 * appended to the labelled row above it while that row still lacks values.
 */
export function reflowValues(rows: Rows, labelled: (row: string[]) => { at: number; width: number } | undefined): Rows {
  const out: Rows = [];
  for (const row of rows) {
    const values = row.filter((c) => c.trim() !== '');
    const prev = out[out.length - 1];
    const onlyValues = values.length > 0 && values.every(valueLike);
    if (onlyValues && prev) {
      const { at, width } = labelled(prev) ?? { at: -1, width: 0 };
      if (at >= 0 && nonEmpty(prev.slice(at + 1)) + values.length <= width) {
        out[out.length - 1] = [...prev.slice(0, at + 1), ...prev.slice(at + 1).filter((c) => c.trim() !== ''), ...values];
        continue;
      }
    }
    out.push(row);
  }
  return out;
}

const table2Label = (row: string[]) => {
  const at = row.findIndex((c) => c.trim() !== '');
  const def = at >= 0 ? table2RowOf(row[at]) : undefined;
  return def && { at, width: def.width };
};

export function readTable2(rows: Rows, report: Report, problems: ImportProblem[]): void {
  const seen = new Set<Table2Key>();
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
      (report.table2 as Record<string, unknown>)[def.key] = readValue(fit.cells[0], def.kind, { table: 'table2', row: def.key }, problems);
    }
  }
  for (const r of TABLE2_ROWS)
    if (!seen.has(r.key)) problems.push({ table: 'table2', row: r.key, message: `表二中没有找到“${r.label}”行，该行按空白处理` });
}

type Classified = { kind: 'label' | 'header' | 'value' | 'text'; row?: string; group?: string };

function classify3(cell: string, group: string | undefined): Classified {
  if (cell.trim() === '') return { kind: 'value' };
  const lab = table3LabelOf(cell, group);
  if (lab?.kind === 'row') return { kind: 'label', row: lab.key };
  if (lab?.kind === 'group') return { kind: 'label', group: lab.key };
  if (lab) return { kind: 'label' };
  if (isHeader(labelKey(cell), T3_HEADERS)) return { kind: 'header' };
  return valueLike(cell) ? { kind: 'value' } : { kind: 'text' };
}

/** Text copies break long labels over lines: rejoin a row ending in unknown text with the next row. */
function mergeSplitLabels(rows: Rows): Rows {
  const out: Rows = [];
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i];
    for (let guard = 0; guard < 3 && i + 1 < rows.length; guard++) {
      const last = row.map((c) => c.trim() !== '').lastIndexOf(true);
      if (last < 0 || classify3(row[last], undefined).kind !== 'text') break;
      const next = rows[i + 1];
      const j = next.findIndex((c) => c.trim() !== '');
      if (j < 0 || classify3(next[j], undefined).kind !== 'text') break;
      row = [...row.slice(0, last), row[last] + next[j], ...next.slice(j + 1)];
      i++;
    }
    out.push(row);
  }
  return out;
}

export function readTable3(rows: Rows, report: Report, problems: ImportProblem[]): void {
  const withSubtotal = rows.some((r) => r.some((c) => labelKey(c) === SUBTOTAL_MARK));
  const n = withSubtotal ? TABLE3_WIDTH + 1 : TABLE3_WIDTH;
  const seen = new Set<string>();
  let group: string | undefined;
  let pending: string | undefined; // a row whose label came without values
  const table3Label = (row: string[]) => {
    const at = row.map((c) => classify3(c, undefined).kind === 'label').lastIndexOf(true);
    return at >= 0 ? { at, width: n } : undefined;
  };
  for (const row of reflowValues(mergeSplitLabels(rows), table3Label)) {
    let key: string | undefined;
    let lastLabel = -1;
    let text = false;
    row.forEach((c, idx) => {
      const k = classify3(c, group);
      if (k.kind === 'label') {
        lastLabel = idx;
        if (k.group) group = k.group;
        if (k.row) {
          key = k.row;
          const def = TABLE3_ROWS.find((r) => r.key === k.row)!;
          group = def.group?.items.length ? def.group.key : group;
        }
      } else if (k.kind === 'header') lastLabel = Math.max(lastLabel, idx);
      else if (k.kind === 'text' && idx > lastLabel) text = true;
    });
    let rest = row.slice(lastLabel + 1);
    if (key && pending && key !== pending) {
      seen.add(pending); // its label stood alone: a blank row
      pending = undefined;
    }
    if (!key && pending && rest.some((c) => c.trim() !== '')) {
      key = pending; // values on the line after their label
      const firstValue = rest.findIndex((c) => c.trim() !== '' && valueLike(c));
      rest = firstValue < 0 ? rest : rest.slice(firstValue);
    }
    if (!key) {
      if (text && nonEmpty(rest) > 0 && rest.some((c) => c.trim() !== '' && valueLike(c)))
        problems.push({ table: 'table3', message: `表三有一行无法识别，已略过：“${row.join(' ').replace(/\s+/g, ' ').trim().slice(0, 40)}”` });
      continue;
    }
    if (nonEmpty(rest) === 0 && rest.length < n && key !== pending) {
      pending = key;
      continue;
    }
    pending = undefined;
    const def = TABLE3_ROWS.find((r) => r.key === key)!;
    const name = def.item ? `${def.group!.label}${def.item.label}` : def.label;
    if (seen.has(key)) {
      problems.push({ table: 'table3', row: key, message: `表三“${name}”行出现了不止一次，已采用第一次的数值` });
      continue;
    }
    seen.add(key);
    let fit = fitCells(rest, n);
    let rowHasSubtotal = withSubtotal;
    if (fit.note === 'long' && n === TABLE3_WIDTH && fit.cells.length === n + 1) {
      fit = { cells: fit.cells };
      rowHasSubtotal = true;
      problems.push({ table: 'table3', row: key, message: `表三“${name}”行有 8 个数值，已按含“法人或其他组织 小计”列读入（小计列不保存）` });
    }
    if (fit.note === 'long') {
      problems.push({ table: 'table3', row: key, message: `表三“${name}”行的数值个数不对（${nonEmpty(fit.cells)} 个，应有 ${n} 个），该行按空白处理` });
      continue;
    }
    if (fit.note === 'short') problems.push({ table: 'table3', row: key, message: `表三“${name}”行${shortNote(n, nonEmpty(fit.cells))}` });
    if (fit.note === 'ambiguous') problems.push({ table: 'table3', row: key, message: `表三“${name}”行${AMBIGUOUS_NOTE}` });
    const cells = rowHasSubtotal ? [fit.cells[0], ...fit.cells.slice(2)] : fit.cells;
    const values = cells.map((c, col) => readValue(c, 'count', { table: 'table3', row: key!, col }, problems)) as Row7;
    report.table3[key] = values;
    if (rowHasSubtotal) checkSubtotal(fit.cells[1], values, key, name, problems);
  }
  if (pending) seen.add(pending);
  for (const r of TABLE3_ROWS)
    if (!seen.has(r.key)) {
      const name = r.item ? `${r.group!.label}${r.item.label}` : r.label;
      problems.push({ table: 'table3', row: r.key, message: `表三中没有找到“${name}”行，该行按空白处理` });
    }
}

function checkSubtotal(raw: string, values: Row7, key: string, name: string, problems: ImportProblem[]): void {
  const sub = readValue(raw, 'count', { table: 'table3', row: key, col: 1 }, []);
  const orgs = [1, 2, 3, 4, 5].map((c) => values[c]);
  if (sub === null || orgs.some((v) => v === null)) return;
  const sum = orgs.reduce<number>((s, v) => s + (v as number), 0);
  if (sum !== sub)
    problems.push({
      table: 'table3',
      row: key,
      message: `表三“${name}”行的“法人或其他组织 小计”为 ${sub}，但五类组织之和为 ${sum}，请核对（小计列不保存）`,
    });
}

export function readTable4(rows: Rows, report: Report, problems: ImportProblem[]): void {
  // data rows hold values; a row of text only (a header written differently) is not one
  const data = rows.filter((r) => r.some((c) => c.trim() !== '' && valueLike(c)) && !r.some((c) => isHeader(labelKey(c), T4_HEADERS)));
  if (data.length === 0) return; // a header-only table is blank, which the rules report
  const width = TABLE4_GROUPS.length * TABLE4_OUTCOMES.length;
  // several data lines (a wrapped copy): drop each line's trailing tabs before joining them
  const trim = (r: string[]) => r.slice(0, r.map((c) => c.trim() !== '').lastIndexOf(true) + 1);
  const cells = data.length === 1 ? data[0] : data.flatMap(trim);
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
