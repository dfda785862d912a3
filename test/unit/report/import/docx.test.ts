// The .docx importer: this project's export read back, a LibreOffice-made
// document, tables out of their usual order, and merged cells.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../report/docx/index';
import { TABLE3_ROW_KEYS } from '../../../../report/format';
import { documentBlocks, resolveGrid } from '../../../../report/import/docx';
import { importReport } from '../../../../report/import/index';
import { parseReportJson } from '../../../../report/json';
import type { Report } from '../../../../report/report';
import { randomReport, reportToText } from './import-helpers';

const SHARED = path.resolve(__dirname, '../../../fixtures/shared');
const FIX = path.resolve(__dirname, '../../../fixtures/import');
const seedReport = parseReportJson(readFileSync(path.join(SHARED, 'spec/seed-report.json'), 'utf8'));
const KEYS = ['unit', 'year', 'level', 'title', 'preamble', 'parts', 'closing', 'table2', 'table3', 'table4'] as const;
const pick = (r: Report) => Object.fromEntries(KEYS.map((k) => [k, r[k]]));

/** Rewrite word/document.xml of a .docx. */
function editDocument(docx: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(docx);
  files['word/document.xml'] = strToU8(edit(strFromU8(files['word/document.xml'])));
  return zipSync(files);
}

describe('round trip through this project’s .docx export', () => {
  it('the seed report comes back the same', async () => {
    const { report, problems } = await importReport(await exportDocx(seedReport), 'seed.docx');
    expect(pick(report)).toEqual(pick(seedReport));
    expect(problems).toEqual([]);
  });

  for (const seed of [11, 12, 13, 14, 15, 16, 17, 18, 19, 20]) {
    it(`random report ${seed} comes back the same`, async () => {
      const r = randomReport(seed);
      const fonts = seed % 2 ? 'windows' : 'gb2312';
      const { report, problems } = await importReport(await exportDocx(r, { fonts }), `r${seed}.docx`);
      expect(pick(report)).toEqual(pick(r));
      expect(problems).toEqual([]);
    });
  }

  it('keeps a signature out of the parts', async () => {
    const r = { ...randomReport(21), closing: '' };
    const docx = await exportDocx(r, { signature: { agency: r.unit, date: '2024年1月20日' } });
    const { report } = await importReport(docx, 'sig.docx');
    expect(report.parts).toEqual(r.parts);
    expect(report.closing).toBe(`${r.unit}\n2024年1月20日`);
  });
});

describe('a .docx made by another program', () => {
  it('LibreOffice’s conversion of the official tables: every value in place', async () => {
    const want = JSON.parse(readFileSync(path.join(FIX, 'libreoffice-tables.expected.json'), 'utf8'));
    want.table3 = Object.fromEntries(TABLE3_ROW_KEYS.map((k, i) => [k, want.table3[i]]));
    const docx = readFileSync(path.join(FIX, 'libreoffice-tables.docx'));
    expect(strFromU8(unzipSync(docx)['word/document.xml'])).toContain('w:vMerge'); // merged cells really are there
    const { report, problems } = await importReport(docx, 'libreoffice-tables.docx');
    expect(pick(report)).toEqual(want);
    expect(problems).toEqual([]);
  });

  for (const name of ['seed', 'random7', 'random8']) {
    it(`this project’s export of ${name}, re-saved by LibreOffice, reads back the same`, async () => {
      const want = parseReportJson(readFileSync(path.join(FIX, `libreoffice-resave-${name}.expected.json`), 'utf8'));
      const { report, problems } = await importReport(readFileSync(path.join(FIX, `libreoffice-resave-${name}.docx`)), `${name}.docx`);
      expect(pick(report)).toEqual(pick(want));
      expect(problems).toEqual([]);
    });
  }

  it('finds the tables by their labels when they stand in another order', async () => {
    const r = randomReport(31);
    const docx = editDocument(await exportDocx(r), (xml) => {
      const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
      expect(tables).toHaveLength(3);
      let i = 0;
      const order = [2, 0, 1];
      return xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, () => tables[order[i++]]);
    });
    const { report } = await importReport(docx, 'shuffled.docx');
    expect(pick(report)).toEqual(pick(r));
  });

  it('ignores deleted text (tracked changes) inside a heading', async () => {
    const r = randomReport(32);
    const docx = editDocument(await exportDocx(r), (xml) => {
      const edited = xml.replace('一、总体情况</w:t></w:r>', '一、总体情况</w:t></w:r><w:del><w:r><w:delText>删除的字</w:delText></w:r></w:del>');
      expect(edited).not.toBe(xml);
      return edited;
    });
    const { report, problems } = await importReport(docx, 'edited.docx');
    expect(pick(report)).toEqual(pick(r));
    expect(problems).toEqual([]);
  });
});

describe('merged cells', () => {
  it('reads runs, tabs and breaks, and aligns vertical merges past w:gridBefore', () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const tc = (t: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const xml = `<w:document ${W}><w:body>
      <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>中卫市</w:t></w:r><w:r><w:t>应急管理局</w:t><w:br/><w:t>2023</w:t><w:tab/><w:t>年</w:t></w:r></w:p>
      <w:tbl><w:tr>${tc('A', '<w:vMerge w:val="restart"/>')}${tc('B', '<w:vMerge w:val="restart"/>')}${tc('1')}</w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('', '<w:vMerge/>')}${tc('2')}</w:tr></w:tbl>
    </w:body></w:document>`;
    expect(documentBlocks(xml)).toEqual([
      { kind: 'para', text: '中卫市应急管理局\n2023\t年' },
      { kind: 'table', rows: [['A', 'B', '1'], ['', 'B', '2']] },
    ]);
  });


  it('a vertically continued cell takes the text it continues; a horizontal span is one cell', () => {
    const c = (text: string, span = 1, vMerge?: 'restart' | 'continue') => ({ text, span, vMerge });
    const grid = resolveGrid([
      [c('三、本年度办理结果', 1, 'restart'), c('（三）不予公开', 1, 'restart'), c('1.属于国家秘密'), c('5')],
      [c('', 1, 'continue'), c('', 1, 'continue'), c('2.其他法律行政法规禁止公开'), c('6')],
      [c('', 1, 'continue'), c('（七）总计', 2), c('11')],
    ]);
    expect(grid).toEqual([
      ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '5'],
      ['三、本年度办理结果', '（三）不予公开', '2.其他法律行政法规禁止公开', '6'],
      ['三、本年度办理结果', '（七）总计', '11'],
    ]);
  });
});

describe('Word files without real tables', () => {
  it('reads tables pasted as tab-separated paragraphs, and ignores mc:Fallback copies', async () => {
    const r = randomReport(41);
    const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t.replace(/\t/g, '</w:t><w:tab/><w:t xml:space="preserve">')}</w:t></w:r></w:p>`;
    const lines = reportToText(r).split('\n').filter(Boolean);
    const fallback = '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>框</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>重复的框</w:t></w:r></mc:Fallback></mc:AlternateContent>';
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${lines.map(p).join('')}<w:p>${fallback}</w:p></w:body></w:document>`;
    const docx = zipSync({ 'word/document.xml': strToU8(xml) });
    const { report } = await importReport(docx, 'pasted.docx');
    expect({ ...pick(report), closing: undefined }).toEqual({ ...pick(r), closing: undefined });
    expect(report.closing).not.toContain('重复的框');
  });
});
