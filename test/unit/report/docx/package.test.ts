// Issue 12 §5–§8 read from the .docx: the line grid and 28 characters a line,
// widow control off, the font table's charset and fallbacks for each font set,
// punctuation compression, the footer distance, and styles: canonical names,
// none the document does not use, every one it uses defined.
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../report/docx/index';
import { FONT_FAMILY_SETS, FONT_SETS, fontsOf } from '../../../../report/docx/fonts';
import { editXml, XmlEditError } from '../../../../report/docx/xml-edit';
import { attr, elements, unzipDocx } from '../../../fixtures/docx/read-docx';
import { seedReport } from '../../../fixtures/docx/reports';

const load = async (fonts?: (typeof FONT_FAMILY_SETS)[number]) => unzipDocx(await exportDocx(seedReport(), { fonts }));

describe('page grid, widows, punctuation, footer (§5, §6, §8)', () => {
  it('a line grid of 28.95 pt (22 lines of the 225 mm type area), and snap-to-grid off in the table styles', async () => {
    const f = await load();
    const grid = f['word/document.xml'].match(/<w:docGrid [^>]*\/>/)![0];
    expect(attr(grid, 'docGrid', 'type')).toBe('lines');
    expect(Number(attr(grid, 'docGrid', 'linePitch')) * 22).toBeLessThanOrEqual(16838 - 2098 - 1984);
    expect(Number(attr(grid, 'docGrid', 'linePitch')) * 23).toBeGreaterThan(16838 - 2098 - 1984);
    for (const id of ['NianbaoTableHeader', 'NianbaoTableLabel', 'NianbaoTableValue']) {
      const st = f['word/styles.xml'].match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))![0];
      expect(st, id).toMatch(/<w:pPr><w:snapToGrid w:val="0"\/>/);
    }
  });

  it('28 characters fit a line: the body is 0.3 pt a character closer, 29 do not fit', async () => {
    const f = await load();
    const body = f['word/styles.xml'].match(/<w:style [^>]*w:styleId="BodyText"[\s\S]*?<\/w:style>/)![0];
    const pitch = 320 + Number(attr(body, 'spacing', 'val') ?? attr(body.slice(body.indexOf('<w:rPr>')), 'spacing', 'val'));
    const typeArea = 11906 - 1587 - 1474;
    expect(28 * pitch).toBeLessThanOrEqual(typeArea);
    expect(29 * pitch).toBeGreaterThan(typeArea);
  });

  it('widow control off in the document defaults; punctuation compressed; footer 24.5 mm from the edge', async () => {
    const f = await load();
    expect(f['word/styles.xml'].match(/<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/)![0]).toMatch(/<w:widowControl w:val="(false|0)"\/>/);
    expect(f['word/settings.xml']).toMatch(/<w:evenAndOddHeaders\/><w:characterSpacingControl w:val="compressPunctuation"\/>/);
    expect(Number(attr(f['word/document.xml'], 'pgMar', 'footer'))).toBe(Math.round((24.5 * 1440) / 25.4));
  });
});

describe('font table (§7)', () => {
  it.each(FONT_FAMILY_SETS)('%s: every East-Asian font with charset 86 and its fallback family, Times New Roman for Latin', async (set) => {
    const f = await load(set);
    const fonts = new Map(elements(f['word/fontTable.xml'], 'font').map((x) => [attr(x, 'font', 'name')!, x]));
    for (const name of fontsOf(FONT_SETS[set])) {
      const x = fonts.get(name)!;
      expect(x, name).toBeDefined();
      expect(attr(x, 'charset', 'val')).toBe('86');
      expect(attr(x, 'altName', 'val'), name).toBeTruthy();
    }
    expect(attr(fonts.get('Times New Roman')!, 'charset', 'val')).toBe('00');
    // every font a style names is in the table
    for (const m of f['word/styles.xml'].matchAll(/<w:rFonts [^>]*w:eastAsia="([^"]+)"/g)) expect(fonts.has(m[1]), m[1]).toBe(true);
  });

  it('the fallbacks of issue 12: 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 方正小标宋简体 → 宋体; 方正 GBK → the plain families', async () => {
    const alt = async (set: (typeof FONT_FAMILY_SETS)[number]) =>
      Object.fromEntries(elements((await load(set))['word/fontTable.xml'], 'font').map((x) => [attr(x, 'font', 'name'), attr(x, 'altName', 'val')]));
    expect(await alt('gb2312')).toMatchObject({ 仿宋_GB2312: '仿宋', 楷体_GB2312: '楷体', 方正小标宋简体: '宋体' });
    expect(await alt('fangzheng')).toMatchObject({ 方正仿宋_GBK: '仿宋', 方正楷体_GBK: '楷体', 方正黑体_GBK: '黑体', 方正小标宋_GBK: '宋体' });
  });
});

describe('styles (§8)', () => {
  it('canonical names for Word’s styles, Chinese names for the app’s own table and signature styles', async () => {
    const s = unzipDocx(await exportDocx(seedReport(), { signature: { agency: '中卫市应急管理局', date: '2024年1月20日' } }))['word/styles.xml'];
    const name = (id: string) => s.match(new RegExp(`w:styleId="${id}"[^>]*><w:name w:val="([^"]+)"`))?.[1];
    expect([name('Heading1'), name('Heading2'), name('Heading3'), name('Heading4'), name('BodyText'), name('Footer'), name('Title')]).toEqual([
      'heading 1', 'heading 2', 'heading 3', 'heading 4', 'Body Text', 'footer', 'Title',
    ]);
    expect([name('NianbaoSignature'), name('NianbaoTableHeader'), name('NianbaoTableLabel'), name('NianbaoTableValue')]).toEqual(['落款', '表格表头', '表格项目', '表格数值']);
  });

  it('no style the document does not use (the library’s Heading 5/6, TOC, Caption …), and every style used is defined', async () => {
    const f = await load();
    const defined = new Set([...f['word/styles.xml'].matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set<string>(['Normal', 'TableNormal', 'Heading3', 'Heading4']);
    for (const [part, xml] of Object.entries(f)) {
      if (!part.endsWith('.xml')) continue;
      for (const m of xml.matchAll(/<w:(?:pStyle|rStyle|basedOn|next) w:val="([^"]+)"/g)) used.add(m[1]);
    }
    // DefaultParagraphFont, the base of the library's footnote reference styles, is built into Word and LibreOffice
    for (const id of used) if (id !== 'DefaultParagraphFont') expect(defined.has(id), id).toBe(true);
    for (const id of defined) expect(used.has(id), id).toBe(true);
    for (const gone of ['Heading5', 'Heading6', 'TOC1', 'Caption', 'Strong', 'ListParagraph', 'Hyperlink']) expect(defined.has(gone), gone).toBe(false);
  });
});

describe('editXml', () => {
  const xml = '<?xml version="1.0"?><a><b x="&lt;1"/><c><d/></c><e>text</e></a>';
  it('inserts after an element, into one, removes one; the rest byte for byte', () => {
    const out = editXml(xml, [
      { match: (n) => n === 'b', after: '<n/>' },
      { match: (n) => n === 'c', prepend: '<p/>' },
      { match: (n) => n === 'e', remove: true },
    ]);
    expect(out).toBe('<?xml version="1.0"?><a><b x="&lt;1"/><n/><c><p/><d/></c></a>');
  });
  it('an edit inside a removed element goes with it; parents are known', () => {
    expect(editXml(xml, [{ match: (n) => n === 'c', remove: true }, { match: (n, _, p) => n === 'd' && p.at(-1)?.name === 'c', after: '<z/>' }])).toBe(
      '<?xml version="1.0"?><a><b x="&lt;1"/><e>text</e></a>',
    );
  });
  it('an edit that finds nothing, or a part that is not well-formed, throws', () => {
    expect(() => editXml(xml, [{ match: (n) => n === 'zz', after: '<y/>' }])).toThrow(XmlEditError);
    expect(() => editXml('<a><b></a>', [{ match: (n) => n === 'a', prepend: '' }])).toThrow(XmlEditError);
  });
});
