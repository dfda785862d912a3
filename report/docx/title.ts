// The title's lines (GB/T 9704 7.3.1): broken only between words — the agency
// name whole when it fits a line, else between its 行政区划 and its 机关 — in
// as few lines as fit, the most even of those (梯形 or 菱形, never an hourglass
// of a full line over a stub over a full line made by cutting inside a word).
import { TITLE_SUFFIX } from '../format';

/** 22 pt characters that fit on one line of the 156 mm type area (20.1), less a margin for wide digits. */
export const TITLE_CHARS_PER_LINE = 19.5;

/** Width in characters: digits and Latin letters take half a Chinese character. */
export function titleWidth(s: string): number {
  return [...s].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
}

/**
 * One level of a region's name: a name of at least one character and its level word.
 * 州, 乡 and 镇 alone are left out: they begin or end ordinary words (柳州市, 城乡建设, 乡村振兴).
 */
const REGION_UNIT = /^([^和与及局委办厅部院所站队处室会]{1,12}?)(特别行政区|自治区|自治州|自治县|自治旗|地区|街道|省|盟|市|县|旗|区)/;

/** The agency's region levels and its organ: 新疆维吾尔自治区 / 伊犁哈萨克自治州 / 察布查尔锡伯自治县 / 市场监督管理局. */
export function agencyParts(agency: string): string[] {
  const parts: string[] = [];
  let rest = agency;
  for (let m = REGION_UNIT.exec(rest); m && m[0].length < rest.length; m = REGION_UNIT.exec(rest)) {
    parts.push(m[0]);
    rest = rest.slice(m[0].length);
  }
  return [...parts, rest].filter(Boolean);
}

/** A word too long for any line, cut where its halves are most even (no word boundary is left to use). */
function cutLong(word: string): string[] {
  if (titleWidth(word) <= TITLE_CHARS_PER_LINE) return [word];
  const chars = [...word];
  const n = Math.ceil(titleWidth(word) / TITLE_CHARS_PER_LINE);
  const out: string[] = [];
  let line = '';
  for (const ch of chars) {
    if (line && titleWidth(line + ch) > titleWidth(word) / n + 0.5) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  return [...out, line];
}

/** The fewest lines of whole words within `width` characters, and of those the most even. */
export function balancedLines(words: string[], width: number): string[] {
  let best: string[] | undefined;
  let bestScore = Infinity;
  for (let cuts = 0; cuts < 1 << (words.length - 1); cuts++) {
    const lines: string[] = [words[0]];
    for (let i = 1; i < words.length; i++) {
      if (cuts & (1 << (i - 1))) lines.push(words[i]);
      else lines[lines.length - 1] += words[i];
    }
    const widths = lines.map(titleWidth);
    if (Math.max(...widths) > width) continue;
    const score = lines.length * 1000 + Math.max(...widths) - Math.min(...widths);
    if (score < bestScore) [best, bestScore] = [lines, score];
  }
  return best ?? words;
}

/**
 * The title's lines: one when it fits; else the agency (whole, or by its parts
 * when longer than a line) over year + 政府信息公开工作年度报告.
 */
export function titleLines(title: string, year: number): string[] {
  const t = title.trim();
  if (titleWidth(t) <= TITLE_CHARS_PER_LINE) return [t];
  let at = t.lastIndexOf(`${year}年`);
  if (at <= 0) at = t.lastIndexOf(TITLE_SUFFIX.slice(1));
  if (at <= 0) return balancedLines(cutLong(t), TITLE_CHARS_PER_LINE);
  const agency = t.slice(0, at);
  const tail = t.slice(at);
  const head = titleWidth(agency) <= TITLE_CHARS_PER_LINE ? [agency] : agencyParts(agency).flatMap(cutLong);
  return balancedLines([...head, ...cutLong(tail)], TITLE_CHARS_PER_LINE);
}
