// Renders exported .docx files through LibreOffice and reads the PDF text
// back (pdftotext -raw keeps each table cell's text together): every label of
// the format and every value must be printed, each table row in one piece.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../report/docx/index';
import { titleLines } from '../../../../report/docx/narrative';
import {
  PARTS,
  TABLE2,
  TABLE3_APPLICANT,
  TABLE3_COLUMNS,
  TABLE3_CORNER,
  TABLE3_GROUPS,
  TABLE3_LEGAL,
  TABLE3_ROWS,
  TABLE3_SECTION3_LABEL,
  TABLE4_GROUPS,
  TABLE4_LITIGATION,
  TABLE4_OUTCOMES,
  TABLE4_REVIEW,
} from '../../../../report/format';
import { titleOf, type Report } from '../../../../report/report';
import { tables, unzipDocx } from '../../../fixtures/docx/read-docx';
import { distinctReport, seedReport } from '../../../fixtures/docx/reports';

function installed(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const canRender = installed('soffice') && installed('pdftotext');
if (!canRender) console.warn('docx-pdf: skipped, LibreOffice (soffice) or pdftotext is not installed');

const strip = (s: string) => s.replace(/\s+/g, '');

const LABELS = [
  ...PARTS.map((p) => p.heading),
  ...TABLE2.flatMap((b) => [b.article, ...b.headers, ...b.rows.map((r) => r.label)]),
  TABLE3_CORNER,
  TABLE3_APPLICANT,
  TABLE3_LEGAL,
  ...TABLE3_COLUMNS.map((c) => c.label),
  TABLE3_SECTION3_LABEL,
  ...TABLE3_GROUPS.map((g) => g.label),
  ...TABLE3_ROWS.map((r) => r.label),
  TABLE4_REVIEW,
  TABLE4_LITIGATION,
  ...TABLE4_GROUPS.map((g) => g.label),
  ...TABLE4_OUTCOMES,
];

const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-pdf-'));
const docs: Record<string, { report: Report; docx: Uint8Array; text: string }> = {};

beforeAll(async () => {
  if (!canRender) return;
  for (const [name, report] of [
    ['seed', seedReport()],
    ['distinct', distinctReport()],
  ] as const) {
    const docx = await exportDocx(report);
    writeFileSync(path.join(dir, `${name}.docx`), docx);
    docs[name] = { report, docx, text: '' };
  }
  // one LibreOffice start for both files; its profile goes into the temp folder
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...Object.keys(docs).map((n) => path.join(dir, `${n}.docx`))], {
    env: { ...process.env, HOME: dir },
    stdio: 'ignore',
    timeout: 170_000,
  });
  for (const name of Object.keys(docs)) {
    execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path.join(dir, `${name}.pdf`), path.join(dir, `${name}.txt`)]);
    docs[name].text = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each table row as the PDF prints it: the texts of its cells in order (a merged cell only where it starts). */
function rowTexts(docx: Uint8Array): string[] {
  return tables(unzipDocx(docx)['word/document.xml']).flatMap((t) => t.rows.map((r) => strip(r.cells.map((c) => c.text).join(''))));
}

describe.skipIf(!canRender)('the exported document rendered by LibreOffice', () => {
  it('the seed: title, every label of the format, every narrative paragraph', () => {
    const { report, text } = docs.seed;
    const pdf = strip(text);
    for (const line of titleLines(titleOf(report), report.year)) expect(pdf).toContain(strip(line));
    for (const l of LABELS) expect(pdf, l).toContain(strip(l));
    // a paragraph may run across a page break, past the page number
    const flowing = strip(text.replace(/^—\s*\d+\s*—$/gm, ''));
    const narrative = [report.preamble, report.parts.overview, report.parts.problems, report.parts.other, report.closing].join('\n');
    for (const p of narrative.split('\n').filter(Boolean)) expect(flowing, p.slice(0, 20)).toContain(strip(p));
  });

  it('the seed: every table row with its values, in order (4337, 18, the zeros of table 三)', () => {
    const pdf = strip(docs.seed.text);
    const rows = rowTexts(docs.seed.docx);
    expect(rows).toContain('行政许可4337');
    expect(rows).toContain('一、本年新收政府信息公开申请数量0000000');
    for (const r of rows) expect(pdf, r).toContain(r);
  });

  it('a report with 200 distinct values: each row prints its own values in column order', () => {
    const pdf = strip(docs.distinct.text);
    const rows = rowTexts(docs.distinct.docx);
    expect(rows).toContain(`${TABLE3_ROWS[0].label}201202203204205206207`);
    expect(rows).toContain('行政事业性收费0.35');
    expect(rows.at(-1)).toBe(Array.from({ length: 15 }, (_, i) => 401 + i).join(''));
    for (const r of rows) expect(pdf, r).toContain(r);
  });

  it('page numbers — 1 — … on every page', () => {
    const pages = docs.seed.text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((p, i) => expect(strip(p)).toContain(`—${i + 1}—`));
  });
});
