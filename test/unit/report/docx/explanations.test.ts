// The 审核说明 list (issue 14 §12): every error and warning with its 审核说明, read back
// from the .docx, and laid out on A4 by LibreOffice (pdftotext reads the page).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explanationLines, explanationsDocx } from '../../../../report/docx/explanations';
import { EXPORTERS, exporterForFile } from '../../../../report/export/index';
import { withCell, type Report } from '../../../../report/report';
import { validateReport } from '../../../../report/rules/index';
import { busyReport, completeReport } from '../../../fixtures/rules/reports';
import { decodeXml, elements, unzipDocx } from '../../../fixtures/docx/read-docx';

const installed = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const canRender = installed('soffice') && installed('pdftotext');
if (!canRender) console.warn('explanations: the LibreOffice layout check is skipped (soffice or pdftotext missing)');

/** busy report with a wrong row total (error), a text figure against the table and a doubled word (warnings), one answered. */
function reviewed(): Report {
  const r = withCell(busyReport(), { table: 'table3', row: '1', col: 6 }, 13);
  r.parts.overview += '\n加强资金资金管理。';
  const text = validateReport(r, { final: true }).find((f) => f.rule === 'consistency.text-vs-table')!;
  r.explanations = [{ rule: text.rule, table: text.table, row: text.row, col: text.col, part: text.part, text: '正文所写为受理数，含当场答复的咨询，已与经办科室核实。' }];
  return r;
}
const texts = (xml: string) => elements(xml, 't').map((t) => decodeXml(t.replace(/<[^>]+>/g, '')));

describe('explanationLines', () => {
  it('errors first, then warnings; the written 审核说明 beside its finding; info left out', () => {
    const r = reviewed();
    const lines = explanationLines(r, validateReport(r, { final: true }));
    const errors = validateReport(r, { final: true }).filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    expect(lines.map((l) => l.severity)).toEqual([...Array(errors).fill('错误'), ...Array(lines.length - errors).fill('警告')]);
    expect(lines.find((l) => l.rule === '正文与表格数字不一致')?.explanation).toContain('已与经办科室核实');
    expect(lines.find((l) => l.rule === '文字重复')).toMatchObject({ place: '一、总体情况', explanation: undefined });
    expect(lines.find((l) => l.rule === '表三 行合计不符')?.place).toContain('表三');
  });
});

describe('explanationsDocx', () => {
  it('lists every warning with its explanation, the counts and the signature lines', async () => {
    const r = reviewed();
    const xml = unzipDocx(await explanationsDocx(r, { fonts: 'windows' }))['word/document.xml'];
    const all = texts(xml).join('');
    expect(all).toContain(`${r.title ?? r.unit}`);
    expect(all).toContain('审核说明');
    for (const f of validateReport(r, { final: true }).filter((x) => x.severity !== 'info')) expect(all).toContain(f.message);
    expect(all).toContain('正文所写为受理数');
    expect(all).toContain('（未填写）');
    expect(all).toMatch(/有错误 2 处、警告 2 处，其中 1 处警告尚未填写审核说明/);
    expect(all).toContain('分管领导（签字）');
    expect(elements(xml, 'tr')).toHaveLength(explanationLines(r, validateReport(r, { final: true })).length + 1);
  });

  it('a clean report says so, with no table', async () => {
    const xml = unzipDocx(await explanationsDocx(completeReport()))['word/document.xml'];
    expect(texts(xml).join('')).toContain('未发现错误和警告');
    expect(elements(xml, 'tbl')).toHaveLength(0);
  });

  it('is an export option; a file named .docx still gets the report itself', async () => {
    expect(EXPORTERS.explanations.ext).toBe('docx');
    // offered as 《…年度报告审核说明清单.docx》, never over the report's own .docx
    expect(EXPORTERS.explanations.nameSuffix).toBe('审核说明清单');
    expect(EXPORTERS.docx.nameSuffix).toBeUndefined();
    expect(exporterForFile('年报.docx')?.id).toBe('docx');
    const bytes = (await EXPORTERS.explanations.write(reviewed(), { fonts: 'gb2312' })) as Uint8Array;
    expect(texts(unzipDocx(bytes)['word/document.xml']).join('')).toContain('正文所写为受理数');
  });

  it.runIf(canRender)('LibreOffice lays it out on A4 with every column readable', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'explanations-'));
    const file = path.join(dir, '审核说明.docx');
    writeFileSync(file, await explanationsDocx(reviewed(), { fonts: 'windows' }));
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
    const pdf = path.join(dir, '审核说明.pdf');
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+/); // A4
    const page = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    // the header on one line, in its order; each finding's number and kind start a row
    expect(page).toMatch(/序号\s+类别\s+位置\s+问题\s+审核说明/);
    expect(page).toMatch(/^\s*3\s+警告\s+表三.*正文与表格数字不一致.*正文所写为受理/m);
    expect(page).toMatch(/^\s*4\s+警告\s+一、总体情况\s+文字重复/m);
    expect(page).toMatch(/（未填写）/);
    expect(page).toContain('分管领导（签字）');
    expect(readFileSync(pdf).length).toBeGreaterThan(1000);
  }, 180_000);
});
