// The three font sets a document may ask for, and the font table that tells
// a PC without them which family to fall back to (charset 86 = GB 2312, and
// w:altName), so 仿宋_GB2312 missing becomes 仿宋, never the theme's 等线.

export type FontFamilySet = 'gb2312' | 'windows' | 'fangzheng';
export const FONT_FAMILY_SETS: readonly FontFamilySet[] = ['gb2312', 'windows', 'fangzheng'];

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
  /** GB/T 9704's own names: the fonts of most offices' templates */
  gb2312: { title: '方正小标宋简体', titleBold: false, body: '仿宋_GB2312', kai: '楷体_GB2312', hei: '黑体', song: '宋体' },
  /** what every Windows 10/11 has */
  windows: { title: '宋体', titleBold: true, body: '仿宋', kai: '楷体', hei: '黑体', song: '宋体' },
  /** 方正 GBK fonts: GB2312 lacks rare characters of names (e.g. 堃, 喆) */
  fangzheng: { title: '方正小标宋_GBK', titleBold: false, body: '方正仿宋_GBK', kai: '方正楷体_GBK', hei: '方正黑体_GBK', song: '宋体' },
};

/** Chinese names for the choice in 设置 and messages. */
export const FONT_SET_LABELS: Record<FontFamilySet, string> = {
  gb2312: '仿宋_GB2312 等（公文标准字体）',
  windows: '仿宋、楷体等（Windows 自带字体）',
  fangzheng: '方正仿宋_GBK 等（方正 GBK 字体，含生僻字）',
};

/** Latin letters and digits inside 仿宋/楷体/宋体 text: the usual companion of Chinese official documents. */
export const LATIN_FONT = 'Times New Roman';

/** The family a missing font degrades to (Word reads w:altName), and the Windows English name of the plain ones. */
const ALT_NAME: Record<string, string> = {
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
  方正小标宋简体: '宋体',
  方正小标宋_GBK: '宋体',
  方正仿宋_GBK: '仿宋',
  方正楷体_GBK: '楷体',
  方正黑体_GBK: '黑体',
  仿宋: 'FangSong',
  楷体: 'KaiTi',
  黑体: 'SimHei',
  宋体: 'SimSun',
};

export const altNameOf = (font: string): string | undefined => ALT_NAME[font];

const escapeAttr = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** The fonts a set names, each once, East-Asian ones first. */
export function fontsOf(set: FontSet): string[] {
  return [...new Set([set.body, set.title, set.kai, set.hei, set.song])];
}

/** word/fontTable.xml for a set: each East-Asian font with charset 86 and its fallback, then the Latin font. */
export function fontTableXml(set: FontSet): string {
  const cjk = fontsOf(set).map((name) => {
    const alt = altNameOf(name);
    return (
      `<w:font w:name="${escapeAttr(name)}">` +
      (alt ? `<w:altName w:val="${escapeAttr(alt)}"/>` : '') +
      '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
    );
  });
  const latin =
    `<w:font w:name="${LATIN_FONT}"><w:panose1 w:val="02020603050405020304"/>` +
    '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    cjk.join('') +
    latin +
    '</w:fonts>'
  );
}
