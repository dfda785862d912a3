// Typography of official-format.md section 7 (GB/T 9704-2012) as numbers the
// docx library takes: twips for lengths, half-points for font sizes.
import { TextRun, type IRunOptions } from 'docx';

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
} as const;

/** Exact line pitch of the body: 225 mm / 22 lines ≈ 28.95 pt. */
export const BODY_LINE = 579;
/** The title's 22 pt glyphs need a taller exact line. */
export const TITLE_LINE = 720;
/** Two characters of 3号 text. */
export const INDENT_2_CHARS = 2 * 320;
/** One character of 4号 text: page numbers stand one character in from the edge. */
export const INDENT_PAGE_NUMBER = 280;

/** A run whose Chinese text uses `eastAsia`; digits and Latin use `latin`. */
export function run(
  text: string,
  eastAsia: string,
  size: number,
  opts: { bold?: boolean; latin?: string; scale?: number } = {},
): TextRun {
  return new TextRun({ text, ...runProps(eastAsia, size, opts), scale: opts.scale });
}

export function runProps(eastAsia: string, size: number, opts: { bold?: boolean; latin?: string } = {}): IRunOptions {
  const latin = opts.latin ?? LATIN_FONT;
  // the language (zh-CN) is set once in the document defaults; repeating it on every run only costs time
  return {
    font: { eastAsia, ascii: latin, hAnsi: latin, hint: 'eastAsia' },
    size,
    bold: opts.bold || undefined,
  };
}
