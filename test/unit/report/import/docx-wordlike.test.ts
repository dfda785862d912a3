// .docx files as Word and WPS write them (hand-made fixtures, see
// test/fixtures/import/make-wordlike-docx.ts): every value and part read, the
// invisible parts (field codes, deleted text, a text box's fallback copy) not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../../../report/import/index';
import { parseReportJson } from '../../../../report/json';
import type { Report } from '../../../../report/report';

const FIX = path.resolve(__dirname, '../../../fixtures/import');
const KEYS = ['unit', 'year', 'level', 'title', 'preamble', 'parts', 'closing', 'table2', 'table3', 'table4'] as const;
const pick = (r: Report) => Object.fromEntries(KEYS.map((k) => [k, r[k]]));
const load = (name: string) => ({
  bytes: readFileSync(path.join(FIX, `${name}.docx`)),
  want: parseReportJson(readFileSync(path.join(FIX, `${name}.expected.json`), 'utf8')),
});
const partsOf = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
const allText = (r: Report) => JSON.stringify(pick(r));

describe('a Word document with everything Word wraps runs in', () => {
  const { bytes, want } = load('word-features');
  const files = partsOf(bytes);
  const xml = files['word/document.xml'];

  it('really carries the features it is meant to test', () => {
    for (const f of ['<w:hyperlink', '<w:smartTag', '<w:sdtContent>', '<w:fldSimple', 'w:fldCharType="separate"', '<w:instrText', '<w:ins ', '<w:delText>', '<w:proofErr', '<w:bookmarkStart', '<mc:AlternateContent>', '<mc:Fallback>', '<w:txbxContent>', 'w:type="page"', '<w:noBreakHyphen/>', '<w:softHyphen/>', '\u00ad', '<w:tab/>', '\u3000', '<w:numPr>', 'w:vMerge', 'w:textDirection', '>小计<'])
      expect(xml, f).toContain(f);
    expect(files['word/numbering.xml']).toContain('chineseCountingThousand');
    expect(files['word/numbering.xml']).toContain('<w:startOverride');
    expect(xml).toContain('<w:pPrChange'); // an earlier numbering, kept by tracked changes, that is no longer shown
    expect(xml).toContain('>主动公开情况<');
    expect(xml).not.toContain('（一）主动公开情况');
    expect(files['word/settings.xml']).toContain('w:val="12"'); // compatibility mode
    // the part numerals come only from the list numbering
    expect(xml).toContain('>总体情况<');
    expect(xml).not.toMatch(/>[一二三四五六]、(总体情况|主动公开政府信息情况)</);
  });

  it('every part and every value reads as the source report, with no problems', async () => {
    const { report, problems } = await importReport(bytes, 'word-features.docx');
    expect(pick(report)).toEqual(pick(want));
    expect(problems).toEqual([]);
  });

  it('reads field results, not field codes; drops deleted text; reads the text box once', async () => {
    const { report } = await importReport(bytes, 'word-features.docx');
    const text = allText(report);
    expect(text).not.toContain('MERGEFIELD');
    expect(text).not.toContain('DOCPROPERTY');
    expect(text).not.toContain('已删除的旧文字');
    expect(text).not.toContain('\u00ad');
    // the preamble sits in a text box with a VML copy in mc:Fallback: once, not twice
    expect(report.preamble).toBe(want.preamble);
    expect(text.split((want.preamble ?? '').slice(0, 30)).length - 1).toBe(1);
  });

  it('the closing keeps the web address of its hyperlink, the phone number’s hyphen and the tab', async () => {
    const { report } = await importReport(bytes, 'word-features.docx');
    expect(report.closing).toContain('http://www.nxzw.gov.cn');
    expect((report.closing ?? '').split('\n').at(-1)).toBe('联系人：办公室\t联系电话：0955-7068553');
  });
});

describe('a WPS document: the whole report in one table cell', () => {
  const { bytes, want } = load('wps-layout');
  const files = partsOf(bytes);
  const xml = files['word/document.xml'];
  const marks = (xml.match(/<w:t xml:space="preserve">(—|\/|无)<\/w:t>/g) ?? []).length;

  it('really is laid out that way, with WPS’s own markings', () => {
    expect(xml).toContain('xmlns:wpsCustomData=');
    expect(xml).toContain('w:hint="eastAsia"');
    expect(files['docProps/custom.xml']).toContain('KSOProductBuildVer');
    expect(xml.indexOf('<w:tbl>')).toBeLessThan(xml.indexOf('<w:p>')); // the body opens with the layout table
    expect(xml.match(/<w:tbl>/g)!.length).toBe(1 + 4 + 1 + 1); // layout, table 二 in four, 三, 四
    expect(marks).toBeGreaterThan(5);
  });

  it('every part and value reads as the source; each —, / or 无 is a blank and said so', async () => {
    const { report, problems } = await importReport(bytes, 'wps-layout.docx');
    expect(pick(report)).toEqual(pick(want));
    expect(problems).toHaveLength(marks);
    for (const p of problems) expect(p.message).toMatch(/写的是“(—|\/|无)”，已按空白读入/);
    expect(new Set(problems.map((p) => p.table))).toEqual(new Set(['table2', 'table3', 'table4']));
  });
});
