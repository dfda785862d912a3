// The page model (report/page/paginate.ts) in a real Chromium: the printed page's
// pages hold every block once, in order, inside the type area; table 三 stands on one
// page; a full page has 22 lines and a full line 28 characters; the numbers alternate
// sides; and the PDF printed from the same page has exactly as many pages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportJson } from '../../../../report/json';
import { reportHtml } from '../../../../report/page/web';
import { withCell, type Report } from '../../../../report/report';
import { findBrowser, reportPdf } from '../../../../electron/pdf';

const seed = parseReportJson(readFileSync(path.resolve(__dirname, '../../../fixtures/shared/spec/seed-report.json'), 'utf8'));
const browserPath = findBrowser();

/** The seed with ~14 pages of narrative and 7-digit figures in table 三. */
function longReport(): Report {
  const para = seed.parts.overview.split('\n').filter((l) => l.trim());
  const overview = Array.from({ length: 12 }, () => para.join('\n')).join('\n');
  let r: Report = { ...seed, parts: { ...seed.parts, overview } };
  r = withCell(r, { table: 'table3', row: '1', col: 0 }, 1234567);
  r = withCell(r, { table: 'table3', row: '1', col: 6 }, 1234567);
  return r;
}

/** What the page model made, read in the page. */
interface Laid {
  pages: number;
  overflow: string[];
  texts: string[];
  table3Pages: number[];
  numbers: { text: string; side: 'left' | 'right' }[];
  linesOfFullPages: number[];
  charsOfFullLines: string[];
}

const READ = `(() => {
  const pages = [...document.querySelectorAll('[data-page]')];
  const overflow = [];
  const texts = [];
  const table3Pages = [];
  const linesOfFullPages = [];
  const charsOfFullLines = [];
  pages.forEach((page, i) => {
    const content = page.firstElementChild;
    const box = content.getBoundingClientRect();
    const tops = new Set();
    let onlyText = true;
    for (const b of content.children) {
      if (b.getBoundingClientRect().bottom > box.bottom + 0.5) overflow.push((i + 1) + ': ' + b.textContent.slice(0, 20));
      if (b.tagName === 'TABLE') {
        onlyText = false;
        for (const td of b.querySelectorAll('td')) if (td.textContent.includes('本年度办理结果')) table3Pages.push(i + 1);
        for (const td of b.querySelectorAll('td')) texts.push(td.textContent);
      } else texts.push(b.textContent);
      if (b.tagName !== 'P') { onlyText = false; continue; }
      // the line boxes of a paragraph: one rect per line of its text
      const range = document.createRange();
      range.selectNodeContents(b);
      const rects = [...range.getClientRects()];
      for (const r of rects) tops.add(Math.round(r.top));
      // a line that is not a paragraph's last holds a full line's characters
      const t = b.firstChild;
      if (t && t.nodeType === 3) {
        const byLine = new Map();
        for (let k = 0; k < t.data.length; k++) {
          const cr = document.createRange(); cr.setStart(t, k); cr.setEnd(t, k + 1);
          const top = Math.round(cr.getBoundingClientRect().top);
          byLine.set(top, (byLine.get(top) || '') + t.data[k]);
        }
        const counts = [...byLine.values()];
        const first = getComputedStyle(b).textIndent !== '0px';
        counts.slice(first ? 1 : 0, -1).forEach((c) => charsOfFullLines.push(c));
      }
    }
    if (onlyText && i < pages.length - 1) linesOfFullPages.push(tops.size);
  });
  const numbers = pages.map((p) => {
    const n = p.querySelector('[data-page-number]');
    const pr = p.getBoundingClientRect(), nr = n.getBoundingClientRect();
    return { text: n.textContent, side: nr.left - pr.left > pr.width / 2 ? 'right' : nr.right - pr.left < pr.width / 2 ? 'left' : 'centre' };
  });
  return { pages: pages.length, overflow, texts, table3Pages, numbers, linesOfFullPages, charsOfFullLines };
})()`;

/** Every block's text, in order, as the report's own blocks give it (from the unpaginated flow). */
const FLOW_TEXTS = `(() => {
  const out = [];
  for (const b of document.getElementById('flow').children) {
    if (b.tagName === 'TABLE') for (const td of b.querySelectorAll('td')) out.push(td.textContent);
    else out.push(b.textContent);
  }
  return out;
})()`;

describe.skipIf(!browserPath)('the page model, in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] });
    page = await browser.newPage();
  });
  afterAll(async () => browser?.close());

  async function lay(r: Report): Promise<{ laid: Laid; flow: string[] }> {
    const html = reportHtml(r, { print: true });
    // the same blocks without the page model, for comparison
    await page.setContent(html.replace(/<script>[\s\S]*<\/script>/, ''));
    const flow: string[] = await page.evaluate(FLOW_TEXTS);
    await page.setContent(html);
    return { laid: await page.evaluate(READ), flow };
  }

  /** a paragraph split over two pages is one paragraph of the flow */
  const joined = (texts: string[], flow: string[]) => {
    const all = texts.join('');
    return all === flow.join('');
  };

  for (const [name, report] of [
    ['the seed', seed],
    ['a report with 14 pages of narrative and 7-digit figures', longReport()],
  ] as const) {
    it(`${name}: every block once, in order, inside the type area; table 三 on one page; 22 lines, 28 characters; — n — alternating`, async () => {
      const { laid, flow } = await lay(report);
      expect(laid.overflow).toEqual([]);
      expect(joined(laid.texts, flow)).toBe(true);
      expect(laid.texts.join('')).toContain('1234567'.repeat(report === seed ? 0 : 1));
      expect(new Set(laid.table3Pages).size).toBe(1);
      expect(laid.numbers.map((n) => n.text)).toEqual(Array.from({ length: laid.pages }, (_, i) => `— ${i + 1} —`));
      expect(laid.numbers.map((n) => n.side)).toEqual(Array.from({ length: laid.pages }, (_, i) => (i % 2 ? 'left' : 'right')));
      for (const n of laid.linesOfFullPages) expect(n).toBe(22);
      if (report !== seed) expect(laid.linesOfFullPages.length).toBeGreaterThan(5);
      // a full line of Chinese (no half-width digits or letters) holds 28 characters, never more;
      // fewer only where the line breaking rules keep a mark or a bracketed number together
      const chinese = laid.charsOfFullLines.filter((l) => ![...l].some((ch) => ch.charCodeAt(0) < 0x2000));
      expect(chinese.length).toBeGreaterThan(5);
      expect(Math.max(...chinese.map((l) => [...l].length))).toBe(28);
      expect(chinese.filter((l) => [...l].length === 28).length).toBeGreaterThan(chinese.length * 0.6);
      if (report !== seed) expect(laid.pages).toBeGreaterThanOrEqual(14);
    }, 60_000);
  }

  it('the PDF printed from the page has the page model’s pages, A4', async () => {
    const report = longReport();
    const { laid } = await lay(report);
    const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-pages-'));
    const file = path.join(dir, 'r.pdf');
    writeFileSync(file, await reportPdf(report));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(laid.pages);
    const last = execFileSync('pdftotext', ['-f', String(laid.pages), '-l', String(laid.pages), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(last).toContain(`—${laid.pages}—`);
  }, 90_000);
});
