// Column widths from what the cells hold: a value column is as wide as its
// widest figure at 五号 (or, when the table cannot give that much room, the
// figures of that table take a smaller size) — characters are never scaled.
import { SIZE, TYPE_AREA_WIDTH } from './styles';

/** Side padding of a value cell (twips): a number uses nearly all of its column. */
export const VALUE_PAD = 20;
/** A little over the measure: a renderer rounding a glyph up must not push the last character onto a new line. */
export const SLACK = 20;
/** Sizes (half-points) a table's figures may take, largest first: 五号, 小五, 六号. */
export const VALUE_SIZES = [SIZE.table, SIZE.tableSmall, 15] as const;

/** Width in twips of a text at `size` half-points: a Chinese character is one em, a digit or Latin letter half, a point a quarter. */
export function textWidth(text: string, size: number = SIZE.table): number {
  const em = size * 10; // half-points → twips per em
  let w = 0;
  for (const ch of text) w += ch === '.' ? em / 4 : ch.charCodeAt(0) < 0x2e80 ? em / 2 : em;
  return w;
}

/** Width of `chars` Chinese characters at 五号 with the cell's side padding. */
export const charsWidth = (chars: number, pad: number, size: number = SIZE.table) => chars * size * 10 + 2 * pad + SLACK;

export interface ValueColumns {
  widths: number[];
  /** the figures' size in half-points (SIZE.table unless the room is short) */
  size: number;
}

/**
 * Widths of `n` value columns within `room` twips: equal when the widest
 * figure fits an equal share, else each column its own need; the first size of
 * `sizes` at which they fit. `minWidth` keeps a header (自然人) on one line.
 * `fill` spreads the room over the columns; otherwise they take only their need.
 */
export function valueColumns(
  figures: readonly string[][],
  minWidth: number,
  room: number,
  fill: boolean,
  sizes: readonly number[] = VALUE_SIZES,
): ValueColumns {
  const n = figures.length;
  for (const size of sizes) {
    const need = figures.map((col) => Math.max(minWidth, ...col.map((f) => Math.ceil(textWidth(f, size)) + 2 * VALUE_PAD + SLACK)));
    const widest = Math.max(...need);
    if (widest * n <= room) return { widths: fill ? columnWidths(Array(n).fill(1), room) : Array(n).fill(widest), size };
    const sum = need.reduce((a, b) => a + b, 0);
    if (sum <= room) return { widths: fill ? withSlack(need, room) : need, size };
  }
  // figures too long for any size: columns by their need, shared out; such a figure wraps, never scales
  const size = sizes.at(-1)!;
  const need = figures.map((col) => Math.max(minWidth, ...col.map((f) => textWidth(f, size) + 2 * VALUE_PAD + SLACK)));
  return { widths: columnWidths(need, room), size };
}

/** Each column's need at `size`: its widest figure with the padding, at least its own minimum. */
export function columnNeeds(figures: readonly string[][], minWidths: readonly number[], size: number): number[] {
  return figures.map((col, i) => Math.max(minWidths[i], ...col.map((f) => Math.ceil(textWidth(f, size)) + 2 * VALUE_PAD + SLACK)));
}

/**
 * Widths as even as the needs allow within `room` (which must hold their sum): a column
 * that needs more than an equal share gets its need, the others share the rest equally.
 */
export function evenWidths(needs: readonly number[], room: number): number[] {
  const fixed = new Set<number>();
  for (;;) {
    const free = needs.map((_, i) => i).filter((i) => !fixed.has(i));
    const share = (room - [...fixed].reduce((a, i) => a + needs[i], 0)) / free.length;
    const over = free.filter((i) => needs[i] > share);
    if (over.length === 0) {
      const shared = columnWidths(Array(free.length).fill(1), Math.round(share * free.length));
      const out = [...needs];
      free.forEach((i, k) => (out[i] = shared[k]));
      out[out.length - 1] += room - out.reduce((a, b) => a + b, 0);
      return out;
    }
    for (const i of over) fixed.add(i);
  }
}

/** The room left over shared out equally on top of each column's need. */
export function withSlack(need: readonly number[], room: number): number[] {
  const slack = columnWidths(Array(need.length).fill(1), room - need.reduce((a, b) => a + b, 0));
  return need.map((w, i) => w + slack[i]);
}

/** Column widths in twips that sum exactly to `total`; `weights` are relative. */
export function columnWidths(weights: readonly number[], total: number = TYPE_AREA_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w * total) / sum));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
