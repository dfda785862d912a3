// The website copy and the printed page (report/page/web.ts), and the PDF a
// browser prints from it (electron/pdf.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTS } from '../../../../report/format';
import { importReport } from '../../../../report/import/index';
import { parseReportJson } from '../../../../report/json';
import { tableLayout } from '../../../../report/layout';
import { reportHtml } from '../../../../report/page/web';
import { withCell } from '../../../../report/report';
import { findBrowser, reportPdf } from '../../../../electron/pdf';

const seed = parseReportJson(readFileSync(path.resolve(__dirname, '../../../fixtures/shared/spec/seed-report.json'), 'utf8'));
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe('the website copy', () => {
  const html = reportHtml(seed);

  it('has no classes, scripts, external styles or style sheets: inline styles only', () => {
    expect(html).not.toMatch(/\sclass=|<script|<link|<style/i);
    expect(html).toMatch(/<td[^>]*style="[^"]*border:1px solid/);
  });

  it('has the merges of the official tables: every rowspan and colspan of report/layout.ts', () => {
    const spans = (['table2', 'table3', 'table4'] as const).flatMap((t) => tableLayout(t).rows.flatMap((r) => r.cells));
    expect(count(html, /rowspan="/g)).toBe(spans.filter((c) => c.rowspan > 1).length);
    expect(count(html, /colspan="/g)).toBe(spans.filter((c) => c.colspan > 1).length);
    for (const p of PARTS) expect(html).toContain(p.heading);
  });

  it('reads back through the importer with every number in place, zeros written out and a blank left blank', async () => {
    const changed = withCell(withCell(seed, { table: 'table3', row: '3.3.2', col: 4 }, 1234567), { table: 'table4', row: 'review', col: 0 }, null);
    const back = (await importReport(new TextEncoder().encode(reportHtml(changed)), 'copy.html')).report;
    expect([back.table2, back.table3, back.table4]).toEqual([changed.table2, changed.table3, changed.table4]);
    expect(back.parts).toEqual(changed.parts);
  });
});

const browser = findBrowser();
describe.skipIf(!browser)('the PDF (printed by the browser from the print page)', () => {
  it('is A4, numbered — 1 — …, and holds every heading, label and value in order', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-pdf-test-'));
    const file = path.join(dir, 'r.pdf');
    writeFileSync(file, await reportPdf(withCell(seed, { table: 'table3', row: '1', col: 0 }, 7654321)));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (let n = 1; n <= pages; n++) expect(text).toContain(`—${n}—`);
    let at = 0;
    for (const p of PARTS) {
      const i = text.indexOf(p.heading, at);
      expect(i, p.heading).toBeGreaterThanOrEqual(at);
      at = i;
    }
    expect(text).toContain('本年新收政府信息公开申请数量');
    expect(text).toContain('7654321');
    expect(text).toContain('4337');
  }, 90_000);
});
