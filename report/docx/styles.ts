// Typography of official-format.md section 7 (GB/T 9704-2012) as numbers the
// docx library takes: twips for lengths, half-points for font sizes.
import { AlignmentType, LineRuleType, type IRunOptions, type IStylesOptions } from 'docx';
import { CLOSING_STYLE, PREAMBLE_STYLE } from './markers';

export type FontFamilySet = 'gb2312' | 'windows';

/** One font per role; what a document asks for, as East-Asian font names. */
export interface FontSet {
  title: string;
  /** plain Windows has no 小标宋: its substitute is drawn bold */
  titleBold: boolean;
  body: string; // 仿宋
  kai: string; // 楷体, level-2 headings
  hei: string; // 黑体, level-1 headings and table headers
  song: string; // 宋体, tables and page numbers
}

export const FONT_SETS: Record<FontFamilySet, FontSet> = {
  gb2312: { title: '方正小标宋简体', titleBold: false, body: '仿宋_GB2312', kai: '楷体_GB2312', hei: '黑体', song: '宋体' },
  windows: { title: '宋体', titleBold: true, body: '仿宋', kai: '楷体', hei: '黑体', song: '宋体' },
};

/** Latin letters and digits inside 仿宋/楷体/宋体 text: the usual companion of Chinese official documents. */
export const LATIN_FONT = 'Times New Roman';

const mm = (v: number) => Math.round((v * 1440) / 25.4);

export const PAGE = {
  width: 11906, // A4 210 mm
  height: 16838, // 297 mm
  top: 2098, // 37 mm
  bottom: 1984, // 35 mm
  left: 1587, // 28 mm
  right: 1474, // 26 mm
  header: mm(15),
  // the page number sits about 7 mm below the type area
  footer: mm(22),
} as const;

/** Width of the type area (156 mm): every table's columns sum to this. */
export const TYPE_AREA_WIDTH = PAGE.width - PAGE.left - PAGE.right;

// sizes in half-points
export const SIZE = {
  title: 44, // 2号 22 pt
  body: 32, // 3号 16 pt
  pageNumber: 28, // 4号 14 pt
  table: 21, // 五号 10.5 pt
  /** 小五 9 pt: table 三, whose labels need the room (official-format.md 7: 小四–小五 so that it fits) */
  tableSmall: 18,
} as const;

/** Exact line pitch of the body: 225 mm / 22 lines ≈ 28.95 pt. */
export const BODY_LINE = 579;
/** The title's 22 pt glyphs need a taller exact line. */
export const TITLE_LINE = 720;
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

/** Paragraph style ids the document defines (Heading1/Heading2/Title are Word's built-in ids). */
export const STYLE = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  signature: 'NianbaoSignature',
  tableHeader: 'NianbaoTableHeader',
  tableLabel: 'NianbaoTableLabel',
  tableValue: 'NianbaoTableValue',
  pageNumber: 'Footer',
} as const;

export function runProps(eastAsia: string, size?: number, opts: { bold?: boolean; latin?: string } = {}): IRunOptions {
  const latin = opts.latin ?? LATIN_FONT;
  return {
    font: { eastAsia, ascii: latin, hAnsi: latin, hint: 'eastAsia' },
    size,
    bold: opts.bold || undefined,
  };
}

/**
 * The typography as named styles, so text a user adds in Word or WPS takes the
 * official look and headings are real headings (navigation pane, 目录).
 * The document defaults are the body (Normal has no formatting of its own in
 * the docx library, so it inherits them); everything else is based on Normal.
 */
export function documentStyles(fonts: FontSet): IStylesOptions {
  const table = (id: string, name: string, eastAsia: string, latin: string | undefined, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) => ({
    id,
    name,
    basedOn: 'Normal',
    quickFormat: false,
    paragraph: { alignment, indent: NO_INDENT, spacing: SINGLE_SPACING },
    run: runProps(eastAsia, SIZE.table, { latin }),
  });
  return {
    default: {
      document: {
        run: {
          font: { eastAsia: fonts.body, ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, hint: 'eastAsia' },
          size: SIZE.body,
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: INDENT_BODY, spacing: BODY_SPACING },
      },
      title: {
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, keepNext: true, spacing: { ...BODY_SPACING, line: TITLE_LINE } },
        run: runProps(fonts.title, SIZE.title, { bold: fonts.titleBold, latin: fonts.title }),
      },
      heading1: {
        paragraph: { keepNext: true, outlineLevel: 0 },
        run: runProps(fonts.hei, SIZE.body, { latin: fonts.hei }),
      },
      heading2: {
        paragraph: { keepNext: true, outlineLevel: 1 },
        run: runProps(fonts.kai, SIZE.body),
      },
      // levels 三 and 四 (1. and （1）) are body text in GB/T 9704; a user applying 标题 3/4 gets that, not the library's blue
      heading3: { paragraph: { keepNext: true, outlineLevel: 2 }, run: {} },
      heading4: { paragraph: { keepNext: true, outlineLevel: 3 }, run: {} },
    },
    paragraphStyles: [
      // markers only (no formatting): the importer reads preamble and closing back by them
      ...[PREAMBLE_STYLE, CLOSING_STYLE].map((id) => ({ id, name: id, basedOn: 'Normal', quickFormat: false })),
      {
        id: STYLE.signature,
        name: '落款',
        basedOn: 'Normal',
        quickFormat: false,
        // four characters in from the right edge
        paragraph: { alignment: AlignmentType.RIGHT, indent: { ...NO_INDENT, right: 2 * INDENT_2_CHARS } },
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
