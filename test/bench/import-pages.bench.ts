// Import speed of the new kinds of file, on the seed report (a real published
// report, test/fixtures/shared): import_html_ms — the seed as a portal page
// (TRS-style container, navigation and footer, tables with rowspan/colspan);
// import_pdf_ms — the seed exported as PDF by LibreOffice (libreoffice-pdf-seed.pdf).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARTS, type TableKey } from '../../report/format';
import { importReport } from '../../report/import/index';
import { parseReportJson } from '../../report/json';
import { isValueCell, tableLayout } from '../../report/layout';
import { getCell, type Report } from '../../report/report';
import { medianMs } from './median';

const here = path.dirname(fileURLToPath(import.meta.url));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function table(r: Report, t: TableKey): string {
  const rows = tableLayout(t).rows.map((row) =>
    row.cells
      .map((c) => {
        const span = `${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}`;
        const v = isValueCell(c) ? getCell(r, c.address) : undefined;
        return `<td${span}><p align="center">${isValueCell(c) ? (v ?? '&nbsp;') : esc(c.text)}</p></td>`;
      })
      .join(''),
  );
  return `<table border="1"><tbody>${rows.map((x) => `<tr>${x}</tr>`).join('\n')}</tbody></table>`;
}

function page(r: Report): string {
  const body = [`<p>${esc(r.title ?? '')}</p>`, `<p>${esc(r.preamble ?? '')}</p>`];
  for (const p of PARTS) {
    body.push(`<p>${p.heading}</p>`);
    body.push(p.kind === 'table' ? table(r, p.key as TableKey) : r.parts[p.key as 'overview'].split('\n').map((l) => `<p>${esc(l)}</p>`).join(''));
  }
  const nav = Array.from({ length: 200 }, (_, i) => `<li><a href="/n/${i}">栏目${i}</a></li>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(r.title ?? '')}</title><script>var x=1;</script></head><body><div class="header"><ul>${nav}</ul></div><div class="TRS_Editor">${body.join('\n')}</div><div class="footer">版权所有</div></body></html>`;
}

export default async (): Promise<Record<string, number>> => {
  const seed = parseReportJson(readFileSync(path.resolve(here, '../fixtures/shared/spec/seed-report.json'), 'utf8'));
  const html = new TextEncoder().encode(page(seed));
  const pdf = new Uint8Array(readFileSync(path.resolve(here, '../fixtures/import/libreoffice-pdf-seed.pdf')));
  return {
    import_html_ms: await medianMs(() => importReport(html, 'seed.html'), 50),
    import_pdf_ms: await medianMs(() => importReport(pdf, 'seed.pdf'), 15, 3),
  };
};
