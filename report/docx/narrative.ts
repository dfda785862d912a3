// The text of the report: title, preamble, headings, narrative paragraphs,
// closing and signature, in the house style of GB/T 9704.
import { AlignmentType, LineRuleType, Paragraph, type TextRun } from 'docx';
import { TITLE_SUFFIX } from '../format';
import { BODY_LINE, INDENT_2_CHARS, SIZE, TITLE_LINE, run, type FontSet } from './styles';

const bodySpacing = { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** 22 pt characters that fit on one line of the 156 mm type area (20.1), less a margin for wide digits. */
const TITLE_CHARS_PER_LINE = 19.5;

/**
 * The title's lines: one when it fits, else agency / year + 政府信息公开工作年度报告
 * (split before the year, where the official form breaks it).
 */
export function titleLines(title: string, year: number): string[] {
  const t = title.trim();
  // digits and Latin letters take half the width of a Chinese character
  const width = [...t].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
  if (width <= TITLE_CHARS_PER_LINE) return [t];
  const yearAt = t.lastIndexOf(`${year}年`);
  if (yearAt > 0) return [t.slice(0, yearAt), t.slice(yearAt)];
  const suffixAt = t.lastIndexOf(TITLE_SUFFIX.slice(1));
  if (suffixAt > 0) return [t.slice(0, suffixAt), t.slice(suffixAt)];
  return [t];
}

export function titleParagraphs(title: string, year: number, fonts: FontSet): Paragraph[] {
  const lines = titleLines(title, year);
  return lines.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        // one blank line between title and text (GB/T 9704)
        spacing: { line: TITLE_LINE, lineRule: LineRuleType.EXACT, before: 0, after: i === lines.length - 1 ? BODY_LINE : 0 },
        keepNext: true,
        children: [run(line, fonts.title, SIZE.title, { bold: fonts.titleBold, latin: fonts.title })],
      }),
  );
}

/** Level-1 heading 一、… in 3号 黑体. */
export function partHeading(text: string, fonts: FontSet): Paragraph {
  return new Paragraph({
    spacing: bodySpacing,
    indent: { firstLine: INDENT_2_CHARS },
    keepNext: true,
    // listed in Word's navigation pane, without a heading style's looks
    outlineLevel: 0,
    children: [run(text, fonts.hei, SIZE.body, { latin: fonts.hei })],
  });
}

/** A line opening with （一） … （十九） or (一) is a level-2 heading. */
const LEVEL2 = /^[（(][一二三四五六七八九十]{1,3}[）)]/;

export function isLevel2Heading(line: string): boolean {
  return LEVEL2.test(line);
}

function bodyParagraph(children: TextRun[], heading = false, style?: string): Paragraph {
  return new Paragraph({
    style,
    alignment: AlignmentType.JUSTIFIED,
    spacing: bodySpacing,
    indent: { firstLine: INDENT_2_CHARS },
    keepNext: heading || undefined,
    outlineLevel: heading ? 1 : undefined,
    children,
  });
}

/**
 * One paragraph per line (in `style`, a marker style without formatting, for the preamble and closing). A level-2 line is 楷体 up to its first full stop; text
 * run on after that stop (a heading written inline, as many reports do) stays 仿宋.
 */
export function narrativeParagraphs(text: string | undefined, fonts: FontSet, style?: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const raw of (text ?? '').split(/\r?\n/)) {
    // pasted text often carries its own indent of full-width spaces; the style indents
    const line = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (!line) continue;
    if (isLevel2Heading(line)) {
      const stop = line.indexOf('。');
      const head = stop >= 0 && stop < line.length - 1 ? line.slice(0, stop + 1) : line;
      const rest = line.slice(head.length);
      const runs = [run(head, fonts.kai, SIZE.body)];
      if (rest) runs.push(run(rest, fonts.body, SIZE.body));
      out.push(bodyParagraph(runs, !rest, style));
    } else {
      out.push(bodyParagraph([run(line, fonts.body, SIZE.body)], false, style));
    }
  }
  return out;
}

/** Agency and date, right-aligned four characters in from the edge, after one blank line. */
export function signatureParagraphs(sig: { agency: string; date: string }, fonts: FontSet): Paragraph[] {
  const lines = [sig.agency.trim(), sig.date.trim()].filter(Boolean);
  return lines.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { ...bodySpacing, before: i === 0 ? BODY_LINE : 0 },
        indent: { right: 2 * INDENT_2_CHARS },
        children: [run(line, fonts.body, SIZE.body)],
      }),
  );
}
