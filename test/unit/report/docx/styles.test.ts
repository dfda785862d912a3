// The exported .docx keeps its look when the user goes on editing it in Word
// or WPS: the typography lives in named styles (styles.xml), paragraphs only
// name their style, and the headings are Word's own Heading 1 / Heading 2.
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../report/docx/index';
import { CLOSING_STYLE, PREAMBLE_STYLE } from '../../../../report/docx/markers';
import { PARTS } from '../../../../report/format';
import { elements, paragraphProps, readDocx, runs, tables, type Styles } from '../../../fixtures/docx/read-docx';
import { distinctReport, seedReport } from '../../../fixtures/docx/reports';

const FONTS = {
  gb2312: { title: '方正小标宋简体', titleBold: false, body: '仿宋_GB2312', kai: '楷体_GB2312', hei: '黑体', song: '宋体' },
  windows: { title: '宋体', titleBold: true, body: '仿宋', kai: '楷体', hei: '黑体', song: '宋体' },
  fangzheng: { title: '方正小标宋_GBK', titleBold: false, body: '方正仿宋_GBK', kai: '方正楷体_GBK', hei: '方正黑体_GBK', song: '宋体' },
} as const;

const styleXml = (files: Record<string, string>, id: string) =>
  files['word/styles.xml'].match(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`))?.[0];

/** What Word shows for a paragraph of `styleId` holding text with no formatting of its own. */
function effective(styles: Styles, styleId?: string) {
  const p = `<w:p>${styleId ? `<w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>` : ''}<w:r><w:t>文字</w:t></w:r></w:p>`;
  const props = paragraphProps(p, styles);
  return {
    run: runs(p, styles)[0],
    jc: props.attr('jc', 'val'),
    firstLine: props.attr('ind', 'firstLine'),
    firstLineChars: props.attr('ind', 'firstLineChars'),
    line: props.attr('spacing', 'line'),
    lineRule: props.attr('spacing', 'lineRule'),
    outline: props.attr('outlineLvl', 'val'),
    keepNext: props.on('keepNext'),
  };
}

const BODY = { firstLine: '640', firstLineChars: '200', line: '579', lineRule: 'exact' };

describe.each(['gb2312', 'windows', 'fangzheng'] as const)('styles.xml with the %s fonts', (set) => {
  const f = FONTS[set];
  const load = async () => readDocx(await exportDocx(seedReport(), { fonts: set }));

  // issue 12 §8: Normal holds the body's font and size but is plain, so a table or header added later in Word
  // does not take the exact 28.95 pt and the indent; those are in Body Text (正文文本), which the text uses
  it('Normal (the document defaults): 3号 body font, justified, no widow control, single spacing, no indent', async () => {
    const { files, styles } = await load();
    expect(styleXml(files, 'Normal')).toMatch(/w:default="1"/);
    const n = effective(styles);
    expect(n).toMatchObject({ jc: 'both', firstLine: undefined, line: undefined, outline: undefined, keepNext: false });
    expect(n.run).toMatchObject({ eastAsia: f.body, ascii: 'Times New Roman', size: 32, bold: false });
    expect(styles.pPrDefault).toMatch(/<w:widowControl w:val="(false|0)"\/>/);
  });

  it('Body Text (正文文本): first line 2 characters, exact 28.95 pt, characters 0.3 pt closer (28 a line), next paragraph the same', async () => {
    const { files, styles } = await load();
    const def = styleXml(files, 'BodyText')!;
    expect(def).toContain('<w:name w:val="Body Text"/>');
    expect(def).toMatch(/<w:basedOn w:val="Normal"\/>[\s\S]*<w:next w:val="BodyText"\/>/);
    expect(def).toContain('<w:spacing w:val="-6"/>');
    expect(effective(styles, 'BodyText')).toMatchObject({ ...BODY, jc: 'both', outline: undefined, keepNext: false });
  });

  it('Title: 2号 title font, centred, no indent, its characters not tightened', async () => {
    const { files, styles } = await load();
    expect(styleXml(files, 'Title')).toMatch(/<w:basedOn w:val="Normal"\/>[\s\S]*<w:next w:val="BodyText"\/>/);
    expect(styleXml(files, 'Title')).not.toMatch(/<w:spacing w:val=/);
    const t = effective(styles, 'Title');
    expect(t).toMatchObject({ jc: 'center', firstLine: '0', firstLineChars: '0', lineRule: 'exact', keepNext: true });
    expect(t.run).toMatchObject({ eastAsia: f.title, ascii: f.title, size: 44, bold: f.titleBold });
  });

  it('Heading1 (一、…): canonical name heading 1, 3号 黑体, outline level 0, kept with the next paragraph, body indent and spacing', async () => {
    const { files, styles } = await load();
    const def = styleXml(files, 'Heading1')!;
    expect(def).toContain('<w:name w:val="heading 1"/>');
    expect(def).toContain('<w:next w:val="BodyText"/>');
    const h = effective(styles, 'Heading1');
    expect(h).toMatchObject({ ...BODY, outline: '0', keepNext: true });
    expect(h.run).toMatchObject({ eastAsia: f.hei, size: 32, bold: false });
    expect(def).not.toMatch(/<w:color\b/);
  });

  it('Heading2 (（一）…): 3号 楷体, outline level 1, kept with the next paragraph', async () => {
    const { files, styles } = await load();
    const def = styleXml(files, 'Heading2')!;
    expect(def).toContain('<w:name w:val="heading 2"/>');
    const h = effective(styles, 'Heading2');
    expect(h).toMatchObject({ ...BODY, outline: '1', keepNext: true });
    expect(h.run).toMatchObject({ eastAsia: f.kai, ascii: 'Times New Roman', size: 32, bold: false });
    expect(def).not.toMatch(/<w:color\b/);
  });

  it('Heading3/Heading4 (1. and （1）) look like the body, at outline levels 2 and 3', async () => {
    const { styles } = await load();
    for (const [id, level] of [['Heading3', '2'], ['Heading4', '3']] as const) {
      expect(effective(styles, id)).toEqual({ ...effective(styles, 'BodyText'), outline: level, keepNext: true });
    }
  });

  it('the marker styles (named by their ids, which LibreOffice keeps) are based on Body Text and add nothing, so preamble and closing look like the body', async () => {
    const { files, styles } = await load();
    for (const [id, name] of [[PREAMBLE_STYLE, PREAMBLE_STYLE], [CLOSING_STYLE, CLOSING_STYLE]]) {
      expect(styleXml(files, id)).toMatch(/<w:basedOn w:val="BodyText"\/>/);
      expect(styleXml(files, id)).toContain(`<w:name w:val="${name}"/>`);
      expect(styleXml(files, id)).not.toMatch(/<w:pPr>|<w:rPr>/);
      expect(effective(styles, id)).toEqual(effective(styles, 'BodyText'));
    }
  });

  it('table styles: header 黑体, label and value 宋体, all 五号, centred, single spacing, no indent', async () => {
    const { styles } = await load();
    for (const [id, font] of [['NianbaoTableHeader', f.hei], ['NianbaoTableLabel', f.song], ['NianbaoTableValue', f.song]] as const) {
      const c = effective(styles, id);
      expect(c, id).toMatchObject({ jc: 'center', firstLine: '0', firstLineChars: '0', line: '240', lineRule: 'auto' });
      expect(c.run, id).toMatchObject({ eastAsia: font, size: 21, bold: false });
    }
  });

  it('every style font belongs to the set', async () => {
    const { files } = await load();
    const rFonts = files['word/styles.xml'].match(/<w:rFonts [^>]*>/g)!;
    const named = new Set(rFonts.flatMap((r) => [...r.matchAll(/w:(?:eastAsia|ascii|hAnsi)="([^"]+)"/g)].map((m) => m[1])));
    expect(named).toContain(f.body);
    expect([...named].every((n) => n === 'Times New Roman' || Object.values(f).includes(n as never)), [...named].join(' ')).toBe(true);
  });
});

describe('paragraphs name their style and repeat no formatting', () => {
  it('headings are Heading1 (the six parts, in order) and Heading2 (whole-line （一）…)', async () => {
    const { paras } = readDocx(await exportDocx(seedReport()));
    const byStyle = (id: string) => paras.filter((p) => p.props.styleId === id).map((p) => p.text);
    expect(byStyle('Heading1')).toEqual(PARTS.map((p) => p.heading));
    expect(byStyle('Heading2')).toEqual([
      '（一）主动公开情况',
      '（二）依申请公开情况',
      '（三）政府信息管理情况',
      '（四）平台建设情况',
      '（五）监督保障情况',
      '（一）2023年政务公开工作要点落实情况。',
      '（二）其他',
    ]);
    expect(byStyle('Title')).toEqual(['中卫市应急管理局', '2023年政府信息公开工作年度报告']);
  });

  it('no run outside the tables carries fonts or sizes, so text typed beside it inherits the style', async () => {
    const { paras } = readDocx(await exportDocx(seedReport(), { signature: { agency: '中卫市应急管理局', date: '2024年1月20日' } }));
    expect(paras.length).toBeGreaterThan(25);
    for (const p of paras) {
      expect(p.xml, p.text).not.toMatch(/<w:rPr>/);
      // only the style, the title's and signature's one blank line, the 落款's own right indent and its
      // keeping with the last line, and a link's leave to break inside are set on the paragraph
      const own = (p.xml.match(/<w:pPr>([\s\S]*?)<\/w:pPr>/)?.[1] ?? '').replace(/<w:pStyle [^>]*\/>/, '');
      expect(own, p.text).toMatch(/^(<w:keepNext\/>)?(<w:wordWrap w:val="0"\/>)?(<w:spacing w:(after|before)="579"\/>)?(<w:ind w:right="\d+"\/>)?$/);
      if (/https?:\/\//.test(p.text)) expect(own).toContain('<w:wordWrap w:val="0"/>');
    }
  });

  it('a heading written into its paragraph: only the heading run names 楷体, the rest is plain body', async () => {
    const { paras } = readDocx(await exportDocx(distinctReport()));
    const p = paras.find((x) => x.text === '（二）依申请公开情况。本年度收到申请若干件。')!;
    expect(p.props.styleId).toBe('BodyText');
    const [head, rest] = elements(p.xml, 'r');
    expect(head).toMatch(/w:eastAsia="楷体_GB2312"/);
    expect(head).not.toMatch(/<w:sz\b/);
    expect(rest).not.toMatch(/<w:rPr>/);
  });

  it('table cells name their cell style; a run sets at most its size (table 三 is 小五), never a character scale', async () => {
    const { doc, styles } = readDocx(await exportDocx(distinctReport()));
    const cells = tables(doc, styles).flatMap((t) => t.rows.flatMap((r) => r.cells));
    expect(cells.length).toBeGreaterThan(200);
    for (const c of cells) {
      expect(c.xml).toMatch(/<w:pStyle w:val="NianbaoTable(Header|Label|Value)"\/>/);
      for (const r of elements(c.xml, 'r')) expect(r.replace(/<w:rPr><w:sz w:val="\d+"\/><w:szCs w:val="\d+"\/><\/w:rPr>/, '')).not.toMatch(/<w:rPr>/);
    }
  });

  it('the page numbers are in the Footer style with no fonts of their own', async () => {
    const { files } = readDocx(await exportDocx(seedReport()));
    const footers = Object.keys(files).filter((k) => /^word\/footer\d*\.xml$/.test(k));
    expect(footers).toHaveLength(2);
    for (const k of footers) {
      expect(files[k]).toContain('<w:pStyle w:val="Footer"/>');
      expect(files[k]).not.toMatch(/<w:rFonts\b|<w:sz\b/);
    }
  });
});
