// The table 三 grid alone in Chromium (test/grid-dev, the grid's development page: real rules, seed report):
// grid_keystroke_ms: from the Enter that commits a typed digit to the DOM patched with the new
//   value, totals and findings marks (measured inside the page: keydown → MutationObserver);
// grid_digit_ms: from the digit's keydown to the cell showing it is being edited.
// Excludes style/layout/paint. medianMs drives the runs (warm-up included); its own figure is
// mostly Playwright's round trips, so the in-page samples are what is reported.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { pollPage } from './poll';
import { build, preview } from 'vite';
import { medianMs } from './median';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONFIG = path.join(ROOT, 'test/grid-dev/vite.config.ts');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async (): Promise<Record<string, number>> => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'nianbao-grid-bench-'));
  await build({ configFile: CONFIG, logLevel: 'error', build: { outDir } });
  const server = await preview({ configFile: CONFIG, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await page.goto(`${server.resolvedUrls!.local[0]}grid-dev.html`);
    await page.waitForSelector('main[data-ready] td[data-cell="table2|licensing|"]:has-text("4337")');
    // page-side code as text: this file is type-checked without the DOM library
    await page.evaluate(`(() => {
      window.samples = { Enter: [], digit: [] };
      window.pending = null;
      document.addEventListener('keydown', (e) => (window.pending = { key: e.key === 'Enter' ? 'Enter' : 'digit', t0: performance.now() }), true);
      new MutationObserver(() => {
        if (!window.pending) return;
        window.samples[window.pending.key].push(performance.now() - window.pending.t0);
        window.pending = null;
      }).observe(document.querySelector('[data-testid="table3"]'), { subtree: true, childList: true, attributes: true, characterData: true });
    })()`);
    let n = 0;
    const commitOne = async () => {
      await page.evaluate(`window.gridDev.focusTable3({ table: 'table3', row: '3.3.1', col: 0 })`);
      await page.keyboard.type(String((n++ % 9) + 1));
      const before = await page.evaluate<number>('window.samples.Enter.length');
      await page.keyboard.press('Enter');
      await pollPage(page, `window.samples.Enter.length > ${before}`);
    };
    await medianMs(commitOne, 60, 10);
    const samples = await page.evaluate<Record<string, number[]>>('window.samples');
    return {
      grid_keystroke_ms: median(samples.Enter.slice(10)),
      grid_digit_ms: median(samples.digit.slice(10)),
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
};
