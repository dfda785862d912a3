// Outputs (issue 12):
//  preview_ms — from navigating to the seed report's 预览 (the report already open) to the
//               frame in which its last page is laid out and numbered, in Chromium;
//  pdf_ms     — the seed's PDF from the print page in a running Chromium (CDP Page.printToPDF,
//               what Electron's printToPDF does in the app: load the page, lay out, print);
//  pdf_cold_ms — the same through the command line's path (electron/pdf.ts: a headless browser
//               started for it, its start included).
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser, reportPdf } from '../../electron/pdf';
import { reportHtml } from '../../report/page/web';
import { parseReportJson } from '../../report/json';
import { SHARED, buildRenderer, startHarness } from '../e2e/harness';

const OPEN_PREVIEW = (id: number) => `new Promise((resolve) => {
  const t0 = performance.now();
  location.hash = '#/report/${id}/preview';
  const check = () => {
    const pages = document.querySelectorAll('[data-pages] [data-page]');
    const last = pages[pages.length - 1];
    if (last && last.querySelector('[data-page-number]')) requestAnimationFrame(() => resolve(performance.now() - t0));
    else requestAnimationFrame(check);
  };
  check();
})`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function outputsBench(): Promise<Record<string, number>> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('no Chromium for the outputs bench');
  const seed = parseReportJson(readFileSync(path.join(SHARED, 'spec/seed-report.json'), 'utf8'));
  const dist = buildRenderer();
  const h = await startHarness();
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await h.attach(page);
    const { id } = await h.api().commitImport({ report: seed, replace: false });
    await page.evaluate(`location.hash = '#/report/${id}'`);
    await page.waitForSelector('[data-editor-ready]');
    const previews: number[] = [];
    for (let i = 0; i < 11; i++) {
      await page.evaluate(`location.hash = '#/report/${id}'`);
      await page.waitForSelector('[data-editor-ready]');
      previews.push(await page.evaluate(OPEN_PREVIEW(id)));
    }
    const html = reportHtml(seed, { print: true });
    const printer = await browser.newPage();
    const warm: number[] = [];
    for (let i = 0; i < 11; i++) {
      const t0 = performance.now();
      await printer.setContent(html);
      await printer.pdf({ preferCSSPageSize: true, printBackground: true, outline: true });
      warm.push(performance.now() - t0);
    }
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await reportPdf(seed);
      cold.push(performance.now() - t0);
    }
    return { preview_ms: median(previews.slice(1)), pdf_ms: median(warm.slice(1)), pdf_cold_ms: median(cold) };
  } finally {
    await browser.close();
    await h.close();
    rmSync(dist, { recursive: true, force: true });
  }
}
