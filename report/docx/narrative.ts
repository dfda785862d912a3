// The text of the report: title, preamble, headings, narrative paragraphs,
// closing and signature, in the house style of GB/T 9704.
// Paragraphs name their style and carry no formatting of their own, so text
// added in Word or WPS looks the same; only what is local stays direct.
import { Paragraph, TextRun } from 'docx';
import { titleLines } from './title';
import { BODY_LINE, STYLE, runProps, type FontSet } from './styles';

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
      if (!rest && !style) {
        out.push(new Paragraph({ style: STYLE.heading2, children: [new TextRun(head)] }));
        continue;
      }
      const kai = new TextRun({ text: head, ...runProps(fonts.kai) });
      // inside a marker style a whole-line heading keeps its outline level and page keeping directly
      const own = rest ? {} : { keepNext: true, outlineLevel: 1 };
      out.push(new Paragraph({ style: style ?? STYLE.body, ...own, children: rest ? [kai, new TextRun(rest)] : [kai] }));
    } else {
      out.push(new Paragraph({ style: style ?? STYLE.body, children: [new TextRun(line)] }));
    }
  }
  return out;
}

/** Agency and date, right-aligned four characters in from the edge, after one blank line. */
export function signatureParagraphs(sig: { agency: string; date: string }): Paragraph[] {
  const lines = [sig.agency.trim(), sig.date.trim()].filter(Boolean);
  return lines.map(
    (line, i) =>
      new Paragraph({
        style: STYLE.signature,
        spacing: i === 0 ? { before: BODY_LINE } : undefined,
        children: [new TextRun(line)],
      }),
  );
}
