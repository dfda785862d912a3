// Text carried over from last year's report (新建 以上年报告为基础 copies it as it was):
// a paragraph of this year's part that is still word for word one of last year's is
// marked until the clerk edits it. Derived from the two texts, so nothing is stored:
// an edit (or replacing its year) is what ends the mark.

/** [start, end) of each line of `text` that stands unchanged in `previous` (blank lines never). */
export function carriedRanges(text: string, previous: string | null | undefined): [number, number][] {
  if (!previous || !text) return [];
  const last = new Set(previous.split('\n').map((l) => l.trim()).filter((l) => l.length > 1));
  const out: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t.length > 1 && last.has(t)) out.push([at, at + line.length]);
    at += line.length + 1;
  }
  return out;
}

/** The text split into pieces, carried or not, for the highlight drawn under a textarea. */
export function carriedPieces(text: string, ranges: readonly [number, number][]): { text: string; carried: boolean }[] {
  const pieces: { text: string; carried: boolean }[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) pieces.push({ text: text.slice(at, s), carried: false });
    pieces.push({ text: text.slice(s, e), carried: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), carried: false });
  return pieces;
}
