// Typography of official-format.md section 7 (GB/T 9704-2012) as numbers the
// docx library takes: twips for lengths, half-points for font sizes.
import { AlignmentType, LineRuleType, type IParagraphPropertiesOptions, type IRunOptions, type IStylesOptions } from 'docx';
import { CLOSING_STYLE, PREAMBLE_STYLE } from './markers';
import { BODY_LINE_PT, CHARS_PER_LINE, LINES_PER_PAGE, PAGE_MM, SIZE_PT } from '../typography';

import { LATIN_FONT, type FontSet } from './fonts';

export { FONT_SETS, LATIN_FONT, type FontFamilySet, type FontSet } from './fonts';

const mm = (v: number) => Math.round((v * 1440) / 25.4);
const pt = (v: number) => Math.round(v * 20);

/** The page of report/typography.ts in twips. */
export const PAGE = {
  width: mm(PAGE_MM.width),
  height: mm(PAGE_MM.height),
  top: mm(PAGE_MM.top),
  bottom: mm(PAGE_MM.bottom),
  left: mm(PAGE_MM.left),
  right: mm(PAGE_MM.right),
  header: mm(15),
  // the page number's line 7 mm below the type area (35 mm − 7 mm − its 4号 line ≈ 24.5 mm from the edge)
  footer: mm(PAGE_MM.bottom - PAGE_MM.pageNumberGap - 3.5),
} as const;

/** Width of the type area (156 mm): every table's columns sum to this. */
export const TYPE_AREA_WIDTH = PAGE.width - PAGE.left - PAGE.right;

// sizes in half-points
export const SIZE = {
  title: SIZE_PT.title * 2, // 2号 22 pt
  body: SIZE_PT.body * 2, // 3号 16 pt
  pageNumber: SIZE_PT.pageNumber * 2, // 4号 14 pt
  table: SIZE_PT.table * 2, // 五号 10.5 pt
  /** 小五 9 pt: table 三, whose labels need the room (official-format.md 7: 小四–小五 so that it fits) */
  tableSmall: 18,
} as const;

/** Exact line pitch of the body: 225 mm / 22 lines ≈ 28.95 pt. */
export const BODY_LINE = pt(BODY_LINE_PT);
/** The title's 22 pt glyphs need a taller exact line. */
export const TITLE_LINE = 720;
/** GB/T 9704: 28 characters a line, 22 lines a page. */
export const GRID = { chars: CHARS_PER_LINE, lines: LINES_PER_PAGE } as const;
/**
 * The line grid (w:docGrid lines, 28.95 pt): text in Normal that a user adds in Word snaps to 22 lines a page.
 * Not linesAndChars: for 28 characters its cell is narrower than a 3号 character (≈ 15.79 pt), and
 * LibreOffice (7.4) then gives every character two cells, 14 a line; Word and WPS would compress them.
 */
export const DOC_GRID = { linePitch: BODY_LINE } as const;
/**
 * 28 characters a line instead of 27: the body's characters are set this much closer (twips), as the
 * character grid of the offices' templates does in Word — 16 pt less 0.3 pt, 28 × 15.7 pt within 156 mm.
 */
export const BODY_CHAR_SPACING = Math.floor(TYPE_AREA_WIDTH / GRID.chars - SIZE.body * 10) - 1;
/** Two characters of 3号 text. */
export const INDENT_2_CHARS = 2 * 320;
/** One character of 4号 text: page numbers stand one character in from the edge. */
export const INDENT_PAGE_NUMBER = 280;

/** Two characters, however large the font (Word and WPS); LibreOffice reads firstLine. */
const INDENT_BODY = { firstLine: INDENT_2_CHARS, firstLineChars: 200 };
/** Undoes the body indent: firstLineChars wins over firstLine in Word, so both are reset. */
export const NO_INDENT = { firstLine: 0, firstLineChars: 0 };
const BODY_SPACING = { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** Tables and footers: single spacing, which LibreOffice does not take from anything but the paragraph's style. */
const SINGLE_SPACING = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };

/**
 * Paragraph style ids the document defines: Word's built-in ones (Title, Heading1, BodyText = 正文文本, Footer)
 * by their canonical names, the app's own with Chinese names.
 */
export const STYLE = {
  title: 'Title',
  body: 'BodyText',
  heading1: 'Heading1',
  heading2: 'Heading2',
  signature: 'NianbaoSignature',
  tableHeader: 'NianbaoTableHeader',
  tableLabel: 'NianbaoTableLabel',
  tableValue: 'NianbaoTableValue',
  pageNumber: 'Footer',
} as const;

/** The cell styles: text that must not snap to the body's grid. */
export const TABLE_STYLES: readonly string[] = [STYLE.tableHeader, STYLE.tableLabel, STYLE.tableValue];

export function runProps(eastAsia: string, size?: number, opts: { bold?: boolean; latin?: string } = {}): IRunOptions {
  const latin = opts.latin ?? LATIN_FONT;
  return {
    font: { eastAsia, ascii: latin, hAnsi: latin, hint: 'eastAsia' },
    size,
    bold: opts.bold || undefined,
  };
}

/**
 * Chinese Normal: no widow control, or pages end a line short of 22. The library
 * writes every paragraph property in the defaults, though its type for them omits this one.
 */
const NORMAL_PARAGRAPH: IParagraphPropertiesOptions = { alignment: AlignmentType.JUSTIFIED, widowControl: false };

/**
 * The typography as named styles, so text a user adds in Word or WPS takes the
 * official look and headings are real headings (navigation pane, 目录).
 * Normal (the document defaults: the docx library gives Normal nothing of its
 * own) holds the body's font and size but single spacing and no indent, so a
 * table or header added later in Word is plain; the body's exact 28.95 pt and
 * two-character indent are in Body Text (正文文本), the headings are based on it.
 */
export function documentStyles(fonts: FontSet): IStylesOptions {
  const table = (id: string, name: string, eastAsia: string, latin: string | undefined, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) => ({
    id,
    name,
    basedOn: 'Normal',
    quickFormat: false,
    paragraph: { alignment, indent: NO_INDENT, spacing: SINGLE_SPACING },
    // the character grid is the body's; a cell's text keeps its own width (the line grid: package.ts)
    run: { ...runProps(eastAsia, SIZE.table, { latin }), snapToGrid: false },
  });
  const onBody = { basedOn: STYLE.body, next: STYLE.body };
  return {
    default: {
      document: {
        run: {
          font: { eastAsia: fonts.body, ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, hint: 'eastAsia' },
          size: SIZE.body,
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
        paragraph: NORMAL_PARAGRAPH,
      },
      title: {
        // on Normal: the body's tightened characters are for 3号 lines
        basedOn: 'Normal',
        next: STYLE.body,
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, keepNext: true, spacing: { ...BODY_SPACING, line: TITLE_LINE } },
        run: runProps(fonts.title, SIZE.title, { bold: fonts.titleBold, latin: fonts.title }),
      },
      heading1: {
        ...onBody,
        name: 'heading 1',
        paragraph: { keepNext: true, outlineLevel: 0 },
        run: runProps(fonts.hei, SIZE.body, { latin: fonts.hei }),
      },
      heading2: {
        ...onBody,
        name: 'heading 2',
        paragraph: { keepNext: true, outlineLevel: 1 },
        run: runProps(fonts.kai, SIZE.body),
      },
      // levels 三 and 四 (1. and （1）) are body text in GB/T 9704; a user applying 标题 3/4 gets that, not the library's blue
      heading3: { ...onBody, name: 'heading 3', paragraph: { keepNext: true, outlineLevel: 2 }, run: {} },
      heading4: { ...onBody, name: 'heading 4', paragraph: { keepNext: true, outlineLevel: 3 }, run: {} },
    },
    paragraphStyles: [
      {
        id: STYLE.body,
        name: 'Body Text',
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        paragraph: { indent: INDENT_BODY, spacing: BODY_SPACING },
        run: { characterSpacing: BODY_CHAR_SPACING },
      },
      // markers only (no formatting): the importer reads preamble and closing back by them. Their names stay
      // their ids: LibreOffice derives a style's id from its name when it saves, and a Chinese name loses it
      ...[PREAMBLE_STYLE, CLOSING_STYLE].map((id) => ({ id, name: id, ...onBody, quickFormat: false })),
      {
        id: STYLE.signature,
        name: '落款',
        ...onBody,
        quickFormat: false,
        // right-aligned, no first-line indent; each line's right indent is its own (narrative.ts signatureParagraphs)
        paragraph: { alignment: AlignmentType.RIGHT, indent: NO_INDENT },
      },
      table(STYLE.tableHeader, '表格表头', fonts.hei, fonts.hei, AlignmentType.CENTER),
      table(STYLE.tableLabel, '表格项目', fonts.song, undefined, AlignmentType.CENTER),
      table(STYLE.tableValue, '表格数值', fonts.song, undefined, AlignmentType.CENTER),
      {
        id: STYLE.pageNumber,
        name: 'footer',
        basedOn: 'Normal',
        quickFormat: false,
        paragraph: { alignment: AlignmentType.LEFT, indent: NO_INDENT, spacing: SINGLE_SPACING },
        // the dash must take the Chinese font too, or Word draws a short Latin dash
        run: runProps(fonts.song, SIZE.pageNumber, { latin: fonts.song }),
      },
    ],
  };
}

/** The styles a finished document keeps: its own, Normal, and those the library's own parts refer to. */
export const USED_STYLES: ReadonlySet<string> = new Set([
  'Normal',
  'TableNormal',
  // the separator footnotes and endnotes the library always writes
  'FootnoteReference',
  'EndnoteReference',
  ...Object.values(STYLE),
  PREAMBLE_STYLE,
  CLOSING_STYLE,
  'Heading3',
  'Heading4',
]);
