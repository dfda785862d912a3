// Page, typography, narrative, footers and properties of the exported .docx,
// read back from the file (official-format.md section 7).
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../report/docx/index';
import { titleLines } from '../../../../report/docx/narrative';
import { PARTS } from '../../../../report/format';
import { blankReport, titleOf, type Report } from '../../../../report/report';
import { attr, bodyParagraphs, elements, readDocx, runs, textOf, type ParagraphInfo, type Styles } from '../../../fixtures/docx/read-docx';
import { distinctReport, seedReport } from '../../../fixtures/docx/reports';

let seed: Report;
let files: Record<string, string>;
let doc: string;
let styles: Styles;
let paras: ParagraphInfo[];

beforeAll(async () => {
  seed = seedReport();
  ({ files, doc, styles, paras } = readDocx(await exportDocx(seed)));
});

/** Paragraphs of a report's export, with the formatting Word shows (style + direct). */
const exported = async (r: Report, opts?: Parameters<typeof exportDocx>[1]) => readDocx(await exportDocx(r, opts)).paras;

const para = (text: string, ps = paras) => {
  const found = ps.filter((p) => p.text === text);
  expect(found, text).toHaveLength(1);
  return found[0];
};
const num = (xml: string, tag: string, name: string) => Number(attr(xml, tag, name));

describe('page', () => {
  it('A4 portrait with margins 37/35/28/26 mm in twips', () => {
    const sect = doc.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/)![0];
    expect(num(sect, 'pgSz', 'w')).toBe(11906);
    expect(num(sect, 'pgSz', 'h')).toBe(16838);
    expect(attr(sect, 'pgSz', 'orient') ?? 'portrait').toBe('portrait');
    expect([num(sect, 'pgMar', 'top'), num(sect, 'pgMar', 'bottom'), num(sect, 'pgMar', 'left'), num(sect, 'pgMar', 'right')]).toEqual([
      2098, 1984, 1587, 1474,
    ]);
  });
});

describe('typography', () => {
  it('title: 2号 方正小标宋简体, centred, in two lines agency / year + 政府信息公开工作年度报告', () => {
    const lines = ['中卫市应急管理局', '2023年政府信息公开工作年度报告'];
    expect(paras.slice(0, 2).map((p) => p.text)).toEqual(lines);
    for (const p of paras.slice(0, 2)) {
      expect(p.props.attr('jc', 'val')).toBe('center');
      expect(p.runs[0]).toMatchObject({ eastAsia: '方正小标宋简体', size: 44, bold: false });
    }
  });

  it('a title that fits stays on one line; a long one breaks before the year', () => {
    // about 20 characters fit on a line of 156 mm at 22 pt; the four digits count as two
    expect(titleLines('某某某局2023年政府信息公开工作年度报告', 2023)).toEqual(['某某某局2023年政府信息公开工作年度报告']);
    expect(titleLines('某某某某局2023年政府信息公开工作年度报告', 2023)).toEqual(['某某某某局', '2023年政府信息公开工作年度报告']);
    expect(titleLines('中卫市应急管理局2023年政府信息公开工作年度报告', 2023)).toEqual(['中卫市应急管理局', '2023年政府信息公开工作年度报告']);
  });

  it('body: 3号 仿宋_GB2312, first line indented 2 characters, exact line spacing 28–29 pt, justified', () => {
    const body = paras.filter((p) => p.runs.some((r) => r.eastAsia === '仿宋_GB2312'));
    expect(body.length).toBeGreaterThan(10);
    for (const p of body) {
      expect(p.runs.every((r) => r.size === 32)).toBe(true);
      expect(Number(p.props.attr('ind', 'firstLine'))).toBe(640);
      expect(p.props.attr('spacing', 'lineRule')).toBe('exact');
      expect(p.props.attr('jc', 'val')).toBe('both');
      const line = Number(p.props.attr('spacing', 'line'));
      expect(line).toBeGreaterThanOrEqual(560);
      expect(line).toBeLessThanOrEqual(580);
      // digits and Latin letters get a Latin font, Chinese the East-Asian one
      expect(p.runs[0].ascii).toBe('Times New Roman');
    }
  });

  it('level-1 headings: the six headings of format.ts in 3号 黑体, each once, in order', () => {
    const headings = paras.filter((p) => p.runs[0]?.eastAsia === '黑体');
    expect(headings.map((p) => p.text)).toEqual(PARTS.map((p) => p.heading));
    for (const h of headings) {
      expect(h.runs[0].size).toBe(32);
      expect(h.props.attr('outlineLvl', 'val')).toBe('0');
    }
    expect(para('（一）主动公开情况').props.attr('outlineLvl', 'val')).toBe('1');
  });

  it('level-2 headings （一）… in 3号 楷体_GB2312, the rest of the text 仿宋', () => {
    const kai = paras.filter((p) => p.runs[0]?.eastAsia === '楷体_GB2312').map((p) => p.text);
    expect(kai).toEqual([
      '（一）主动公开情况',
      '（二）依申请公开情况',
      '（三）政府信息管理情况',
      '（四）平台建设情况',
      '（五）监督保障情况',
      '（一）2023年政务公开工作要点落实情况。',
      '（二）其他',
    ]);
    expect(para('（二）依申请公开情况').runs[0].size).toBe(32);
  });

  it('a level-2 heading run into its paragraph: 楷体 up to the full stop, 仿宋 after', async () => {
    const ps = await exported(distinctReport());
    const p = para('（二）依申请公开情况。本年度收到申请若干件。', ps);
    expect(p.runs.map((r) => [r.text, r.eastAsia])).toEqual([
      ['（二）依申请公开情况。', '楷体_GB2312'],
      ['本年度收到申请若干件。', '仿宋_GB2312'],
    ]);
  });
});

describe('narrative', () => {
  it('one paragraph per line, in the order preamble, parts, closing; blank lines and pasted indents dropped', async () => {
    const r = distinctReport();
    const ps = (await exported(r)).map((p) => p.text);
    const expected = [
      ...titleLines(titleOf(r), r.year),
      r.preamble,
      PARTS[0].heading,
      '本年度，本局认真贯彻条例。',
      '（一）主动公开情况',
      '主动公开信息若干条。',
      '（二）依申请公开情况。本年度收到申请若干件。',
      PARTS[1].heading,
      PARTS[2].heading,
      PARTS[3].heading,
      PARTS[4].heading,
      '存在的问题是公开不够及时。',
      '改进措施是加强培训。',
      PARTS[5].heading,
      r.parts.other,
      r.closing,
    ];
    // the paragraph that closes the document body (after the last table) may be empty
    expect(ps.filter((t) => t !== '')).toEqual(expected);
  });

  it('the 落款 (issue 12 §4): date 右空四字, the agency centred over it, kept with the last line, only when asked for', async () => {
    const r = distinctReport();
    const withSig = (await exported(r, { signature: { agency: '某市某某局', date: '2025年1月20日' } })).filter((p) => p.text);
    const [agency, date] = withSig.slice(-2);
    expect([agency.text, date.text]).toEqual(['某市某某局', '2025年1月20日']);
    // a 3号 character of the body (16 pt less its 0.3 pt) is 314 twips, a digit half of 320 less 6
    const width = (s: string) => [...s].reduce((w, ch) => w + (/[0-9]/.test(ch) ? 154 : 314), 0);
    expect(Number(date.props.attr('ind', 'right'))).toBe(4 * 314);
    // the centres of the two lines coincide (within a twip of rounding)
    const centre = (p: typeof date) => Number(p.props.attr('ind', 'right')) + width(p.text) / 2;
    expect(Math.abs(centre(agency) - centre(date))).toBeLessThanOrEqual(1);
    for (const p of [agency, date]) {
      expect(p.props.attr('jc', 'val')).toBe('right');
      expect([p.props.attr('ind', 'firstLine'), p.props.attr('ind', 'firstLineChars')]).toEqual(['0', '0']);
      expect(p.runs[0]).toMatchObject({ eastAsia: '仿宋_GB2312', size: 32 });
    }
    // the closing's last line, the agency and the date on one page
    expect(withSig.at(-3)!.props.on('keepNext')).toBe(true);
    expect(agency.props.on('keepNext')).toBe(true);
    expect(agency.props.attr('spacing', 'before')).toBe('579');
    expect(withSig.at(-3)!.text).toBe(r.closing);
    expect(paras.filter((p) => p.text).at(-1)!.text).toBe(seed.closing);
  });

  it('a part pasted with its own heading line prints the heading once', async () => {
    const r = distinctReport();
    r.parts.problems = `　${PARTS[4].heading}\n存在的问题是公开不够及时。`;
    const ps = (await exported(r)).map((p) => p.text);
    expect(ps.filter((t) => t === PARTS[4].heading)).toHaveLength(1);
    expect(ps[ps.indexOf(PARTS[4].heading) + 1]).toBe('存在的问题是公开不够及时。');
  });

  it('a blank report (nothing filled in yet) exports: headings and empty tables', async () => {
    const f = readDocx(await exportDocx(blankReport('某局', 2024))).files;
    const ps = bodyParagraphs(f['word/document.xml']).map((p) => p.text).filter(Boolean);
    expect(ps).toEqual(['某局2024年政府信息公开工作年度报告', ...PARTS.map((p) => p.heading)]);
    expect(f['word/document.xml'].match(/<w:tbl>/g)).toHaveLength(3);
  });

  it('text with XML specials and an empty narrative still export', async () => {
    const r = distinctReport();
    r.unit = '某局<&>"';
    r.title = undefined;
    r.parts.problems = '';
    r.closing = 'a < b & c > d';
    const f = readDocx(await exportDocx(r)).files;
    expect(bodyParagraphs(f['word/document.xml']).map((p) => p.text)).toContain('a < b & c > d');
    expect(f['docProps/app.xml']).toContain('<Company>某局&lt;&amp;&gt;&quot;</Company>');
  });
});

describe('page numbers', () => {
  it('odd pages right, even pages left: — PAGE — in 4号 宋体, evenAndOddHeaders set', () => {
    expect(files['word/settings.xml']).toMatch(/<w:evenAndOddHeaders\b/);
    const sect = doc.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/)![0];
    const rels = files['word/_rels/document.xml.rels'];
    const footerFile = (type: string) => {
      const id = sect.match(new RegExp(`<w:footerReference[^>]*w:type="${type}"[^>]*r:id="(\\w+)"|<w:footerReference[^>]*r:id="(\\w+)"[^>]*w:type="${type}"`));
      expect(id, type).toBeTruthy();
      const target = rels.match(new RegExp(`Id="${id![1] ?? id![2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id![1] ?? id![2]}"`))!;
      return files[`word/${target[1] ?? target[2]}`];
    };
    for (const [type, side] of [['default', 'right'], ['even', 'left']] as const) {
      const f = footerFile(type);
      const p = elements(f, 'p')[0];
      expect(attr(p, 'jc', 'val')).toBe(side);
      // one character (4号) in from the edge on its own side, no body indent
      const props = bodyParagraphs(f, styles)[0].props;
      expect(props.attr('ind', side)).toBe('280');
      expect([props.attr('ind', 'firstLine'), props.attr('ind', 'firstLineChars')]).toEqual(['0', '0']);
      // the dashes around a PAGE field that holds a value (1 on the odd footer, 2 on the even), nothing else
      expect(p).toMatch(/<w:fldSimple w:instr="PAGE">/);
      expect(elements(p, 'r').map(textOf)).toEqual(['— ', type === 'default' ? '1' : '2', ' —']);
      // in effect (Footer style): 宋体 for the dashes too, 4号
      for (const r of runs(p, styles)) expect(r).toMatchObject({ eastAsia: '宋体', ascii: '宋体', size: 28 });
    }
  });
});

describe('font families and properties', () => {
  it('the windows set names only fonts plain Windows has', async () => {
    const { files: f, paras: ps } = readDocx(await exportDocx(seed, { fonts: 'windows' }));
    const all = Object.values(f).join('\n');
    expect(all).not.toMatch(/GB2312|小标宋/);
    expect(ps[0].runs[0]).toMatchObject({ eastAsia: '宋体', size: 44, bold: true });
    expect(ps.find((p) => p.text === '（一）主动公开情况')!.runs[0].eastAsia).toBe('楷体');
    expect(ps.find((p) => p.text === seed.closing)!.runs[0].eastAsia).toBe('仿宋');
    expect(ps.find((p) => p.text === PARTS[0].heading)!.runs[0].eastAsia).toBe('黑体');
  });

  it('document properties: the title, and the agency as creator, subject and company', () => {
    const core = files['docProps/core.xml'];
    expect(core).toContain(`<dc:title>${titleOf(seed)}</dc:title>`);
    expect(core).toContain(`<dc:creator>${seed.unit}</dc:creator>`);
    expect(core).toContain(`<dc:subject>${seed.unit}</dc:subject>`);
    expect(files['docProps/app.xml']).toContain(`<Company>${seed.unit}</Company>`);
  });
});
