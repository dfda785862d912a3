// The text of the report: title, preamble, headings, narrative paragraphs,
// closing and signature, in the house style of GB/T 9704.
// Paragraphs name their style and carry no formatting of their own, so text
// added in Word or WPS looks the same; only what is local stays direct.
import { Paragraph, TextRun } from 'docx';
import { printedText } from '../text';
import { agencyParts, balancedLines, titleLines, titleWidth } from './title';
import { BODY_CHAR_SPACING, BODY_LINE, SIZE, STYLE, TYPE_AREA_WIDTH, runProps, type FontSet } from './styles';

export { titleLines } from './title';

export function titleParagraphs(title: string, year: number): Paragraph[] {
  const lines = titleLines(title, year);
  return lines.map(
    (line, i) =>
      new Paragraph({
        style: STYLE.title,
        // one blank line between title and text (GB/T 9704)
        spacing: i === lines.length - 1 ? { after: BODY_LINE } : undefined,
        children: [new TextRun(line)],
      }),
  );
}

/** Level-1 heading 一、… (Heading 1: 3号 黑体). */
export function partHeading(text: string): Paragraph {
  return new Paragraph({ style: STYLE.heading1, children: [new TextRun(text)] });
}

const LINK = /(?:https?|ftp):\/\/|www\./i;

/** A line opening with （一） … （十九） or (一) is a level-2 heading. */
const LEVEL2 = /^[（(][一二三四五六七八九十]{1,3}[）)]/;

export function isLevel2Heading(line: string): boolean {
  return LEVEL2.test(line);
}

/**
 * One paragraph per line (in `style`, a marker style without formatting, for
 * the preamble and closing). A level-2 line is a Heading 2; one with text run
 * on after its first full stop (a heading written inline, as many reports do)
 * is body text whose heading part alone is 楷体, set on that run.
 */
export interface NarrativeOptions {
  /** a marker style (preamble, closing); else Body Text */
  style?: string;
  /** printedText (report/text.ts) */
  tidy?: boolean;
  /** the last paragraph stays on the page of what follows (the 落款) */
  keepLastWithNext?: boolean;
}

export function narrativeParagraphs(text: string | undefined, fonts: FontSet, o: NarrativeOptions = {}): Paragraph[] {
  const { style, tidy = false } = o;
  const out: Paragraph[] = [];
  const lines = (text ?? '').split(/\r?\n/).filter((l) => l.replace(/[\s\u3000]+/g, ''));
  for (const [li, raw] of lines.entries()) {
    const keep = {
      ...(o.keepLastWithNext && li === lines.length - 1 ? { keepNext: true } : {}),
      // a long link may break inside (Word's 允许西文在单词中间换行), not stretch the line before it
      ...(LINK.test(raw) ? { wordWrap: true } : {}),
    };
    // pasted text often carries its own indent of full-width spaces; the style indents
    const trimmed = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    // when asked: web-copy spaces (2023 年) and <http://…> as a clerk prints them (report/text.ts)
    const line = tidy ? printedText(trimmed) : trimmed;
    if (!line) continue;
    if (isLevel2Heading(line)) {
      const stop = line.indexOf('。');
      const head = stop >= 0 && stop < line.length - 1 ? line.slice(0, stop + 1) : line;
      const rest = line.slice(head.length);
      if (!rest && !style) {
        out.push(new Paragraph({ style: STYLE.heading2, children: [new TextRun(head)] }));
        continue;
      }
      const kai = new TextRun({ text: head, ...runProps(fonts.kai) });
      // inside a marker style a whole-line heading keeps its outline level and page keeping directly
      const own = rest ? {} : { keepNext: true, outlineLevel: 1 };
      out.push(new Paragraph({ style: style ?? STYLE.body, ...own, ...keep, children: rest ? [kai, new TextRun(rest)] : [kai] }));
    } else {
      out.push(new Paragraph({ style: style ?? STYLE.body, ...keep, children: [new TextRun(line)] }));
    }
  }
  return out;
}

/** Twips of a 3号 body character and of a digit, with the body's tightening (styles.ts). */
const BODY_CHAR = SIZE.body * 10 + BODY_CHAR_SPACING;
const bodyWidth = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2e80 ? SIZE.body * 5 + BODY_CHAR_SPACING : BODY_CHAR), 0);
/** 右空四字: the date ends four characters before the right edge. */
export const SIGNATURE_RIGHT = 4 * BODY_CHAR;

/**
 * The 落款 (GB/T 9704 7.3.5): after one blank line, the agency centred over
 * the date and the date four characters in from the right; kept together and
 * with the last lines of text. An agency too long for a line breaks between
 * its region and its organ, each line centred over the date.
 */
export function signatureParagraphs(sig: { agency: string; date: string }): Paragraph[] {
  const date = sig.date.trim();
  const agency = sig.agency.trim();
  const room = (TYPE_AREA_WIDTH - SIGNATURE_RIGHT) / BODY_CHAR;
  const agencyLines = !agency ? [] : titleWidth(agency) <= room ? [agency] : balancedLines(agencyParts(agency), room);
  const dateWidth = bodyWidth(date);
  const lines = [
    ...agencyLines.map((text) => ({ text, right: Math.max(0, Math.round(SIGNATURE_RIGHT + (dateWidth - bodyWidth(text)) / 2)) })),
    ...(date ? [{ text: date, right: SIGNATURE_RIGHT }] : []),
  ];
  return lines.map(
    ({ text, right }, i) =>
      new Paragraph({
        style: STYLE.signature,
        indent: { right },
        keepNext: i < lines.length - 1 || undefined,
        spacing: i === 0 ? { before: BODY_LINE } : undefined,
        children: [new TextRun(text)],
      }),
  );
}
