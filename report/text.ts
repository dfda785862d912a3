// The one set of text normalisation helpers. The importers, the rules, the
// cell input and the archive all call these, so a mark a web copy carries is
// handled the same way everywhere (it used to be copied into five files, and
// the copies drifted).

/** Zero-width marks web pages and Word carry: ZWSP, ZWNJ, ZWJ, word joiner, BOM / ZWNBSP. */
export const ZERO_WIDTH = '\u200b\u200c\u200d\u2060\ufeff';
const ZERO_WIDTH_RE = /[\u200b-\u200d\u2060\ufeff]/g;
/** Spaces as people type and paste them: ASCII whitespace, the ideographic space, no-break space. */
const SPACE_CLASS = String.raw`\s\u3000\u00a0`;
const SPACES_RE = new RegExp(`[${SPACE_CLASS}]`);

/** Drop zero-width marks: the reader sees "12", so it is "12". */
export function dropZeroWidth(s: string): string {
  return s.replace(ZERO_WIDTH_RE, '');
}

/** True for a character that is a zero-width mark. */
export function isZeroWidth(ch: string): boolean {
  return ch.length === 1 && ZERO_WIDTH.includes(ch);
}

/** Full-width digits ０–９ to ASCII 0–9. */
const FULL_WIDTH_DIGIT = /[０-９]/;
export function asciiDigits(s: string): string {
  // most text has none: a test is some four times cheaper than a replace with a callback
  return FULL_WIDTH_DIGIT.test(s) ? s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : s;
}

/** Full-width numeric punctuation of a typed figure (．。＋－−) to ASCII. */
export function asciiNumberMarks(s: string): string {
  return s.replace(/[．。]/g, '.').replace(/[＋]/g, '+').replace(/[－−]/g, '-');
}

/** Trim every kind of space (ASCII, ideographic, no-break) at both ends. */
export function trimSpaces(s: string): string {
  // \s already holds U+3000 and U+00A0, and trim() strips exactly \s: the same, and linear
  // (the pattern /[\s]+$/ retried every run of spaces to the end: quadratic on a long run)
  return s.trim();
}

/** True when the text holds any kind of space. */
export function hasSpace(s: string): boolean {
  return SPACES_RE.test(s);
}

/** Drop every space and zero-width mark, line breaks too: for comparing labels and sentences. */
export function compact(s: string): string {
  return s.replace(/[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff]+/g, '');
}

/** Drop spaces (not line breaks) and zero-width marks: a text's words, its lines kept. */
export function compactKeepLines(s: string): string {
  return s.replace(/[^\S\n]+|[\u3000\u00a0\u200b-\u200d\u2060\ufeff]/g, '');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// U+FFFE/U+FFFF and the other non-characters, and C0 controls other than tab and line breaks:
// none may stand in XML 1.0 (a .docx would not open), none is ever meant in a report
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufdd0-\ufdef\ufffe\uffff]/g;

/**
 * Text as it can be stored and exported: half of a surrogate pair (an emoji cut
 * in two by a paste) becomes one U+FFFD, as the page showed it (SQLite would give
 * back three), and characters XML cannot hold are dropped.
 */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD').replace(NOT_TEXT, '');
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A whole number written in Chinese numerals (五, 十二, 一百零三, 两千, 一〇三), or
 * undefined when the characters are not one (十十, 三万万). Up to 99 999 999.
 */
export function chineseNumeral(s: string): number | undefined {
  if (s === '' || /[^零〇一二两三四五六七八九十百千万]/.test(s)) return undefined;
  if (!/[十百千万]/.test(s)) {
    // one digit; or digit by digit with 〇 (一〇三); 三五 is "three to five", 零件 a word
    if (s.length === 1) return CN_DIGIT[s] === 0 ? undefined : CN_DIGIT[s];
    return s.includes('〇') && !s.includes('两') ? Number([...s].map((c) => CN_DIGIT[c]).join('')) : undefined;
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const c of s) {
    if (c in CN_DIGIT) {
      if (digit !== undefined && CN_DIGIT[c] !== 0) return undefined; // 三五百
      digit = CN_DIGIT[c] === 0 ? undefined : CN_DIGIT[c];
    } else if (c === '万') {
      if (total > 0) return undefined;
      total = (section + (digit ?? 0)) * 10000;
      if (total === 0) return undefined;
      [section, digit, lastUnit] = [0, undefined, Infinity];
    } else {
      const u = CN_UNIT[c];
      if (u >= lastUnit) return undefined; // 十十, 百千
      section += (digit ?? 1) * u;
      [digit, lastUnit] = [undefined, u];
    }
  }
  return total + section + (digit ?? 0);
}

// Chinese text (CJK ideographs and full-width punctuation) beside a half-width space
const CJK = '\u2e80-\u9fff\u3000-\u303f\uff00-\uffef';
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}])[ \\u00a0]+(?=[${CJK}0-9A-Za-z])|(?<=[0-9A-Za-z%])[ \\u00a0]+(?=[${CJK}])`, 'g');
/** <https://…> as markdown writes a link */
const MARKDOWN_LINK = /<((?:https?|ftp):\/\/[^\s<>]+)>/g;

/**
 * Web-copy habits as a clerk would print them: the half-width spaces a web page
 * put between Chinese and digits (2023 年 1 月 → 2023年1月) and markdown's
 * angle brackets around a link. Spaces between Latin words stay.
 */
export function printedText(s: string): string {
  return s.replace(MARKDOWN_LINK, '$1').replace(SPACE_BY_CJK, '');
}

/** A date as a 落款 writes it: 2024年1月20日. */
export function chineseDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/**
 * Replace a year by another where it stands as a year (“2023年”, “2023 年度”), not
 * inside longer numbers (12023年); with the number of places replaced.
 */
export function replaceYear(text: string, from: number, to: number): { text: string; count: number } {
  let count = 0;
  const out = text.replace(new RegExp(`(?<!\\d)${from}(?=\\s*年)`, 'g'), () => (count++, String(to)));
  return { text: out, count };
}
