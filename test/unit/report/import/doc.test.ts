// Old binary Word files (.doc): the three tables cell for cell, blanks in
// their own columns, and a clear message for what cannot be read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docBlocks, rowsOfCells, UNREADABLE_DOC } from '../../../../report/import/doc';
import { importReport, ImportError } from '../../../../report/import/index';
import { parseReportJson } from '../../../../report/json';

const FIX = path.resolve(__dirname, '../../../fixtures/import');
const KEYS = ['unit', 'year', 'level', 'title', 'preamble', 'parts', 'table2', 'table3', 'table4'] as const;
const pickDoc = (r: object) => Object.fromEntries(KEYS.map((k) => [k, (r as Record<string, unknown>)[k]]));

describe('a .doc written by LibreOffice (make-libreoffice-doc.sh)', () => {
  for (const n of ['seed', 'random7', 'random8']) {
    it(`${n}: every table cell, the parts and the title, as the .docx it was saved from`, async () => {
      const expected = parseReportJson(readFileSync(path.join(FIX, `libreoffice-resave-${n}.expected.json`), 'utf8'));
      const { report, problems } = await importReport(readFileSync(path.join(FIX, `libreoffice-doc-${n}.doc`)), `${n}.doc`);
      expect(pickDoc(report)).toEqual(pickDoc(expected));
      expect(problems).toEqual([]);
    });
  }

  it('reads a .doc under a .wps or .docx name by its bytes', async () => {
    const bytes = readFileSync(path.join(FIX, 'libreoffice-doc-random7.doc'));
    const expected = parseReportJson(readFileSync(path.join(FIX, 'libreoffice-resave-random7.expected.json'), 'utf8'));
    for (const name of ['r.wps', 'r.docx']) expect((await importReport(bytes, name)).report.table3).toEqual(expected.table3);
  });
});

describe('rows rebuilt from the cells word-extractor gives', () => {
  it('cuts at row labels and drops the end mark and merged cells past a row’s width, keeping a blank first value', () => {
    const cells = ['（本列数据…）', '申请人情况', '', '自然人', '总计', '', '一、本年新收政府信息公开申请数量', '1', '2', '3', '4', '5', '6', '21', '', '', '三、本年度办理结果', '（一）予以公开', '', '1', '0', '0', '0', '0', '1', '', '', '（二）部分公开', '0'];
    expect(rowsOfCells(cells)).toEqual([
      ['（本列数据…）', '申请人情况', '', '自然人', '总计', ''],
      ['一、本年新收政府信息公开申请数量', '1', '2', '3', '4', '5', '6', '21'],
      ['三、本年度办理结果'],
      ['（一）予以公开', '', '1', '0', '0', '0', '0', '1'],
      ['（二）部分公开', '0'],
    ]);
  });

  it('a heading on the last line of a table is a paragraph, not a cell', () => {
    const blocks = docBlocks('行政许可\t5\t\n四、结转下年度继续办理\t0\t\t五、存在的主要问题及改进情况\n没有。');
    expect(blocks.map((b) => (b.kind === 'para' ? b.text : 'table'))).toEqual(['table', '五、存在的主要问题及改进情况', '没有。']);
  });
});

describe('what cannot be read', () => {
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(4000).fill(7)]);
  it('a broken compound file: the message to save it as .docx', async () => {
    const err = await importReport(ole, 'old.doc').catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toBe(UNREADABLE_DOC);
  });

  it('a real .doc cut short or with its sectors overwritten: refused, never half read', async () => {
    const doc = readFileSync(path.join(FIX, 'libreoffice-doc-seed.doc'));
    const cut = doc.subarray(0, 9000);
    await expect(importReport(cut, 'cut.doc')).rejects.toThrow(ImportError);
    const scrambled = Uint8Array.from(doc);
    for (let i = 512; i < scrambled.length; i += 97) scrambled[i] ^= 0x5a;
    const r = await importReport(scrambled, 'x.doc').then((x) => x.report, (e) => e);
    if (!(r instanceof ImportError)) expect(r.unit).toBeTypeOf('string'); // read or refused, but never a crash
  });

  it('a .wps of WPS’s own old format, and a .doc far larger than any report', async () => {
    await expect(importReport(new TextEncoder().encode('WPS old format'), 'a.wps')).rejects.toThrow(/另存为 \.docx/);
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(importReport(big, 'big.doc')).rejects.toThrow(/Word 文档过大/);
  });
});
