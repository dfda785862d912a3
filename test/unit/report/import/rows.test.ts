// The linear forms of rejoin() and splitRow() read as the patterns they
// replaced did (those backtracked quadratically): both are compared, on
// thousands of seeded random inputs made of the characters that matter, with
// the old code kept here as the reference.
import { describe, expect, it } from 'vitest';
import { CLOSING_RE } from '../../../../report/import/closing';
import { NUMBERED, partOfHeading } from '../../../../report/import/labels';
import { rejoin } from '../../../../report/import/rejoin';
import { splitRow } from '../../../../report/import/rows';
import { mulberry32 } from '../../../fixtures/random';

// ---- the reference: the code before, quadratic on long inputs, exact on short ones

const COMPLETE_RE = /([。！？；：…!?;:”’」』]|[。！？.!?][）)])$/;
function rejoinBefore(pieces: readonly string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const p of pieces) {
    const starts = NUMBERED.test(p) || CLOSING_RE.test(p) || partOfHeading(p) !== undefined;
    if (open && !starts) out[out.length - 1] += p;
    else out.push(p);
    const last = out[out.length - 1];
    const heading = NUMBERED.test(last) && (last.length <= 40 || !/[，、]$/.test(last));
    open = !heading && !COMPLETE_RE.test(last);
  }
  return out;
}

const VALUE = String.raw`(?:[+\-]?[\d０-９][\d０-９,，.．]*|—|－|-|/|／|无)`;
const SPACED_ROW = new RegExp(String.raw`^(.*?)((?:^|\s+)${VALUE}(?:\s+${VALUE})*)$`);
function splitSpacedBefore(line: string): string[] {
  const m = line.trim().match(SPACED_ROW);
  if (!m) return [line];
  const labels = m[1].trim() ? m[1].trim().split(/\s+/) : [];
  return [...labels, ...m[2].trim().split(/\s+/)];
}

const random = (rng: () => number, alphabet: readonly string[], max: number) =>
  Array.from({ length: Math.floor(rng() * max) }, () => alphabet[Math.floor(rng() * alphabet.length)]).join('');

describe('rejoin: linear, and as before', () => {
  const PIECES = ['（', '(', '一', '十', '）', ')', ' ', '\u3000', '。', '，', '、', '）', '!', '.', '本报告电子版', '联系电话：', '一、总体情况', '正文', 'x', ''];

  it('joins 5,000 random sequences of pieces exactly as the old pattern tests did', () => {
    const rng = mulberry32(42);
    for (let i = 0; i < 5000; i++) {
      const pieces = Array.from({ length: 1 + Math.floor(rng() * 8) }, () => random(rng, PIECES, 6));
      expect(rejoin(pieces), JSON.stringify(pieces)).toEqual(rejoinBefore(pieces));
    }
  });

  it('long numbered paragraphs: the 40-character heading rule and the trailing comma still decide', () => {
    const long = '（一）' + '字'.repeat(50);
    for (const pieces of [[long + '，', '续'], [long, '续'], ['（一）短标题', '正文。'], ['（', '一）', '续写']]) expect(rejoin(pieces)).toEqual(rejoinBefore(pieces));
  });

  it('100,000 pieces of one unfinished paragraph, and 100,000 single spaces, are joined in linear time', () => {
    expect(rejoin(Array(100_000).fill('没有句号的一行'))).toEqual(['没有句号的一行'.repeat(100_000)]);
    expect(rejoin(Array(100_000).fill(' '))).toEqual([' '.repeat(100_000)]);
  }, 20_000);
});

describe('splitRow: a PDF copy split at the spaces before its numbers, linear, and as before', () => {
  const TOKENS = ['1', '２３', '-5', '+', '1,234', '．5', '—', '/', '无', '属于', '（一）予以公开', 'x', ' ', '  ', '\u3000', '\n', '\u2028', '\r'];

  it('splits 20,000 random lines exactly as the old pattern did', () => {
    const rng = mulberry32(7);
    for (let i = 0; i < 20_000; i++) {
      const line = random(rng, TOKENS, 10);
      if (line.includes('\t') || line.includes('|')) continue;
      expect(splitRow(line), JSON.stringify(line)).toEqual(splitSpacedBefore(line));
    }
  });

  it('a line of 999 numbers ending in a word takes linear time', () => {
    const line = `（一）予以公开 ${'1 '.repeat(999)}x`;
    for (let i = 0; i < 2000; i++) expect(splitRow(line)).toEqual([line]);
  }, 20_000);
});
