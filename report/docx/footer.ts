// Page numbers "— N —" in 4号 宋体 (the Footer style) at the foot: odd pages
// right, even pages left, each one character in from the edge of the type
// area (GB/T 9704). Only the side is set on the paragraph itself.
import { AlignmentType, Footer, Paragraph, SimpleField, TextRun } from 'docx';
import { INDENT_PAGE_NUMBER, STYLE } from './styles';

const DASH = '\u2014';

function pageNumber(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: INDENT_PAGE_NUMBER } : { left: INDENT_PAGE_NUMBER },
        // the PAGE field with a value in it: a viewer that does not compute fields still shows a number
        children: [new TextRun(`${DASH} `), new SimpleField('PAGE', side === 'odd' ? '1' : '2'), new TextRun(` ${DASH}`)],
      }),
    ],
  });
}

/** `default` is used for odd pages once the document sets evenAndOddHeaders. */
export function pageFooters(): { default: Footer; even: Footer } {
  return { default: pageNumber('odd'), even: pageNumber('even') };
}
