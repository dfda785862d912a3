// Preamble and closing through this project's .docx: the exporter marks them
// with paragraph styles, so any text round-trips exactly (not only a closing
// that starts like 本报告电子版… or 如有疑问…); without the marks the importer
// still guesses as before.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../report/docx/index';
import { CLOSING_STYLE, PREAMBLE_STYLE } from '../../../../report/docx/markers';
import { importReport } from '../../../../report/import/index';
import { parseReportJson } from '../../../../report/json';
import type { Report } from '../../../../report/report';
import { randomReport } from './import-helpers';

const FIX = path.resolve(__dirname, '../../../fixtures/import');
const KEYS = ['unit', 'year', 'level', 'title', 'preamble', 'parts', 'closing', 'table2', 'table3', 'table4'] as const;
const pick = (r: Report) => Object.fromEntries(KEYS.map((k) => [k, r[k]]));

function edit(docx: Uint8Array, file: string, change: (xml: string) => string): Uint8Array {
  const files = unzipSync(docx);
  files[file] = strToU8(change(strFromU8(files[file])));
  return zipSync(files);
}

const UNUSUAL = {
  preamble: '来源：本局办公室。根据《中华人民共和国政府信息公开条例》编制本报告。',
  closing: '特此报告，欢迎社会各界监督。\n（一）附：政务公开工作要点清单',
  // part 六 ending in what the guess would take for a closing
  other: '本年度未收取信息处理费。\n如有疑问，请与本局办公室联系。\n联系电话：0955-7012345',
};

describe('the exporter marks preamble and closing', () => {
  it('with paragraph styles that carry no formatting', async () => {
    const files = unzipSync(await exportDocx({ ...randomReport(51), ...UNUSUAL, parts: { ...randomReport(51).parts, other: UNUSUAL.other } }));
    const styles = strFromU8(files['word/styles.xml']);
    for (const id of [PREAMBLE_STYLE, CLOSING_STYLE]) {
      const def = styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`))?.[0];
      expect(def, id).toBeDefined();
      expect(def).not.toMatch(/<w:pPr>|<w:rPr>/); // the look stays the paragraph's own
    }
    const doc = strFromU8(files['word/document.xml']);
    expect(doc.match(new RegExp(`w:val="${CLOSING_STYLE}"`, 'g'))).toHaveLength(2);
    expect(doc.match(new RegExp(`w:val="${PREAMBLE_STYLE}"`, 'g'))).toHaveLength(1);
  });
});

describe('round trip of any preamble and closing', () => {
  it('a closing that starts with no known phrase, and a part 六 that ends like one, come back exactly', async () => {
    const base = randomReport(52);
    const r: Report = { ...base, preamble: UNUSUAL.preamble, closing: UNUSUAL.closing, parts: { ...base.parts, other: UNUSUAL.other } };
    const { report, problems } = await importReport(await exportDocx(r), 'closing.docx');
    expect(pick(report)).toEqual(pick(r));
    expect(problems).toEqual([]);
  });

  it('no closing stays no closing, even when part 六 ends with 如有疑问…', async () => {
    const base = randomReport(53);
    const r: Report = { ...base, closing: '', parts: { ...base.parts, other: UNUSUAL.other } };
    const { report } = await importReport(await exportDocx(r), 'none.docx');
    expect(report.closing).toBe('');
    expect(report.parts.other).toBe(UNUSUAL.other);
  });

  it('a paragraph added in Word inside the closing (it continues the style) belongs to the closing', async () => {
    const base = randomReport(54);
    const r: Report = { ...base, closing: '特此报告。' };
    const docx = edit(await exportDocx(r), 'word/document.xml', (xml) => {
      const para = xml.match(new RegExp(`<w:p>(?:(?!<w:p>).)*?w:val="${CLOSING_STYLE}".*?</w:p>`, 's'))![0];
      return xml.replace(para, para + para.replace('特此报告。', '欢迎监督。'));
    });
    const { report } = await importReport(docx, 'added.docx');
    expect(report.closing).toBe('特此报告。\n欢迎监督。');
    expect(report.parts).toEqual(r.parts);
  });

  it('a signature after the closing still joins it', async () => {
    const r: Report = { ...randomReport(55), closing: '特此报告。' };
    const docx = await exportDocx(r, { signature: { agency: r.unit, date: '2024年1月20日' } });
    const { report } = await importReport(docx, 'sig.docx');
    expect(report.closing).toBe(`特此报告。\n${r.unit}\n2024年1月20日`);
    expect(report.parts).toEqual(r.parts);
  });

  it('without the marks (an older export) the closing is guessed by how it starts', async () => {
    const base = randomReport(56);
    const r: Report = { ...base, closing: '本报告电子版可从门户网站下载。' };
    const strip = (xml: string) => xml.replace(new RegExp(`<w:pStyle w:val="(${PREAMBLE_STYLE}|${CLOSING_STYLE})"/>`, 'g'), '');
    let docx = edit(await exportDocx(r), 'word/document.xml', strip);
    docx = edit(docx, 'word/styles.xml', (xml) => xml.replace(new RegExp(`<w:style [^>]*w:styleId="(${PREAMBLE_STYLE}|${CLOSING_STYLE})".*?</w:style>`, 'g'), ''));
    expect(strFromU8(unzipSync(docx)['word/styles.xml'])).not.toContain(CLOSING_STYLE);
    const { report } = await importReport(docx, 'old.docx');
    expect(pick(report)).toEqual(pick(r));
  });
});

describe('LibreOffice keeps the marks', () => {
  const file = path.join(FIX, 'libreoffice-resave-closing.docx');
  it.skipIf(!existsSync(file))('an export re-saved by LibreOffice reads back its unusual preamble and closing', async () => {
    const want = parseReportJson(readFileSync(path.join(FIX, 'libreoffice-resave-closing.expected.json'), 'utf8'));
    expect(want.closing).toBe(UNUSUAL.closing);
    const { report, problems } = await importReport(readFileSync(file), 'lo.docx');
    expect(pick(report)).toEqual(pick(want));
    expect(problems).toEqual([]);
  });
});
