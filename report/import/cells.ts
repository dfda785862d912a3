// Reading one cell's text into a value, and fitting the cells of a row to the
// number of values it must have. Shared by the three tables.
import { cellName, type CellAddress } from '../format';
import { isBlankMark, normalizeCell, type CellKind } from '../normalize';
import type { Cell } from '../report';
import { asciiDigits } from '../text';
import type { ImportProblem } from './types';

const NUMBER = /^[+\-−－]?\d[\d,，.．\s]*$/; // tested on asciiDigits(text): full-width digits too
const UNITS = ['万元', '件', '个', '项', '条', '次', '起', '份', '元']; // 万元 before 元

/**
 * A count or amount written with its unit: 12件, 3.5万元, 35000元. `number` is
 * the text before the unit, spaces before the unit dropped. Found by the unit
 * at the end, then one anchored test: a single pattern for both parts
 * backtracked quadratically over a long run of spaces.
 */
function withUnit(t: string): { number: string; unit: string } | undefined {
  const unit = UNITS.find((u) => t.endsWith(u));
  if (!unit) return undefined;
  const number = t.slice(0, t.length - unit.length).trimEnd();
  return NUMBER.test(asciiDigits(number)) ? { number, unit } : undefined;
}

/** Placeholders published tables put where nothing was done, beyond the marks typing accepts (—, /, 无). */
const PLACEHOLDERS = new Set(['不适用', 'n/a', 'na', '暂无', '无此项', '／', '－', '--', '—']);
const isPlaceholder = (t: string) => isBlankMark(t) || PLACEHOLDERS.has(t.replace(/\s+/g, '').toLowerCase());

/** Looks like a value (a number, a blank, or a blank mark) rather than a label. */
export function valueLike(text: string): boolean {
  const t = text.trim();
  return t === '' || isPlaceholder(t) || NUMBER.test(asciiDigits(t)) || withUnit(t) !== undefined;
}

/** One cell: blank stays blank; —, /, 无 are read as blank and said so; anything else must be a number. */
export function readValue(raw: string, kind: CellKind, at: CellAddress, problems: ImportProblem[]): Cell {
  const t = raw.trim();
  if (t === '') return null;
  const place = { table: at.table, row: at.row, ...(at.col === undefined ? {} : { col: at.col }) };
  if (isPlaceholder(t)) {
    problems.push({ ...place, message: `${cellName(at)}写的是“${t}”，已按空白读入，请填写数字（没有就填 0）` });
    return null;
  }
  const u = withUnit(t);
  if (u && kind === 'amount' && u.unit === '元') {
    // the fee column is in 万元: 35000元 is 3.5
    const n = normalizeCell(u.number, 'amount');
    if (n.ok && n.value !== null) {
      const wan = Math.round((n.value / 10000) * 10000) / 10000;
      problems.push({ ...place, message: `${cellName(at)}写的是“${t}”，已换算为 ${wan} 万元，请核对` });
      return wan;
    }
  }
  const n = normalizeCell(u && (u.unit === '万元' ? kind === 'amount' : u.unit !== '元') ? u.number : t, kind);
  if (n.ok) return n.value;
  problems.push({ ...place, message: `${cellName(at)}无法读取：${n.message}，已按空白读入` });
  return null;
}

export type Fit = { cells: string[]; note?: 'short' | 'long' | 'ambiguous' };

/**
 * Fit the cells after a row's label to `n` values. Copied text carries stray
 * empty cells for merged label columns before the values and a trailing tab
 * after them; those are dropped first, and only as many as needed. When more
 * empty cells could go than must, which blank is real cannot be known: the
 * leading ones go first, and the fit says it was a choice.
 */
export function fitCells(rest: readonly string[], n: number): Fit {
  const empty = (c: string) => c.trim() === '';
  let lo = 0; // the cells kept are rest[lo, hi): indices, so a row of a million cells costs a million steps
  let hi = rest.length;
  const lead = rest.findIndex((c) => !empty(c));
  let last = rest.length - 1;
  while (last >= 0 && empty(rest[last])) last--;
  const trail = lead < 0 ? 0 : rest.length - 1 - last;
  const excess = rest.length - n;
  while (hi - lo > n && empty(rest[lo])) lo++;
  while (hi - lo > n && empty(rest[hi - 1])) hi--;
  const a = rest.slice(lo, hi);
  if (a.length > n) return { cells: a, note: 'long' };
  if (a.length < n) {
    const short = a.some((c) => !empty(c)) ? 'short' : undefined;
    while (a.length < n) a.push('');
    return { cells: a, note: short };
  }
  return lead > 0 && trail > 0 && excess > 0 && excess < lead + trail ? { cells: a, note: 'ambiguous' } : { cells: a };
}

export function nonEmpty(cells: readonly string[]): number {
  return cells.filter((c) => c.trim() !== '').length;
}
