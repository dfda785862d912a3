// Page numbers "— N —" in 4号 宋体 at the foot: odd pages right, even pages
// left, each one character in from the edge of the type area (GB/T 9704).
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { INDENT_PAGE_NUMBER, SIZE, runProps, type FontSet } from './styles';

const DASH = '\u2014';

function pageNumber(side: 'odd' | 'even', fonts: FontSet): Footer {
  // the dash must take the Chinese font too, or Word draws a short Latin dash
  const props = runProps(fonts.song, SIZE.pageNumber, { latin: fonts.song });
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: INDENT_PAGE_NUMBER } : { left: INDENT_PAGE_NUMBER },
        children: [new TextRun({ ...props, children: [`${DASH} `, PageNumber.CURRENT, ` ${DASH}`] })],
      }),
    ],
  });
}

/** `default` is used for odd pages once the document sets evenAndOddHeaders. */
export function pageFooters(fonts: FontSet): { default: Footer; even: Footer } {
  return { default: pageNumber('odd', fonts), even: pageNumber('even', fonts) };
}
