// The text of a PDF's pages as lines a person would copy from it, with
// each table row's cells put back into their columns: the positions of the
// numbers of a table (their centres, clustered) are its columns, a row's
// label pieces set over several lines (a merged or wrapped label cell) join
// the row whose numbers sit between them, and a number missing from a row
// leaves a blank cell in its column instead of pulling the others left.
import { partOfHeading, table3LabelOf } from './labels';
import { valueLike } from './cells';
import { widthAfter } from './widths';

/** One piece of text on a page: left edge, baseline, width, font height. */
export interface TextPiece {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
  page: number;
}

interface Cell {
  x: number;
  right: number;
  text: string;
}
interface Line {
  page: number;
  y: number;
  h: number;
  cells: Cell[];
}

const isNumber = (s: string) => s.trim() !== '' && valueLike(s) && /\d/.test(s);
/** Page numbers (— 3 —, - 3 -, 第3页) and similar furniture. */
const PAGE_NUMBER = /^(?:[—\-–]\s*\d{1,3}\s*[—\-–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;

/** Pieces into lines (same baseline within 40% of the font height), cells split at gaps wider than a third of a character. */
export function linesOf(pieces: readonly TextPiece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => a.page - b.page || b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let open: { line: Line; pieces: TextPiece[] } | undefined;
  const close = () => {
    if (!open) return;
    const ps = open.pieces.sort((a, b) => a.x - b.x);
    for (const p of ps) {
      const last = open.line.cells[open.line.cells.length - 1];
      if (!p.str.trim()) {
        // a space is text between words, never a bridge between two cells
        if (last && p.x - last.right < p.h * 0.35) last.text += ' ';
        continue;
      }
      if (last && p.x - last.right < p.h * 0.35) {
        last.text += p.str;
        last.right = Math.max(last.right, p.x + p.w);
      } else open.line.cells.push({ x: p.x, right: p.x + p.w, text: p.str });
    }
    for (const c of open.line.cells) c.text = c.text.trim();
    open.line.cells = open.line.cells.filter((c) => c.text);
    if (open.line.cells.length) lines.push(open.line);
    open = undefined;
  };
  for (const p of sorted) {
    if (!p.str.trim() && !open) continue;
    if (open && open.line.page === p.page && Math.abs(open.line.y - p.y) < Math.max(open.line.h, p.h) * 0.4) {
      open.pieces.push(p);
      open.line.h = Math.max(open.line.h, p.h);
      continue;
    }
    close();
    open = { line: { page: p.page, y: p.y, h: p.h, cells: [] }, pieces: [p] };
  }
  close();
  return lines.filter((l) => !(l.cells.length === 1 && PAGE_NUMBER.test(l.cells[0].text.replace(/\s+/g, ' '))));
}

/** Numbers written together in one piece (226511 282592): one cell each, the width shared out by length. */
function numberCells(c: Cell): Cell[] {
  const parts = c.text.split(/\s+/);
  if (parts.length < 2 || !parts.every(isNumber)) return [c];
  const per = (c.right - c.x) / c.text.length;
  let x = c.x;
  return parts.map((t) => {
    const cell = { x, right: x + t.length * per, text: t };
    x += (t.length + 1) * per;
    return cell;
  });
}

type Part = 'narrative' | 'table2' | 'table3' | 'table4';
const TABLE_OF: Record<string, Part> = { table2: 'table2', table3: 'table3', table4: 'table4' };

/** Column centres of a run of numbers: clustered where centres lie within half a character. */
function columnsOf(centres: number[], h: number): number[] {
  const sorted = [...centres].sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const c of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && c - last[last.length - 1] < h * 0.6) last.push(c);
    else clusters.push([c]);
  }
  return clusters.map((k) => k.reduce((s, x) => s + x, 0) / k.length);
}

/** A table's lines as tab-separated rows: label pieces joined to the row of their numbers, numbers in their columns. */
function tableRows(lines: Line[], part: Part): string[] {
  const h = Math.max(...lines.map((l) => l.h));
  const withNumbers = lines.map((l) => l.cells.some((c) => isNumber(c.text)));
  // each line of labels only belongs to the nearest line of numbers within a line's height (a label set over lines)
  // in table 三, a label set over three lines (figures on the middle one, 淮安市 2024) reaches two lines away,
  // when it lies between rows of figures and is no row label of its own (a row left blank)
  const reach = (i: number) => (part === 'table3' && between(withNumbers, lines, i) && !ownLabel(lines[i]) ? 2.1 : 1.05);
  const owner = lines.map((l, i) => {
    if (withNumbers[i]) return i;
    let best = -1;
    const r = reach(i);
    for (let j = Math.max(0, i - 3); j < Math.min(lines.length, i + 4); j++) {
      if (!withNumbers[j] || lines[j].page !== l.page) continue;
      const d = Math.abs(lines[j].y - l.y);
      if (d < h * r && (best < 0 || d < Math.abs(lines[best].y - l.y))) best = j;
    }
    return best < 0 ? i : best;
  });
  const numbers = lines.flatMap((l) => l.cells.flatMap(numberCells).filter((c) => isNumber(c.text)));
  const firstNumber = Math.min(...numbers.map((c) => c.x));
  let columns = columnsOf(numbers.map((c) => (c.x + c.right) / 2), h);
  if (part === 'table4' && columns.length !== widthAfter('总计', false)) {
    // one row of figures: its columns are those of the header's short cells (结果/维持, 总计 …)
    const heads = lines.flatMap((l) => l.cells).filter((c) => !isNumber(c.text) && c.text.length <= 4);
    const fromHeads = columnsOf(heads.map((c) => (c.x + c.right) / 2), h);
    if (fromHeads.length === widthAfter('总计', false)) columns = fromHeads;
  }
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (owner[i] !== i) continue;
    const members = lines.filter((_, j) => owner[j] === i); // in reading order: top to bottom
    const labels: Cell[] = [];
    for (const m of members)
      for (const c of m.cells) {
        if (isNumber(c.text) && c.x >= firstNumber - h) continue;
        // pieces of one label cell start within a character of each other
        const same = labels.find((l) => Math.abs(l.x - c.x) < h * 0.8);
        if (same) same.text += c.text;
        else labels.push({ ...c });
      }
    labels.sort((a, b) => a.x - b.x);
    const values = lines[i].cells.flatMap(numberCells).filter((c) => isNumber(c.text) && c.x >= firstNumber - h);
    const label = labels.map((l) => l.text);
    out.push([...label, ...placed(values, label, columns, part, h)].join('\t'));
  }
  return out;
}

/** A line with rows of figures above and below it on its page. */
function between(withNumbers: boolean[], lines: Line[], i: number): boolean {
  const onPage = (j: number) => lines[j].page === lines[i].page;
  let above = false;
  let below = false;
  for (let j = i - 1; j >= 0 && onPage(j) && !above; j--) above = withNumbers[j];
  for (let j = i + 1; j < lines.length && onPage(j) && !below; j++) below = withNumbers[j];
  return above && below;
}

/** A line naming a row of table 三 by itself: a row whose figures were left blank, never a piece of another's label. */
const ownLabel = (l: Line) => l.cells.some((c) => table3LabelOf(c.text)?.kind === 'row');

/**
 * The numbers of one row, in the table's columns: a row with fewer numbers
 * than its width gets blanks where its numbers' columns say, when every number
 * finds a column of its own; otherwise they stay in order (the reader says so).
 */
function placed(values: Cell[], label: string[], columns: number[], part: Part, h: number): string[] {
  const texts = values.map((v) => v.text);
  const width = widthFor(label, part);
  if (!width || values.length >= width || columns.length !== width) return texts;
  const slots: string[] = Array(width).fill('');
  for (const v of values) {
    const centre = (v.x + v.right) / 2;
    let best = 0;
    for (let k = 1; k < columns.length; k++) if (Math.abs(columns[k] - centre) < Math.abs(columns[best] - centre)) best = k;
    if (slots[best] || Math.abs(columns[best] - centre) > h * 1.2) return texts;
    slots[best] = v.text;
  }
  return slots;
}

function widthFor(label: string[], part: Part): number | undefined {
  for (let i = label.length - 1; i >= 0; i--) {
    const w = widthAfter(label[i], false);
    if (w) return w;
  }
  return part === 'table4' && label.length === 0 ? widthAfter('总计', false) : undefined;
}

/** The page's text as lines: paragraphs rejoined later by the text reader, tables as tab-separated rows. */
export function pdfText(pieces: readonly TextPiece[]): string {
  const lines = linesOf(pieces);
  const out: string[] = [];
  let part: Part = 'narrative';
  let run: Line[] = [];
  const flush = () => {
    if (run.length) out.push(...(part === 'narrative' ? run.map((l) => l.cells.map((c) => c.text).join(' ')) : tableRows(run, part)));
    run = [];
  };
  for (const l of lines) {
    const text = l.cells.map((c) => c.text).join('');
    const heading = l.cells.length === 1 ? partOfHeading(text) : undefined;
    if (heading) {
      flush();
      out.push(text);
      part = TABLE_OF[heading.key] ?? 'narrative';
      continue;
    }
    run.push(l);
  }
  flush();
  return out.join('\n');
}
