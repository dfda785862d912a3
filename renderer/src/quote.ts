// Where a finding's quote (the words as written, whitespace dropped) stands in a
// narrative, so 转到 can select the sentence itself (issue 13 §12).

/** [start, end) of the quote in the text, whitespace in the text skipped; null when it is not there (the text changed since) */
export function findQuote(text: string, quote: string): [number, number] | null {
  const q = quote.replace(/\s/g, '');
  if (!q) return null;
  // the text without whitespace, and where each of its characters stands in the text
  const at: number[] = [];
  let flat = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    at.push(i);
    flat += text[i];
  }
  const k = flat.indexOf(q);
  if (k < 0) return null;
  return [at[k], at[k + q.length - 1] + 1];
}
