// The exporter registry: what the api, the command line and the export dialog
// offer is read from one list, and each writer's file reads back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORTERS, EXPORT_FORMATS, EXPORT_FORMAT_IDS, exportExtensions, exporterForFile } from '../../../report/export/index';
import { importReport } from '../../../report/import/index';
import { parseReportJson } from '../../../report/json';
import { seedReport } from '../../fixtures/docx/reports';

describe('exporter registry', () => {
  it('one writer per descriptor, with its id, extension and Chinese labels', () => {
    expect(EXPORT_FORMAT_IDS).toEqual(['docx', 'json', 'html', 'explanations']);
    expect(Object.keys(EXPORTERS)).toEqual(EXPORT_FORMAT_IDS);
    for (const id of EXPORT_FORMAT_IDS) {
      expect(EXPORTERS[id]).toMatchObject(EXPORT_FORMATS[id]);
      expect(EXPORTERS[id].id).toBe(id);
      expect(EXPORTERS[id].label).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(EXPORT_FORMATS.docx.label).toBe('Word 文档（.docx，正式版式）');
    expect(EXPORT_FORMATS.json.label).toBe('交换文件（.json）');
    // the 审核说明 list is a .docx too: the extension once (a .docx file name still asks for the report)
    expect(exportExtensions()).toBe('.docx 或 .json 或 .html');
  });

  it('finds the exporter by the file name’s extension, in any case', () => {
    expect(exporterForFile('/tmp/年报.DOCX')?.id).toBe('docx');
    expect(exporterForFile('C:\\报告\\a.b.json')?.id).toBe('json');
    expect(exporterForFile('年报.pdf')).toBeUndefined();
    expect(exporterForFile('docx')).toBeUndefined();
  });

  it('each writer’s output reads back as the same report', async () => {
    const seed = seedReport();
    expect(parseReportJson((await EXPORTERS.json.write(seed)) as string)).toEqual(seed);
    const docx = await EXPORTERS.docx.write(seed, { fonts: 'windows' });
    expect(docx).toBeInstanceOf(Uint8Array);
    const back = (await importReport(docx as Uint8Array, '年报.docx')).report;
    expect(back.table3).toEqual(seed.table3);
    expect(back.table2).toEqual(seed.table2);
    const web = (await importReport(new TextEncoder().encode((await EXPORTERS.html.write(seed)) as string), '网页版.html')).report;
    expect([web.table2, web.table3, web.table4]).toEqual([seed.table2, seed.table3, seed.table4]);
  });

  it('the descriptors the page reads import nothing (no .docx library, no Node module)', () => {
    const src = readFileSync(new URL('../../../report/export/formats.ts', import.meta.url), 'utf8');
    expect(src).not.toMatch(/^\s*import\b|\brequire\(/m);
  });
});
